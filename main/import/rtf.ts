/**
 * The text of an RTF file through rtf-stream-parser (maintained tokenizer and plain-text
 * interpreter): code pages from \ansicpg and font charsets decoded by iconv-lite, \u escapes
 * with their \uc fallbacks skipped. Left out: every \*\ destination, the font, colour and
 * style tables, and — added here — document info, pictures, embedded objects, fields'
 * instructions, headers and footers. Their bytes pass through the tokenizer once and are
 * dropped, so a large embedded object costs time linear in its size and is never kept.
 */
import iconv from 'iconv-lite';
import { Tokenize } from 'rtf-stream-parser';
import { ToPlainText } from 'rtf-stream-parser/dist/src/ToPlainText.js';
import { describeError, refuse } from './refusal.js';

/** Destinations whose content is not the document's running text. */
const DROPPED_DESTINATIONS = [
  'info', 'pict', 'object', 'objdata', 'result', 'fldinst', 'shppict', 'nonshppict', 'themedata', 'colorschememapping',
  'datastore', 'xmlnstbl', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'header', 'headerl', 'headerr',
  'headerf', 'footer', 'footerl', 'footerr', 'footerf', 'latentstyles', 'filetbl', 'revtbl',
];
/** Marks a row's end in the interpreter's output until cells are joined (a control character RTF text cannot carry literally). */
const ROW_END = '\u0001';

interface RtfState {
  _state: { allDestinations?: Record<string, boolean> };
  _pushOutput: (data: string) => void;
}

const structure = {
  outputDataFilter: (global: RtfState): true | undefined => {
    const destinations = global._state.allDestinations;
    return destinations && DROPPED_DESTINATIONS.some((name) => destinations[name]) ? true : undefined;
  },
  controlHandlers: {
    cell: (global: RtfState) => global._pushOutput('\t'),
    nestcell: (global: RtfState) => global._pushOutput('\t'),
    row: (global: RtfState) => global._pushOutput(ROW_END),
    page: (global: RtfState) => global._pushOutput('\n'),
    sect: (global: RtfState) => global._pushOutput('\n'),
  },
};

class RtfToText extends ToPlainText {
  constructor(warn: (message: string) => void) {
    super({
      decode: (data, encoding) => {
        if (iconv.encodingExists(encoding)) return iconv.decode(data, encoding);
        warn(encoding);
        return iconv.decode(data, 'windows-1252');
      },
      warn: () => undefined,
      allowCp0: true,
    });
    (this._featureHandlers as unknown[]).push(structure);
  }
}

/** \binN announces N raw bytes; the tokenizer allocates them up front, so N is checked against the file first. */
const BIN = /\\bin(\d+)/g;

export function rtfToText(bytes: Buffer, fileName: string): { text: string; unknownCodePages: string[] } {
  const latin1 = bytes.toString('latin1');
  if (!latin1.startsWith('{\\rtf')) throw refuse('corrupt', fileName, 'this is not an RTF file (it does not start with {\\rtf)', { detail: 'header' });
  for (const match of latin1.matchAll(BIN)) {
    if (Number(match[1]) > bytes.length - match.index) {
      throw refuse('corrupt', fileName, `it announces ${match[1]} bytes of binary data the file does not have`, { detail: '\\bin' });
    }
  }
  const unknownCodePages = new Set<string>();
  const tokenizer = new Tokenize();
  const interpreter = new RtfToText((encoding) => unknownCodePages.add(encoding));
  const chunks: string[] = [];
  const fail = (error: unknown) => {
    if (error) throw error;
  };
  tokenizer.push = (token: unknown) => {
    interpreter._transform(token as never, '', fail);
    return true;
  };
  interpreter.push = (chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  };
  try {
    tokenizer._transform(bytes, undefined, fail);
    tokenizer._flush(() => undefined);
    interpreter._flush(() => undefined);
  } catch (error) {
    throw refuse('corrupt', fileName, `RTF could not be read: ${describeError(error)}`, { detail: describeError(error) });
  }
  const text = chunks
    .join('')
    .replace(/\r\n?/g, '\n')
    // \cell ends every cell, the last one too: the tab before a row's end is no column.
    .replace(new RegExp(`\\t?${ROW_END}`, 'g'), '\n')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .filter((line) => line.replace(/\t/g, '') !== '')
    .join('\n');
  return { text, unknownCodePages: [...unknownCodePages] };
}
