/**
 * A copy of a string that shares no memory with the text it was cut from. V8 keeps a slice
 * of 13 characters or more as a view into its parent, so one GUID kept from a parsed chunk
 * would keep the whole chunk alive, and a parsed project the whole file; concatenating then
 * slicing makes a flat copy.
 */
export function detached(value: string): string {
  return ` ${value}`.slice(1);
}
