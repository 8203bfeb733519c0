/**
 * Turns the bytes of a text file (plain text, Markdown, HTML, CSV) into a string in the
 * encoding researchers' files actually come in: UTF-8 (with or without BOM), UTF-16 LE/BE
 * (BOM, or the tell-tale zero bytes without one), and the one-byte encodings of older
 * files — Windows-1251, KOI8-R, Windows-1252/Latin-1, and the Kazakh code pages KZ-1048 (rk1048)
 * and PT154 (pt154), which differ from Windows-1251 only where they put the Kazakh letters.
 *
 * A one-byte file carries no mark of its encoding. jschardet (maintained, statistical) gives
 * candidates, but on a short text it is often wrong (a Latin-1 "café Müller" comes back as
 * Greek). So every plausible candidate is decoded and scored by how much the result looks
 * like written language — words of one script, cased as words are — and the detector's
 * guess only breaks ties. The report says when the choice was close (`unsure`).
 */
import { createRequire } from 'node:module';
import iconv from 'iconv-lite';
import { AppError } from '../errors.js';
import { ImportRefusal, refuse } from './refusal.js';

export interface DecodedText {
  text: string;
  /** An iconv-lite encoding name, lower case ("utf-8", "koi8-r", …). */
  encoding: string;
  /** 1 for a BOM, valid UTF-8 or an encoding the user named; lower for a one-byte guess. */
  confidence: number;
  /** The guess was close: the report should offer to re-read with another encoding. */
  unsure: boolean;
}

type Detector = typeof import('jschardet');
let detector: Detector | undefined;

/**
 * jschardet, loaded when a file first needs its one-byte encoding guessed. Loading it builds its
 * language models, 50-80 ms that every process and thread importing this module paid at start
 * (each `casecoder` command, browser mode, each job thread), although most files are UTF-8.
 */
function chardet(): Detector {
  return (detector ??= createRequire(import.meta.url)('jschardet') as Detector);
}

/** Below this confidence the choice of a one-byte encoding is reported as unsure. */
const SURE_CONFIDENCE = 0.75;
/** One-byte encodings always tried; the detector may add its own first guess. */
const SINGLE_BYTE_CANDIDATES = ['windows-1251', 'koi8-r', 'windows-1252'];
/**
 * The Kazakh code pages, tried when the text has bytes they read as Kazakh letters inside words
 * (hasKazakhWordBytes): without them a Kazakh file reads as Windows-1251, whose Serbian and
 * Macedonian letters in those places («Ќараєанды») look like words as much as «Қарағанды» does.
 */
const KAZAKH_CANDIDATES = ['rk1048', 'pt154'];
/** Scoring a prefix is enough to tell encodings apart and keeps detection linear and cheap. */
const SAMPLE_BYTES = 64 * 1024;

export function isKnownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/**
 * Decodes `bytes`: with the encoding the user named (refused if unknown), else detected.
 * A BOM is always dropped from the text.
 */
export function decodeTextBytes(bytes: Uint8Array, fileName: string, named?: string): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (named !== undefined) {
    if (!isKnownEncoding(named)) {
      throw refuse('unknownEncoding', fileName, `"${named}" is not an encoding CaseCoder knows`, { encoding: named });
    }
    return { text: iconv.decode(buffer, named, { stripBOM: true }), encoding: named.toLowerCase(), confidence: 1, unsure: false };
  }
  const encoding = detectUnicode(buffer);
  if (encoding) return { text: iconv.decode(buffer, encoding, { stripBOM: true }), encoding, confidence: 1, unsure: false };
  return guessSingleByte(buffer);
}

/** A BOM, BOM-less UTF-16 or valid UTF-8 (which pure ASCII is) leaves no doubt. */
function detectUnicode(bytes: Buffer): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  // UTF-32 LE's BOM begins as UTF-16 LE's does: read as that, its text held NULs and was refused as binary.
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0x00 && bytes[3] === 0x00) return 'utf-32le';
  if (bytes[0] === 0x00 && bytes[1] === 0x00 && bytes[2] === 0xfe && bytes[3] === 0xff) return 'utf-32be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const bomless16 = guessBomlessUtf16(bytes);
  if (bomless16) return bomless16;
  return isValidUtf8(bytes) ? 'utf-8' : null;
}

/**
 * Without a BOM, UTF-16 shows itself by its high bytes: 0x00 for Latin text, spaces and
 * punctuation, 0x04 for Cyrillic. Text in a one-byte encoding almost never has those bytes
 * at every other position.
 */
