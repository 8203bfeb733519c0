import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppError } from '../../../main/errors.js';
import { errorText } from '../../../shared/i18n/error-text.js';
import { translator } from '../../../shared/i18n/translator.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { querySegments } from '../../../main/db/repos/segments.js';
import { createCase, createGroup } from '../../../main/services/cases.js';
import { codeByQuote } from '../../../main/services/code-by-quote.js';
import { codePaths, findCodeByFullPath } from '../../../main/services/code-paths.js';
import { createCode, createFramework } from '../../../main/services/codebook.js';
import { pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
const ctx = () => t.session.context();
const segments = () => querySegments(ctx().store, { sort: 'position', descending: false, offset: 0, limit: 100 }).rows;
const codeId = (framework: string, name: string) => {
  const { frameworks, codes } = getCodebook(ctx().store);
  const frameworkId = frameworks.find((f) => f.name === framework)!.id;
  return codes.find((c) => c.frameworkId === frameworkId && c.name === name)!.id;
};

beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('study');
  const p1 = createCase(ctx(), 'P1', null);
  pasteText(ctx(), p1.id, 'Interview', 'Emoji 😀 first.\r\nLow wages, high rent.\r\nRent is a worry. aaa');
  pasteText(ctx(), p1.id, 'Notes', 'Low wages again; the bank spoke English.');
  createCase(ctx(), 'P2', null);
});
afterEach(() => t.dispose());

describe('codeByQuote', () => {
  it('codes the one occurrence in code points, after an astral character', () => {
    const coded = codeByQuote(ctx(), { caseName: 'P1', quote: 'high rent', codePath: 'STEEPL/Economic' });
    // "Emoji 😀 first.\n" is 15 code points (16 UTF-16 units); "Low wages, " 11 more.
    expect(coded).toMatchObject({ documentName: 'Interview', start: 26, end: 35, codeId: codeId('STEEPL', 'Economic') });
    expect(segments()).toMatchObject([{ id: coded.segmentId, start: 26, end: 35, quote: 'high rent', codes: ['Economic'], coders: ['Ada'] }]);
  });

  it('finds a quote given with CRLF line endings in the normalised text', () => {
    const coded = codeByQuote(ctx(), { caseName: 'P1', quote: 'high rent.\r\nRent', codePath: 'Valence/Negative' });
    expect(segments()[0]).toMatchObject({ start: coded.start, quote: 'high rent.\nRent', codes: ['Negative'] });
  });

  it('drops white space at the quote\'s ends, as the app does from a selection', () => {
    const coded = codeByQuote(ctx(), { caseName: 'P1', quote: '  high rent.\r\n', codePath: 'STEEPL/Economic' });
    expect(segments()).toMatchObject([{ id: coded.segmentId, start: 26, end: 36, quote: 'high rent.' }]);
    expect(() => codeByQuote(ctx(), { caseName: 'P1', quote: ' \t\n', codePath: 'STEEPL/Economic' })).toThrow('The quote is empty');
  });

  it('refuses an absent quote, naming the case and its documents', () => {
    expect(() => codeByQuote(ctx(), { caseName: 'P1', quote: 'Cheap flats', codePath: 'STEEPL/Economic' })).toThrow(
      '"Cheap flats" does not occur in case P1\'s documents (Interview, Notes)',
    );
    expect(() => codeByQuote(ctx(), { caseName: 'P2', quote: 'x', codePath: 'STEEPL/Economic' })).toThrow('Case P2 has no documents');
    expect(segments()).toEqual([]);
  });

  it('refuses a quote that occurs more than once, in one document or across documents', () => {
    expect(() => codeByQuote(ctx(), { caseName: 'P1', quote: 'Low wages', codePath: 'STEEPL/Economic' })).toThrow(
      '"Low wages" occurs 2 times in case P1\'s documents (Interview: 1, Notes: 1); give a longer quote',
    );
    // Overlapping occurrences are distinct spans too.
    expect(() => codeByQuote(ctx(), { caseName: 'P1', quote: 'aa', codePath: 'STEEPL/Economic' })).toThrow(
      '"aa" occurs 2 times in case P1\'s documents (Interview: 2)',
    );
    expect(segments()).toEqual([]);
  });

  it('refuses an unknown case and a name two cases share', () => {
    expect(() => codeByQuote(ctx(), { caseName: 'P9', quote: 'high rent', codePath: 'STEEPL/Economic' })).toThrow('No case named P9');
    // Names are unique within a group, so the namesake lives in another group.
    createCase(ctx(), 'P1', createGroup(ctx(), 'Entrepreneurs').id);
    expect(() => codeByQuote(ctx(), { caseName: 'P1', quote: 'high rent', codePath: 'STEEPL/Economic' })).toThrow(/^2 cases are named P1 \(ids 1, 3\)/);
  });

  it('needs a coder name', () => {
    t.session.settings.setCoderName('');
    expect(() => codeByQuote(ctx(), { caseName: 'P1', quote: 'high rent', codePath: 'STEEPL/Economic' })).toThrow(/coder name/);
  });
});

