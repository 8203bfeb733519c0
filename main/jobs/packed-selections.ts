/**
 * A source's selections as the REFI-QDA parsing thread hands them to the importing thread: the
 * numbers in one Int32Array, the strings as one string and their lengths. Posted as objects, an
 * object per selection and coding and a string per field, structured cloning took both threads
 * about 2.5 s of an import of the reference corpus (166,000 selections), the writing thread most
 * of it; packed, a few hundred milliseconds, and unpacking builds the same objects again.
 *
 * Unpacked strings are slices that keep their whole packed string alive. The import keeps the
 * selections' and codings' GUIDs to the end (memos and links point at them), so those have a
 * string of their own: kept whole, it holds nothing else.
 */
import type { RefiCoding, RefiSelection } from '../refi/model.js';

export interface PackedSelections {
  /** Per selection: start, end, its notes, its codings, then per coding: its notes. */
  readonly numbers: Int32Array;
  /** Per string, in order: its length, or -1 for null. */
  readonly lengths: Int32Array;
  /** The selections' and codings' GUIDs. */
  readonly guids: string;
  /** Every other string. */
  readonly text: string;
}

/** Numbers and strings one selection and its codings take, so the arrays are made once, whole. */
function sizes(selections: readonly RefiSelection[]): { numbers: number; strings: number } {
  let numbers = 0;
  let strings = 0;
  for (const selection of selections) {
    numbers += 4 + selection.codings.length;
    strings += 5 + selection.noteRefs.length;
    for (const coding of selection.codings) strings += 4 + coding.noteRefs.length;
  }
  return { numbers, strings };
}

export function packSelections(selections: readonly RefiSelection[]): PackedSelections {
  const size = sizes(selections);
  const numbers = new Int32Array(size.numbers);
  const lengths = new Int32Array(size.strings);
  const guids: string[] = [];
  const parts: string[] = [];
  let n = 0;
  let s = 0;
  const put = (value: string | null, into = parts): void => {
    if (value === null) lengths[s++] = -1;
    else {
      lengths[s++] = value.length;
      into.push(value);
    }
  };
  for (const selection of selections) {
    numbers[n++] = selection.start;
    numbers[n++] = selection.end;
    numbers[n++] = selection.noteRefs.length;
    numbers[n++] = selection.codings.length;
    put(selection.guid, guids);
    put(selection.name);
    put(selection.description);
    put(selection.creatingUser);
    put(selection.creationDateTime);
    for (const note of selection.noteRefs) put(note);
    for (const coding of selection.codings) {
      numbers[n++] = coding.noteRefs.length;
      put(coding.guid, guids);
      put(coding.codeGuid);
      put(coding.creatingUser);
      put(coding.creationDateTime);
      for (const note of coding.noteRefs) put(note);
    }
  }
  return { numbers, lengths, guids: guids.join(''), text: parts.join('') };
}

export function unpackSelections(packed: PackedSelections): RefiSelection[] {
  const { numbers, lengths, guids, text } = packed;
  let n = 0;
  let s = 0;
  let at = 0;
  let guidAt = 0;
  const take = (): string | null => {
    const length = lengths[s++]!;
    if (length < 0) return null;
    at += length;
    return text.slice(at - length, at);
  };
  const takeGuid = (): string => {
    const length = lengths[s++]!;
    guidAt += length;
    return guids.slice(guidAt - length, guidAt);
  };
  const takeList = (count: number): string[] => {
    const list: string[] = new Array(count);
    for (let i = 0; i < count; i++) list[i] = take()!;
    return list;
  };
  const selections: RefiSelection[] = [];
  while (n < numbers.length) {
    const start = numbers[n++]!;
    const end = numbers[n++]!;
    const notes = numbers[n++]!;
    const codingCount = numbers[n++]!;
    const guid = takeGuid();
    const name = take()!;
    const description = take()!;
    const creatingUser = take();
    const creationDateTime = take();
    const noteRefs = takeList(notes);
    const codings: RefiCoding[] = new Array(codingCount);
    for (let c = 0; c < codingCount; c++) {
      const codingNotes = numbers[n++]!;
      codings[c] = { guid: takeGuid(), codeGuid: take()!, creatingUser: take(), creationDateTime: take(), noteRefs: takeList(codingNotes) };
    }
    selections.push({ guid, start, end, name, description, creatingUser, creationDateTime, codings, noteRefs });
  }
  return selections;
}
