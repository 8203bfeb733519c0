/**
 * Inputs for the importers: CSV case tables with every quoting, delimiter, BOM and line-break
 * habit, text in the encodings researchers' files come in, and byte-level damage to both.
 */
import fc from 'fast-check';

const lineBreaks = ['\n', '\r\n', '\r'] as const;
const delimiters = [',', ';', '\t'] as const;

/** Fragments that trouble CSV readers and text normalisation. */
const awkward = fc.constantFrom(
  '"', '""', ',', ';', '\t', '\n', '\r\n', '\r', '\uFEFF', ' ', '-', '—', '–', '',
  'Привет, мир', 'Тёплый приём; помощь соседей', 'ёЁ№«»', '😀', '👩‍💻', '🇬🇪', 'e\u0301', 'x\u200dy', '\u0000', '\u2028',
);

/** One lone half of a surrogate pair: only JavaScript strings (pasted text) can carry it. */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

export const cell = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 4, arbitrary: fc.array(awkward, { maxLength: 5 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  // Now and then a huge field, as when a whole interview sits in one cell.
  { weight: 1, arbitrary: fc.tuple(awkward, fc.integer({ min: 10_000, max: 300_000 })).map(([text, n]) => `${text}${'слово '.repeat(n / 6)}`) },
);

/** Any JavaScript string, lone surrogates included: what a paste can hand the app. */
export const anyText = fc.string({ unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), awkward, loneSurrogate), maxLength: 60 });

export interface CsvTable {
  rows: string[][];
  delimiter: string;
  /** Break after each row; the last is dropped unless `trailingBreak`. */
  breaks: string[];
  trailingBreak: boolean;
  bom: boolean;
  /** 'needed': quote cells that need it (valid CSV); 'always'; 'never' (often invalid). */
  quoting: 'needed' | 'always' | 'never';
}

export const csvTable: fc.Arbitrary<CsvTable> = fc
  .integer({ min: 1, max: 6 })
  .chain((columns) =>
    fc.record({
      rows: fc.array(fc.array(cell, { minLength: 0, maxLength: columns + 1 }), { minLength: 1, maxLength: 8 }),
      delimiter: fc.constantFrom(...delimiters),
      breaks: fc.array(fc.constantFrom(...lineBreaks), { minLength: 8, maxLength: 8 }),
      trailingBreak: fc.boolean(),
      bom: fc.boolean(),
      quoting: fc.constantFrom('needed', 'needed', 'always', 'never'),
    }),
  );

export function renderCsv(table: CsvTable): string {
  const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
  const needsQuotes = (value: string) => /["\r\n]/.test(value) || value.includes(table.delimiter);
  const render = (value: string) =>
    table.quoting === 'always' || (table.quoting === 'needed' && needsQuotes(value)) ? quote(value) : value;
  const lines = table.rows.map((row, i) => row.map(render).join(table.delimiter) + table.breaks[i % table.breaks.length]);
  const text = lines.join('');
  const body = table.trailingBreak ? text : text.slice(0, text.length - table.breaks[(table.rows.length - 1) % table.breaks.length]!.length);
  return (table.bom ? '\uFEFF' : '') + body;
}

export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16le-bom' | 'utf-16be-bom' | 'windows-1251';
export const fileEncoding = fc.constantFrom<FileEncoding>('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16le-bom', 'utf-16be-bom', 'windows-1251');

/** The text as a file's bytes; text Windows-1251 cannot hold falls back to UTF-8. */
export function encode(text: string, encoding: FileEncoding): Uint8Array {
  const utf16le = () => Buffer.from(text, 'utf16le');
  switch (encoding) {
    case 'utf-8': return Buffer.from(text);
    case 'utf-8-bom': return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case 'utf-16le': return utf16le();
    case 'utf-16le-bom': return Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le()]);
    case 'utf-16be-bom': return Buffer.concat([Buffer.from([0xfe, 0xff]), utf16le().swap16()]);
    case 'windows-1251': return encodeCp1251(text) ?? Buffer.from(text);
  }
}

const cp1251 = new Map<string, number>();
const decoder = new TextDecoder('windows-1251');
for (let byte = 0; byte < 256; byte++) cp1251.set(decoder.decode(Uint8Array.of(byte)), byte);

function encodeCp1251(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const char of text) {
    const byte = cp1251.get(char);
    if (byte === undefined) return null;
    bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'truncate'; at: number };

const special = [0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d, 0x00, 0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xd0, 0xc0];
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.oneof(fc.constantFrom(...special), fc.integer({ min: 0, max: 255 })) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.array(fc.oneof(fc.constantFrom(...special), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

/** The bytes with a few random edits: flipped, inserted or deleted bytes, or a cut end. */
export function mutated(bytes: fc.Arbitrary<Uint8Array>): fc.Arbitrary<Uint8Array> {
  return fc.tuple(bytes, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([original, edits]) => {
    let out = Buffer.from(original);
    for (const edit of edits) {
      const at = out.length === 0 ? 0 : edit.at % (out.length + 1);
      if (edit.kind === 'flip' && at < out.length) out[at] = edit.byte;
      if (edit.kind === 'insert') out = Buffer.concat([out.subarray(0, at), Buffer.from(edit.bytes), out.subarray(at)]);
      if (edit.kind === 'delete') out = Buffer.concat([out.subarray(0, at), out.subarray(at + edit.length)]);
      if (edit.kind === 'truncate') out = out.subarray(0, at);
    }
    return new Uint8Array(out);
  });
}

/** A CSV case table as file bytes, in any encoding. */
export const csvFile = fc.tuple(csvTable, fileEncoding).map(([table, encoding]) => encode(renderCsv(table), encoding));

/** Text as file bytes, in any encoding. */
export const textFile = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 10 }), fileEncoding).map(([parts, encoding]) => encode(parts.join(' '), encoding));
