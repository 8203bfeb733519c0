/**
 * Checks that every reference in a parsed project points at an object the file defines. The
 * XSD cannot (it has no key/keyref), so a dangling reference would otherwise surface as a
 * half-written import. Objects that exist but are not carried (a picture, a graph) count as
 * defined: a reference to them is reported, not refused.
 *
 * The sources' part is gathered as each source is read (SourceReferences), so a large project's
 * selections and codings need not be kept for it; the rest is checked once the file is whole.
 */
import type { RefiObjectKind } from '../../shared/refi-report.js';
import { refiRefusal } from './refusal.js';
import type { RefiCode, RefiCoding, RefiHead, RefiProject, RefiTextSource } from './model.js';

type ReferenceKind = 'user' | 'code' | 'variable' | 'note';

/**
 * The GUIDs a project's text sources define (sources, selections, codings) and the references
 * they make, gathered source by source. A reference to a user, code or variable not defined
 * before the sources, and every reference to a note (notes follow the sources), is checked again
 * once the file is whole, in the order met; so is the first GUID a kind repeats.
 */
export class SourceReferences {
  readonly sources = new Set<string>();
  readonly selections = new Set<string>();
  readonly codings = new Set<string>();
  readonly repeated: { sources?: string; selections?: string; codings?: string } = {};
  readonly unresolved: [ReferenceKind, string][] = [];
  private readonly pools: Record<Exclude<ReferenceKind, 'note'>, Set<string>>;

  constructor(head: Pick<RefiHead, 'users' | 'codes' | 'variables'>) {
    this.pools = { user: new Set(head.users.map((u) => u.guid)), code: new Set(allCodes(head.codes).map((c) => c.guid)), variable: new Set(head.variables.map((v) => v.guid)) };
  }

  add(source: RefiTextSource): void {
    this.define('sources', source.guid);
    this.user(source.creatingUser);
    source.values.forEach((v) => this.refer('variable', v.variableGuid));
    source.codings.forEach((c) => this.coding(c));
    source.noteRefs.forEach((r) => this.unresolved.push(['note', r]));
    for (const selection of source.selections) {
      this.define('selections', selection.guid);
      this.user(selection.creatingUser);
      selection.codings.forEach((c) => this.coding(c));
      selection.noteRefs.forEach((r) => this.unresolved.push(['note', r]));
    }
  }

  private define(kind: 'sources' | 'selections' | 'codings', guid: string): void {
    // One hash lookup per GUID, not two: a set that does not grow already held it.
    const pool = this[kind];
    const size = pool.size;
    if (pool.add(guid).size === size) this.repeated[kind] ??= guid;
  }

  private refer(kind: Exclude<ReferenceKind, 'note'>, guid: string): void {
    if (!this.pools[kind].has(guid)) this.unresolved.push([kind, guid]);
  }

  private user(guid: string | null): void {
    if (guid !== null) this.refer('user', guid);
  }

  private coding(coding: RefiCoding): void {
    this.define('codings', coding.guid);
    this.refer('code', coding.codeGuid);
    this.user(coding.creatingUser);
    coding.noteRefs.forEach((r) => this.unresolved.push(['note', r]));
  }
}

function allCodes(codes: RefiCode[]): RefiCode[] {
  const all: RefiCode[] = [];
  const walk = (list: RefiCode[]) => list.forEach((c) => { all.push(c); walk(c.children); });
  walk(codes);
  return all;
}

/** `sources` holds what the project's sources define and refer to (its `sources` may be gone). */
export function validateReferences(fileName: string, project: RefiProject, sources: SourceReferences): void {
  const shared = (kind: RefiObjectKind, guid: string): never => {
    throw refiRefusal('refiDanglingReference', fileName, 'sharedGuid', `two ${kind}s share the GUID ${guid}`, { kind, guid });
  };
  const unique = (kind: RefiObjectKind, guids: string[]) => {
    const seen = new Set<string>();
    for (const guid of guids) {
      const size = seen.size;
      if (seen.add(guid).size === size) shared(kind, guid);
    }
    return seen;
  };
  const repeated = (kinds: keyof SourceReferences['repeated'], kind: RefiObjectKind) => {
    const guid = sources.repeated[kinds];
    if (guid !== undefined) shared(kind, guid);
    return sources[kinds];
  };

  const codeList = allCodes(project.codes);
  const codes = unique('code', codeList.map((c) => c.guid));
  const users = new Set(project.users.map((u) => u.guid));
  const variables = unique('variable', project.variables.map((v) => v.guid));
  const cases = unique('case', project.cases.map((c) => c.guid));
  const sourceGuids = repeated('sources', 'source');
  const selections = repeated('selections', 'selection');
  const notes = unique('note', project.notes.map((n) => n.guid));
  const sets = unique('set', project.sets.map((s) => s.guid));
  const other = project.uncarriedGuids;

  const dangling = (kind: RefiObjectKind, guid: string): never => {
    throw refiRefusal('refiDanglingReference', fileName, 'danglingReference', `a reference to ${kind} ${guid}, which the file does not define`, { kind, guid });
  };
  // Called once per reference (about a million in the reference corpus): one pool, no array per call.
  const check = (kind: RefiObjectKind, guid: string, pool: Set<string>) => {
    if (!pool.has(guid) && !other.has(guid)) dangling(kind, guid);
  };
  const checkUser = (guid: string | null) => { if (guid !== null) check('user', guid, users); };
  const checkNotes = (refs: string[]) => refs.forEach((r) => check('note', r, notes));
  const pools: Record<ReferenceKind, Set<string>> = { user: users, code: codes, variable: variables, note: notes };

  for (const code of codeList) checkNotes(code.noteRefs);
  for (const c of project.cases) {
    c.values.forEach((v) => check('variable', v.variableGuid, variables));
    c.sourceRefs.forEach((r) => check('source', r, sourceGuids));
    c.selectionRefs.forEach((r) => check('selection', r, selections));
    c.codeRefs.forEach((r) => check('code', r, codes));
  }
  for (const [kind, guid] of sources.unresolved) check(kind, guid, pools[kind]);
  const codings = repeated('codings', 'coding');
  for (const note of project.notes) checkUser(note.creatingUser);
  for (const set of project.sets) {
    set.memberCodes.forEach((r) => check('code', r, codes));
    set.memberSources.forEach((r) => check('source', r, sourceGuids));
    set.memberNotes.forEach((r) => check('note', r, notes));
  }
  const links = new Set(project.links.map((l) => l.guid));
  const anything = [codes, users, variables, cases, sourceGuids, selections, notes, sets, codings, links];
  for (const link of project.links) {
    for (const end of [link.originGuid, link.targetGuid]) {
      if (end && !anything.some((pool) => pool.has(end)) && !other.has(end)) dangling('object', end);
    }
  }
  checkNotes(project.projectNoteRefs);
}
