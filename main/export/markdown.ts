/**
 * GitHub-flavoured Markdown, written by hand: a table, a caption and a note need no library.
 */
import type { CrossTable } from '../../shared/tables.js';
import { cellAt, cellText, evidenceCells } from './cell-text.js';

export function writeMarkdown(table: CrossTable): Buffer {
  const header = [table.rowHeader, ...table.columns.map((column) => column.label)];
  const lines = [`**${inline(table.title)}**`, '', tableLine(header.map(inline))];
  lines.push(tableLine(header.map((_, c) => (c > 0 && table.display === 'counts' ? '---:' : '---'))));
  table.rows.forEach((row, r) => {
    const label = row.role === 'data' ? inline(row.label) : `**${inline(row.label)}**`;
    const values = table.columns.map((_, c) => {
      const value = cellContent(cellText(table, row, cellAt(table, r, c)));
      return row.role === 'data' || value === '' ? value : `**${value}**`;
    });
    lines.push(tableLine([label, ...values]));
  });
  if (table.filterNote.trim()) lines.push('', `*Note.* ${inline(table.filterNote.trim())}`);
  const evidence = evidenceCells(table);
  if (evidence.length > 0) {
    lines.push('', '**Segment ids by cell**', '');
    for (const { row, column, cell } of evidence) {
      lines.push(`- ${inline(row.label)} × ${inline(column.label)}: ${cell.segments.map((s) => s.id).join(', ')}`);
    }
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

function tableLine(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Text kept literal: every character Markdown could read as markup (emphasis, links, raw
 * HTML, entities, a cell's pipe) is backslash-escaped, which CommonMark allows for all ASCII
 * punctuation. Line breaks become spaces, since a table row is one line.
 */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A cell's lines joined with <br>, the only line break a GFM table cell has. */
function cellContent(text: string): string {
  return text === '' ? '' : text.split('\n').map(inline).join('<br>');
}
