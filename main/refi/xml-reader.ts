/**
 * Reads REFI-QDA XML event by event into small elements, handing each to the caller as it
 * closes, so a big list (a source's selections) is turned into the caller's objects one item
 * at a time instead of standing as a tree. Refuses any DOCTYPE (so no entity can be declared,
 * let alone expanded), encodings other than UTF-8, and documents too large or too deep to be
 * a real project.
 */
// saxes: maintained, non-validating SAX parser that checks well-formedness and never fetches
// or expands entities. Namespaces are resolved here (xml-namespaces.ts): saxes's own
// resolution allocates an object per attribute, a fifth of its time on a project file.
import { isAscii, isUtf8, transcode } from 'node:buffer';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { AppError } from '../errors.js';
import { importLimits } from '../import/limits.js';
import { refiLimits, textTooLong } from './limits.js';
import { refiRefusal } from './refusal.js';
import { detached } from './detached-string.js';
import { NamespaceScope } from './xml-namespaces.js';

export interface XmlElement {
  /** Local name (no prefix). */
  name: string;
  namespace: string;
  /** Attributes in no namespace, by local name. */
  attrs: Record<string, string>;
  /** Child elements the visitor did not consume, in document order. */
  children: XmlElement[];
  /** The element's own character data, concatenated; empty unless the visitor keeps its text. */
  text: string;
}

export interface XmlVisitor {
  /** Whether an element's character data is kept; any other text is checked and dropped. */
  keepsText(name: string): boolean;
  /** The root as it opens (attributes only): a foreign file is refused before its body is read. */
  root?(root: XmlElement): void;
  /**
   * Each element as it closes, with its open ancestors (root first). Returning true means the
   * visitor consumed it: it is not added to its parent, and its memory goes with it.
   */
  closed?(element: XmlElement, ancestors: readonly XmlElement[]): boolean;
}

/** Bytes decoded and handed to the parser at a time: the whole file never stands as one string. */
const CHUNK_BYTES = 1 << 20;


function notUtf8(fileName: string): AppError {
  return new AppError('refiNotUtf8', `${fileName} is not UTF-8 text`, { fileName });
}

export function decodeUtf8(fileName: string, bytes: Uint8Array): string {
  if (!isUtf8(bytes)) throw notUtf8(fileName);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Node's UTF-8 decoder reads Cyrillic at about 150 MB/s; ICU's transcoding to UTF-16, then a
  // copy into the string, is four times faster (85 MB of the reference corpus's texts: 0.55 s
  // against 0.13 s, on the thread that parses while the import writes). Checked as UTF-8 above,
  // so nothing is replaced; ASCII stays a one-byte string.
  const text = isAscii(buffer) ? buffer.toString('latin1') : transcode(buffer, 'utf8', 'ucs2').toString('utf16le');
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Reads a whole file held in memory. */
export function readXml(fileName: string, bytes: Uint8Array, visitor: XmlVisitor): XmlElement {
  // Checked whole first, so a file that is not UTF-8 says so whatever else is wrong with it.
  if (!isUtf8(bytes)) throw notUtf8(fileName);
  const reader = new XmlReader(fileName, visitor);
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) reader.write(bytes.subarray(at, at + CHUNK_BYTES));
  return reader.end();
}

/** Reads a file as its bytes arrive (an archive entry being inflated): write each piece, then end. */
export class XmlReader {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly parser = new SaxesParser({ xmlns: false });
  private readonly stack: XmlElement[] = [];
  /** Per open element: whether its text is kept (parallel to `stack`). */
  private readonly keeping: boolean[] = [];
  private readonly scope = new NamespaceScope();
  private root: XmlElement | null = null;
  private elements = 0;

