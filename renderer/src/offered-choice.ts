/**
 * What a select is given as its value, and what its view acts on: the choice kept, when the
 * select offers it, else `fallback`. Given a value none of its options has, a <select> shows its
 * first option (React selects it) while the view goes on with the value: the Tables view's Rows
 * read «Валенттілік» over a STEEPL × Valence table (the choice kept was «all frameworks», which
 * the cross-tab's Rows do not offer), and its export wrote that table. A choice a view keeps
 * while its options change (another kind of table; a framework, group or attribute deleted) is
 * read through this, and the one value it gives is both shown and used.
 */
export function offered<T>(kept: T | undefined, options: readonly T[], fallback: T): T {
  return kept !== undefined && options.includes(kept) ? kept : fallback;
}
