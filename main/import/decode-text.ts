/**
 * Turns the bytes of a text file into a string, detecting the encoding researchers' files
 * actually come in: UTF-8 (with or without BOM), UTF-16 (BOM, or the tell-tale zero bytes of
 * Latin or Cyrillic text without one), and Windows-1251 for older Russian files.
 */
import { AppError } from '../errors.js';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** File signatures of formats people mistake for text; each is refused by name. */
const binarySignatures: { format: string; bytes: number[] }[] = [
  { format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { format: 'Word, Excel or other zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'old Word or Excel', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { format: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
];

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const binary = binarySignatures.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (binary) {
    throw new AppError('notPlainText', `${fileName} is a ${binary.format} file; CaseCoder imports plain text (save it as .txt)`, {
      file: fileName, format: binary.format,
    });
  }
  const encoding = detectEncoding(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new AppError('badEncoding', `${fileName} is not valid ${encoding} text`, { file: fileName, encoding });
  }
  if (text.includes('\0')) {
    throw new AppError('binaryFile', `${fileName} looks like a binary file, not text`, { file: fileName });
  }
  return { text, encoding };
}

function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16) return bomless16;
  if (isValidUtf8(bytes)) return 'utf-8';
  // Not UTF-8: in this field that is nearly always a Windows Cyrillic file.
  return 'windows-1251';
}

/**
 * Without a BOM, UTF-16 shows itself by its high bytes: 0x00 for Latin text, spaces and
 * punctuation, 0x04 for Cyrillic. Text in a one-byte encoding almost never has those bytes
 * at every other position.
 */
function guessBomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 4) return null;
  const isHigh = (b: number | undefined) => b === 0x00 || b === 0x04;
  let highEven = 0;
  let highOdd = 0;
  let zeroes = 0;
  for (let i = 0; i < sample; i += 2) {
    if (isHigh(bytes[i])) highEven++;
    if (isHigh(bytes[i + 1])) highOdd++;
    if (bytes[i] === 0 || bytes[i + 1] === 0) zeroes++;
  }
  const pairs = sample / 2;
  if (zeroes === 0) return null;
  if (highOdd / pairs > 0.6 && highEven / pairs < 0.1) return 'utf-16le';
  if (highEven / pairs > 0.6 && highOdd / pairs < 0.1) return 'utf-16be';
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