  constructor(
    private readonly fileName: string,
    private readonly visitor: XmlVisitor,
  ) {
    // Five handlers. Seven (with 'error' and 'xmldecl', as this reader once had) push the parser
    // object into V8's slow dictionary mode, and every character read took five times as long.
    // Without an 'error' handler saxes throws, which `parse` turns into a refusal; the declared
    // encoding is checked when the root opens, since the declaration comes before it.
    this.parser.on('doctype', () => {
      throw refiRefusal('refiBadXml', fileName, 'doctype', 'it declares a DOCTYPE, which REFI-QDA files never need');
    });
    this.parser.on('opentag', (tag: SaxesTagPlain) => this.open(tag));
    this.parser.on('text', (text) => this.addText(text));
    this.parser.on('cdata', (text) => this.addText(text));
    this.parser.on('closetag', () => this.close());
  }

  write(bytes: Uint8Array): void {
    // stream: a character cut at the piece's end is completed by the next piece.
    this.parse(this.decode(bytes, true));
  }

  /** The root, with every element the visitor did not consume. */
  end(): XmlElement {
    this.parse(this.decode(new Uint8Array(0), false), true);
    if (!this.root) throw refiRefusal('refiBadXml', this.fileName, 'noRoot', 'no root element');
    return this.root;
  }

  private decode(bytes: Uint8Array, more: boolean): string {
    try {
      return this.decoder.decode(bytes, { stream: more });
    } catch {
      throw notUtf8(this.fileName);
    }
  }

  private parse(text: string, last = false): void {
    try {
      this.parser.write(text);
      if (last) this.parser.close();
    } catch (error) {
      if (error instanceof AppError) throw error;
      const detail = (error instanceof Error ? error.message : String(error)).replace(/^\d+:\d+: /, '');
      const { line, column } = this.parser;
      throw refiRefusal('refiBadXml', this.fileName, 'syntax', `${line}:${column}: ${detail}`, { line, column, detail });
    }
  }

  private open(tag: SaxesTagPlain): void {
    const { stack } = this;
    if (++this.elements > refiLimits.maxXmlElements) {
      throw refiRefusal('refiBadXml', this.fileName, 'tooManyElements', 'too many elements', { limit: refiLimits.maxXmlElements });
    }
    if (stack.length >= refiLimits.maxXmlDepth) {
      throw refiRefusal('refiBadXml', this.fileName, 'tooDeep', 'elements nested too deeply', { limit: refiLimits.maxXmlDepth });
    }
    if (!this.root) checkDeclaredEncoding(this.fileName, this.parser.xmlDecl.encoding);
    const attrs = this.scope.open(tag.attributes, stack.length);
    const { local, namespace } = this.scope.element(tag.name);
    const element: XmlElement = { name: local, namespace, attrs, children: [], text: '' };
    if (!this.root) {
      this.root = element;
      this.visitor.root?.(element);
    }
    stack.push(element);
    this.keeping.push(this.visitor.keepsText(local));
  }

  private addText(text: string): void {
    const current = this.stack[this.stack.length - 1];
    if (!current || !this.keeping[this.keeping.length - 1]) return;
    // Inline text (PlainTextContent) is held to the same limit as a source file's text.
    if (current.text.length + text.length > importLimits.maxTextChars) throw textTooLong(this.fileName, `<${current.name}>`);
    current.text += text;
  }

  private close(): void {
    const { stack } = this;
    const element = stack.pop()!;
    if (this.keeping.pop() && element.text !== '') element.text = detached(element.text);
    this.scope.close(stack.length);
    const consumed = this.visitor.closed?.(element, stack) ?? false;
    if (!consumed) stack[stack.length - 1]?.children.push(element);
  }
}

function checkDeclaredEncoding(fileName: string, encoding: string | undefined): void {
  if (encoding && !/^utf-?8$/i.test(encoding)) {
    throw refiRefusal('refiBadXml', fileName, 'encoding', `encoding ${encoding} (REFI-QDA XML is UTF-8)`, { encoding });
  }
}

/** Children with a local name, in document order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
