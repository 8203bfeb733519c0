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
 * The case the file is named after, or null. The longest matching name wins ("P1-a_notes"
 * is P1-a's, not P1's); two cases of that name (in different groups) leave the file unmatched,
 * since guessing between them would be a coin toss the user cannot see.
 */
export function caseForFile<T extends { id: number; name: string }>(fileName: string, cases: readonly T[]): T | null {
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
  return best.length === 1 ? best[0]! : null;
}
