/**
 * Writes a REFI-QDA project into the open project as new objects (it matches nothing: merge
 * is a separate step). Runs inside the caller's transaction; fills the report with what was
 * created and what could not be carried.
 *
 * The project comes in parts (model.ts RefiParts), possibly while the rest of the file is still
 * parsed in another thread: users, codes, variables and cases first, then each source (its
 * document, index, segments and codings), then the rest. The file is checked whole only once
 * read, so what is written before is rolled back, with the step, if it is refused.
 *
 * Which frameworks are exclusive is told by a set, and sets follow the sources. It decides
 * whether a category is one of ours (reused, not copied: OurFrameworks), so a category that
 * could be waits for the sets, and the codings of its codes are held until then; the other
 * categories are written first, and marked exclusive at the end if their set says so.
 */
import { codePalette, defaultCodeKey, defaultFrameworkKey, type DefaultFrameworkKey } from '../../shared/default-codebook.js';
import { OffsetMap } from '../../shared/offsets.js';
import { withIndexesDeferred } from '../db/deferred-indexes.js';
import { logInsertsAsRanges } from '../db/history.js';
import { attributeValue, insertAttribute, setAttributeValue } from '../db/repos/attributes.js';
import { insertCase as insertCaseRow, renameCase } from '../db/repos/cases.js';
import { getCodebook, insertCode as insertCodeRow, insertFramework as insertFrameworkRow, nextFrameworkSort, updateFramework } from '../db/repos/codebook.js';
import { findCoder, findCoderByGuid, insertCoder } from '../db/repos/coders.js';
import { CASE_TABLE_CODER_GUID } from '../../shared/case-table-coder.js';
import { insertDocument as insertDocumentRow } from '../db/repos/documents.js';
import { findGroupIgnoringCase, insertGroup } from '../db/repos/groups.js';
import { insertMemoRow, linkMemo } from '../db/repos/memos.js';
import { guidInUse, guidsIn, insertRow, namesIn, type GuidTable } from '../db/repos/rows.js';
import { insertCoding as insertCodingRow, insertSegment } from '../db/repos/segments.js';
import { addSetMember, insertSet } from '../db/repos/sets.js';
import { SUMMARY_NOTE_PREFIX } from '../db/repos/summaries.js';
import { type WriteStore } from '../db/store.js';
import { newGuid, now } from '../db/stamps.js';
import { CHOICES_PREFIX, GROUPS_PREFIX, isExclusiveSet, listFromDescription } from './conventions.js';
import { isGroupHeader } from '../import/attribute-sheet.js';
import type { RefiCase, RefiCode, RefiCoding, RefiHead, RefiNote, RefiParts, RefiSourcePart, RefiTail, RefiTextSource, RefiVariable } from './model.js';
import { addUncarried, mergeUncarried, type RefiImportReport } from './uncarried.js';
import type { AttributeType, MemoTarget } from '../../shared/entities.js';
import type { RefiImportNote } from '../../shared/refi-report.js';
import type { JobStage } from '../../shared/contract.js';
import type { DocumentColumns } from '../search/index-text.js';
import {
  dateTimeAsTextNote, frameworkExtendedNote, frameworkReusedNote, groupsFromVariableNote, looseCodesFrameworkNote, moreRenamedNote, renamedNote, sourceInSeveralCasesNote,
  sourceOwnCaseNote, summariesFromNotesNote,
} from './import-notes.js';
import { positionNotes } from './position-notes.js';

/** How far the writing is, in sources. */
export type ImportProgress = (done: number, total: number, stage?: JobStage) => void;

/** `coderName`: who imports, credited with objects the file records no author for (else its first user). */
export function importIntoProject(
  store: WriteStore, parts: RefiParts, coderName: string | null, report: RefiImportReport, progress: ImportProgress = () => {},
): void {
  new ProjectImporter(store, parts, coderName, report, progress).write();
}

/** A coding held until the codebook is written (when it waits for the file's sets). */
interface PendingCoding {
  coding: RefiCoding;
  segmentId: number;
  fallbackUser: string | null;
  fallbackDate: string | null;
  where: string;
}

class ProjectImporter {
  private readonly coders = new Map<string, number>();
  private readonly codes = new Map<string, number>();
  private readonly frameworkCodes = new Set<string>();
  private readonly cases = new Map<string, number>();
  private readonly documents = new Map<string, number>();
  private readonly segments = new Map<string, number>();
  private readonly codings = new Map<string, number>();
  private readonly memos = new Map<string, number>();
  private readonly memoTargets: { noteGuid: string; target: MemoTarget | null; what: string }[] = [];
  /** Notes that look like case summaries (conventions.ts), held back until their targets are known. */
  private readonly summaryNotes = new Map<string, { note: RefiNote; text: string; coderId: number | null }>();
  private readonly attributes = new Map<string, { id: number; type: AttributeType; choices: string[] }>();
  private groupVariable: string | null = null;
  /** Names taken per table (as SQLite's NOCASE compares them), and the next suffix to try per name. */
  private readonly takenNames = new Map<'framework' | 'attribute', { taken: Set<string>; next: Map<string, number> }>();
  private readonly renames: RefiImportNote[] = [];
  private frameworkSort: number | null = null;
  private head!: RefiHead;
  private tail!: RefiTail;
  private fallbackCoder = '';
  private readonly pendingCodings: PendingCoding[] = [];
  /** Categories that could be ours whatever their exclusivity: written once the sets are known. */
  private undecided = new Set<string>();
  /** Whether every code has its id (or none to have): codings then go in with their segments. */
  private codebookDone = false;
  /** Frameworks made from the file's categories before the sets were known, by category GUID (markExclusive). */
  private readonly frameworkOfCategory = new Map<string, number>();
  private readonly membership = new CaseMembership();
  private readonly sourceNotes: RefiImportNote[] = [];
  private readonly ownCases: string[] = [];
  /** The last progress reported, reported again to let a cancel through during long steps. */
  private reached: Parameters<ImportProgress> = [0, 0];

