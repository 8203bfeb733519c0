/**
 * A teammate's rows pass the same domain rules as the API before a merge may copy them: their
 * file was written outside this process and may have been edited by hand or by another tool.
 * A row that breaks a rule is refused, and so is every row that hangs on a refused one (the
 * codings of a refused segment, the children of a refused code); each refusal is counted in
 * the merge report by table and reason, with a few examples.
 */
import { codeTree, MAX_CODE_DEPTH } from '../../shared/code-tree.js';
import { MAX_NAME_CHARS } from '../../shared/contract.js';
import { isDateTime } from '../../shared/date-time.js';
import { MAX_DOCUMENT_CHARS } from '../../shared/document-limits.js';
import { attributeTypes } from '../../shared/entities.js';
import { MAX_REFUSAL_EXAMPLES, type MergeRefusal, type RefusalExample, type RefusalReason, type RefusedField } from '../../shared/merge.js';
import { OffsetMap } from '../../shared/offsets.js';
import { allRows, eachRow, type Row } from '../db/repos/rows.js';
import type { ReadStore } from '../db/store.js';
import type { TrackedTable } from '../db/tracked-tables.js';

/** The contract's limits (shared/contract.ts) for what a merged row may hold. */
const MAX_DESCRIPTION = 10_000;
const MAX_MEMO_TEXT = 1_000_000;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MEMO_TARGETS = new Set(['project', 'code', 'case', 'document', 'segment', 'coding']);
const SET_MEMBERS = new Set(['code', 'document', 'memo']);

/** Source rows that passed, by table; every table is read once. Documents come without their texts (eachRow reads them again). */
export type CheckedRows = Record<TrackedTable, Row[]>;

export interface RowCheck {
  rows: CheckedRows;
  refused: MergeRefusal[];
  /** For checks made later in the merge (the case-study method's rows, case-method.ts), into the same list. */
  refuse: Refuse;
}

/** Counts a refused row under its table and reason, keeping the first few examples. */
export type Refuse = (table: TrackedTable, reason: RefusalReason, example: RefusalExample) => void;

type Problem = [RefusalReason, RefusalExample];

/** A refused row as its example names it (RefusalExample), each part cut to 60 characters. */
export function refusedRow(row: unknown, field?: RefusedField, value?: unknown): RefusalExample {
  return { row: cut(row), ...(field ? { field } : {}), ...(value === undefined ? {} : { value: cut(value) }) };
}

/** Whole code points: a cut through a surrogate pair would leave half a character. */
function cut(value: unknown): string {
  return Array.from(String(value).slice(0, 61)).slice(0, 60).join('');
}

