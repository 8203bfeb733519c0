/**
 * Checks that every reference in a parsed project points at an object the file defines. The
 * XSD cannot (it has no key/keyref), so a dangling reference would otherwise surface as a
 * half-written import. Objects that exist but are not carried (a picture, a graph) count as
 * defined: a reference to them is reported, not refused.
 */
import { AppError } from '../errors.js';
import type { RefiCode, RefiCoding, RefiProject } from './model.js';

export function validateReferences(fileName: string, project: RefiProject): void {
  const fail = (reason: string): never => {
    throw new AppError('refiDanglingReference', `${fileName} cannot be imported: ${reason}`, { fileName, reason });
  };
  const unique = (kind: string, guids: string[]) => {
    const seen = new Set<string>();
    for (const guid of guids) {
      // One hash lookup per GUID, not two: a set that does not grow already held it.
      const size = seen.size;
      if (seen.add(guid).size === size) fail(`two ${kind} share the GUID ${guid}`);
    }
    return seen;
  };

  const allCodes: RefiCode[] = [];
  const walk = (codes: RefiCode[]) => codes.forEach((c) => { allCodes.push(c); walk(c.children); });
  walk(project.codes);
  const codes = unique('codes', allCodes.map((c) => c.guid));
  const users = new Set(project.users.map((u) => u.guid));
  const variables = unique('variables', project.variables.map((v) => v.guid));
  const cases = unique('cases', project.cases.map((c) => c.guid));
  const sources = unique('sources', project.sources.map((s) => s.guid));
  const selections = unique('selections', project.sources.flatMap((s) => s.selections.map((x) => x.guid)));
  const notes = unique('notes', project.notes.map((n) => n.guid));
  const sets = unique('sets', project.sets.map((s) => s.guid));
  const other = project.uncarriedGuids;
  const codingGuids: string[] = [];

  const dangling = (kind: string, guid: string) => fail(`a reference to ${kind} ${guid}, which the file does not define`);
  // Called once per reference (about a million in the reference corpus): one pool, no array per call.
  const check = (kind: string, guid: string, pool: Set<string>) => {
    if (!pool.has(guid) && !other.has(guid)) dangling(kind, guid);
  };
  const checkUser = (guid: string | null) => { if (guid !== null) check('user', guid, users); };
  const checkNotes = (refs: string[]) => refs.forEach((r) => check('note', r, notes));
  const checkCoding = (coding: RefiCoding) => {
    codingGuids.push(coding.guid);
    check('code', coding.codeGuid, codes);
    checkUser(coding.creatingUser);
    checkNotes(coding.noteRefs);
  };

  for (const code of allCodes) checkNotes(code.noteRefs);
  for (const c of project.cases) {
    c.values.forEach((v) => check('variable', v.variableGuid, variables));
    c.sourceRefs.forEach((r) => check('source', r, sources));
    c.selectionRefs.forEach((r) => check('selection', r, selections));
    c.codeRefs.forEach((r) => check('code', r, codes));
  }
  for (const source of project.sources) {
    checkUser(source.creatingUser);
    source.values.forEach((v) => check('variable', v.variableGuid, variables));
    source.codings.forEach(checkCoding);
    checkNotes(source.noteRefs);
    for (const selection of source.selections) {
      checkUser(selection.creatingUser);
      selection.codings.forEach(checkCoding);
      checkNotes(selection.noteRefs);
    }
  }
  const codings = unique('codings', codingGuids);
  for (const note of project.notes) checkUser(note.creatingUser);
  for (const set of project.sets) {
    set.memberCodes.forEach((r) => check('code', r, codes));
    set.memberSources.forEach((r) => check('source', r, sources));
    set.memberNotes.forEach((r) => check('note', r, notes));
  }
  const links = new Set(project.links.map((l) => l.guid));
  const anything = [codes, users, variables, cases, sources, selections, notes, sets, codings, links];
  for (const link of project.links) {
    for (const end of [link.originGuid, link.targetGuid]) {
      if (end && !anything.some((pool) => pool.has(end)) && !other.has(end)) dangling('object', end);
    }
  }
  checkNotes(project.projectNoteRefs);
}
