/**
 * Encodings researchers' files come in, generated here with iconv-lite: each must read back
 * exactly, with the encoding reported, and a short one-byte text must not come out in the
 * wrong code page ("чФПМЙГБ", "cafй Mьller").
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTextBytes, plausibility } from '../../../main/import/decode-text.js';
import { ImportRefusal } from '../../../main/import/refusal.js';
import { rereadEncodings } from '../../../renderer/src/import-report-text.js';

const russian = 'Столица Казахстана — город Астана. Интервью записано в марте.';
const kazakh = 'Қазақстанның астанасы — Астана қаласы. Сұхбат наурызда жазылды.';
const french = 'Le garçon était très âgé à Noël, café crème.';
const german = 'Größere Ärger über Öl bei Müller.';

const bom = (bytes: number[], body: Buffer) => Buffer.concat([Buffer.from(bytes), body]);

describe('Unicode files', () => {
  const cases: [string, string, Buffer][] = [
    ['UTF-8', russian, iconv.encode(russian, 'utf-8')],
    ['UTF-8 with BOM', kazakh, bom([0xef, 0xbb, 0xbf], iconv.encode(kazakh, 'utf-8'))],
    ['UTF-16 LE with BOM', kazakh, bom([0xff, 0xfe], iconv.encode(kazakh, 'utf-16le'))],
    ['UTF-16 BE with BOM', russian, bom([0xfe, 0xff], iconv.encode(russian, 'utf-16be'))],
    ['UTF-16 LE without BOM', kazakh, iconv.encode(kazakh, 'utf-16le')],
    ['UTF-16 BE without BOM', french, iconv.encode(french, 'utf-16be')],
    // Its BOM begins as UTF-16 LE's: read as that, it was refused as binary (review-hostile-1207 #20).
    ['UTF-32 LE with BOM', kazakh, bom([0xff, 0xfe, 0, 0], iconv.encode(kazakh, 'utf-32le'))],
    ['UTF-32 BE with BOM', russian, bom([0, 0, 0xfe, 0xff], iconv.encode(russian, 'utf-32be'))],
  ];
  it.each(cases)('%s reads back exactly, for certain', (_, text, bytes) => {
    const decoded = decodeTextBytes(bytes, 'a.txt');
    expect(decoded.text).toBe(text);
    expect(decoded).toMatchObject({ confidence: 1, unsure: false });
  });
});

describe('one-byte files', () => {
  const cases: [string, string, string][] = [
    ['koi8-r', 'Столица Казахстана', 'koi8-r'],
    ['koi8-r', 'Интервью записано в марте. Респондент из Алматы.', 'koi8-r'],
    ['windows-1251', 'Столица Казахстана', 'windows-1251'],
    ['windows-1251', russian, 'windows-1251'],
    ['windows-1251', 'Привет', 'windows-1251'],
    ['koi8-r', 'Привет', 'koi8-r'],
    ['latin1', 'café Müller', 'windows-1252'],
    ['windows-1252', french, 'windows-1252'],
    ['windows-1252', german, 'windows-1252'],
    ['latin1', 'Größe', 'windows-1252'],
  ];
  it.each(cases)('%s "%s" reads back as %s, for certain', (encoding, text, reported) => {
    const decoded = decodeTextBytes(iconv.encode(text, encoding), 'a.txt');
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(reported);
    expect(decoded.unsure).toBe(false);
  });

  it('says it is unsure of a text in an encoding it does not try, whose reading is mostly signs (review-hostile-1207 #20)', () => {
    // As the review's files were: Big5 read as Windows-1252 with a sure confidence.
    const chinese = '這是中文採訪。工資低是主要問題。\n'.repeat(20);
    const japanese = 'これは日本語のインタビューです。給料が低いのが問題です。\n'.repeat(20);
    for (const [text, encoding] of [[chinese, 'big5'], [chinese, 'gb18030'], [japanese, 'shift_jis']] as const) {
      expect(decodeTextBytes(iconv.encode(text, encoding), 'a.txt').unsure, encoding).toBe(true);
      // And the report offers to read it again in its own.
      expect(rereadEncodings).toContain(encoding);
      expect(decodeTextBytes(iconv.encode(text, encoding), 'a.txt', encoding).text).toBe(text);
    }
  });

  it('says it is unsure where case cannot tell KOI8-R from Windows-1251 (words in capitals), and leans on letter frequency', () => {
    const decoded = decodeTextBytes(iconv.encode('ПРИВЕТ МИР', 'windows-1251'), 'a.txt');
    expect(decoded.unsure).toBe(true);
    expect(decoded.confidence).toBeLessThan(0.75);
    expect(decodeTextBytes(iconv.encode('ПРИВЕТ МИР', 'koi8-r'), 'a.txt')).toMatchObject({ text: 'ПРИВЕТ МИР', unsure: true });
    expect(decodeTextBytes(iconv.encode('СТОЛИЦА КАЗАХСТАНА', 'windows-1251'), 'a.txt').text).toBe('СТОЛИЦА КАЗАХСТАНА');
  });

  it('scores the right reading above the garbled ones', () => {
    expect(plausibility('Столица Казахстана')).toBeGreaterThan(plausibility('чФПМЙГБ лБЪБИУФБОБ'));
    expect(plausibility('café Müller')).toBeGreaterThan(plausibility('cafй Mьller'));
    expect(plausibility('Привет')).toBeGreaterThan(plausibility('Ïðèâåò'));
  });
});

describe('Kazakh code pages', () => {
  const interview = 'Қарағанды қаласында тұратын респондент: «Өмір қиын болды, бірақ біз үйрендік». Ол әкесі туралы айтты.';
  const cases: [string, string, string][] = [
    ['rk1048', interview, 'rk1048'],
    ['rk1048', 'Өмір қиын', 'rk1048'],
    ['rk1048', 'ҚАРАҒАНДЫ ҚАЛАСЫ', 'rk1048'],
    ['pt154', interview, 'pt154'],
    ['pt154', 'Қарағанды', 'pt154'],
  ];
  // Windows-1251 read them as «Ќараєанды», «Ґмір», for certain: the Serbian and Macedonian letters look like words too.
  it.each(cases)('%s "%s" reads back as %s, not as Windows-1251', (encoding, text, reported) => {
    const decoded = decodeTextBytes(iconv.encode(text, encoding), 'a.txt');
    expect(decoded.text).toBe(text);
    expect(decoded.encoding).toBe(reported);
  });

  it('says the choice between the two Kazakh code pages is a guess (they differ in a few letters)', () => {
    expect(decodeTextBytes(iconv.encode(interview, 'rk1048'), 'a.txt').unsure).toBe(true);
  });

  it('leaves Russian and Ukrainian Windows-1251 text alone (є, ї, ґ, ў are no sign of Kazakh)', () => {
    for (const text of [russian, 'Україна: її мова є державною, ґанок, Київ, що', 'Дзякуй, ўсё добра']) {
      expect(decodeTextBytes(iconv.encode(text, 'windows-1251'), 'a.txt')).toMatchObject({ text, encoding: 'windows-1251', unsure: false });
    }
  });

  it('are offered by name, as iconv-lite calls them', () => {
    const bytes = iconv.encode(kazakh, 'rk1048');
    expect(decodeTextBytes(bytes, 'a.txt', 'rk1048')).toMatchObject({ text: kazakh, encoding: 'rk1048', unsure: false });
    expect(decodeTextBytes(iconv.encode(kazakh, 'pt154'), 'a.txt', 'pt154').text).toBe(kazakh);
    expect(rereadEncodings).toEqual(expect.arrayContaining(['rk1048', 'pt154']));
  });
});

describe('a named encoding', () => {
  it('re-reads the bytes in it', () => {
    const bytes = iconv.encode('Столица', 'koi8-r');
    expect(decodeTextBytes(bytes, 'a.txt', 'windows-1251').text).toBe(iconv.decode(bytes, 'windows-1251'));
    expect(decodeTextBytes(bytes, 'a.txt', 'KOI8-R')).toMatchObject({ text: 'Столица', encoding: 'koi8-r', unsure: false });
  });

  it('is refused when CaseCoder does not know it', () => {
    try {
      decodeTextBytes(Buffer.from('x'), 'a.txt', 'klingon-8');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportRefusal);
      expect(error).toMatchObject({ reason: 'unknownEncoding', params: { encoding: 'klingon-8', file: 'a.txt' } });
    }
  });
});
