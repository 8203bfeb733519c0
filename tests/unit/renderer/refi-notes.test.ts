/**
 * What a REFI-QDA import says in the app, in the reader's language: its notes (a source made a
 * case, codes put in a new framework, positions read by quote) and its refusals (broken XML, a
 * reference to nothing). Every note code and refusal reason has words in every language, and real
 * imports and refusals read in Russian and Kazakh, not in the service's English.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../main/errors.js';
import { importRefi } from '../../../main/refi/import.js';
import { errorText, setLanguage, words } from '../../../renderer/src/i18n/index.js';
import { refiNoteText } from '../../../shared/i18n/refi-note-text.js';
import { RefiImportNoteCode, RefiObjectKind, RefiOffsetUnit, RefiRefusalReason } from '../../../shared/refi-report.js';
import { memoryContext } from '../refi/helpers.js';
import { qdpx } from '../refi/package.js';

afterAll(() => setLanguage('en'));

const languages = ['en', 'ru', 'kk'] as const;
/** A word left unsaid: a missing key (i18next shows the key) or a placeholder not filled. */
const unsaid = /refiNotes\.|refusalReasons\.|\{\{|undefined/;

const CODE = '5b8f3c1e-0000-4000-8000-000000000001';
// CRLF and astral characters before the quotes: their UTF-16 and code-point positions differ.
const raw = 'Grüße 😀😀\r\nZweite Zeile 🎉 hier\r\nDritte Zeile endet.';
const utf16 = (s: string) => s.length;
const codePoints = (s: string) => [...s.replace(/\r\n/g, '\n')].length;
/** A selection of `quote`, named by it as tools write them, its positions counted with `measure`. */
const select = (quote: string, measure: (s: string) => number) => {
  const at = raw.indexOf(quote);
  return { start: measure(raw.slice(0, at)), end: measure(raw.slice(0, at + quote.length)), name: quote, codeGuid: CODE };
};

async function refusalOf(fileName: string, bytes: Buffer): Promise<AppError> {
  const error = await importRefi(memoryContext(), fileName, bytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('a REFI-QDA import in the reader\'s language', () => {
  it('has words for every note, position unit and refusal reason in every language', async () => {
    const said = new Map<string, string>();
    /** Checks `text` is whole and, past English, not English's (i18next would fall back to it). */
    const expectSaid = (language: string, what: string, text: string) => {
      expect(text, `${language}: ${what}`).not.toMatch(unsaid);
      if (language === 'en') said.set(what, text);
      else expect(text, `${language}: ${what}`).not.toBe(said.get(what));
    };
    for (const language of languages) {
      await setLanguage(language);
      for (const code of RefiImportNoteCode.options) {
        for (const unit of RefiOffsetUnit.options) {
          const params = { name: 'A', newName: 'A (2)', count: 3, examples: 'x, y', source: 'S', unit, origin: '' };
          expectSaid(language, `${code} ${unit}`, refiNoteText(words, { code, params, text: 'English words' }));
        }
      }
      for (const why of RefiRefusalReason.options) {
        for (const kind of RefiObjectKind.options) {
          const params = { fileName: 'f.qdpx', why, reason: 'English words', kind, guid: 'g', element: 'E', attribute: 'a', value: 'v', name: 'n', type: 't', line: 1, column: 2, detail: 'd', limit: 9, encoding: 'koi8-r' };
          const text = errorText({ code: 'refiInvalid', message: 'English message', params });
          expectSaid(language, `${why} ${kind}`, text);
          expect(text, `${language}: ${why}`).not.toContain('English');
        }
      }
    }
  });

  it('says a real import\'s notes in Russian and Kazakh', async () => {
    const file = qdpx({
      origin: 'QualCoder 3.6', codes: [{ guid: CODE, name: 'Theme' }],
      // One document counted two ways: each selection is placed by its quote.
      sources: [{ name: 'Interview', text: raw, selections: [
        select('hier', utf16), select('Zweite Zeile', codePoints), select('Dritte Zeile', codePoints), select('endet', utf16),
      ] }],
    });
    const report = await importRefi(memoryContext(), 'Study.qdpx', file);
    expect(report.notes.map((n) => n.code).sort()).toEqual(['looseCodesFramework', 'placedByQuote', 'placedByQuote', 'sourceOwnCase']);
    await setLanguage('ru');
    const russian = report.notes.map((n) => refiNoteText(words, n));
    expect(russian).toEqual(expect.arrayContaining([
      'Коды верхнего уровня помещены в новую схему кодирования «Study».',
      'Источники без кейса стали отдельными кейсами под своими именами: 1 (Interview).',
      'Выделений в «Interview», размещённых по одному по их цитате (счёт: единицы UTF-16, CRLF — два знака): 2.',
      'Выделений в «Interview», размещённых по одному по их цитате (счёт: кодовые точки, перевод строки — один знак): 2.',
    ]));
    await setLanguage('kk');
    expect(report.notes.map((n) => refiNoteText(words, n))).toContain('Жоғарғы деңгейдегі кодтар жаңа «Study» кодтау схемасына орналастырылды.');
    await setLanguage('en');
    expect(report.notes.map((n) => refiNoteText(words, n))).toContain('Sources in no case, each made a case of its own name: 1 (Interview).');
  });

  it('says why a broken or dangling file is refused in the reader\'s language, with where', async () => {
    const broken = await refusalOf('broken.qde', Buffer.from('<Project xmlns="urn:QDA-XML:project:1.0">\n  <Users>\n</Project>'));
    expect(broken.params).toMatchObject({ why: 'syntax', line: 3 });
    await setLanguage('ru');
    expect(errorText(broken)).toMatch(/^broken\.qde не читается как XML REFI-QDA: разметка XML нарушена в строке 3, позиция \d+ \(.+\)$/);
    await setLanguage('kk');
    expect(errorText(broken)).toMatch(/^broken\.qde REFI-QDA XML ретінде оқылмайды: XML белгіленуі бұзылған: 3-жол, \d+-позиция \(.+\)$/);

    const dangling = await refusalOf('dangling.qdpx', qdpx({
      codes: [{ guid: CODE, name: 'Theme' }],
      sources: [{ name: 'S', text: 'Hello world', selections: [{ start: 0, end: 5, codeGuid: 'b0000000-0000-4000-8000-00000000dead' }] }],
    }));
    await setLanguage('ru');
    expect(errorText(dangling)).toBe('dangling.qdpx нельзя прочитать: в нём есть ссылка на объект (вид: код) b0000000-0000-4000-8000-00000000dead, которого в файле нет');
  });
});
