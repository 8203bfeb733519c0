/** Shared by the REFI-QDA tests: where the samples are, and what a project holds. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../../main/db/store.js';
import type { ServiceContext } from '../../../main/services/context.js';

export const refiDir = join(process.cwd(), '..', 'shared', 'refi-qda');
export const samplesDir = join(refiDir, 'samples');
export const hasShared = existsSync(samplesDir);
export const skipReason = `../shared/refi-qda is absent (${refiDir}); REFI-QDA sample tests skipped`;
// CI always has ../shared beside the clone: there missing samples are a failure, not a skip.
if (!hasShared && process.env.CI) throw new Error(`The REFI-QDA samples are missing at ${samplesDir}, and CI must run their tests`);

export function sample(name: string): Buffer {
  return readFileSync(join(samplesDir, name));
}

export function memoryContext(coderName: string | null = 'Ada'): ServiceContext {
  return { store: Store.memory(), coderName };
}

const TABLES = ['coder', 'framework', 'code', 'attribute', 'case_group', 'case_', 'case_attribute', 'document', 'segment', 'coding',
  'memo', 'memo_link', 'code_set', 'set_member'] as const;

export type TableCounts = Record<(typeof TABLES)[number], number>;

export function tableCounts(store: Store): TableCounts {
  const counts = {} as TableCounts;
  for (const table of TABLES) counts[table] = (store.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return counts;
}

/** The quote stored for the segment at a range of a document, by document name. */
export function quoteAt(store: Store, documentName: string, start: number, end: number): string | undefined {
  const row = store
    .prepare('SELECT s.quote FROM segment s JOIN document d ON d.id = s.document_id WHERE d.name = ? AND s.start = ? AND s."end" = ?')
    .get(documentName, start, end) as { quote: string } | undefined;
  return row?.quote;
}

function hasXmllint(): boolean {
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs xmllint against a schema; returns its complaint, or '' when the file validates. */
export function validate(xml: Uint8Array, schema: string, name: string): string {
  if (!hasXmllint()) throw new Error('xmllint is missing: install libxml2-utils (apt-get install libxml2-utils) to validate REFI-QDA exports');
  const work = mkdtempSync(join(tmpdir(), 'casecoder-refi-'));
  const file = join(work, name);
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', join(refiDir, 'schema', schema), file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