  constructor(
    private readonly store: WriteStore,
    private readonly parts: RefiParts,
    private readonly coderName: string | null,
    private readonly report: RefiImportReport,
    private readonly progress: ImportProgress,
  ) {}

  write(): void {
    this.progress(...this.reached);
    this.head = this.parts.head();
    this.fallbackCoder = this.coderName ?? this.head.users[0]?.name ?? 'Imported';
    this.report.origin = this.head.origin;
    for (const user of this.head.users) this.coders.set(user.guid, this.ensureCoder(user.name, user.guid));
    this.writeAttributes();
    this.writeCases();
    const ours = new OurFrameworks(this.store);
    this.undecided = new Set(this.head.codes.filter((code) => !code.isCodable && ours.couldMatch(code)).map((code) => code.guid));
    // Most of an import's rows, and inserts only: logged as ranges, not row by row.
    logInsertsAsRanges(this.store, () =>
      withIndexesDeferred(this.store, ['segment', 'coding'], this.head.selectionRows, () => {
        this.writeCodebook(ours, null);
        for (let part: RefiSourcePart | null; (part = this.parts.nextSource()) !== null; ) {
          this.writeSource(part.source, part.columns);
          this.reached = [part.done, part.total];
          this.progress(...this.reached);
        }
        // Every source is in: what is left (the codings held back, the indexes, the save) is said as finishing.
        this.reached = [this.reached[1], this.reached[1], 'finishing'];
        this.progress(...this.reached);
        this.tail = this.parts.tail();
        this.writeCodebook(ours, this.exclusiveCategories());
        this.writePendingCodings();
      }),
    );
    // Rebuilding the deferred indexes took its time: a cancel asked meanwhile is let through here,
    // and once more below, before the caller saves (else Ctrl+C said "cancelling…" and the import went on).
    this.progress(...this.reached);
    // An update, so outside the ranges: logged row by row.
    this.markExclusive(this.exclusiveCategories());
    this.nameCases();
    this.writeMemos();
    for (const note of this.tail.projectNoteRefs) this.memoTargets.push({ noteGuid: note, target: { kind: 'project', id: null }, what: 'project' });
    this.writeSummaries();
    this.writeSets();
    this.linkMemos();
    this.reportRenames();
    this.report.notes.push(...this.sourceNotes);
    // What the parser could not carry comes first, as it was found first in the file.
    this.report.notCarried = mergeUncarried(this.tail.uncarried, this.report.notCarried);
    this.progress(...this.reached);
  }

  private uncarried(kind: string, example: string): void {
    addUncarried(this.report.notCarried, kind, example);
  }

  /** Per table, the GUIDs its rows held before the import began. */
  private readonly guidsBefore = new Map<GuidTable, Set<string>>();

  /**
   * A GUID kept from the file when the table does not hold it yet (so merge can match later).
   * The file's GUIDs of each kind are all different (validate.ts refuses a file that repeats
   * one; users aside: ensureCoder), so only rows that were there before the import can hold
   * one. Those are read once into a set, not asked per row: while the segment and coding tables
   * fill, their GUID indexes are dropped (deferred-indexes.ts) and a query per row would scan.
   */
  private guidFor(table: GuidTable, guid: string): string {
    let before = this.guidsBefore.get(table);
    if (before === undefined) {
      before = guidsIn(this.store, table);
      this.guidsBefore.set(table, before);
    }
    return before.has(guid) ? newGuid() : guid;
  }

  private ensureCoder(name: string, guid?: string): number {
    // The case table's coder by its GUID, whatever its name in the file's language (shared/case-table-coder.ts).
    const existing = (guid === CASE_TABLE_CODER_GUID ? findCoderByGuid(this.store, guid) : undefined) ?? findCoder(this.store, name);
    if (existing !== undefined) return existing;
    // Users' GUIDs may repeat in a file (two names, one GUID), so each is checked against the table.
    const id = insertCoder(this.store, name, guid && !guidInUse(this.store, 'coder', guid) ? guid : newGuid());
    this.report.created.coders++;
    return id;
  }