function guessBomlessUtf16(bytes: Uint8Array): string | null {
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

function guessSingleByte(bytes: Buffer): DecodedText {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const detected = chardet().detectAll(sample, { minimumThreshold: 0 })
    .map((guess) => ({ encoding: (guess.encoding ?? '').toLowerCase(), confidence: guess.confidence }))
    .filter((guess) => isKnownEncoding(guess.encoding));
  const top = detected[0];
  const candidates = new Set(SINGLE_BYTE_CANDIDATES);
  if (hasKazakhWordBytes(sample)) for (const encoding of KAZAKH_CANDIDATES) candidates.add(encoding);
  if (top && top.confidence >= 0.5) candidates.add(top.encoding);
  const scored = [...candidates]
    .map((encoding) => ({ encoding, text: iconv.decode(sample, encoding) }))
    .map(({ encoding, text }) => ({
      encoding,
      text,
      score: plausibility(text),
      detector: detected.find((guess) => guess.encoding === encoding)?.confidence ?? 0,
    }))
    .sort((a, b) => b.score - a.score || b.detector - a.detector);
  const best = scored[0]!;
  const runnerUp = scored[1];
  // The margin between the two most plausible readings, in score per word: a clear lead
  // (every word reads better) is certain; a narrow one leans on the detector too.
  const margin = runnerUp ? best.score - runnerUp.score : 1;
  const confidence = Math.min(1, Math.max(0, margin) * 0.8 + best.detector * 0.4);
  return {
    text: iconv.decode(bytes, best.encoding, { stripBOM: true }),
    encoding: best.encoding,
    confidence,
    unsure: confidence < SURE_CONFIDENCE || mostlySymbols(best.text),
  };
}

const NON_ASCII = /[^\x00-\x7f]/gu;
const SYMBOL = /[\p{S}\p{No}]/u;

/**
 * Whether the characters outside ASCII are mostly signs (¤ ± ³ ¬) rather than letters and
 * typography: what a text in an encoding none of the candidates is reads as. Big5 Chinese read
 * as «³o¬O¤¤¤å±Ä³X» in Windows-1252, with a confidence that said nothing of a doubt
 * (review-hostile-1207 #20); its single letters read as words as well as any.
 */
function mostlySymbols(text: string): boolean {
  const outside = text.match(NON_ASCII) ?? [];
  return outside.length > 0 && outside.filter((c) => SYMBOL.test(c)).length * 5 > outside.length;
}

const WORD = /\p{L}+/gu;
const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const NON_ASCII_LETTER = /[^\x00-\x7f]/gu;
/** C1 controls, replacement characters and box drawing: what a wrong code page leaves behind. */
const GARBAGE = /[\u0080-\u009f\ufffd\u2500-\u25ff]/gu;

/**
 * Mean per-word score of how much `text` reads like language: a word in one script, cased as
 * words are (lower, Title or UPPER) scores; mixed scripts ("cafй"), inverted case
 * ("чФПМЙГБ"), Latin words made mostly of accented letters ("Ñòîëèöà") and leftover control
 * or box-drawing characters cost. All caps score little: a wrong Cyrillic code page turns
 * lower-case words into capitals.
 */
export function plausibility(text: string): number {
  let score = 0;
  let words = 0;
  for (const [word] of text.matchAll(WORD)) {
    words++;
    const scripts = [LATIN, CYRILLIC, GREEK].filter((script) => script.test(word)).length;
    if (scripts > 1) {
      score -= 2;
      continue;
    }
    if (LATIN.test(word) && word.length > 1 && (word.match(NON_ASCII_LETTER)?.length ?? 0) * 2 > word.length) score -= 1;
    const lower = word.toLowerCase();
    const upper = word.toUpperCase();
    if (CYRILLIC.test(word)) score += 2 * letterFrequency(lower);
    if (word === lower) score += 1;
    else if (word === upper) score += word.length > 1 ? 0.25 : 1;
    else if (word[0] === upper[0] && word.slice(1) === lower.slice(1)) score += 1;
    else score -= 1;
  }
  score -= 2 * (text.match(GARBAGE)?.length ?? 0);
  return words === 0 ? 0 : score / words;
}

/** The letters Kazakh adds to the Russian alphabet, but і, which Ukrainian has too (the same byte in Windows-1251). */
const KAZAKH_ONLY = new Set('әғқңөұүһ');
const COMMON_CYRILLIC = new Set([...'оеаинтсрвлкмдпу', ...KAZAKH_ONLY]);
/** Rare Russian letters, and letters neither Russian nor Kazakh writes: what a wrong Cyrillic code page reads Kazakh letters as. */
const RARE_CYRILLIC = new Set('фщъэюжцшйёђѓјљњћќѕџҗҙҫҝҡҷҳҹӣӯ');

/**
 * Share of the letters most frequent in Russian and Kazakh prose minus the share of the
 * rarest: it settles all-capital text, where case cannot tell KOI8-R from Windows-1251
 * ("ПРИВЕТ" read in the other code page is a lower-case "ртйчеф"), and tells a Kazakh code
 * page from Windows-1251 («Қарағанды», not «Ќараєанды»).
 */
function letterFrequency(lowerWord: string): number {
  let balance = 0;
  for (const letter of lowerWord) {
    if (COMMON_CYRILLIC.has(letter)) balance++;
    else if (RARE_CYRILLIC.has(letter)) balance--;
  }
  return balance / lowerWord.length;
}

/**
 * Bytes a Kazakh code page reads as a Kazakh letter where Windows-1251 reads neither a Russian
 * nor a Ukrainian one (so a Ukrainian text's є, ї, ґ, ў are no sign of Kazakh).
 */
const KAZAKH_BYTES: ReadonlySet<number> = (() => {
  const bytes = new Set<number>();
  const ukrainian = new Set('єїґў');
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const one = Buffer.of(byte);
    const inWindows = iconv.decode(one, 'windows-1251').toLowerCase();
    const kazakh = KAZAKH_CANDIDATES.some((encoding) => KAZAKH_ONLY.has(iconv.decode(one, encoding).toLowerCase()));
    if (kazakh && !ukrainian.has(inWindows)) bytes.add(byte);
  }
  return bytes;
})();

