/**
 * One outside file in, the text a researcher reads out — or a refusal that says why. Each
 * format's parser runs here in-process; import code calls it through the worker
 * (worker-client.ts) so the window never blocks and a runaway parser can be killed.
 */
import { decodePlainText, type DecodedText } from './decode-text.js';
import { decodeHtml, htmlPageText } from './html-text.js';
import { importLimits, type DocumentFormat } from './limits.js';
import type { ProgressHook } from './pdf.js';
import { describeError, ImportRefusal, refuse, type Refusal } from './refusal.js';
import type { ImportWarning } from '../../shared/entities.js';

export type { DocumentFormat } from './limits.js';
export type { ProgressHook } from './pdf.js';
export type { ImportWarning } from '../../shared/entities.js';

export interface ExtractedDocument {
  text: string;
  format: DocumentFormat;
  /** For formats stored as bytes in some encoding (txt, md, html). */
  encoding?: string;
  /** 0–1; below 0.75 an `encodingUnsure` warning is added. */
  encodingConfidence?: number;
  warnings: ImportWarning[];
}

export type ExtractResult = { ok: true; document: ExtractedDocument } | { ok: false; refusal: Refusal };

export interface ExtractOptions {
  /** Re-read a text, Markdown or HTML file in this encoding instead of detecting one. */
  encoding?: string;
  progress?: ProgressHook;
}

const EXTENSIONS: Record<string, DocumentFormat> = {
  txt: 'txt', text: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html',
  docx: 'docx', odt: 'odt', rtf: 'rtf', pdf: 'pdf',
};

export function documentFormat(fileName: string): DocumentFormat | null {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  return (extension && EXTENSIONS[extension]) || null;
}

export async function extractDocument(fileName: string, bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractResult> {
  try {
    return { ok: true, document: await extract(fileName, bytes, options) };
  } catch (error) {
    if (error instanceof ImportRefusal) return { ok: false, refusal: error.toRefusal() };
    // A parser's own failure on a malformed file is the file's fault, not the app's.
    return { ok: false, refusal: refuse('corrupt', fileName, `the file could not be read: ${describeError(error)}`, { detail: describeError(error) }).toRefusal() };
  }
}

async function extract(fileName: string, bytes: Uint8Array, options: ExtractOptions): Promise<ExtractedDocument> {
  const format = documentFormat(fileName);
  if (!format) throw refuse('unsupported', fileName, 'CaseCoder imports .txt, .md, .html, .docx, .odt, .rtf and .pdf documents', { format: fileName.split('.').pop() ?? '' });
  if (bytes.byteLength === 0) throw refuse('empty', fileName, 'the file is empty');
  const limit = importLimits.maxFileBytes[format];
  if (bytes.byteLength > limit) {
    throw refuse('tooLarge', fileName, `the file is larger than the ${limit / (1024 * 1024)} MB limit for .${format}`, { limit, format });
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const warnings: ImportWarning[] = [];
  let decoded: DecodedText | undefined;
  let text: string;
  switch (format) {
    case 'txt':
      decoded = decodePlainText(bytes, fileName, options.encoding);
      text = decoded.text;
      break;
    case 'md':
      decoded = decodePlainText(bytes, fileName, options.encoding);
      // Lines end in LF before markdown-it counts them: it cuts the file where its blocks begin.
      text = (await import('./markdown-text.js')).markdownToText(normalizeText(decoded.text), fileName);
      break;
    case 'html': {
      decoded = decodeHtml(bytes, fileName, options.encoding);
      const page = htmlPageText(decoded.text, fileName);
      text = page.text;
      if (page.chromeLeftOut > 0) warnings.push({ code: 'pageChromeLeftOut', params: { count: page.chromeLeftOut } });
      break;
    }
    // The parsers of binary formats load on first use: a worker reading a .txt starts fast.
    case 'docx':
      text = await (await import('./docx.js')).docxToText(buffer, fileName);
      break;
    case 'odt':
      text = await (await import('./odt.js')).odtToText(buffer, fileName);
      break;
    case 'rtf': {
      const rtf = (await import('./rtf.js')).rtfToText(buffer, fileName);
      text = rtf.text;
      for (const codePage of rtf.unknownCodePages) warnings.push({ code: 'unknownCodePage', params: { codePage } });
      break;
    }
    case 'pdf':
      text = await (await import('./pdf.js')).pdfToText(bytes, fileName, options.progress);
      break;
  }
  text = normalizeText(text);
  if (text.trim() === '') throw refuse('empty', fileName, 'the file holds no text');
  if (text.length > importLimits.maxTextChars) {
    throw refuse('textTooLong', fileName, `its text is longer than the ${importLimits.maxTextChars} character limit`, { limit: importLimits.maxTextChars });
  }
  if (decoded?.unsure) warnings.push({ code: 'encodingUnsure', params: { encoding: decoded.encoding } });
  return {
    text,
    format,
    ...(decoded ? { encoding: decoded.encoding, encodingConfidence: decoded.confidence } : {}),
    warnings,
  };
}

/**
 * Line endings become LF and a leading BOM goes. Nothing else: no Unicode normalisation
 * (NFC), because codings from other tools (REFI-QDA) and the file itself count positions in
 * the code points as written, and NFC would shift every offset after a decomposed letter.
 */
export function normalizeText(text: string): string {
  return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}
