/**
 * A minimal XML writer for the REFI-QDA files we write: elements, attributes and text,
 * escaped, with characters XML 1.0 cannot hold removed. Enough for two fixed schemas; a
 * library would add a dependency without adding safety. Each piece goes to a sink as it is
 * made (a zip part for a project's XML), so the document is never held whole.
 */
export type Attrs = Record<string, string | number | boolean | null | undefined>;

// Characters outside XML 1.0's Char production (C0 controls except tab, LF, CR; U+FFFE/F; lone surrogates).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeText(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

// What escapeAttr changes but lone surrogates (isWellFormed finds those natively): most attributes
// (GUIDs, dates, names, a selection's quote, one per selection) hold none of it.
const NEEDS_ESCAPE = /[\u0000-\u001F&<>"\uFFFE\uFFFF]/;

function escapeAttr(value: string): string {
  if (value.isWellFormed() && !NEEDS_ESCAPE.test(value)) return value;
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export class XmlWriter {
  private readonly open: string[] = [];

  constructor(private readonly sink: (text: string) => void) {
    sink('<?xml version="1.0" encoding="utf-8"?>\n');
  }

  private attrs(attrs: Attrs): string {
    return Object.entries(attrs)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => ` ${k}="${escapeAttr(String(v))}"`)
      .join('');
  }

  start(name: string, attrs: Attrs = {}): this {
    this.sink(`${'  '.repeat(this.open.length)}<${name}${this.attrs(attrs)}>\n`);
    this.open.push(name);
    return this;
  }

  end(): this {
    const name = this.open.pop()!;
    this.sink(`${'  '.repeat(this.open.length)}</${name}>\n`);
    return this;
  }

  empty(name: string, attrs: Attrs = {}): this {
    this.sink(`${'  '.repeat(this.open.length)}<${name}${this.attrs(attrs)}/>\n`);
    return this;
  }

  /** An element holding only text (written on one line so no whitespace is added to it). */
  text(name: string, value: string, attrs: Attrs = {}): this {
    this.sink(`${'  '.repeat(this.open.length)}<${name}${this.attrs(attrs)}>${escapeText(value)}</${name}>\n`);
    return this;
  }

  /** Writes `items` inside a container element, or nothing: REFI-QDA containers need a child. */
  container<T>(name: string, items: readonly T[], each: (item: T) => void): this {
    if (items.length === 0) return this;
    this.start(name);
    items.forEach(each);
    return this.end();
  }

  /** Checks the document is complete: every element started has been ended. */
  close(): void {
    if (this.open.length > 0) throw new Error(`unclosed elements: ${this.open.join(', ')}`);
  }
}