export function checkSourceRows(source: ReadStore): RowCheck {
  const refused: MergeRefusal[] = [];
  const refuse: Refuse = (table, reason, example) => {
    let entry = refused.find((r) => r.table === table && r.reason === reason);
    if (!entry) {
      entry = { table, reason, count: 0, examples: [] };
      refused.push(entry);
    }
    entry.count++;
    if (entry.examples.length < MAX_REFUSAL_EXAMPLES) entry.examples.push(example);
  };
  const rows = {} as CheckedRows;
  const kept = {} as Record<TrackedTable, Set<number>>;
  /** Keeps the rows of `table` for which `problem` finds nothing, refusing the rest. */
  const pass = (table: TrackedTable, problem: (row: Row) => Problem | null, all: Iterable<Row> = allRows(source, table), keep = (row: Row) => row) => {
    rows[table] = [];
    for (const row of all) {
      const found = problem(row);
      if (found) refuse(table, found[0], found[1]);
      else rows[table].push(keep(row));
    }
    kept[table] = new Set(rows[table].map((r) => r.id));
  };
  const has = (table: TrackedTable, id: unknown) => kept[table]!.has(Number(id));
  const badName = (name: unknown): Problem | null =>
    typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_CHARS ? ['badName', refusedRow(name)] : null;
  const tooLong = (text: unknown, max: number) => text !== null && (typeof text !== 'string' || text.length > max);
  // Copied as it is into the project, and from there into a REFI-QDA export's creationDateTime.
  const badDate = (row: unknown, date: unknown): Problem | null => (isDateTime(date) ? null : ['badValue', refusedRow(row, 'createdAt', date)]);

  pass('coder', (r) => badName(r.name));
  pass('case_group', (r) => badName(r.name));
  const attributes = new Map<number, { type: string; choices: string[] }>();
  pass('attribute', (r) => {
    const name = badName(r.name);
    if (name) return name;
    if (!(attributeTypes as readonly unknown[]).includes(r.type)) return ['badValue', refusedRow(r.name, 'type', r.type)];
    const choices = parseStringArray(r.choices);
    if (choices === null) return ['badJson', refusedRow(r.name, 'choices', r.choices)];
    if (r.type === 'choice' && choices.length === 0) return ['badValue', refusedRow(r.name, 'choices')];
    attributes.set(r.id, { type: String(r.type), choices });
    return null;
  });
  pass('framework', (r) => badName(r.name) ?? (r.exclusive !== 0 && r.exclusive !== 1 ? ['badValue', refusedRow(r.name, 'exclusive', r.exclusive)] : null));
  pass('code', codeProblem(source, has));
  pass('case_', (r) => badName(r.name) ?? (r.group_id !== null && !has('case_group', r.group_id) ? ['refusedParent', refusedRow(r.name)] : null)
    ?? (tooLong(r.description, MAX_DESCRIPTION) ? ['badValue', refusedRow(r.name, 'description')] : null) ?? badDate(r.name, r.created_at));
  pass('case_attribute', (r) => {
    const attribute = attributes.get(Number(r.attribute_id));
    if (!attribute || !has('attribute', r.attribute_id) || !has('case_', r.case_id)) return ['refusedParent', refusedRow(r.value)];
    return validValue(attribute, r.value) ? null : ['badValue', refusedRow(r.value, 'type', attribute.type)];
  });
  // Each text is read once, with its segments checked against it, and not held: the rows kept
  // stand for their documents without their texts (a large project's are hundreds of megabytes),
  // which the merge reads again one at a time as it copies them.
  const segmentsOf = new Map<number, Row[]>();
  const segmentRows = allRows(source, 'segment');
  for (const segment of segmentRows) {
    const list = segmentsOf.get(Number(segment.document_id));
    if (list) list.push(segment);
    else segmentsOf.set(Number(segment.document_id), [segment]);
  }
  const segmentProblems = new Map<number, Problem | null>();
  /** A segment of a document that passed: within its text, quoting it, by a known coder, dated. */
  const segmentProblem = (r: Row, text: string, map: OffsetMap): Problem | null => {
    const where = `${String(r.start)}–${String(r.end)}`;
    const { start, end } = r;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || Number(start) < 0 || Number(start) >= Number(end) || Number(end) > map.codePointLength) {
      return ['spanOutside', refusedRow(where, 'documentLength', map.codePointLength)];
    }
    if (r.quote !== text.slice(map.toUtf16(Number(start)), map.toUtf16(Number(end)))) return ['quoteMismatch', refusedRow(where, 'quote', r.quote)];
    if (!has('coder', r.created_by)) return ['unknownCoder', refusedRow(where)];
    return badDate(where, r.created_at);
  };
  pass('document', (r) => {
    const name = badName(r.name);
    if (name) return name;
    if (!has('case_', r.case_id)) return ['refusedParent', refusedRow(r.name)];
    // No import makes a longer text; one of hundreds of millions of characters took gigabytes to search.
    if (typeof r.text !== 'string' || r.text.length > MAX_DOCUMENT_CHARS) return ['badValue', refusedRow(r.name, 'text')];
    const date = badDate(r.name, r.created_at);
    if (date) return date;
    const map = new OffsetMap(r.text);
    for (const segment of segmentsOf.get(r.id) ?? []) segmentProblems.set(segment.id, segmentProblem(segment, r.text, map));
    return null;
  }, eachRow(source, 'document'), ({ text: _text, ...row }) => row as Row);
  pass('segment', (r) => {
    const checked = segmentProblems.get(r.id);
    return checked === undefined ? ['refusedParent', refusedRow(`${String(r.start)}–${String(r.end)}`)] : checked;
  }, segmentRows);
  pass('coding', (r) => {
    if (!has('segment', r.segment_id) || !has('code', r.code_id)) return ['refusedParent', refusedRow(r.guid)];
    return has('coder', r.coder_id) ? badDate(r.guid, r.created_at) : ['unknownCoder', refusedRow(r.guid)];
  });
  pass('memo', (r) => {
    if (typeof r.name !== 'string' || r.name.length > MAX_NAME_CHARS) return ['badName', refusedRow(r.name)];
    if (typeof r.text !== 'string' || r.text.length > MAX_MEMO_TEXT) return ['badValue', refusedRow(r.name, 'text')];
    return r.created_by === null || has('coder', r.created_by) ? badDate(r.name, r.created_at) : ['unknownCoder', refusedRow(r.name)];
  });
  pass('memo_link', (r) => (!has('memo', r.memo_id) ? ['refusedParent', refusedRow(r.memo_id)]
    : !MEMO_TARGETS.has(String(r.target_kind)) ? ['badValue', refusedRow(r.memo_id, 'target', r.target_kind)] : null));
  pass('code_set', (r) => badName(r.name));
  pass('set_member', (r) => (!has('code_set', r.set_id) ? ['refusedParent', refusedRow(r.set_id)]
    : !SET_MEMBERS.has(String(r.member_kind)) ? ['badValue', refusedRow(r.set_id, 'memberKind', r.member_kind)] : null));
  return { rows, refused, refuse };

  /** Codes: names, colours, a known framework, and a parent chain that ends (no cycles, no orphans) within MAX_CODE_DEPTH levels. */
  function codeProblem(store: ReadStore, known: typeof has): (row: Row) => Problem | null {
    const all = allRows(store, 'code');
    const tree = codeTree({
      frameworks: allRows(store, 'framework').filter((f) => known('framework', f.id)).map((f) => ({ id: f.id, name: String(f.name) })),
      codes: all.map((c) => ({ id: c.id, frameworkId: Number(c.framework_id), parentId: c.parent_id === null ? null : Number(c.parent_id), name: String(c.name) })),
    });
    const treeProblem = new Map<number, RefusalReason>();
    for (const problem of tree.problems) {
      if (problem.kind === 'cycle') for (const id of problem.cycle) treeProblem.set(id, 'codeCycle');
      else treeProblem.set(problem.codeId, problem.kind === 'orphan' ? 'codeOrphan' : 'refusedParent');
    }
    // A code under a refused code is refused too: parents first, in codebook order.
    const byId = new Map(all.map((c) => [c.id, c]));
    const verdict = new Map<number, Problem | null>();
    const own = (c: Row): Problem | null => {
      const problem = treeProblem.get(c.id);
      if (problem) return [problem, refusedRow(c.name)];
      return badName(c.name)
        ?? (typeof c.color !== 'string' || !COLOR.test(c.color) ? ['badValue', refusedRow(c.name, 'colour', c.color)] : null)
        ?? (tooLong(c.description, MAX_DESCRIPTION) ? ['badValue', refusedRow(c.name, 'description')] : null);
    };
    for (const entry of tree.entries) {
      const code = byId.get(entry.code.id)!;
      const parentVerdict = entry.parentId === null ? null : verdict.get(entry.parentId);
      // Only the first code past the bound says why; the ones under it hang on it.
      const tooDeep: Problem | null = entry.depth >= MAX_CODE_DEPTH && !parentVerdict ? ['codeTooDeep', refusedRow(code.name)] : null;
      verdict.set(code.id, own(code) ?? tooDeep ?? (parentVerdict ? ['refusedParent', refusedRow(code.name)] : null));
    }
    return (row) => (verdict.has(row.id) ? verdict.get(row.id)! : own(row) ?? ['refusedParent', refusedRow(row.name)]);
  }
}

function parseStringArray(json: unknown): string[] | null {
  if (typeof json !== 'string') return null;
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : null;
  } catch {
    return null;
  }
}

/** A stored value as services/attributes.ts stores it for the attribute's type. */
function validValue(attribute: { type: string; choices: string[] }, value: unknown): boolean {
  if (value === null) return true;
  if (typeof value !== 'string') return false;
  switch (attribute.type) {
    case 'text': return true;
    case 'number': return value.trim() !== '' && Number.isFinite(Number(value));
    case 'boolean': return value === 'true' || value === 'false';
    case 'date': {
      const date = new Date(`${value}T00:00:00Z`);
      return ISO_DATE.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    }
    case 'choice': return attribute.choices.includes(value);
    default: return false;
  }
}
