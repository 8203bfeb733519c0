/**
 * Brings a teammate's project into ours. The same walk both plans the merge (a dry run that
 * writes nothing and lists what would be added, what matches and what conflicts) and applies
 * it with the user's choices, so the plan shown is exactly what gets written.
 *
 * Matching: coders by id then name; groups by name; attributes by id then name; frameworks by
 * id, then name, then as the same default framework in another language; codes by id, then by
 * path (framework, parent, name), then as the same default code; cases by id then name within their
 * group; documents by content within their case; segments by id within their document, then by span; memos by id; sets by id
 * then name. Every coder's codings are kept and stay attributed.
 *
 * Their rows are checked first (check-rows.ts); what breaks a rule is refused and reported.
 * Every match is a map lookup, so the work grows with the rows, not with their square.
 */
import { createHash, randomUUID } from 'node:crypto';
import { defaultCodeKey, defaultFrameworkKey } from '../../shared/default-codebook.js';
import type { MergeChoices, MergeConflict, MergeCounts, MergeRefusal } from '../../shared/merge.js';
import { nameKey as caseNameKey } from '../../shared/names.js';
import { caseLabel } from '../../shared/sheets.js';
import { withIndexesDeferred } from '../db/deferred-indexes.js';
import { logInsertsAsRanges } from '../db/history.js';
import { setAttributeChoices, setAttributeValue } from '../db/repos/attributes.js';
import { renameCase, setCaseGroup } from '../db/repos/cases.js';
import { updateCode } from '../db/repos/codebook.js';
import { findDocumentWithText } from '../db/repos/documents.js';
import { allRows, eachRow, guidsIn, insertRow, type Row } from '../db/repos/rows.js';
import { deleteCoding, exclusiveSiblingCoding, moveSegment, spanText } from '../db/repos/segments.js';
import type { ReadStore, WriteStore } from '../db/store.js';
import type { TrackedTable } from '../db/tracked-tables.js';
import { mergeCaseMethod } from './case-method.js';
import { checkSourceRows } from './check-rows.js';

export interface MergeOutcome {
  added: MergeCounts;
  matched: MergeCounts;
  conflicts: MergeConflict[];
  refused: MergeRefusal[];
}

const zero = (): MergeCounts => ({
  coders: 0, groups: 0, attributes: 0, frameworks: 0, codes: 0, cases: 0, attributeValues: 0,
  documents: 0, segments: 0, codings: 0, memos: 0, sets: 0, criteria: 0, decisions: 0, summaries: 0,
});

/** GUIDs compare without braces and case, as REFI-QDA writers differ in both. */
const guidKey = (guid: unknown) => String(guid).replace(/[{}]/g, '').toLowerCase();
const nameKey = (name: unknown) => String(name).toLowerCase();

export interface MergeOptions {
  dryRun: boolean;
  choices?: MergeChoices;
  /**
   * How many of their rows are walked, every few hundred. A job's progress throws when the
   * job is cancelled; inside the merge's step the transaction then rolls back.
   */
  progress?: (done: number, total: number) => void;
}

/**
 * The columns of our segments and codings their rows are matched by: hundreds of thousands of
 * them are held through a merge, so not their quotes (a conflict reads the one it names) or dates.
 */
const MATCHED_BY = {
  segment: ['id', 'guid', 'document_id', 'start', 'end'],
  coding: ['id', 'segment_id', 'code_id', 'coder_id'],
} as const;

// Rows walked between progress reports: often enough for a cancel to act at once, rarely enough to cost nothing.
const PROGRESS_EVERY = 256;