describe('code paths', () => {
  beforeEach(() => {
    const steepl = getCodebook(ctx().store).frameworks.find((f) => f.name === 'STEEPL')!.id;
    const economic = codeId('STEEPL', 'Economic');
    const wages = createCode(ctx(), { frameworkId: steepl, parentId: economic, name: 'Wages', description: '' });
    createCode(ctx(), { frameworkId: steepl, parentId: wages.id, name: 'Minimum', description: '' });
    createCode(ctx(), { frameworkId: steepl, parentId: null, name: 'Rent/Prices', description: '' });
  });
  const path = (p: string) => codePaths(getCodebook(ctx().store)).get(findCodeByFullPath(ctx().store, p).id);

  it('walks parents to sub-codes, ignoring case, and reads names holding a slash', () => {
    expect(path('STEEPL/Economic/Wages/Minimum')).toBe('STEEPL/Economic/Wages/Minimum');
    expect(path('steepl / economic / wages')).toBe('STEEPL/Economic/Wages');
    expect(path('STEEPL/Rent/Prices')).toBe('STEEPL/Rent/Prices');
    const coded = codeByQuote(ctx(), { caseName: 'P1', quote: 'Low wages, high', codePath: 'STEEPL/Economic/Wages' });
    expect(coded.codeId).toBe(codeId('STEEPL', 'Wages'));
  });

  it('names the missing part of a path', () => {
    const find = (p: string) => () => findCodeByFullPath(ctx().store, p);
    expect(find('STEEP/Economic')).toThrow('No framework named STEEP (frameworks: Valence, STEEPL)');
    expect(find('Valence/Neutral')).toThrow('Framework Valence has no code named Neutral (its codes: Positive, Negative, Forecast)');
    expect(find('STEEPL/Economic/Taxes')).toThrow('STEEPL/Economic has no sub-code named Taxes (its codes: Wages)');
    expect(find('STEEPL/Wages')).toThrow('Framework STEEPL has no code named Wages; did you mean STEEPL/Economic/Wages?');
    expect(find('Economic')).toThrow('Economic is not a code path: write FRAMEWORK/CODE');
    expect(find('STEEPL//Economic')).toThrow(/is not a code path/);
  });

  it('names the missing part, the codes there and the sub-code meant in Russian and Kazakh too (review-cli-1208 #12)', () => {
    const said = (language: 'ru' | 'kk', p: string) => {
      try {
        findCodeByFullPath(ctx().store, p);
      } catch (error) {
        return errorText(translator(language), error as AppError);
      }
      throw new Error(`${p} was found`);
    };
    expect(said('ru', 'Valence/Neutral')).toBe('В Valence нет кода Neutral (его коды: Positive, Negative, Forecast).');
    expect(said('ru', 'STEEPL/Wages')).toBe('В STEEPL нет кода Wages; возможно, имелся в виду STEEPL/Economic/Wages?');
    expect(said('kk', 'STEEPL/Economic/Wages/Minimum/Hourly')).toBe('STEEPL/Economic/Wages/Minimum ішінде Hourly деген код жоқ: онда бірде-бір код жоқ.');
    const many = createFramework(ctx(), 'Many', false);
    for (let i = 1; i <= 9; i++) createCode(ctx(), { frameworkId: many.id, parentId: null, name: `M${i}`, description: '' });
    expect(said('kk', 'Many/X')).toBe('Many ішінде X деген код жоқ (ондағы кодтар: M1, M2, M3, M4, M5, M6 және тағы 3).');
  });

  it('refuses a path two codes fit rather than guessing', () => {
    const framework = createFramework(ctx(), 'A/B', false);
    createCode(ctx(), { frameworkId: framework.id, parentId: null, name: 'C', description: '' });
    const a = createFramework(ctx(), 'A', false);
    const b = createCode(ctx(), { frameworkId: a.id, parentId: null, name: 'B', description: '' });
    createCode(ctx(), { frameworkId: a.id, parentId: b.id, name: 'C', description: '' });
    expect(() => findCodeByFullPath(ctx().store, 'A/B/C')).toThrow('A/B/C fits 2 codes (A/B/C; A/B/C); rename one');
    expect(() => findCodeByFullPath(ctx().store, 'A/B')).not.toThrow();
  });

  it('lists every path depth-first', () => {
    const steepl = [...codePaths(getCodebook(ctx().store)).values()].filter((p) => p.startsWith('STEEPL/'));
    expect(steepl).toEqual([
      'STEEPL/Sociocultural', 'STEEPL/Technological', 'STEEPL/Economic', 'STEEPL/Economic/Wages', 'STEEPL/Economic/Wages/Minimum',
      'STEEPL/Environmental', 'STEEPL/Political', 'STEEPL/Legal', 'STEEPL/Rent/Prices',
    ]);
  });
});
