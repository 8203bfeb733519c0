/** What the runner asks of child.ts, and the one line it answers with. */
import type { TableKind } from '../shared/tables.js';

export type ChildOp =
  | { op: 'table'; project: string; kind: TableKind; frameworks: string[] }
  | { op: 'export'; project: string; format: 'xlsx' | 'csv' | 'docx'; frameworks: string[]; segments: number | null; outDir: string }
  | { op: 'segment-list'; project: string; format: 'xlsx' | 'csv'; out: string }
  | { op: 'table-json'; project: string; kind: TableKind; frameworks: string[]; out: string }
  | { op: 'refi-export'; project: string; out: string }
  | { op: 'agreement'; project: string; coders: string[] };

export interface ChildResult { ms: number; maxRssMB: number; loopMaxMs: number; detail: string }

export const RESULT_PREFIX = 'BENCH-RESULT ';

export function parseChildResult(stdout: string): ChildResult | null {
  const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  return line ? (JSON.parse(line.slice(RESULT_PREFIX.length)) as ChildResult) : null;
}
