/**
 * The text of a Word (.docx) document through mammoth (maintained; ≥ 1.12.3 for the fix of
 * its external-file advisory). Mammoth writes HTML, which html-text.ts reads like any page,
 * so Word and HTML give the same lines for paragraphs, headings, list items (numbered or
 * bulleted as in Word) and table rows. Footnotes and endnotes follow the text, each marked as
 * its reference is: [1].
 * Comments are left out (mammoth drops them unless a style map asks), and so is deleted
 * tracked text. Images are never read, and linked (external) ones are never opened:
 * external file access is off, and the image converter does not call `read`.
 */
import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { htmlToText } from './html-text.js';
import { refuse } from './refusal.js';
import { readZipParts } from './zip-parts.js';

const BACK_LINK = /<a href="#(?:footnote|endnote)-ref-[\w-]+">↑<\/a>/g;
const NOTE_ITEM = /<li id="(?:footnote|endnote)-[\w-]+"/g;

/**
 * Marks each note as the text marks its reference, «[1]»: mammoth writes the k-th reference as
 * [k] and lists the notes in that order, but as a plain numbered list, whose «1.» after a
 * document ending in a list read as that list going on.
 */
function numberNotes(html: string): string {
  let k = 0;
  return html.replace(NOTE_ITEM, (item) => `${item} data-marker="[${++k}]"`);
}

export async function docxToText(bytes: Buffer, fileName: string): Promise<string> {
  const parts = await readZipParts(fileName, bytes, (name) => /\.(xml|rels)$/i.test(name));
  if (!parts.has('word/document.xml')) throw refuse('corrupt', fileName, 'this zip holds no Word document (word/document.xml)', { detail: 'word/document.xml' });
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: withRaisedRuns(parts) ?? bytes },
      {
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        ignoreEmptyParagraphs: true,
      },
    );
    // A footnote's link back to its mark is an arrow to click, not the note's words.
    html = numberNotes(result.value.replace(BACK_LINK, ''));
  } catch (error) {
    // mammoth walks the document's tree recursively: thousands of nested elements (content
    // controls, tables in tables) overflow its stack, which is the file's depth, not damage.
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw refuse('tooLarge', fileName, 'the document is nested too deep to read');
    throw refuse('corrupt', fileName, `Word could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return htmlToText(html, fileName);
}

/** The parts whose runs hold the document's words. */
const TEXT_PARTS = ['word/document.xml', 'word/footnotes.xml', 'word/endnotes.xml'];
const POSITION = /<w:position w:val="(-?\d+)"\s*\/>/;
const RUN_PROPERTIES = /<w:rPr>((?:(?!<\/w:rPr>)[\s\S])*)<\/w:rPr>/g;

/**
 * The package with text raised or lowered by w:position (in half-points; LibreOffice writes its
 * superscript so, «м2» for м²) marked as w:vertAlign, which mammoth reads: undefined when no run
 * has one. By 1 pt or more, as a nudge of a few half-points is typesetting, not superscript. The
 * new package holds the XML parts only: mammoth reads an image only when asked, and is never asked.
 */
function withRaisedRuns(parts: Map<string, Buffer>): Buffer | undefined {
  const changed = new Map<string, Buffer>();
  for (const name of TEXT_PARTS) {
    const part = parts.get(name);
    if (!part?.includes('<w:position ')) continue;
    const xml = part.toString('utf8');
    const marked = xml.replace(RUN_PROPERTIES, (whole, inside: string) => {
      const halfPoints = Number(POSITION.exec(inside)?.[1] ?? 0);
      if (Math.abs(halfPoints) < 2 || inside.includes('<w:vertAlign')) return whole;
      return `<w:rPr>${inside.replace(POSITION, `<w:vertAlign w:val="${halfPoints > 0 ? 'superscript' : 'subscript'}"/>`)}</w:rPr>`;
    });
    if (marked !== xml) changed.set(name, Buffer.from(marked, 'utf8'));
  }
  if (changed.size === 0) return undefined;
  const files = Object.fromEntries([...parts].map(([name, data]) => [name, changed.get(name) ?? data]));
  return Buffer.from(zipSync(files, { level: 0 }));
}
