/**
 * Memos as a table's export prints them (issue 10, "memos everywhere"): the project's memos and
 * those of the cases and codes its rows and columns stand for, after the table, each named by what
 * it is on ("Case: П1"), in the table's language. Pure, like the writers; table-memos.ts reads them.
 */
import type { CrossTable } from '../../shared/tables.js';
import { tableWords } from '../analysis/table-words.js';

export interface TableMemo {
  readonly on: 'project' | 'case' | 'code';
  /** The key and label of the row or column the memo's case or code stands for; absent for the project. */
  readonly key?: string;
  readonly label?: string;
  readonly title: string;
  readonly text: string;
}

/** The export's words for memos, in the table's language. */
export function memoWords(table: CrossTable) {
  return tableWords(table.language).memos;
}

/** What a memo is on, as a reader sees it: "Case: П1", "Code: Positive", "Project". */
export function memoOwner(table: CrossTable, memo: TableMemo): string {
  const w = memoWords(table);
  return memo.on === 'project' ? w.project : `${w[memo.on]}: ${memo.label ?? memo.key ?? ''}`;
}

/** A memo's text with its line breaks as \n, and without edge blank lines. */
export function memoBody(memo: TableMemo): string {
  return memo.text.replace(/\r\n?/g, '\n').trim();
}
