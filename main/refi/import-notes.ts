/**
 * The REFI-QDA import report's notes: each a code and its parameters, which the app says in the
 * reader's language (shared/i18n/features/refiNotes.ts), and the same in English for JSON
 * readers. Lists of names give a few examples; the count says how many there were.
 */
import type { RefiImportNote, RefiImportNoteCode, RefiOffsetUnit } from '../../shared/refi-report.js';

const EXAMPLES = 5;

/** The first EXAMPLES of `items`, and «…» after them where there are more (as the list of what was not carried ends). */
function examplesOf(items: readonly string[], separator: string): string {
  return items.slice(0, EXAMPLES).join(separator) + (items.length > EXAMPLES ? `${separator}…` : '');
}

function note(code: RefiImportNoteCode, params: RefiImportNote['params'], text: string): RefiImportNote {
  return { code, params, text };
}

export function renamedNote(what: 'framework' | 'attribute', name: string, newName: string): RefiImportNote {
  const English = what === 'framework' ? 'Framework' : 'Attribute';
  return note(`${what}Renamed`, { name, newName }, `${English} "${name}" was renamed "${newName}": the project already has one.`);
}

export function moreRenamedNote(count: number): RefiImportNote {
  return note('moreRenamed', { count }, `${count} more frameworks or attributes were renamed the same way.`);
}

export function looseCodesFrameworkNote(name: string): RefiImportNote {
  return note('looseCodesFramework', { name }, `Top-level codes were put into a new framework "${name}".`);
}

export function frameworkReusedNote(name: string): RefiImportNote {
  return note('frameworkReused', { name }, `The framework "${name}" matches one this project has; its codes were used, not copied.`);
}

/** `added`: the paths of the codes it added, inside the framework. */
export function frameworkExtendedNote(name: string, added: string[]): RefiImportNote {
  const examples = examplesOf(added, ', ');
  return note(
    'frameworkExtended', { name, count: added.length, examples },
    `The framework "${name}" matches one this project has; its codes were used, and ${added.length} code(s) it adds were added to it: ${examples}.`,
  );
}

export function groupsFromVariableNote(name: string): RefiImportNote {
  return note('groupsFromVariable', { name }, `The text variable "${name}" became the cases' groups.`);
}

export function dateTimeAsTextNote(name: string): RefiImportNote {
  return note('dateTimeAsText', { name }, `The date-time variable "${name}" became a text attribute.`);
}

/** `moves` are "source → case it was not put in". */
export function sourceInSeveralCasesNote(moves: string[]): RefiImportNote {
  const examples = examplesOf(moves, '; ');
  return note(
    'sourceInSeveralCases', { count: moves.length, examples },
    `${moves.length} source(s) belong to several cases; each went to its first case only (not also in: ${examples}).`,
  );
}

export function sourceOwnCaseNote(sources: string[]): RefiImportNote {
  const examples = examplesOf(sources, ', ');
  return note('sourceOwnCase', { count: sources.length, examples }, `${sources.length} source(s) in no case became a case of their own name: ${examples}.`);
}

export function summariesFromNotesNote(count: number): RefiImportNote {
  return note('summariesFromNotes', { count }, `${count} note(s) became case summaries (one case × code cell each).`);
}

export function placedByQuoteNote(source: string, unit: RefiOffsetUnit, count: number): RefiImportNote {
  return note(
    'placedByQuote', { source, unit, count },
    `${count} selection(s) in "${source}" were placed one by one by their quoted text, as ${englishUnit(unit)}.`,
  );
}

/** `origin` is the tool that wrote the file, empty when it does not say. */
export function positionsReadAsNote(source: string, unit: RefiOffsetUnit, origin: string): RefiImportNote {
  return note(
    'positionsReadAs', { source, unit, origin },
    `Positions in "${source}" were read as ${englishUnit(unit)}, as ${origin || 'the writing tool'} counts them.`,
  );
}

function englishUnit(unit: RefiOffsetUnit): string {
  const [counting, lines] = unit.split('-');
  return `${counting === 'utf16' ? 'UTF-16 units' : 'code points'} with ${lines === 'raw' ? 'CRLF counted as two' : 'CRLF counted as one'}`;
}
