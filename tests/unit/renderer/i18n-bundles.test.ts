/**
 * Every language has every key of the English bundle, each plural in the forms its language
 * needs (by Intl's plural rules), the same placeholders, and a message for every error code the
 * services throw. Feature files (shared/i18n/features/*.ts) are merged in first, so they are checked too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../shared/i18n/bundle.js';
import { features, withFeatures } from '../../../shared/i18n/feature-strings.js';
import { bundles, errorKey, errorText, languages, pickLanguage, setLanguage } from '../../../renderer/src/i18n/index.js';
import { decodeText } from '../../../main/import/decode-text.js';
import { columnValues } from '../../../main/services/sheet-attributes.js';
import { AppError } from '../../../main/errors.js';
import { MergePlan, conflictKinds, refusalReasons, refusedFields } from '../../../shared/merge.js';
import { trackedTables } from '../../../main/db/tracked-tables.js';
import { ImportWarning } from '../../../shared/entities.js';
import { undefinedReasons } from '../../../shared/agreement/units.js';

const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(bundle: Bundle, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(bundle)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Plain keys, and each plural key's base with the forms it has. */
function shape(bundle: Bundle) {
  const plain = new Set<string>();
  const plurals = new Map<string, Set<string>>();
  for (const key of flatten(bundle).keys()) {
    const match = PLURAL.exec(key);
    if (!match) plain.add(key);
    else {
      const base = key.slice(0, match.index);
      plurals.set(base, (plurals.get(base) ?? new Set()).add(match[1]!));
    }
  }
  return { plain, plurals };
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

const english = shape(bundles.en as Bundle);
const englishText = flatten(bundles.en as Bundle);

describe.each(languages.filter((l) => l !== 'en'))('the %s bundle', (language) => {
  const bundle = bundles[language] as Bundle;
  const own = shape(bundle);
  const text = flatten(bundle);

  it('has every plain key of English and no other', () => {
    expect([...own.plain].sort()).toEqual([...english.plain].sort());
  });

  // A text's encoding and a researcher's coding are one word in neither language: «кодировка»,
  // «кодтама» against «кодирование», «кодтау». Kazakh said «кодтау» for both in four messages.
  it("never names a text's encoding with the word for coding", () => {
    const coding = language === 'kk' ? /кодтау/i : /кодирован/i;
    const mixed = [...englishText].filter(([key, english]) => /encoding/i.test(english) && coding.test(text.get(key) ?? '')).map(([key]) => key);
    expect(mixed).toEqual([]);
  });

  // One word per thing. The memo pane said «Мемо» and the menu «Все заметки» (Kazakh «Мемолар»
  // and «Барлық жазбалар»): a researcher could not tell they were one list. «Мемо» is the word
  // of the rest of the app (its dialogs, undo steps, merge and import reports) and of the method.
  it('calls a memo a memo everywhere', () => {
    const otherWord = language === 'kk' ? /жазба(?![уй])/i : /заметк/i;
    expect([...text].filter(([, value]) => otherWord.test(value)).map(([key]) => key)).toEqual([]);
  });

  // A Russian verb in the past says whether its subject is a man or a woman, which a coder's name
  // does not tell: the copy for a second coder greeted them with «Ирина сделал(а) эту копию».
  // The person is named instead («Автор копии: Ирина»), or the verb made impersonal («Кем решено»).
  it('never guesses a person\'s gender with a verb ending in (а)', () => {
    expect([...text].filter(([, value]) => /[а-яё]\((а|ла)\)/i.test(value)).map(([key]) => key)).toEqual([]);
  });

  // Buttons are verbs here («Удалить», «Открыть»): one said «Экспорт» beside another's «Экспортировать».
  it('words every export button alike', () => {
    const buttons = [...text].filter(([key]) => key.endsWith('.export')).map(([, value]) => value);
    expect(new Set(buttons)).toEqual(new Set([language === 'kk' ? 'Экспорттау' : 'Экспортировать']));
  });

  it('has every plural in exactly the forms its language needs', () => {
    expect([...own.plurals.keys()].sort()).toEqual([...english.plurals.keys()].sort());
    const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
    for (const [base, forms] of own.plurals) expect({ base, forms: [...forms].sort() }).toEqual({ base, forms: needed });
  });

  it('fills the same placeholders as English', () => {
    for (const [key, value] of text) {
      const match = PLURAL.exec(key);
      const englishKey = match ? `${key.slice(0, match.index)}_other` : key;
      expect({ key, names: placeholders(value) }).toEqual({ key, names: placeholders(englishText.get(englishKey)!) });
    }
  });
});

describe('service errors', () => {
  const mainRoot = fileURLToPath(new URL('../../../main/', import.meta.url));
  const sources = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
    });
  const codes = new Set(
    sources(mainRoot).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/new AppError\(\s*'(\w+)'/g)].map((m) => m[1]!)),
  );

  it('has an English message for every code the services throw', () => {
    expect(codes.size).toBeGreaterThan(20);
    const missing = [...codes].filter((code) => errorKey(code) === null);
    expect(missing).toEqual([]);
  });

  it('never words the button that stops work under way as Undo, which is on screen beside it', () => {
    // Kazakh had «Болдырмау» for both, Russian «Отменить».
    for (const language of languages) {
      const words = flatten(bundles[language] as Bundle);
      expect({ language, stop: words.get('jobs.cancel') }).not.toEqual({ language, stop: words.get('history.undo') });
    }
  });

  it('names every undo step the services record, in every language', () => {
    const labels = new Set(
      sources(mainRoot).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/recordStep\([^,]+,\s*([^,]+?),\s*\(/g)].flatMap((m) =>
        // A label is a literal, or a choice between literals.
        [...m[1]!.matchAll(/'([\w.]+)'/g)].map((l) => l[1]!),
      )),
    );
    expect(labels.size).toBeGreaterThan(20);
    for (const language of languages) {
      const steps = flatten(bundles[language] as Bundle);
      expect({ language, missing: [...labels].filter((label) => !steps.has(`history.step.${label}`)) }).toEqual({ language, missing: [] });
    }
  });

  it('names a file refused as not text by its format, in the UI\'s language', async () => {
    const refusal = (bytes: number[]) => {
      try {
        decodeText(Uint8Array.from([...bytes, 0x20, 0x20]), 'notes.txt');
      } catch (error) {
        if (error instanceof AppError) return { code: error.code, message: error.message, params: error.params as Record<string, string> };
      }
      throw new Error('not refused');
    };
    const zip = refusal([0x50, 0x4b, 0x03, 0x04]);
    const png = refusal([0x89, 0x50, 0x4e, 0x47]);
    try {
      await setLanguage('kk');
      expect(errorText(zip)).toBe('notes.txt — Word, Excel немесе басқа zip файлы; CaseCoder қарапайым мәтінді импорттайды (оны .txt ретінде сақтаңыз).');
      await setLanguage('ru');
      expect(errorText(png)).toContain('файл формата изображение PNG;');
    } finally {
      await setLanguage('en');
    }
    expect(errorText(zip)).toBe('notes.txt is a Word, Excel or other zip file; CaseCoder imports plain text (save it as .txt).');
  });

  it("names a sheet cell's expected type in the reader's words, not the service's («number»)", async () => {
    let refused: { code: string; message: string; params: Record<string, string | number> } | undefined;
    try {
      columnValues({ header: 'Жасы', type: 'number' }, ['34', 'abc'], 'bad.csv', (r) => r + 2);
    } catch (error) {
      if (error instanceof AppError) refused = { code: error.code, message: error.message, params: error.params as Record<string, string | number> };
    }
    expect(refused?.params.type).toBe('number');
    try {
      await setLanguage('kk');
      expect(errorText(refused!)).toBe('bad.csv, 3-жол, Жасы бағаны: «abc» «Сан» түріне сәйкес келмейді.');
      await setLanguage('ru');
      expect(errorText(refused!)).toBe('bad.csv, строка 3, столбец Жасы: «abc» не соответствует типу «Число».');
    } finally {
      await setLanguage('en');
    }
    expect(errorText(refused!)).toBe('bad.csv, row 3, column Жасы: “abc” does not fit the type “Number”.');
    // An attribute's type kept on import is named the same way.
    expect(errorText({ code: 'attributeTypeFixed', message: 'x', params: { attribute: 'Жасы', type: 'date' } })).toBe('The attribute Жасы exists with the type “Date”; an import cannot change it.');
  });

  it('falls back to the service message for a code it does not know', () => {
    expect(errorText({ code: 'somethingNew', message: 'Raw English message', params: {} })).toBe('Raw English message');
    expect(errorText({ code: 'emptyFile', message: 'x', params: { file: 'a.txt' } })).toBe('a.txt is empty.');
  });
});