export function mergeProjects(target: WriteStore, source: ReadStore, options: MergeOptions): MergeOutcome {
  const { rows: theirs, refused, refuse } = checkSourceRows(source);
  const outcome: MergeOutcome = { added: zero(), matched: zero(), conflicts: [], refused };
  const total = Object.values(theirs).reduce((sum, rows) => sum + rows.length, 0);
  let walked = 0;
  const tick = () => {
    if (++walked % PROGRESS_EVERY === 0) options.progress?.(walked, total);
  };
  options.progress?.(0, total);
  let fakeId = 0;
  const insert = (table: TrackedTable, values: Record<string, unknown>): number =>
    options.dryRun ? --fakeId : insertRow(target, table, values);
  const write = (fn: () => void) => {
    if (!options.dryRun) fn();
  };
  /**
   * Work that only inserts (segments and codings: the bulk of a merge), logged for undo as id
   * ranges, with the table's secondary indexes built at the end when it adds more rows than it has.
   */
  const insertInBulk = <T>(table: 'segment' | 'coding', rows: number, fn: () => T): T =>
    options.dryRun ? fn() : logInsertsAsRanges(target, () => withIndexesDeferred(target, [table], rows, fn));
  /** The user's choice for a conflict, when it is one the conflict offers; else its default. */
  const decide = (conflict: Omit<MergeConflict, 'chosen'>) => {
    const asked = options.choices?.[conflict.id];
    const chosen = asked !== undefined && conflict.options.includes(asked) ? asked : conflict.options[0]!;
    outcome.conflicts.push({ ...conflict, chosen });
    return chosen;
  };
  const usedGuids = new Set<string>();
  for (const table of ['coder', 'case_', 'attribute', 'document', 'framework', 'code', 'segment', 'coding', 'memo', 'selection_criterion', 'case_decision', 'case_summary'] as const) {
    for (const guid of guidsIn(target, table)) usedGuids.add(guidKey(guid));
  }
  /** The source's GUID, unless ours already uses it for something else. */
  const freshGuid = (guid: unknown) => {
    const key = guidKey(guid);
    const chosen = usedGuids.has(key) ? randomUUID() : String(guid);
    usedGuids.add(guidKey(chosen));
    return chosen;
  };

  /** Our rows of each table by each match key, read once per table and kept up to date. */
  const indexCache = new Map<TrackedTable, Map<string, Row>[]>();
  const indexesOf = (table: TrackedTable, keys: ((row: Row) => string)[]) => {
    let indexes = indexCache.get(table);
    if (!indexes) {
      const ours = table === 'segment' || table === 'coding' ? allRows(target, table, MATCHED_BY[table]) : allRows(target, table);
      indexes = keys.map((key) => new Map(ours.map((row) => [key(row), row])));
      indexCache.set(table, indexes);
    }
    return indexes;
  };

  /** How many of `rows` no row of ours matches by `key`: what inserting them adds at most. */
  const unmatched = (table: TrackedTable, key: (row: Row) => string, rows: Row[]) => {
    const [ours] = indexesOf(table, [key]);
    return rows.filter((row) => !ours!.has(key(row))).length;
  };

  /** Maps source rows to ours by the given keys, inserting the rest; returns source id → our id. */
  function mergeTable(
    table: TrackedTable,
    counter: keyof MergeCounts,
    keys: ((row: Row) => string)[],
    newValues: (row: Row) => Record<string, unknown>,
    onMatch?: (theirs: Row, ours: Row) => void,
    rows: Row[] = theirs[table],
  ): Map<number, number> {
    const indexes = indexesOf(table, keys);
    const map = new Map<number, number>();
    for (const row of rows) {
      tick();
      const match = keys.map((key, i) => indexes[i]!.get(key(row))).find((found) => found !== undefined);
      if (match) {
        map.set(row.id, match.id);
        outcome.matched[counter]++;
        onMatch?.(row, match);
      } else {
        const values = newValues(row);
        const id = insert(table, values);
        map.set(row.id, id);
        outcome.added[counter]++;
        const added = { ...values, id } as Row;
        keys.forEach((key, i) => indexes[i]!.set(key(added), added));
      }
    }
    return map;
  }

  const coders = mergeTable('coder', 'coders', [(r) => guidKey(r.guid), (r) => `name:${String(r.name)}`], (r) => ({ guid: freshGuid(r.guid), name: r.name }));
  const groups = mergeTable('case_group', 'groups', [(r) => nameKey(r.name)], (r) => ({ name: r.name, sort: 1000 + r.id }));

  const skippedAttributes = new Set<number>();
  const attributes = mergeTable(
    'attribute', 'attributes', [(r) => guidKey(r.guid), (r) => `name:${nameKey(r.name)}`],
    (r) => ({ guid: freshGuid(r.guid), name: r.name, type: r.type, choices: r.choices, sort: 1000 + r.id }),
    (theirs, ours) => {
      if (theirs.type !== ours.type) {
        decide({ id: `attributeType:${guidKey(theirs.guid)}`, kind: 'attributeType', options: ['ours'],
          params: { attribute: String(ours.name), ours: String(ours.type), theirs: String(theirs.type) },
          description: `Attribute "${String(ours.name)}" is ${String(ours.type)} here and ${String(theirs.type)} in theirs; their values are left out` });
        skippedAttributes.add(theirs.id);
      } else if (ours.type === 'choice') {
        const merged = [...new Set([...(JSON.parse(String(ours.choices)) as string[]), ...(JSON.parse(String(theirs.choices)) as string[])])];
        write(() => setAttributeChoices(target, ours.id, merged));
      }
    },
  );

  // The default frameworks are one framework in every language they are created in (Valence
  // is Валентность and Валенттілік, shared/default-codebook.ts), so projects begun in different
  // UI languages merge into one codebook: theirs match ours by id, then by name, then as the
  // same default framework; a default code of theirs matches ours likewise at the top level of
  // such a framework. What a framework is, is read from our names before the merge adds any, so
  // the dry run and the merge match alike. A key that cannot match is its row's own GUID.
  const ourDefaults = new Map(allRows(target, 'framework').map((r) => [r.id, defaultFrameworkKey(String(r.name))]));
  const unmatchable = (r: Row) => `none:${guidKey(r.guid)}`;
  const sameDefaultFramework = (r: Row) => {
    const key = defaultFrameworkKey(String(r.name));
    return key ? `default:${key}` : unmatchable(r);
  };
  const sameDefaultCode = (r: Row) => {
    const framework = r.parent_id === null ? ourDefaults.get(Number(r.framework_id)) : null;
    const key = framework ? defaultCodeKey(framework, String(r.name)) : null;
    return key ? `default:${String(r.framework_id)}/${key}` : unmatchable(r);
  };

  const frameworks = mergeTable(
    'framework', 'frameworks', [(r) => guidKey(r.guid), (r) => `name:${nameKey(r.name)}`, sameDefaultFramework],
    (r) => ({ guid: freshGuid(r.guid), name: r.name, exclusive: r.exclusive, sort: 1000 + r.id }),
  );

  // Codes parent-first, so a code's parent is mapped before the code's path is known. The
  // check refused cycles, so every parent chain ends.
  const sourceCodes = theirs.code;
  const sourceCodeById = new Map(sourceCodes.map((c) => [c.id, c]));
  const depths = new Map<number, number>();
  const depth = (row: Row): number => {
    let known = depths.get(row.id);
    if (known === undefined) {
      const parent = row.parent_id === null ? undefined : sourceCodeById.get(Number(row.parent_id));
      known = parent ? 1 + depth(parent) : 0;
      depths.set(row.id, known);
    }
    return known;
  };
  const codes = new Map<number, number>();
  /** The framework of each code this merge adds, by its new id. */
  const addedCodeFramework = new Map<number, number>();
  const ourCodePath = (row: Row) => `${String(row.framework_id)}/${String(row.parent_id)}/${nameKey(row.name)}`;
  for (const row of [...sourceCodes].sort((a, b) => depth(a) - depth(b))) {
    const parentId = row.parent_id === null ? null : codes.get(Number(row.parent_id)) ?? null;
    const mapped = { ...row, framework_id: frameworks.get(Number(row.framework_id)), parent_id: parentId };
    const addedBefore = outcome.added.codes;
    const one = mergeTable(
      'code', 'codes', [(r) => guidKey(r.guid), (r) => `path:${ourCodePath(r)}`, sameDefaultCode],
      () => ({ guid: freshGuid(row.guid), framework_id: mapped.framework_id, parent_id: parentId, name: row.name, color: row.color, description: row.description, sort: 1000 + row.id }),
      (theirs, ours) => {
        if (guidKey(theirs.guid) === guidKey(ours.guid) && theirs.name !== ours.name) {
          const choice = decide({ id: `code:${guidKey(theirs.guid)}`, kind: 'codeRenamed', options: ['ours', 'theirs'],
            params: { ours: String(ours.name), theirs: String(theirs.name) },
            description: `Code "${String(ours.name)}" is named "${String(theirs.name)}" in theirs` });
          if (choice === 'theirs') write(() => updateCode(target, ours.id, { name: String(theirs.name) }));
        }
      },
      [mapped as Row],
    );
    codes.set(row.id, one.get(row.id)!);
    if (outcome.added.codes > addedBefore) addedCodeFramework.set(one.get(row.id)!, Number(mapped.framework_id));
  }

  // A case is the same by id, else by name within the same group (as case-table import matches).
  // The same by id but renamed or in another group in theirs, it is a conflict, as a code renamed
  // is: a teammate's rename or move was dropped without a word (review-cli-1208 #6). Theirs is
  // offered only where no case of ours has that name in that group (a name is unique there).
  const ourGroupName = new Map(allRows(target, 'case_group').map((r) => [Number(r.id), String(r.name)]));
  // And those this merge adds (a dry run writes none of them).
  for (const g of theirs.case_group) {
    const id = groups.get(Number(g.id));
    if (id !== undefined && !ourGroupName.has(id)) ourGroupName.set(id, String(g.name));
  }
  const groupNameOf = (id: unknown) => (id === null || id === undefined ? null : ourGroupName.get(Number(id)) ?? null);
  // Names compared as the case services compare them (shared/names.ts), which keep a name unique in its group.
  const placeKey = (groupId: unknown, name: unknown) => `${String(groupId ?? '')}\u0000${caseNameKey(String(name))}`;
  const ourPlaces = new Set(allRows(target, 'case_').map((r) => placeKey(r.group_id, r.name)));
  const cases = mergeTable(
    'case_', 'cases', [(r) => guidKey(r.guid), (r) => `name:${String(r.name)}\u0000${String(r.group_id ?? '')}`],
    (r) => ({ guid: freshGuid(r.guid), name: r.name, group_id: r.group_id, created_at: r.created_at, description: r.description }),
    (theirs, ours) => {
      if (guidKey(theirs.guid) !== guidKey(ours.guid)) return;
      const groupId = ours.group_id ?? null;
      let name = ours.name;
      const offered = (to: unknown, toGroup: unknown) => (ourPlaces.has(placeKey(toGroup, to)) ? ['ours' as const] : ['ours' as const, 'theirs' as const]);
      if (theirs.name !== ours.name) {
        const choice = decide({ id: `caseName:${guidKey(theirs.guid)}`, kind: 'caseRenamed', options: offered(theirs.name, groupId),
          params: { ours: caseLabel(String(name), groupNameOf(groupId)), theirs: String(theirs.name) },
          description: `Case "${caseLabel(String(name), groupNameOf(groupId))}" is named "${String(theirs.name)}" in theirs` });
        if (choice === 'theirs') {
          write(() => renameCase(target, ours.id, String(theirs.name)));
          ourPlaces.add(placeKey(groupId, theirs.name));
          name = theirs.name;
        }
      }
      if ((theirs.group_id ?? null) !== groupId) {
        const noGroup = '—';
        const choice = decide({ id: `caseGroup:${guidKey(theirs.guid)}`, kind: 'caseMoved', options: offered(name, theirs.group_id),
          params: { case: String(name), ours: groupNameOf(groupId) ?? noGroup, theirs: groupNameOf(theirs.group_id) ?? noGroup },
          description: `Case "${String(name)}" is in ${groupNameOf(groupId) ?? 'no group'} here and in ${groupNameOf(theirs.group_id) ?? 'no group'} in theirs` });
        if (choice === 'theirs') {
          write(() => setCaseGroup(target, ours.id, theirs.group_id === null ? null : Number(theirs.group_id)));
          ourPlaces.add(placeKey(theirs.group_id, name));
        }
      }
    },
    theirs.case_.map((r) => ({ ...r, group_id: r.group_id === null ? null : groups.get(Number(r.group_id)) })),
  );

  const ourValues = new Map(allRows(target, 'case_attribute').map((r) => [`${String(r.case_id)}:${String(r.attribute_id)}`, r]));
  // A case named with its group («Программисты · 1»): a case table names every group's cases alike.
  const sourceGroupName = new Map(theirs.case_group.map((r) => [Number(r.id), String(r.name)]));
  const sourceCaseName = new Map(theirs.case_.map((r) => [r.id, caseLabel(String(r.name), r.group_id === null ? null : sourceGroupName.get(Number(r.group_id)))]));
  const sourceAttribute = new Map(theirs.attribute.map((r) => [r.id, r]));
  for (const row of theirs.case_attribute) {
    tick();
    if (skippedAttributes.has(Number(row.attribute_id))) continue;
    const caseId = cases.get(Number(row.case_id))!;
    const attributeId = attributes.get(Number(row.attribute_id))!;
    const ours = ourValues.get(`${caseId}:${attributeId}`);
    if (!ours) {
      insert('case_attribute', { case_id: caseId, attribute_id: attributeId, value: row.value });
      outcome.added.attributeValues++;
    } else if (ours.value === row.value) {
      outcome.matched.attributeValues++;
    } else {
      const attribute = sourceAttribute.get(Number(row.attribute_id))!;
      const choice = decide({
        id: `value:${caseId}:${attributeId}`, kind: 'attributeValue', options: ['ours', 'theirs'],
        params: { case: String(sourceCaseName.get(Number(row.case_id))), attribute: String(attribute.name), ours: String(ours.value), theirs: String(row.value) },
        description: `Case "${sourceCaseName.get(Number(row.case_id))}": ${String(attribute.name)} is "${String(ours.value)}" here and "${String(row.value)}" in theirs`,
      });
      if (choice === 'theirs') write(() => setAttributeValue(target, caseId, attributeId, String(row.value)));
    }
  }

  // Documents match by content within their case: the same text of the same case is the same
  // document, whatever its name (identical short cells of different cases are not). Texts are
  // read one at a time and compared in SQLite, never all held: a large project's are hundreds of
  // megabytes. Those this merge adds are known by their texts' digests, as a dry run writes none.
  const ourDocuments = allRows(target, 'document', ['id', 'guid', 'name']);
  const byGuid = new Map(ourDocuments.map((r) => [guidKey(r.guid), r]));
  const addedByContent = new Map<string, number>();
  const keptDocuments = new Set(theirs.document.map((r) => r.id));
  const documents = new Map<number, number>();
  for (const row of eachRow(source, 'document')) {
    if (!keptDocuments.has(row.id)) continue;
    tick();
    const caseId = cases.get(Number(row.case_id))!;
    const text = String(row.text);
    const key = `${caseId}\u0000${createHash('sha256').update(text).digest('base64')}`;
    const same = addedByContent.get(key) ?? findDocumentWithText(target, caseId, text);
    if (same !== undefined) {
      documents.set(row.id, same);
      outcome.matched.documents++;
      continue;
    }
    const namesake = byGuid.get(guidKey(row.guid));
    if (namesake) {
      const choice = decide({ id: `document:${guidKey(row.guid)}`, kind: 'documentText', options: ['both', 'ours'],
        params: { document: String(namesake.name) },
        description: `Document "${String(namesake.name)}" has different text in theirs` });
      if (choice === 'ours') continue;
    }
    const id = insert('document', {
      guid: freshGuid(row.guid), case_id: caseId, name: row.name, text,
      origin: `merge:${String(row.origin)}`, created_at: row.created_at, description: row.description,
    });
    addedByContent.set(key, id);
    documents.set(row.id, id);
    outcome.added.documents++;
  }

  const segmentRows = theirs.segment
    .filter((r) => documents.has(Number(r.document_id)))
    .map((r) => ({ ...r, document_id: documents.get(Number(r.document_id)) }));
  const segmentKey = (r: Row) => `${String(r.document_id)}:${String(r.start)}:${String(r.end)}`;
  const moves = placeMovedSegments(segmentRows, segmentKey);
  const unplaced = segmentRows.filter((r) => !moves.has(r.id));
  const segments = insertInBulk('segment', unmatched('segment', segmentKey, unplaced), () => mergeTable(
    'segment', 'segments', [segmentKey],
    (r) => ({ guid: freshGuid(r.guid), document_id: r.document_id, start: r.start, end: r.end, quote: r.quote, created_by: coders.get(Number(r.created_by)), created_at: r.created_at }),
    undefined,
    unplaced,
  ));
  for (const [theirId, ourId] of moves) segments.set(theirId, ourId);

  /**
   * Their segments that are one of ours, found by GUID in the same document, returned as their
   * id → our id. At the same span it is a plain match; at another span (moved, or positions
   * shifted by another tool) it is a conflict, never a second copy of the same coding: theirs
   * moves our segment, its codings and memos with it, ours leaves it. A span another segment of
   * ours holds cannot take it, so there only ours is offered. Runs before the bulk insert, which
   * logs inserts only: a move is an update, logged row by row for undo.
   */
  function placeMovedSegments(rows: Row[], spanKey: (r: Row) => string): Map<number, number> {
    const sameSegment = (r: Row) => `${String(r.document_id)}:${guidKey(r.guid)}`;
    const [bySpan] = indexesOf('segment', [spanKey]);
    const ours = new Map([...bySpan!.values()].map((r) => [sameSegment(r), r]));
    const heldSpans = new Set(bySpan!.keys());
    const ourDocumentName = new Map(ourDocuments.map((r) => [r.id, String(r.name)]));
    const placed = new Map<number, number>();
    for (const row of rows) {
      const our = ours.get(sameSegment(row));
      if (!our) continue;
      tick();
      placed.set(row.id, our.id);
      outcome.matched.segments++;
      if (spanKey(our) === spanKey(row)) continue;
      const span = (r: Row) => `${String(r.start)}–${String(r.end)}`;
      const choice = decide({
        id: `segment:${guidKey(row.guid)}`, kind: 'segmentMoved', options: heldSpans.has(spanKey(row)) ? ['ours'] : ['ours', 'theirs'],
        params: { document: String(ourDocumentName.get(Number(our.document_id))), quote: spanText(target, Number(our.document_id), Number(our.start), Math.min(Number(our.end), Number(our.start) + 60)) ?? '', ours: span(our), theirs: span(row) },
        description: `A segment of "${String(ourDocumentName.get(Number(our.document_id)))}" is at ${span(our)} here and at ${span(row)} in theirs`,
      });
      if (choice !== 'theirs') continue;
      write(() => moveSegment(target, our.id, { start: Number(row.start), end: Number(row.end), quote: String(row.quote) }));
      bySpan!.delete(spanKey(our));
      bySpan!.set(spanKey(row), { ...our, start: row.start, end: row.end });
    }
    return placed;
  }

  // In an exclusive framework a coder carries one code per segment: the same coder's other code
  // of that framework on the segment here is a conflict. A code this merge adds is placed by the
  // framework it goes into, as a dry run has not written it: the plan then shows the conflict the
  // merge meets. Only codings of ours can conflict, so only our exclusive frameworks are asked.
  const exclusiveFrameworks = new Set(allRows(target, 'framework', ['id', 'exclusive']).filter((r) => r.exclusive === 1).map((r) => r.id));
  const codeFramework = new Map(allRows(target, 'code', ['id', 'framework_id']).map((r) => [r.id, Number(r.framework_id)]));
  for (const [id, frameworkId] of addedCodeFramework) codeFramework.set(id, frameworkId);
  const codingRows = theirs.coding
    .filter((r) => segments.has(Number(r.segment_id)))
    .map((r) => ({
      ...r, guid: r.guid, segment_id: segments.get(Number(r.segment_id)), code_id: codes.get(Number(r.code_id)), coder_id: coders.get(Number(r.coder_id)),
      theirCodeName: String(sourceCodeById.get(Number(r.code_id))?.name ?? ''),
    }))
    .filter((r) => {
      const frameworkId = codeFramework.get(Number(r.code_id))!;
      const sibling = exclusiveFrameworks.has(frameworkId)
        ? exclusiveSiblingCoding(target, Number(r.segment_id), Number(r.coder_id), Number(r.code_id), frameworkId) : undefined;
      if (!sibling) return true;
      // Named by their coding, whose GUID is the same in the plan and the merge (a code's id is not).
      const choice = decide({
        id: `exclusive:${guidKey(r.guid)}`, kind: 'exclusiveCoding', options: ['ours', 'theirs'],
        params: { ours: String(sibling.name), theirs: String(r.theirCodeName) },
        description: `A segment is coded "${sibling.name}" here and "${r.theirCodeName}" in theirs by the same coder, in an exclusive framework`,
      });
      if (choice === 'theirs') write(() => deleteCoding(target, sibling.id));
      return choice === 'theirs';
    });
  const codingKey = (r: Row) => `${String(r.segment_id)}:${String(r.code_id)}:${String(r.coder_id)}`;
  const codings = insertInBulk('coding', unmatched('coding', codingKey, codingRows), () => mergeTable(
    'coding', 'codings', [codingKey],
    (r) => ({ guid: freshGuid(r.guid), segment_id: r.segment_id, code_id: r.code_id, coder_id: r.coder_id, created_at: r.created_at }),
    undefined,
    codingRows,
  ));

  const memos = mergeTable(
    'memo', 'memos', [(r) => guidKey(r.guid)],
    (r) => ({ guid: freshGuid(r.guid), name: r.name, text: r.text, created_by: r.created_by === null ? null : coders.get(Number(r.created_by)), created_at: r.created_at }),
  );
  const targets: Record<string, Map<number, number>> = { code: codes, case: cases, document: documents, segment: segments, coding: codings };
  const ourLinks = new Set(allRows(target, 'memo_link').map((r) => `${String(r.memo_id)}:${String(r.target_kind)}:${String(r.target_id)}`));
  for (const link of theirs.memo_link) {
    tick();
    const memoId = memos.get(Number(link.memo_id))!;
    const kind = String(link.target_kind);
    const targetId = kind === 'project' ? null : targets[kind]?.get(Number(link.target_id));
    if (targetId === undefined || ourLinks.has(`${memoId}:${kind}:${String(targetId)}`)) continue;
    insert('memo_link', { memo_id: memoId, target_kind: kind, target_id: targetId });
  }

  const method = mergeCaseMethod({ target, source, cases, codes, coders, insert, write, decide, refuse, freshGuid });
  Object.assign(outcome.added, method.added);
  Object.assign(outcome.matched, method.matched);

  // Sets (of codes, documents and memos) by id then name, their members mapped like the rest.
  const sets = mergeTable(
    'code_set', 'sets', [(r) => guidKey(r.guid), (r) => `name:${nameKey(r.name)}`],
    (r) => ({ guid: freshGuid(r.guid), name: r.name, description: r.description }),
  );
  const members: Record<string, Map<number, number>> = { code: codes, document: documents, memo: memos };
  const ourMembers = new Set(allRows(target, 'set_member').map((r) => `${String(r.set_id)}:${String(r.member_kind)}:${String(r.member_id)}`));
  for (const member of theirs.set_member) {
    tick();
    const setId = sets.get(Number(member.set_id))!;
    const kind = String(member.member_kind);
    const memberId = members[kind]?.get(Number(member.member_id));
    if (memberId === undefined || ourMembers.has(`${setId}:${kind}:${memberId}`)) continue;
    insert('set_member', { set_id: setId, member_kind: kind, member_id: memberId });
  }
  options.progress?.(total, total);
  return outcome;
}
