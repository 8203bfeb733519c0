/**
 * GitHub-flavoured Markdown, written by hand: a table, a caption and a note need no library.
 */
import type { CrossTable } from '../../shared/tables.js';
import { cellAt, cellText } from './cell-text.js';
import { appendixCells, noteText, tableLabel, words } from './journal.js';
import { memoBody, memoOwner, memoWords, type TableMemo } from './memo-text.js';

export function writeMarkdown(table: CrossTable, memos: readonly TableMemo[] = []): Buffer {
  const header = [table.rowHeader, ...table.columns.map((column) => column.label)];
  const label = tableLabel(table);
  const caption = label ? `**${inline(label)}** *${inline(table.title)}*` : `**${inline(table.title)}**`;
  const lines = [caption, '', tableLine(header.map(inline))];
  lines.push(tableLine(header.map((_, c) => (c > 0 && table.display === 'counts' ? '---:' : '---'))));
  table.rows.forEach((row, r) => {
    const label = row.role === 'data' ? inline(row.label) : `**${inline(row.label)}**`;
    const values = table.columns.map((_, c) => {
      const value = cellContent(cellText(table, row, cellAt(table, r, c)));
      return row.role === 'data' || value === '' ? value : `**${value}**`;
    });
    lines.push(tableLine([label, ...values]));
  });
  const note = noteText(table);
  if (note) lines.push('', `*${inline(words(table).note)}* ${inline(note)}`);
  const evidence = appendixCells(table);
  if (evidence.length > 0) {
    lines.push('', `**${inline(words(table).appendix)}**`, '');
    for (const { row, column, cell } of evidence) {
      lines.push(`- ${inline(row.label)} × ${inline(column.label)}: ${cell.segments.map((s) => s.id).join(', ')}`);
    }
  }
  if (memos.length > 0) {
    lines.push('', `**${inline(memoWords(table).heading)}**`, '');
    for (const memo of memos) {
      const title = memo.title.trim() ? ` *${inline(memo.title)}*` : '';
      lines.push(`- **${inline(memoOwner(table, memo))}**${title}: ${cellContent(memoBody(memo))}`);
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
