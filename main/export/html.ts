/**
 * A standalone HTML page, written by hand: escaping five characters needs no template library.
 * No scripts, and a content policy that forbids them, since the page may be opened anywhere.
 * The markup is also well-formed XML (void elements closed, only XML's entities), so XML
 * tools can read the evidence out of it.
 */
import { shownQuotes } from '../../shared/passage-quotes.js';
import { languageTag, type CrossTable, type ExportLanguage, type TableRow } from '../../shared/tables.js';
import { cellAt, quoteLine, showsCount } from './cell-text.js';
import { xmlText } from './xml-text.js';
import { appendixCells, captionLine, noteText, tableLabel, tableLanguage, words } from './journal.js';
import { memoBody, memoOwner, memoWords, type TableMemo } from './memo-text.js';
import { markedLanguage, markedName } from './text-language.js';

const STYLE = `
body { font-family: "Times New Roman", Times, serif; font-size: 11pt; margin: 2em; color: #000; }
table { border-collapse: collapse; border-top: 1.5px solid #000; border-bottom: 1.5px solid #000; }
caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 0.5em; }
th, td { text-align: left; vertical-align: top; padding: 0.3em 0.6em; }
thead th { border-bottom: 1px solid #000; vertical-align: bottom; }
tbody th { font-weight: normal; }
tr.heading th { font-style: italic; padding-top: 0.8em; }
tr.subtotal th, tr.subtotal td, tr.total th, tr.total td { font-weight: bold; }
tr.total th, tr.total td { border-top: 1px solid #000; }
table.counts td.count, table.counts thead th.value { text-align: right; }
/* A figure in words in a table of counts («54,4 %»), right as the counts are. */
table.counts td.quotes { text-align: right; }
td.quotes { min-width: 16em; max-width: 32em; }
p.quote { margin: 0 0 0.4em; white-space: pre-line; }
p.quote:last-child { margin-bottom: 0; }
p.text { margin: 0 0 0.4em; white-space: pre-line; }
p.note { font-size: 9.5pt; max-width: 60em; }
caption .label { display: block; }
caption .title { font-weight: normal; font-style: italic; }
dd.memo { margin: 0 0 0.8em 1.5em; white-space: pre-line; max-width: 60em; }
`;

export function writeHtml(table: CrossTable, memos: readonly TableMemo[] = []): Buffer {
  const head = [
    `<th scope="col"${nameLangOf(table.rowHeader, table)}>${escapeHtml(table.rowHeader)}</th>`,
    ...table.columns.map((column) => `<th scope="col" class="value"${nameLangOf(column.label, table)}>${escapeHtml(column.label)}</th>`),
  ].join('');
  const body = table.rows.map((row, r) => bodyRow(table, row, r)).join('\n');
  const noteWords = noteText(table);
  const note = noteWords ? `\n<p class="note"><em>${escapeHtml(words(table).note)}</em> ${escapeHtml(noteWords)}</p>` : '';
  const label = tableLabel(table);
  const caption = label
    ? `<span class="label">${escapeHtml(label)}</span><span class="title">${escapeHtml(table.title)}</span>`
    : escapeHtml(table.title);
  const page = `<!DOCTYPE html>
<html lang="${languageTag(tableLanguage(table))}">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeHtml(captionLine(table))}</title>
<style>${STYLE}</style>
</head>
<body>
<table class="${table.display}">
<caption>${caption}</caption>
<thead>
<tr>${head}</tr>
</thead>
<tbody>
${body}
</tbody>
</table>${note}${appendix(table)}${memoSection(table, memos)}
</body>
</html>
`;
  return Buffer.from(page, 'utf8');
}

/** The segment ids behind each data cell, where the request asked for an appendix. */
function appendix(table: CrossTable): string {
  const cells = appendixCells(table);
  if (cells.length === 0) return '';
  const items = cells.map(
    ({ row, column, cell }) =>
      `<li>${escapeHtml(row.label)} × ${escapeHtml(column.label)}: ${cell.segments.map((s) => s.id).join(', ')}</li>`,
  );
  return `\n<section class="appendix">\n<h2>${escapeHtml(words(table).appendix)}</h2>\n<ul>\n${items.join('\n')}\n</ul>\n</section>`;
}

/** Each memo under what it is on, where there are memos. */
function memoSection(table: CrossTable, memos: readonly TableMemo[]): string {
  if (memos.length === 0) return '';
  const items = memos.map((memo) => {
    const title = memo.title.trim() ? ` <em${langOf(memo.title, table)}>${escapeHtml(memo.title)}</em>` : '';
    const body = memoBody(memo);
    return `<dt><strong>${escapeHtml(memoOwner(table, memo))}</strong>${title}</dt>\n<dd class="memo"${langOf(body, table)}>${escapeHtml(body)}</dd>`;
  });
  return `\n<section class="memos">\n<h2>${escapeHtml(memoWords(table).heading)}</h2>\n<dl>\n${items.join('\n')}\n</dl>\n</section>`;
}

function bodyRow(table: CrossTable, row: TableRow, r: number): string {
  if (row.role === 'heading') {
    return `<tr class="heading"><th scope="rowgroup" colspan="${table.columns.length + 1}"${nameLangOf(row.label, table)}>${escapeHtml(row.label)}</th></tr>`;
  }
  const cells = table.columns.map((_, c) => {
    const cell = cellAt(table, r, c);
    const ids = cell.segments.map((segment) => segment.id).join(' ');
    if (showsCount(table, row, cell)) {
      return `<td class="count" data-segment-ids="${ids}">${cell.count}</td>`;
    }
    const quotes = shownQuotes(cell.segments, table.counting).map((segment) => {
      const quote = quoteLine(segment, table.tagCases);
      return `<p class="quote" data-segment-id="${segment.id}"${langOf(quote, table)}>${escapeHtml(quote)}</p>`;
    });
    const own = cell.text?.trim();
    const text = own ? `<p class="text"${langOf(own, table)}>${escapeHtml(own)}</p>` : '';
    return `<td class="quotes">${text}${quotes.join('')}</td>`;
  });
  return `<tr class="${row.role}"><th scope="row"${nameLangOf(row.label, table)}>${escapeHtml(row.label)}</th>${cells.join('')}</tr>`;
}

/** A lang attribute for a quote or memo where its language is not the page's (text-language.ts): a screen reader reads it in that voice. */
function langOf(text: string, table: CrossTable): string {
  return langAttribute(markedLanguage(text, tableLanguage(table)));
}

/** The same for a name or a header's label (a code's, a case's, a group's, or the app's own words). */
function nameLangOf(text: string, table: CrossTable): string {
  return langAttribute(markedName(text, tableLanguage(table)));
}

function langAttribute(language: ExportLanguage | undefined): string {
  return language ? ` lang="${languageTag(language)}"` : '';
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return xmlText(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
