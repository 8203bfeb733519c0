/**
 * When two names (of codes, frameworks, groups, attributes, cases) are the same name: the one
 * rule every lookup and every uniqueness check uses.
 *
 * Names compare after trimming, Unicode NFC (a precomposed "й" equals "и" + combining breve),
 * collapsing whitespace runs to one space, and case folding. The folding is JavaScript's
 * locale-independent Unicode case mapping, which covers Cyrillic including the Kazakh letters
 * ә ғ қ ң ө ұ ү һ і; upper-casing first also folds the few letters whose lower case depends on
 * context or expands (Greek final sigma, German ß ~ SS).
 *
 * SQLite's COLLATE NOCASE folds ASCII letters only: to it "Позитивные" and "позитивные" are
 * different names, so a NOCASE column or WHERE clause does not follow this rule. Compare in
 * JavaScript with nameKey (or store nameKey in a column) wherever a non-ASCII name can occur.
 */

/** The name as written, tidied: trimmed, NFC, whitespace runs as one space. Case is kept. */
export function tidyName(name: string): string {
  return name.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The form two names share exactly when they are the same name. */
export function nameKey(name: string): string {
  // Lower-casing first makes the fold idempotent: capital ẞ lower-cases to ß, which only a
  // further upper-casing expands to SS. Folding can decompose (İ lower-cases to i + U+0307),
  // hence NFC once more after it.
  return tidyName(name).toLowerCase().toUpperCase().toLowerCase().normalize('NFC');
}

export function sameName(a: string, b: string): boolean {
  return nameKey(a) === nameKey(b);
}

/**
 * The items carrying this name. Ones spelled exactly so (after tidying) win over ones that
 * differ only in case, so "Trust" finds "Trust" even when "trust" exists too.
 */
export function matchByName<T extends { name: string }>(items: readonly T[], name: string): T[] {
  const key = nameKey(name);
  const same = items.filter((item) => nameKey(item.name) === key);
  const spelled = tidyName(name);
  const exact = same.filter((item) => tidyName(item.name) === spelled);
  return exact.length > 0 ? exact : same;
}

/** The first item carrying this name, an exact spelling preferred; undefined when none does. */
export function findByName<T extends { name: string }>(items: readonly T[], name: string): T | undefined {
  return matchByName(items, name)[0];
}

/**
 * The first of `wanted` whose name `taken` (nameKeys) lacks, else the first numbered: "Интервью (2)",
 * "Интервью (3)"… The name chosen joins `taken`.
 */
export function freeName(wanted: readonly [string, ...string[]], taken: Set<string>): string {
  let name = wanted.find((candidate) => !taken.has(nameKey(candidate)));
  for (let n = 2; name === undefined; n++) {
    const numbered = `${wanted[0]} (${n})`;
    if (!taken.has(nameKey(numbered))) name = numbered;
  }
  taken.add(nameKey(name));
  return name;
}
