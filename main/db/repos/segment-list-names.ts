import type { ReadStore } from '../store.js';

/**
 * Every name the segment list's name columns can show: the project's cases, groups, documents,
 * codes and coders. An exported list is written as it is read, its columns set before its first
 * row, so their widths are made from these (export/segment-list-widths.ts).
 */
export interface SegmentListNames {
  cases: string[];
  groups: string[];
  documents: string[];
  codes: string[];
  coders: string[];
}

export function segmentListNames(store: ReadStore): SegmentListNames {
  const names = (sql: string) => store.prepare(sql).pluck().all() as string[];
  return {
    cases: names('SELECT DISTINCT name FROM case_'),
    groups: names('SELECT name FROM case_group'),
    // The name comes before the text in a document's row: the texts are not read.
    documents: names('SELECT DISTINCT name FROM document'),
    codes: names('SELECT DISTINCT name FROM code'),
    coders: names('SELECT name FROM coder'),
  };
}
