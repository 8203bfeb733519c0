/**
 * A value read again from CaseCoder, with every part that equals the one shown before replaced
 * by that part, so each view and memo that took it sees no change where there is none. After a
 * coding the whole project's data is read again (app.tsx reload): on the reference corpus its 500
 * codes and 300 cases, all new objects, drew the codebook and the case list anew, 0.2 s before
 * the coded span was marked. For JSON-shaped values (what the contract answers). Rows with an id
 * are matched by it, so a list with a row added or taken away keeps the others.
 */
export function sameWhereEqual<T>(shown: unknown, read: T): T {
  // An equal string is the one shown too: another copy of a long text compares letter by letter
  // in every memo that takes it (a 300,000-character interview, in each of its 150 blocks).
  if (Object.is(shown, read)) return shown as T;
  if (typeof shown !== 'object' || typeof read !== 'object' || shown === null || read === null) return read;
  if (Array.isArray(read)) {
    if (!Array.isArray(shown)) return read;
    const byId = new Map(shown.filter(hasId).map((row) => [row.id, row]));
    const items = read.map((item, i) => sameWhereEqual(hasId(item) ? byId.get(item.id) : shown[i], item));
    return (items.length === shown.length && items.every((item, i) => item === shown[i]) ? shown : items) as T;
  }
  if (Array.isArray(shown)) return read;
  const before = shown as Record<string, unknown>;
  const after = read as Record<string, unknown>;
  const keys = Object.keys(after);
  const fields = Object.fromEntries(keys.map((key) => [key, sameWhereEqual(before[key], after[key])]));
  const unchanged = keys.length === Object.keys(before).length && keys.every((key) => key in before && fields[key] === before[key]);
  return (unchanged ? shown : fields) as T;
}

const hasId = (value: unknown): value is { id: unknown } => typeof value === 'object' && value !== null && 'id' in value;
