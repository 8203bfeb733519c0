/**
 * Reads REFI-QDA XML into a small element tree, event by event. Refuses any DOCTYPE (so no
 * entity can be declared, let alone expanded), encodings other than UTF-8, and documents
 * too large or too deep to be a real project.
 */
// saxes: maintained, namespace-aware, non-validating SAX parser that never fetches or expands entities.
import { SaxesParser } from 'saxes';
import { AppError } from '../errors.js';
import { importLimits } from '../import/limits.js';
import { refiLimits, textTooLong } from './limits.js';

export interface XmlElement {
  /** Local name (no prefix). */
  name: string;
  namespace: string;
  /** Attributes in no namespace, by local name. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data, concatenated. */
  text: string;
}

function refuse(fileName: string, reason: string): AppError {
  return new AppError('refiBadXml', `${fileName} is not readable REFI-QDA XML: ${reason}`, { fileName, reason });
}

export function decodeUtf8(fileName: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('refiNotUtf8', `${fileName} is not UTF-8 text`, { fileName });
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

export function readXml(fileName: string, bytes: Uint8Array): XmlElement {
  const source = decodeUtf8(fileName, bytes);
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let elements = 0;

  parser.on('doctype', () => {
    throw refuse(fileName, 'it declares a DOCTYPE, which REFI-QDA files never need');
  });
  parser.on('xmldecl', (decl) => {
    if (decl.encoding && !/^utf-?8$/i.test(decl.encoding)) throw refuse(fileName, `encoding ${decl.encoding} (REFI-QDA XML is UTF-8)`);
  });
  parser.on('opentag', (tag) => {
    if (++elements > refiLimits.maxXmlElements) throw refuse(fileName, 'too many elements');
    if (stack.length >= refiLimits.maxXmlDepth) throw refuse(fileName, 'elements nested too deeply');
    const attrs: Record<string, string> = {};
    for (const attr of Object.values(tag.attributes)) {
      if (attr.uri === '') attrs[attr.local] = attr.value;
    }
    const element: XmlElement = { name: tag.local, namespace: tag.uri, attrs, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  const addText = (text: string) => {
    const current = stack[stack.length - 1];
    if (!current) return;
    // Inline text (PlainTextContent) is held to the same limit as a source file's text.
    if (current.text.length + text.length > importLimits.maxTextChars) throw textTooLong(fileName, `<${current.name}>`);
    current.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (error) => {
    throw refuse(fileName, error.message);
  });

  try {
    parser.write(source).close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse(fileName, error instanceof Error ? error.message : String(error));
  }
  if (!root) throw refuse(fileName, 'no root element');
  return root;
}

/** Children with a local name, in document order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

export function childNamed(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}