  private coder(...guids: (string | null)[]): number {
    for (const guid of guids) {
      const id = guid === null ? undefined : this.coders.get(guid);
      if (id !== undefined) return id;
    }
    return this.ensureCoder(this.fallbackCoder);
  }

  /**
   * A name not yet used in `table` (compared without case), noting any rename. The taken names
   * live in a set and each name remembers its next suffix, so 10,000 namesakes cost linear work.
   */
  private uniqueName(table: 'framework' | 'attribute', name: string): string {
    let names = this.takenNames.get(table);
    if (!names) {
      names = { taken: new Set(namesIn(this.store, table).map(nocase)), next: new Map() };
      this.takenNames.set(table, names);
    }
    let candidate = name;
    let i = names.next.get(nocase(name)) ?? 2;
    while (names.taken.has(nocase(candidate))) candidate = `${name} (${i++})`;
    names.next.set(nocase(name), i);
    names.taken.add(nocase(candidate));
    if (candidate !== name) this.renames.push(renamedNote(table, name, candidate));
    return candidate;
  }

  /** Renames as notes: the first few in full, the rest counted (a file may rename thousands). */
  private reportRenames(): void {
    this.report.notes.push(...this.renames.slice(0, MAX_RENAME_NOTES));
    if (this.renames.length > MAX_RENAME_NOTES) {
      this.report.notes.push(moreRenamedNote(this.renames.length - MAX_RENAME_NOTES));
    }
  }

  /** The categories the file's exclusive set names (conventions.ts). */
  private exclusiveCategories(): Set<string> {
    return new Set(this.tail.sets.filter((s) => isExclusiveSet(s.name)).flatMap((s) => s.memberCodes));
  }

