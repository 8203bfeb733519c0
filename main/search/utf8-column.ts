/**
 * A full-text index column (index-text.ts) built as UTF-8 bytes: words separated by one space,
 * each copied from its form's cached bytes (word-forms.ts).
 *
 * Ten million words pass through here on a full import. Joined as strings, the columns cost a
 * join, then a UTF-16 → UTF-8 conversion when better-sqlite3 binds them, on the writing thread.
 * As bytes, the copy is all there is: better-sqlite3 binds a Uint8Array as a blob, and FTS5 reads
 * a blob's bytes as text (sqlite3_value_text), so it indexes the same terms. The table is
 * contentless (content=''): it stores no value, so nothing keeps the blob type.
 */
const SPACE = 0x20;

export class Utf8Column {
  private buffer: Uint8Array;
  private length = 0;
  private words = 0;

  /** `units`: the text's length in UTF-16 units, from which the first guess at the size is made. */
  constructor(units: number) {
    // Two bytes a unit holds Cyrillic words and the spaces between them; grown when more is needed.
    this.buffer = new Uint8Array(2 * units + 16);
  }

  add(word: Uint8Array): void {
    const needed = this.length + word.length + 1;
    if (needed > this.buffer.length) {
      const larger = new Uint8Array(Math.max(needed, 2 * this.buffer.length));
      larger.set(this.buffer.subarray(0, this.length));
      this.buffer = larger;
    }
    const buffer = this.buffer;
    let at = this.length;
    if (this.words++ > 0) buffer[at++] = SPACE;
    // A loop, not set(): words are a few bytes, shorter than a call and a view would take.
    for (let i = 0; i < word.length; i++) buffer[at++] = word[i]!;
    this.length = at;
  }

  /** The column, in a buffer of its own exact size (a message to another thread copies a view's whole buffer). */
  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }

  /** A column's words as a string (migration 004's version-4 rows are cut from them). */
  static text(column: Uint8Array): string {
    return new TextDecoder().decode(column);
  }
}
