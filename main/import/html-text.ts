/**
 * The words of an HTML page (or of mammoth's HTML for a .docx) as the researcher reads them:
 * paragraphs, headings, list items (with their bullets or numbers) and table rows each a line,
 * table cells separated by a tab, superscript digits as ², entities decoded. Nothing from
 * <head>, scripts, styles, comments, templates or elements hidden by the `hidden` attribute or
 * an inline display:none / visibility:hidden.
 */
// htmlparser2: maintained, forgiving streaming HTML tokenizer; it never loads anything.
import { Parser } from 'htmlparser2';
import { decodeTextBytes, type DecodedText } from './decode-text.js';
import { importLimits } from './limits.js';
import { LineBuilder } from './line-builder.js';
import { ListMarkers } from './list-markers.js';
import { raisedText } from './raised-text.js';
import { refuse } from './refusal.js';

/** Elements whose content is never text on the page. */
const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'title', 'svg', 'math', 'object', 'iframe', 'select', 'button']);
/** Elements that start and end a line. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dt', 'dd', 'tr', 'table', 'ul', 'ol', 'dl', 'blockquote', 'pre',
  'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'address', 'figure', 'figcaption', 'caption', 'hr',
  'form', 'fieldset', 'legend', 'details', 'summary', 'body', 'center',
]);
const CELLS = new Set(['td', 'th']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * Elements nested deeper than this are refused: htmlparser2 keeps its open elements by unshift and
 * each list level indents, so 200,000 nested <div> took 29 s (review-hostile-1207 #12). The XML
 * readers' bound (refiLimits.maxXmlDepth), far past what a page or a Word file nests.
 */
const MAX_NESTING = importLimits.htmlNesting;

export function htmlToText(html: string, fileName: string): string {
  const reader = htmlTextReader(fileName);
  reader.write(html);
  return reader.finish();
}

/** Where a page marks its own content (HTML5's <main>, <article>): what is outside them is the site's. */
const MARKED_CONTENT = /<(?:main|article)[\s>]/i;
/** A site's parts around a page's content: its menus, banner, footer and side column. */
const PAGE_CHROME = new Set(['nav', 'header', 'footer', 'aside']);

/**
 * A saved web page's words, and how many of the site's parts around its content were left out:
 * a page that marks its content with <main> or <article> has its menus, banner, footer and side
 * column outside them left out (the blog saved in review-study-1207 #7 began «Главная | О блоге»
 * and ended «© 2022 … Все права защищены», which search and word counts then met). A page that
 * marks nothing is read whole, as is every <nav> or <footer> inside its content.
 */
export function htmlPageText(html: string, fileName: string): { text: string; chromeLeftOut: number } {
  const reader = htmlTextReader(fileName, MARKED_CONTENT.test(html));
  reader.write(html);
  return { text: reader.finish(), chromeLeftOut: reader.chromeLeftOut() };
}

/**
 * htmlToText for HTML that comes in pieces (Markdown rendered a run of blocks at a time): one
 * parser reads them all, so an element open in one piece is still open in the next, exactly as
 * if the pieces had been joined first.
 */
export function htmlTextReader(fileName: string, leavesOutChrome = false): { write(html: string): void; finish(): string; chromeLeftOut(): number } {
  const out = new LineBuilder();
  /** Open elements: htmlparser2 closes each it opens, void or implied ones at once. */
  let depth = 0;
  /** Open <main> and <article> elements, inside which the page's chrome is its content's. */
  let contentDepth = 0;
  let chromeLeftOut = 0;
  /** Open elements that hide their content; text is kept only while none is open. */
  let hiddenDepth = 0;
  const hidesStack: boolean[] = [];
  const lists = new ListMarkers();
  /** Open <sup> and <sub> elements, innermost last. */
  const raised: Array<'sup' | 'sub'> = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (++depth > MAX_NESTING) throw refuse('tooLarge', fileName, `its elements are nested deeper than ${MAX_NESTING} levels`, { limit: MAX_NESTING });
        if (name === 'main' || name === 'article') contentDepth++;
        const chrome = leavesOutChrome && contentDepth === 0 && hiddenDepth === 0 && PAGE_CHROME.has(name);
        if (chrome) chromeLeftOut++;
        const hides = chrome || SKIPPED.has(name) || 'hidden' in attributes || HIDDEN_STYLE.test(attributes.style ?? '');
        hidesStack.push(hides);
        if (hides) hiddenDepth++;
        if (hiddenDepth > 0) return;
        if (name === 'tr') out.rowStart();
        else if (CELLS.has(name)) out.cellStart();
        else if (BLOCKS.has(name) || name === 'br') out.breakLine();
        if (name === 'pre') out.preserveDepth++;
        if (name === 'ul' || name === 'ol') lists.openList(name, attributes);
        else if (name === 'li') out.listItem(lists.item(attributes), lists.depth);
        else if (name === 'sup' || name === 'sub') raised.push(name);
      },
      ontext(written) {
        if (hiddenDepth > 0) return;
        const position = raised[raised.length - 1];
        const text = position ? raisedText(written, position) : written;
        if (out.preserveDepth === 0) return out.text(text);
        const [first, ...rest] = text.split('\n');
        out.text(first!);
        for (const part of rest) {
          out.breakLine();
          out.text(part);
        }
      },
      onclosetag(name) {
        depth--;
        if (name === 'main' || name === 'article') contentDepth--;
        if (hidesStack.pop()) {
          hiddenDepth--;
          return;
        }
        if (hiddenDepth > 0) return;
        if (CELLS.has(name)) out.cellEnd();
        else if (BLOCKS.has(name)) out.breakLine();
        if (name === 'pre') out.preserveDepth--;
        if (name === 'ul' || name === 'ol') lists.closeList();
        else if (name === 'sup' || name === 'sub') raised.pop();
        // An item with no words leaves no bullet behind for the next line.
        if (name === 'li' || name === 'ul' || name === 'ol') out.endListItem();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  return {
    write: (html) => parser.write(html),
    finish() {
      parser.end();
      return out.finish();
    },
    chromeLeftOut: () => chromeLeftOut,
  };
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Decodes an HTML file: a BOM wins, then a <meta> charset among the first bytes (as browsers
 * do), then detection.
 */
export function decodeHtml(bytes: Uint8Array, fileName: string, named?: string): DecodedText {
  if (named === undefined && !hasBom(bytes)) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
    const declared = META_CHARSET.exec(head)?.[1];
    if (declared) {
      try {
        return decodeTextBytes(bytes, fileName, declared);
      } catch {
        // A charset CaseCoder does not know is no reason to refuse the page: detect instead.
      }
    }
  }
  return decodeTextBytes(bytes, fileName, named);
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