  /**
   * The file's categories as frameworks, or as ours when one matches, in two passes: before the
   * sets are known (`exclusive` null) those that cannot be ours, starting not exclusive
   * (markExclusive), and the top-level codes; then the undecided ones. Each framework's place
   * among the others is its category's place in the file, whichever pass writes it.
   */
  private writeCodebook(ours: OurFrameworks, exclusive: Set<string> | null): void {
    this.frameworkSort ??= nextFrameworkSort(this.store);
    const categories = this.head.codes.filter((c) => !c.isCodable);
    const loose = this.head.codes.filter((c) => c.isCodable);
    for (const [place, code] of categories.entries()) {
      if (this.undecided.has(code.guid) === (exclusive === null)) continue;
      const same = exclusive && ours.matching(code, exclusive.has(code.guid));
      if (same) {
        this.reuseFramework(code, same);
        continue;
      }
      const frameworkId = this.insertFramework(code.name || 'Codes', code.guid, exclusive?.has(code.guid) ?? false, this.frameworkSort + place);
      if (exclusive === null) this.frameworkOfCategory.set(code.guid, frameworkId);
      this.frameworkCodes.add(code.guid);
      if (code.description) this.uncarried('description of a top-level category', code.name);
      for (const note of code.noteRefs) this.memoTargets.push({ noteGuid: note, target: null, what: `note on the category ${code.name}` });
      code.children.forEach((child, i) => this.insertCode(child, frameworkId, null, i));
    }
    this.codebookDone = exclusive !== null || this.undecided.size === 0;
    if (exclusive === null && loose.length > 0) {
      // Codable top-level codes have no framework of their own; they share one named after the file.
      const name = this.report.fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]+$/, '') || 'Imported codes';
      const frameworkId = this.insertFramework(name, null, false, this.frameworkSort + categories.length);
      this.report.notes.push(looseCodesFrameworkNote(name));
      loose.forEach((code, i) => this.insertCode(code, frameworkId, null, i));
    }
  }

  private markExclusive(exclusive: Set<string>): void {
    for (const [category, frameworkId] of this.frameworkOfCategory) {
      if (exclusive.has(category)) updateFramework(this.store, frameworkId, { exclusive: true });
    }
  }

  /**
   * A category that is one of our frameworks (as Valence and STEEPL of a new project, in
   * whichever language either was created; OurFrameworks.find) lands on it; the codes it adds to
   * ours are added there, where the category has them.
   */
  private reuseFramework(category: RefiCode, same: { id: number; name: string; codeIdByPath: Map<string, number> }): void {
    this.frameworkCodes.add(category.guid);
    if (category.description) this.uncarried('description of a top-level category', category.name);
    for (const note of category.noteRefs) this.memoTargets.push({ noteGuid: note, target: null, what: `note on the category ${category.name}` });
    const added: string[] = [];
    const walk = (code: RefiCode, i: number, parentPath: string, parentId: number | null) => {
      const path = `${parentPath}/${code.name}`;
      const id = same.codeIdByPath.get(path);
      if (id === undefined) {
        // After our codes of the framework, whatever its place in the file: ours keep their order.
        this.insertCode(code, same.id, parentId, i, null);
        added.push(path.slice(1));
        return;
      }
      this.codes.set(code.guid, id);
      for (const note of code.noteRefs) this.memoTargets.push({ noteGuid: note, target: { kind: 'code', id }, what: code.name });
      code.children.forEach((child, j) => walk(child, j, path, id));
    };
    category.children.forEach((child, i) => walk(child, i, '', null));
    this.report.notes.push(added.length > 0 ? frameworkExtendedNote(same.name, added) : frameworkReusedNote(same.name));
  }

  private insertFramework(name: string, guid: string | null, exclusive: boolean, sort: number): number {
    const framework = insertFrameworkRow(
      this.store, this.uniqueName('framework', name), exclusive, guid ? this.guidFor('framework', guid) : newGuid(), sort,
    );
    this.report.created.frameworks++;
    return framework.id;
  }

  /** `sort` null: after the framework's codes. */
  private insertCode(code: RefiCode, frameworkId: number, parentId: number | null, index: number, sort: number | null = index + 1): void {
    const { id } = insertCodeRow(
      this.store,
      { frameworkId, parentId, name: code.name || '(unnamed)', color: code.color ?? codePalette[index % codePalette.length]!, description: code.description },
      { guid: this.guidFor('code', code.guid), sort: sort ?? undefined },
    );
    this.codes.set(code.guid, id);
    this.report.created.codes++;
    for (const note of code.noteRefs) this.memoTargets.push({ noteGuid: note, target: { kind: 'code', id }, what: code.name });
    code.children.forEach((child, i) => this.insertCode(child, frameworkId, id, i));
  }

  private writeAttributes(): void {
    const group = this.head.variables.find((v) => v.type === 'Text' && listFromDescription(v.description, GROUPS_PREFIX))
      ?? this.head.variables.find((v) => v.type === 'Text' && isGroupHeader(v.name));
    if (group) {
      this.groupVariable = group.guid;
      for (const name of listFromDescription(group.description, GROUPS_PREFIX) ?? []) this.ensureGroup(name);
      this.report.notes.push(groupsFromVariableNote(group.name));
    }
    for (const variable of this.head.variables) {
      if (variable === group) continue;
      const choices = variable.type === 'Text' ? listFromDescription(variable.description, CHOICES_PREFIX) : null;
      const type: AttributeType = choices ? 'choice' : attributeType(variable);
      if (variable.type === 'DateTime') this.report.notes.push(dateTimeAsTextNote(variable.name));
      if (variable.description && !choices) this.uncarried('description of a variable', variable.name);
      const name = this.uniqueName('attribute', variable.name || 'Variable');
      const attribute = insertAttribute(this.store, name, type, choices ?? [], this.guidFor('attribute', variable.guid));
      this.attributes.set(variable.guid, { id: attribute.id, type, choices: choices ?? [] });
      this.report.created.attributes++;
    }
  }

  /**
   * The file's cases, before any source arrives. A case without a name takes the name of its
   * only source, once the sources are known (nameCases).
   */
  private writeCases(): void {
    this.head.cases.forEach((c, index) => {
      const groupValue = c.values.find((v) => v.variableGuid === this.groupVariable)?.value ?? null;
      const caseId = this.insertCase(c.name || 'Case', c.guid, groupValue, c.description);
      this.cases.set(c.guid, caseId);
      this.membership.add(c, index, caseId);
      for (const value of c.values) this.setValue(caseId, value.variableGuid, value.value, c.name ?? '');
      for (const ref of c.codeRefs) this.uncarried('code assigned to a case', c.name ?? ref);
    });
  }

  /** A source's document (in its first case, or a case of its own) and its segments. */
  private writeSource(source: RefiTextSource, columns: DocumentColumns | null): void {
    let caseId = this.membership.caseOf(source);
    if (caseId === undefined) {
      caseId = this.insertCase(source.name, null, null, '');
      this.ownCases.push(source.name);
    }
    this.insertDocument(source, caseId, columns);
    this.writeSelections(source);
    this.sourceNotes.push(...positionNotes(source, this.head.origin));
  }

  /** What the case memberships come to once every source is known: names, and notes. */
  private nameCases(): void {
    const { unnamed, unmatched, extra } = this.membership.outcome();
    for (const { id, name } of unnamed) renameCase(this.store, id, name);
    for (const { name, ref } of unmatched) this.uncarried('case member that is not a text source', name ?? ref);
    if (extra.length > 0) this.report.notes.push(sourceInSeveralCasesNote(extra));
    if (this.ownCases.length > 0) this.report.notes.push(sourceOwnCaseNote(this.ownCases));
  }

  private insertCase(name: string, guid: string | null, groupName: string | null, description: string): number {
    const groupId = groupName ? this.ensureGroup(groupName) : null;
    const id = insertCaseRow(this.store, name, groupId, { guid: guid ? this.guidFor('case_', guid) : newGuid(), description });
    this.report.created.cases++;
    return id;
  }

  private ensureGroup(name: string): number {
    const existing = findGroupIgnoringCase(this.store, name);
    if (existing) return existing.id;
    const group = insertGroup(this.store, name);
    this.report.created.groups++;
    return group.id;
  }

  private setValue(caseId: number, variableGuid: string, raw: string | null, owner: string): boolean {
    const attribute = this.attributes.get(variableGuid);
    if (!attribute || raw === null || raw === '') return true;
    const stored = storedValue(attribute.type, attribute.choices, raw);
    if (stored === null) {
      this.uncarried('variable value that does not fit its type', `${owner}: ${raw}`);
      return true;
    }
    if (attributeValue(this.store, caseId, attribute.id) !== undefined) return false;
    setAttributeValue(this.store, caseId, attribute.id, stored);
    return true;
  }

  private insertDocument(source: RefiTextSource, caseId: number, columns: DocumentColumns | null): void {
    const id = insertDocumentRow(this.store, caseId, source.name, source.text ?? '', `refi:${this.report.fileName}`, {
      guid: this.guidFor('document', source.guid), createdAt: source.creationDateTime ?? now(), description: source.description,
    }, columns ?? undefined);
    this.documents.set(source.guid, id);
    this.report.created.documents++;
    for (const value of source.values) {
      // Documents have no attributes of their own; a source's values go to its case unless it has one already.
      if (value.variableGuid === this.groupVariable) continue;
      if (!this.setValue(caseId, value.variableGuid, value.value, source.name)) this.uncarried('variable value on a source (its case has one already)', source.name);
    }
    for (const note of source.noteRefs) this.memoTargets.push({ noteGuid: note, target: { kind: 'document', id }, what: source.name });
  }

  private writeSelections(source: RefiTextSource): void {
    const documentId = this.documents.get(source.guid)!;
    if (source.text === null) {
      for (const coding of source.codings) this.uncarried('coding in a source without text', source.name);
      for (const selection of source.selections) selection.codings.forEach(() => this.uncarried('coding in a source without text', source.name));
      return;
    }
    const text = source.text;
    const offsets = new OffsetMap(text);
    // The document is this import's own, so its only segments are those made here: two
    // selections of one span (a file may hold them) share one segment, found without a query.
    const spans = new Map<string, number>();
    const segmentAt = (start: number, end: number, guid: string, coder: number, createdAt: string | null): number => {
      const key = `${start}:${end}`;
      const existing = spans.get(key);
      if (existing !== undefined) return existing;
      // The quote as the coding service takes it: the text between the code-point offsets.
      const quote = text.slice(offsets.toUtf16(start), offsets.toUtf16(end));
      const id = insertSegment(this.store, {
        documentId, start, end, quote, coderId: coder, guid: this.guidFor('segment', guid), createdAt: createdAt ?? now(),
      });
      spans.set(key, id);
      this.report.created.segments++;
      return id;
    };
    for (const selection of source.selections) {
      if (selection.end <= selection.start) {
        this.uncarried('empty selection (start = end)', `${source.name} ${selection.start}`);
        selection.codings.forEach(() => this.uncarried('coding of an empty selection', source.name));
        continue;
      }
      // qc records the user on the coding only; the first coder then made the segment.
      const author = this.coder(selection.creatingUser, selection.codings[0]?.creatingUser ?? null);
      const segmentId = segmentAt(selection.start, selection.end, selection.guid, author, selection.creationDateTime);
      this.segments.set(selection.guid, segmentId);
      for (const coding of selection.codings) this.codeOrHold(coding, segmentId, selection.creatingUser, selection.creationDateTime, source.name);
      for (const note of selection.noteRefs) this.memoTargets.push({ noteGuid: note, target: { kind: 'segment', id: segmentId }, what: source.name });
      if (selection.description) {
        const memoId = this.insertMemo(newGuid(), '', selection.description, this.coder(selection.creatingUser), selection.creationDateTime);
        this.insertMemoLink(memoId, { kind: 'segment', id: segmentId });
      }
    }
    if (source.codings.length > 0) {
      if (offsets.codePointLength === 0) {
        source.codings.forEach(() => this.uncarried('coding of an empty source', source.name));
        return;
      }
      // A Coding on the source itself codes its whole text.
      const segmentId = segmentAt(0, offsets.codePointLength, newGuid(), this.coder(source.creatingUser), source.creationDateTime);
      for (const coding of source.codings) this.codeOrHold(coding, segmentId, source.creatingUser, source.creationDateTime, source.name);
    }
  }

  private codeOrHold(coding: RefiCoding, segmentId: number, fallbackUser: string | null, fallbackDate: string | null, where: string): void {
    // A code of an undecided category (or no code of the file) waits until the codebook is whole.
    if (this.codebookDone || this.codes.has(coding.codeGuid)) this.insertCoding(coding, segmentId, fallbackUser, fallbackDate, where);
    else this.pendingCodings.push({ coding, segmentId, fallbackUser, fallbackDate, where });
  }

  private writePendingCodings(): void {
    for (const [i, { coding, segmentId, fallbackUser, fallbackDate, where }] of this.pendingCodings.entries()) {
      this.insertCoding(coding, segmentId, fallbackUser, fallbackDate, where);
      if (i % CODINGS_PER_PROGRESS === 0) this.progress(...this.reached);
    }
  }

  private insertCoding(coding: RefiCoding, segmentId: number, fallbackUser: string | null, fallbackDate: string | null, where: string): void {
    const codeId = this.codes.get(coding.codeGuid);
    if (codeId === undefined) {
      this.uncarried('coding with a top-level category', where);
      return;
    }
    const id = insertCodingRow(this.store, segmentId, codeId, this.coder(coding.creatingUser, fallbackUser), {
      guid: this.guidFor('coding', coding.guid), createdAt: coding.creationDateTime ?? fallbackDate ?? now(),
    });
    if (id === null) {
      this.uncarried('duplicate coding (same span, code and coder)', where);
      return;
    }
    this.codings.set(coding.guid, id);
    this.report.created.codings++;
    for (const note of coding.noteRefs) this.memoTargets.push({ noteGuid: note, target: { kind: 'coding', id }, what: where });
  }

  private insertMemo(guid: string, name: string, text: string, coderId: number | null, createdAt: string | null): number {
    const id = insertMemoRow(this.store, { guid: this.guidFor('memo', guid), name, text, coderId, createdAt: createdAt ?? now() });
    this.report.created.memos++;
    return id;
  }

  private insertMemoLink(memoId: number, target: MemoTarget): void {
    linkMemo(this.store, memoId, target);
  }

  private writeMemos(): void {
    for (const note of this.tail.notes) {
      const text = [note.text, note.description].filter((t) => t.trim() !== '').join('\n\n');
      const coderId = note.creatingUser && this.coders.has(note.creatingUser) ? this.coders.get(note.creatingUser)! : null;
      if (note.name.startsWith(SUMMARY_NOTE_PREFIX) && text.trim() !== '' && !this.summaryNotes.has(note.guid)) this.summaryNotes.set(note.guid, { note, text, coderId });
      else this.memos.set(note.guid, this.insertMemo(note.guid, note.name, text, coderId, note.creationDateTime));
    }
    for (const link of this.tail.links) {
      const target = link.targetGuid === null ? null : this.targetOf(link.targetGuid);
      if (link.originGuid && (this.memos.has(link.originGuid) || this.summaryNotes.has(link.originGuid)) && target) {
        this.memoTargets.push({ noteGuid: link.originGuid, target, what: link.name });
      } else {
        this.uncarried('link', link.name || link.guid);
      }
    }
  }

  /**
   * A summary Note attached to exactly one case and one code becomes that cell's summary (the
   * first such Note per cell); any other is kept as the memo it also is, so nothing is lost.
   */
  private writeSummaries(): void {
    if (this.summaryNotes.size === 0) return;
    const targets = new Map<string, (MemoTarget | null)[]>();
    for (const { noteGuid, target } of this.memoTargets) {
      if (!this.summaryNotes.has(noteGuid)) continue;
      const list = targets.get(noteGuid);
      if (list) list.push(target);
      else targets.set(noteGuid, [target]);
    }
    const cells = new Set<string>();
    let summaries = 0;
    for (const [guid, { note, text, coderId }] of this.summaryNotes) {
      const attached = targets.get(guid) ?? [];
      const caseId = attached.length === 2 ? attached.find((t) => t?.kind === 'case')?.id : undefined;
      const codeId = attached.length === 2 ? attached.find((t) => t?.kind === 'code')?.id : undefined;
      const cell = `${String(caseId)}:${String(codeId)}`;
      if (caseId == null || codeId == null || cells.has(cell)) {
        this.memos.set(guid, this.insertMemo(guid, note.name, text, coderId, note.creationDateTime));
        continue;
      }
      cells.add(cell);
      insertRow(this.store, 'case_summary', {
        guid: this.guidFor('case_summary', guid), case_id: caseId, code_id: codeId, text, updated_by: coderId, updated_at: note.creationDateTime ?? now(),
      });
      summaries++;
    }
    if (summaries > 0) this.report.notes.push(summariesFromNotesNote(summaries));
  }

  /** What a GUID names among the carried objects, as a memo target. */
  private targetOf(guid: string): MemoTarget | null {
    const kinds: [MemoTarget['kind'], Map<string, number>][] = [
      ['case', this.cases], ['document', this.documents], ['segment', this.segments], ['coding', this.codings], ['code', this.codes],
    ];
    for (const [kind, map] of kinds) {
      const id = map.get(guid);
      if (id !== undefined) return { kind, id };
    }
    return null;
  }

  private linkMemos(): void {
    for (const { noteGuid, target, what } of this.memoTargets) {
      const memoId = this.memos.get(noteGuid);
      if (memoId === undefined) continue;
      if (target) this.insertMemoLink(memoId, target);
      else this.uncarried('note attached to something not carried', what);
    }
  }

  private writeSets(): void {
    for (const set of this.tail.sets) {
      if (isExclusiveSet(set.name)) continue;
      const setId = insertSet(this.store, { guid: this.guidFor('code_set', set.guid), name: set.name, description: set.description });
      this.report.created.sets++;
      const add = (kind: 'code' | 'document' | 'memo', id: number | undefined, guid: string) => {
        if (id === undefined) {
          // By its name where it was not carried either (a picture); else by its GUID, all the file gives.
          this.uncarried('set member not carried', `${set.name}: ${this.tail.uncarriedGuids.get(guid) || guid}`);
          return;
        }
        addSetMember(this.store, setId, kind, id);
      };
      set.memberCodes.forEach((g) => add('code', this.codes.get(g), g));
      set.memberSources.forEach((g) => add('document', this.documents.get(g), g));
      set.memberNotes.forEach((g) => add('memo', this.memos.get(g), g));
    }
  }
}

