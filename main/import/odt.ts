/**
 * The text of an OpenDocument text (.odt): content.xml read with saxes, the same
 * non-validating, never-fetching SAX parser as REFI-QDA import. Paragraphs, headings, list
 * items (with their bullets and numbers, odt-lists.ts) and table rows become lines, cells are
 * tab-separated, superscript digits are ² (odt-styles.ts); comments (office:annotation),
 * tracked deletions (text:tracked-changes), hidden text and image titles are left out.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { refiLimits } from '../refi/limits.js';
import { LineBuilder } from './line-builder.js';
import { NS } from './odf-namespaces.js';
import { OdtListMarkers } from './odt-lists.js';
import { attribute, OdtStyles, type TextPosition } from './odt-styles.js';
import { raisedText } from './raised-text.js';
import { describeError, ImportRefusal, refuse } from './refusal.js';
import { readZipParts } from './zip-parts.js';

const SKIPPED = new Set([
  `${NS.office} annotation`, `${NS.text} tracked-changes`, `${NS.text} hidden-text`, `${NS.text} hidden-paragraph`,
  `${NS.svg} title`, `${NS.svg} desc`,
]);
const BLOCKS = new Set([`${NS.text} p`, `${NS.text} h`, `${NS.text} list-item`]);
const CELLS = new Set([`${NS.table} table-cell`, `${NS.table} covered-table-cell`]);
/** ODF's <text:s text:c="N"/> repeats a space N times; a hostile N must not become a huge string. */
const MAX_REPEATED_SPACES = 1_000;

export async function odtToText(bytes: Buffer, fileName: string): Promise<string> {
  const parts = await readZipParts(fileName, bytes, (name) => name === 'content.xml' || name === 'styles.xml');
  const content = parts.get('content.xml');
  if (!content) throw refuse('corrupt', fileName, 'this zip holds no OpenDocument content (content.xml)', { detail: 'content.xml' });
  const styles = new OdtStyles();
  const named = parts.get('styles.xml');
  if (named) {
    parseXml(named.toString('utf8'), fileName, 'styles.xml', { open: (tag) => styles.open(tag), close: (tag) => styles.close(tag) });
  }
  return contentToText(content.toString('utf8'), fileName, styles);
}

interface XmlHandlers {
  open(tag: SaxesTagNS): void;
  close(tag: SaxesTagNS): void;
  text?(text: string): void;
}

/** Reads one XML part of the package: no DOCTYPE, and within the nesting and element limits. */
function parseXml(xml: string, fileName: string, part: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true });
  let depth = 0;
  let elements = 0;
  parser.on('doctype', () => {
    throw refuse('corrupt', fileName, `${part} declares a DOCTYPE, which OpenDocument never needs`, { detail: 'DOCTYPE' });
  });
  parser.on('opentag', (tag) => {
    if (++depth > refiLimits.maxXmlDepth || ++elements > refiLimits.maxXmlElements) {
      throw refuse('tooLarge', fileName, `${part} is nested too deep or has too many elements`, { limit: refiLimits.maxXmlElements });
    }
    handlers.open(tag);
  });
  parser.on('closetag', (tag) => {
    depth--;
    handlers.close(tag);
  });
  if (handlers.text) parser.on('text', handlers.text);
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw refuse('corrupt', fileName, `${part} is not well-formed: ${describeError(error)}`, { detail: describeError(error) });
  }
}

function contentToText(xml: string, fileName: string, styles: OdtStyles): string {
  const main = new LineBuilder();
  /** Footnotes and endnotes, after the text as Word's come (docx.ts): each marked as its citation, [1]. */
  const notes = new LineBuilder();
  let noteCount = 0;
  let inCitation = false;
  /** Where words go: the text, or the notes while inside a note's body. */
  let out = main;
  const lists = new OdtListMarkers(styles);
  /** Each open span's position (its own, else its parent's: superscript, subscript or none), innermost last. */
  const spans: Array<TextPosition | undefined> = [];
  let inBody = false;
  let skipDepth = 0;
  const key = (tag: SaxesTagNS) => `${tag.uri} ${tag.local}`;
  const open = (tag: SaxesTagNS) => {
    const name = key(tag);
    if (name === `${NS.office} body`) inBody = true;
    // The automatic styles before the body hold the lists' styles.
    if (!inBody) return styles.open(tag);
    if (skipDepth > 0 || SKIPPED.has(name)) {
      skipDepth++;
      return;
    }
    // A note's words sat in the middle of the sentence citing it; the sentence now keeps its mark alone.
    if (name === `${NS.text} note-citation`) {
      inCitation = true;
      out.text(`[${++noteCount}]`);
    } else if (name === `${NS.text} note-body`) {
      out = notes;
      out.breakLine();
      out.listItem(`[${noteCount}]`, 1);
    }
    if (name === `${NS.text} list`) lists.openList(tag);
    else if (name === `${NS.text} list-item`) out.listItem(lists.item(tag), lists.depth);
    else if (name === `${NS.text} span`) spans.push(styles.position(attribute(tag, NS.text, 'style-name')) ?? spans[spans.length - 1]);
    if (name === `${NS.table} table-row`) out.rowStart();
    else if (CELLS.has(name)) out.cellStart();
    else if (BLOCKS.has(name)) out.breakLine();
    else if (name === `${NS.text} line-break`) out.breakLine();
    else if (name === `${NS.text} tab`) out.literal('\t');
    else if (name === `${NS.text} s`) {
      const count = Number.parseInt(attribute(tag, NS.text, 'c') ?? '1', 10);
      out.literal(' '.repeat(Math.min(Number.isFinite(count) && count > 0 ? count : 1, MAX_REPEATED_SPACES)));
    }
  };
  const text = (written: string) => {
    if (!inBody || skipDepth > 0 || inCitation) return;
    const position = spans[spans.length - 1];
    out.text(position === 'sup' || position === 'sub' ? raisedText(written, position) : written);
  };
  const close = (tag: SaxesTagNS) => {
    const name = key(tag);
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    if (name === `${NS.office} body`) inBody = false;
    if (!inBody) return styles.close(tag);
    if (name === `${NS.text} note-citation`) inCitation = false;
    else if (name === `${NS.text} note-body`) {
      out.breakLine();
      out.endListItem();
      out = main;
    }
    if (name === `${NS.text} list`) lists.closeList();
    else if (name === `${NS.text} span`) spans.pop();
    // An item with no words leaves no bullet behind for the next line.
    if (name === `${NS.text} list-item` || name === `${NS.text} list`) out.endListItem();
    if (CELLS.has(name)) out.cellEnd();
    else if (BLOCKS.has(name) || name === `${NS.table} table-row`) out.breakLine();
  };
  parseXml(xml, fileName, 'content.xml', { open, close, text });
  const body = main.finish();
  const noteLines = notes.finish();
  return noteLines === '' ? body : `${body}\n${noteLines}`;
}
