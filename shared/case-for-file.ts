/**
 * Which existing case a file is named after, so that a batch of interviews named P1_…, P2_…
 * goes case by case. The rule, as the import dialog states it: the file's name begins with
 * the case's name, followed by "_", "-", a space or a dot (or nothing more); upper and lower
 * case are alike, Cyrillic and Kazakh letters included.
 */

const SEPARATORS = new Set(['_', '-', ' ', '.']);

/** Normalised to NFC: macOS hands file names over decomposed (й as и + ˘), case names are typed composed. */
function fold(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}

/**
 * The cases the file is named after: the longest matching name wins ("P1-a_notes" is P1-a's,
 * not P1's); more than one when cases of different groups share that name, which the name
 * alone cannot tell apart; none when it is named after no case.
 */
export function casesNamedInFile<T extends { id: number; name: string }>(fileName: string, cases: readonly T[]): T[] {
  const file = fold(fileName);
  let best: T[] = [];
  let bestLength = 0;
  for (const item of cases) {
    const name = fold(item.name);
    if (name === '' || !file.startsWith(name)) continue;
    if (file.length > name.length && !SEPARATORS.has(file[name.length]!)) continue;
    if (name.length > bestLength) (best = [item]), (bestLength = name.length);
    else if (name.length === bestLength) best.push(item);
  }
  return best;
}

/**
 * The name of the case a file is named after, for "a new case per file": the name up to its
 * first "_", else without its extension ("P1_interview.docx" → P1, "Анна Петрова.docx" → Анна
 * Петрова). casesNamedInFile finds a case of that name for the file, so a batch imported this way
 * goes to the same cases when the next batch comes.
 */
export function caseNameFromFile(fileName: string): string {
  const whole = fileName.normalize('NFC').trim();
  const base = whole.replace(/\.[^.]*$/, '').trim();
  return base.split('_')[0]!.trim() || base || whole;
}

/**
 * Where a file of the import dialog goes: a case's id, the new case named in the dialog
 * ("new"), a new case named from the file ("own"), or nowhere yet (""), which the dialog shows
 * and will not import. Of several files, one named after a case goes there unless picked
 * otherwise, the others where the choice for all says; one file alone goes where the choice
 * says, or to the case it is named after when there is no choice yet. Where the name would
 * decide but names cases of two groups, the file goes nowhere until the user says which: the
 * choice for all is no answer, it sent «2_…» to the open case 6 as if named after no case.
 */
export function fileCaseChoice(
  fileName: string,
  { picked, forAll, several, cases }: { picked: string | undefined; forAll: string; several: boolean; cases: readonly { id: number; name: string }[] },
): string {
  if (picked !== undefined) return picked;
  if (!several && forAll !== '') return forAll;
  const named = casesNamedInFile(fileName, cases);
  if (named.length === 1) return String(named[0]!.id);
  return named.length > 1 ? '' : forAll;
}