const MAX_RENAME_NOTES = 5;
/** Codings written between two progress reports, each of which lets a cancel through. */
const CODINGS_PER_PROGRESS = 10_000;

/**
 * Which case each source goes to, worked out as the sources arrive. A source belongs to the
 * cases that name it or one of its selections; it goes to the first of them, in the file's
 * order of cases, and the others are noted.
 */
class CaseMembership {
  private readonly cases: { case: RefiCase; id: number; members: number; onlySource: string }[] = [];
  private readonly bySource = new Map<string, number[]>();
  private readonly bySelection = new Map<string, number[]>();
  /** References to a text source or selection of the file (any other is not carried). */
  private readonly matched = new Set<string>();
  private readonly extra: string[] = [];

  add(c: RefiCase, index: number, id: number): void {
    this.cases[index] = { case: c, id, members: 0, onlySource: '' };
    const note = (map: Map<string, number[]>, ref: string) => {
      const list = map.get(ref);
      if (list) list.push(index);
      else map.set(ref, [index]);
    };
    c.sourceRefs.forEach((ref) => note(this.bySource, ref));
    c.selectionRefs.forEach((ref) => note(this.bySelection, ref));
  }

  /** The id of the source's first case, if any names it or one of its selections. */
  caseOf(source: RefiTextSource): number | undefined {
    const members: number[] = [];
    const meet = (guid: string, cases: number[] | undefined) => {
      if (this.bySource.has(guid) || this.bySelection.has(guid)) this.matched.add(guid);
      if (cases) members.push(...cases);
    };
    meet(source.guid, this.bySource.get(source.guid));
    if (this.bySource.size + this.bySelection.size > 0) {
      for (const selection of source.selections) meet(selection.guid, this.bySelection.get(selection.guid));
    }
    if (members.length === 0) return undefined;
    for (const index of members) {
      this.cases[index]!.members++;
      this.cases[index]!.onlySource = source.name;
    }
    const distinct = [...new Set(members)].sort((x, y) => x - y);
    for (const index of distinct.slice(1)) this.extra.push(`${source.name} → ${this.cases[index]!.case.name ?? ''}`);
    return this.cases[distinct[0]!]!.id;
  }