/** Windows-1251's Cyrillic letters А–я, whose bytes the Kazakh code pages share. */
const isCyrillicLetterByte = (byte: number | undefined) => byte !== undefined && byte >= 0xc0;

/** Whether one of KAZAKH_BYTES stands next to a Cyrillic letter, as a Kazakh letter in a word does: the first one settles it. */
function hasKazakhWordBytes(sample: Uint8Array): boolean {
  for (let i = 0; i < sample.length; i++) {
    if (KAZAKH_BYTES.has(sample[i]!) && (isCyrillicLetterByte(sample[i - 1]) || isCyrillicLetterByte(sample[i + 1]))) return true;
  }
  return false;
}

/**
 * File signatures of formats people mistake for text; each is refused by name. The refusal
 * carries the format's code, which the UI names in its language (fileFormats in i18n).
 */
const binarySignatures = [
  { format: 'pdf', name: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { format: 'zip', name: 'Word, Excel or other zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'ole', name: 'old Word or Excel', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { format: 'png', name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'jpeg', name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { format: 'gif', name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
] as const;

/** A refused format's English name, for the services' own messages (the CLI's). */
const formatName = (format: string) => binarySignatures.find((s) => s.format === format)?.name ?? format;

/**
 * Decodes a file that claims to be text, refusing one that is really a binary format or
 * holds NUL characters.
 */
export function decodePlainText(bytes: Uint8Array, fileName: string, named?: string): DecodedText {
  const binary = binarySignatures.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (binary) {
    throw refuse('notText', fileName, `this is a ${binary.name} file, not text`, { format: binary.format });
  }
  const decoded = decodeTextBytes(bytes, fileName, named);
  if (decoded.text.includes('\0')) throw refuse('notText', fileName, 'this looks like a binary file, not text', { format: 'binary' });
  return decoded;
}

/**
 * The services' entry until they move to extractDocument: the same decoding, with the
 * AppError codes they and their tests expect.
 */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  try {
    return decodePlainText(bytes, fileName);
  } catch (error) {
    if (error instanceof ImportRefusal && error.params.format === 'binary') {
      throw new AppError('binaryFile', `${fileName} looks like a binary file, not text`, { file: fileName });
    }
    if (error instanceof ImportRefusal) {
      const format = String(error.params.format);
      throw new AppError('notPlainText', `${fileName} is a ${formatName(format)} file; CaseCoder imports plain text (save it as .txt)`, { file: fileName, format });
    }
    throw error;
  }
}
