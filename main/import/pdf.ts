/**
 * The text layer of a PDF through pdfjs-dist (maintained; ≥ 4.2.67 for the font-eval
 * advisory), its legacy build for Node. Nothing in the file is run or fetched: eval is off,
 * fonts are neither loaded nor installed (text extraction needs only their encodings),
 * scripting and XFA are off, and the data is handed over whole so there is no range or
 * stream loading. Paragraphs are rebuilt from the text items' geometry (pdf-paragraphs.ts).
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { itemsToParagraphs, type TextItem } from './pdf-paragraphs.js';
import { describeError, refuse } from './refusal.js';

export type ProgressHook = (done: number, total: number) => void;

export async function pdfToText(bytes: Uint8Array, fileName: string, progress?: ProgressHook): Promise<string> {
  let pdf: PDFDocumentProxy;
  try {
    pdf = await getDocument({
      // pdf.js takes ownership of (detaches) the array it is given: hand it a copy.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      useWorkerFetch: false,
      disableRange: true,
      disableStream: true,
      disableAutoFetch: true,
      isOffscreenCanvasSupported: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw refuse('passwordProtected', fileName, 'the PDF is protected by a password');
    throw refuse('corrupt', fileName, `the PDF could not be read: ${describeError(error)}`, { detail: describeError(error) });
  }
  try {
    const pages: TextItem[][] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.flatMap((item) => ('str' in item ? [item] : [])));
      page.cleanup();
      progress?.(number, pdf.numPages);
    }
    const text = itemsToParagraphs(pages);
    if (text.trim() === '') throw refuse('noTextLayer', fileName, 'no text layer: run OCR first', { pages: pdf.numPages });
    return text;
  } finally {
    await pdf.destroy();
  }
}