  outcome(): { unnamed: { id: number; name: string }[]; unmatched: { name: string | null; ref: string }[]; extra: string[] } {
    const unnamed = this.cases.filter((c) => !c.case.name && c.members === 1).map((c) => ({ id: c.id, name: c.onlySource }));
    const unmatched = this.cases.flatMap((c) =>
      [...c.case.sourceRefs, ...c.case.selectionRefs].filter((ref) => !this.matched.has(ref)).map((ref) => ({ name: c.case.name, ref })));
    return { unnamed, unmatched, extra: this.extra };
  }
}

/** Names as SQLite's NOCASE compares them: ASCII letters folded, nothing else. */
function nocase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

interface OurFramework {
  id: number;
  name: string;
  exclusive: boolean;
  /** Null when the tree is ambiguous or damaged: nothing then lands on it. */
  codeIdByPath: Map<string, number> | null;
  used: boolean;
  /** Which default framework it is, if one, with the name of our top-level code of each default code; null also when two of ours are one default code (Positive and Позитивное). */
  defaults: { key: DefaultFrameworkKey; codes: Map<string, string> } | null;
}

/**
 * Our frameworks with their code trees as paths, to recognise a category that is one of them:
 * by its name and code names, or as the same default framework in another language (a package's
 * Valence/Positive is our Валентность/Позитивное: shared/default-codebook.ts), its top-level
 * codes then read as ours of the same default code.
 */