describe('the merge report', () => {
  it('names every count, refused table, reason, refused field and conflict in every language', () => {
    const wanted = [
      ...Object.keys(MergePlan.shape.added.shape).map((kind) => `merge.kinds.${kind}`),
      ...Object.keys(trackedTables).map((table) => `mergeRefusals.tables.${table}`),
      ...refusalReasons.map((reason) => `mergeRefusals.reasons.${reason}`),
      ...refusedFields.map((field) => `mergeRefusals.fields.${field}`),
      ...conflictKinds.map((kind) => `merge.conflictText.${kind}`),
    ];
    for (const language of languages) {
      const keys = flatten(bundles[language] as Bundle);
      expect({ language, missing: wanted.filter((key) => !keys.has(key)) }).toEqual({ language, missing: [] });
    }
  });
});

describe('reports coded for the UI', () => {
  it('word every import warning and every undefined agreement figure in every language', () => {
    const wanted = ImportWarning.shape.code.options.map((code) => `import-documents.warnings.${code}`);
    wanted.push(...undefinedReasons.map((code) => `agreement.reasons.${code}`));
    for (const language of languages) {
      const keys = flatten(bundles[language] as Bundle);
      expect({ language, missing: wanted.filter((key) => !keys.has(key)) }).toEqual({ language, missing: [] });
    }
  });
});

describe('the first language', () => {
  it('follows the browser when it prefers Russian or Kazakh, else English', () => {
    expect(pickLanguage(['kk-KZ', 'ru-RU', 'en'])).toBe('kk');
    expect(pickLanguage(['de-DE', 'ru'])).toBe('ru');
    expect(pickLanguage(['de-DE', 'fr'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});

describe('feature strings', () => {
  it('are merged into every bundle under the feature file name', () => {
    expect(features.size).toBeGreaterThan(0);
    for (const [name, strings] of features) for (const language of languages) expect(bundles[language][name]).toBe(strings[language]);
  });

  it('are listed, every file of shared/i18n/features', () => {
    const folder = fileURLToPath(new URL('../../../shared/i18n/features/', import.meta.url));
    const files = readdirSync(folder).filter((name) => name.endsWith('.ts')).map((name) => name.slice(0, -3));
    expect([...features.keys()].sort()).toEqual(files.sort());
  });

  it('refuse a feature named like a core key', () => {
    const clash = new Map([['common', { en: { a: 'A' }, ru: { a: 'А' }, kk: { a: 'А' } }]]);
    expect(() => withFeatures('en', { common: { b: 'B' } }, clash)).toThrow(/collides/);
  });
});