class OurFrameworks {
  private readonly frameworks: OurFramework[];

  constructor(store: WriteStore) {
    const { frameworks, codes } = getCodebook(store);
    const byId = new Map(codes.map((c) => [c.id, c]));
    const paths = new Map<number, string | null>();
    const pathOf = (id: number, seen = new Set<number>()): string | null => {
      if (paths.has(id)) return paths.get(id)!;
      const code = byId.get(id);
      if (!code || seen.has(id)) return null;
      seen.add(id);
      const parent = code.parentId === null ? '' : pathOf(code.parentId, seen);
      const path = parent === null ? null : `${parent}/${code.name}`;
      paths.set(id, path);
      return path;
    };
    this.frameworks = frameworks.map((f) => {
      const codeIdByPath = new Map<string, number>();
      const defaultKey = defaultFrameworkKey(f.name);
      const defaultCodes = new Map<string, string>();
      let sound = true;
      let translatable = defaultKey !== null;
      for (const code of codes) {
        if (code.frameworkId !== f.id) continue;
        const path = pathOf(code.id);
        // Namesakes under one parent, or a damaged tree, make the match ambiguous: no reuse.
        if (path === null || codeIdByPath.has(path)) sound = false;
        else codeIdByPath.set(path, code.id);
        const codeKey = defaultKey && code.parentId === null ? defaultCodeKey(defaultKey, code.name) : null;
        if (codeKey && defaultCodes.has(codeKey)) translatable = false;
        if (codeKey) defaultCodes.set(codeKey, code.name);
      }
      return {
        id: f.id, name: f.name, exclusive: f.exclusive, codeIdByPath: sound ? codeIdByPath : null, used: false,
        defaults: translatable ? { key: defaultKey!, codes: defaultCodes } : null,
      };
    });
  }

  /** Whether the category could be one of ours, whichever its exclusivity (nothing is marked as matched). */
  couldMatch(category: RefiCode): boolean {
    return this.find(category, null) !== null;
  }

  /**
   * Ours with the category's name and exclusivity, whose codes are all among the category's, if
   * any, and our code of each of the category's code paths we have; each of ours is matched once.
   */
  matching(category: RefiCode, exclusive: boolean): { id: number; name: string; codeIdByPath: Map<string, number> } | null {
    const found = this.find(category, exclusive);
    if (!found) return null;
    found.ours.used = true;
    return { id: found.ours.id, name: found.ours.name, codeIdByPath: found.codeIdByPath };
  }

  /**
   * The first unmatched framework of ours with the category's name and codes, and its
   * exclusivity unless null. The import adds, it does not merge (main/merge does): a category
   * lands on ours only when ours is the category as it was before codes were added to it (a
   * teammate's STEEPL with a subcode of their own, in a fresh project's STEEPL), so nothing of
   * ours changes but the added codes. When ours has a code the category lacks, or the other
   * exclusivity, the two have grown apart, and mixing them would change the meaning of our
   * codings (an exclusive framework allows one code per coder and segment): the category then
   * comes in as a framework of its own, renamed, for the user to merge or compare.
   */
  private find(category: RefiCode, exclusive: boolean | null) {
    for (const ours of this.frameworks) {
      const map = ours.codeIdByPath;
      if (!map || ours.used) continue;
      if (exclusive !== null && ours.exclusive !== exclusive) continue;
      const sameName = nocase(ours.name) === nocase(category.name);
      const sameDefault = ours.defaults !== null && defaultFrameworkKey(category.name) === ours.defaults.key;
      // Their codes as written first; then, for the same default framework, their top-level codes as ours of the same default code.
      for (const translate of [false, true]) {
        if (translate ? !sameDefault : !sameName) continue;
        const codeIdByPath = this.codesOf(category, ours, translate);
        if (codeIdByPath) return { ours, codeIdByPath };
      }
    }
    return null;
  }

  /** Our code of each of the category's code paths we have, when every code of ours is among them, else null. */
  private codesOf(category: RefiCode, ours: OurFramework, translate: boolean): Map<string, number> | null {
    const map = ours.codeIdByPath!;
    const pairs: [string, string][] = [];
    const walk = (code: RefiCode, parent: string, ourParent: string) => {
      const codeKey = translate && ourParent === '' ? defaultCodeKey(ours.defaults!.key, code.name) : null;
      const path = `${parent}/${code.name}`;
      const ourPath = `${ourParent}/${(codeKey && ours.defaults!.codes.get(codeKey)) ?? code.name}`;
      pairs.push([path, ourPath]);
      code.children.forEach((child) => walk(child, path, ourPath));
    };
    category.children.forEach((child) => walk(child, '', ''));
    // Namesakes in the category make the match ambiguous; so do two of its codes read as one of ours (Positive and Позитивное).
    if (new Set(pairs.map(([path]) => path)).size !== pairs.length) return null;
    const ourPaths = new Set(pairs.map(([, ourPath]) => ourPath));
    if (ourPaths.size !== pairs.length || [...map.keys()].some((ourPath) => !ourPaths.has(ourPath))) return null;
    return new Map(pairs.filter(([, ourPath]) => map.has(ourPath)).map(([path, ourPath]) => [path, map.get(ourPath)!]));
  }
}

function attributeType(variable: RefiVariable): AttributeType {
  switch (variable.type) {
    case 'Boolean': return 'boolean';
    case 'Integer':
    case 'Float': return 'number';
    case 'Date': return 'date';
    default: return 'text';
  }
}

/** A value in CaseCoder's stored form (see services/attributes.ts), or null if it does not fit. */
function storedValue(type: AttributeType, choices: string[], raw: string): string | null {
  switch (type) {
    case 'number': {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) ? String(n) : null;
    }
    case 'boolean':
      return raw === 'true' || raw === '1' ? 'true' : raw === 'false' || raw === '0' ? 'false' : null;
    case 'date': {
      const date = /^(\d{4}-\d{2}-\d{2})/.exec(raw)?.[1];
      return date && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ? date : null;
    }
    case 'choice':
      return choices.includes(raw) ? raw : null;
    case 'text':
      return raw;
  }
}
