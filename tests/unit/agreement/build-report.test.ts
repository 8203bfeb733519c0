import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { agreementReport } from '../../../main/agreement/build-report.js';
import { formatAgreementText } from '../../../main/agreement/format-text.js';
import { translator } from '../../../shared/i18n/translator.js';
import { findCodeByPath, getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { createCase, createGroup } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { AgreementReport, type MethodResult } from '../../../shared/agreement/schema.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let interview: number;
let notes: number;
const store = () => t.session.context().store;
const code = (path: string) => {
  const [framework, name] = path.split('/') as [string, string];
  return findCodeByPath(store(), framework, name)!.id;
};
const frameworkId = (name: string) => getCodebook(store()).frameworks.find((f) => f.name === name)!.id;

function codeAs(coder: string, documentId: number, start: number, end: number, path: string) {
  t.session.settings.setCoderName(coder);
  applyCode(t.session.context(), { documentId, start, end, codeId: code(path) });
}

/** The figures of a method, with undefined statistics as null. */
function figures(result: MethodResult) {
  return { units: result.units, percent: result.percentAgreement.value, kappa: result.kappa.value, alpha: result.alpha.value };
}

function expectFigures(result: MethodResult | undefined, expected: ReturnType<typeof figures>) {
  const actual = figures(result!);
  expect(actual.units).toBe(expected.units);
  for (const key of ['percent', 'kappa', 'alpha'] as const) {
    if (expected[key] === null) expect(actual[key], key).toBeNull();
    else expect(actual[key], key).toBeCloseTo(expected[key], 12);
  }
}

beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('agreement');
  const ctx = t.session.context();
  const p1 = createCase(ctx, 'P1', null);
  const p2 = createCase(ctx, 'P2', null);
  // 20 code points (21 UTF-16 units: the emoji is a surrogate pair).
  pasteText(ctx, p1.id, 'Interview', '😀 good net. Rents up');
  pasteText(ctx, p2.id, 'Notes', 'Only Ada coded this.');
  interview = listDocuments(ctx.store, p1.id)[0]!.id;
  notes = listDocuments(ctx.store, p2.id)[0]!.id;

  codeAs('Ada', interview, 0, 10, 'Valence/Positive');
  codeAs('Ada', interview, 0, 10, 'STEEPL/Economic');
  codeAs('Ada', notes, 0, 4, 'Valence/Positive');
  codeAs('Boris', interview, 2, 10, 'Valence/Positive');
  codeAs('Boris', interview, 10, 20, 'Valence/Negative');
  codeAs('Boris', interview, 0, 10, 'STEEPL/Economic');
});
afterEach(() => t.dispose());

describe('agreement report, two coders', () => {
  it("names each document's case with its group, to tell apart two groups' cases of one name", () => {
    const ctx = t.session.context();
    const other = createCase(ctx, 'P1', createGroup(ctx, 'Entrepreneurs').id);
    pasteText(ctx, other.id, 'Interview', 'Another P1 entirely.');
    const otherInterview = listDocuments(ctx.store, other.id)[0]!.id;
    codeAs('Ada', otherInterview, 0, 7, 'Valence/Positive');
    codeAs('Boris', otherInterview, 0, 7, 'Valence/Positive');
    const report = agreementReport(store(), { coders: ['Ada', 'Boris'] });
    expect(report.documents.map((d) => [d.caseName, d.groupName])).toEqual([['P1', null], ['P1', 'Entrepreneurs']]);
  });

  it('computes every figure as derived by hand', () => {
    const report = agreementReport(store(), { coders: ['Ada', 'Boris'] });
    const byCode = (path: string) => report.codes.find((c) => c.path === path);
    const byFramework = (name: string) => report.frameworks.find((f) => f.name === name);

    expect(report.documents).toEqual([{ id: interview, name: 'Interview', caseName: 'P1', groupName: null, length: 20 }]);
    expect(report.skippedDocuments).toEqual([{ id: notes, name: 'Notes', caseName: 'P2', groupName: null, codedBy: ['Ada'] }]);

    // Characters, Positive: Ada 1 on [0,10), Boris 1 on [2,10): (1,0)×2, (1,1)×8, (0,0)×10.
    // p_o = 18/20; p_e = (10/20)(8/20) + (10/20)(12/20) = 0.5, κ = 0.8.
    // o_01 = o_10 = 2, n_1 = 18, n_0 = 22, n = 40: α = 1 − 39·4 / (2·18·22).
    expectFigures(byCode('Valence/Positive')?.character, { units: 20, percent: 0.9, kappa: 0.8, alpha: 1 - 156 / 792 });
    // Negative: Boris alone on [10,20): (0,0)×10, (0,1)×10. p_o = 0.5 = p_e, κ = 0.
    // o_01 = o_10 = 10, n_0 = 30, n_1 = 10: α = 1 − 39·20 / (2·30·10) = −0.3.
    expectFigures(byCode('Valence/Negative')?.character, { units: 20, percent: 0.5, kappa: 0, alpha: -0.3 });
    // Nobody used Forecast: no figure, as nothing was coded to agree on (percent), 0/0 (kappa and alpha).
    expectFigures(byCode('Valence/Forecast')?.character, { units: 20, percent: null, kappa: null, alpha: null });
    expect(byCode('Valence/Forecast')?.character.percentAgreement).toMatchObject({ code: 'notApplied' });
    expectFigures(byCode('STEEPL/Economic')?.character, { units: 20, percent: 1, kappa: 1, alpha: 1 });
    // Valence as a whole: (Pos,none)×2, (Pos,Pos)×8, (none,Neg)×10. p_o = 0.4,
    // p_e = (10/20)(8/20) + (10/20)(2/20) = 0.25, κ = 0.15/0.75 = 0.2.
    // Off-diagonal o = 2·(2 + 10) = 24; n_Pos = 18, n_none = 12, n_Neg = 10;
    // Σ n_c(n − n_c) = 18·22 + 12·28 + 10·30 = 1032; α = 1 − 39·24 / 1032.
    expectFigures(byFramework('Valence')?.character, { units: 20, percent: 0.4, kappa: 0.2, alpha: 1 - 936 / 1032 });
    expectFigures(byFramework('STEEPL')?.character, { units: 20, percent: 1, kappa: 1, alpha: 1 });

    // Segments, Valence: Ada [0,10) and Boris [2,10) overlap 8/10 ≥ 0.5, one unit (Pos, Pos);
    // Boris [10,20) has no partner, a unit (none, Neg). p_o = 1/2, p_e = (1/2)(1/2), κ = 1/3.
    // o_PosPos = 2, o_none,Neg = o_Neg,none = 1, n = 4: α = 1 − 3·2 / (2·2 + 1·3 + 1·3) = 0.4.
    expectFigures(byFramework('Valence')?.segment, { units: 2, percent: 0.5, kappa: 1 / 3, alpha: 0.4 });
    expectFigures(byCode('Valence/Positive')?.segment, { units: 2, percent: 1, kappa: 1, alpha: 1 });
    // Negative: (0,0), (0,1): p_o = 0.5 = p_e so κ = 0; α = 1 − 3·2 / (2·3·1) = 0.
    expectFigures(byCode('Valence/Negative')?.segment, { units: 2, percent: 0.5, kappa: 0, alpha: 0 });
    // STEEPL's units come from STEEPL segments only: one unit, both Economic.
    expectFigures(byFramework('STEEPL')?.segment, { units: 1, percent: 1, kappa: null, alpha: null });
    expectFigures(byCode('STEEPL/Economic')?.segment, { units: 1, percent: 1, kappa: null, alpha: null });

    const split = (start: number, end: number, path: string, appliedBy: string[], notAppliedBy: string[]) =>
      ({ documentId: interview, start, end, codeId: code(path), path, appliedBy, notAppliedBy });
    expect(report.disagreements).toEqual([
      split(0, 2, 'Valence/Positive', ['Ada'], ['Boris']),
      split(10, 20, 'Valence/Negative', ['Boris'], ['Ada']),
    ]);
    expect(report.disagreementCount).toBe(2);
    expect(byCode('Valence/Forecast')?.character.alpha).toEqual({ value: null, code: 'noVariation', reason: expect.stringMatching(/same category/) });
    expect(AgreementReport.parse(JSON.parse(JSON.stringify(report)))).toEqual(report);

    // A page of them, as the app asks: the first in document order, all counted; the figures unchanged.
    const page = agreementReport(store(), { coders: ['Ada', 'Boris'], maxDisagreements: 1 });
    expect(page.disagreements).toEqual([split(0, 2, 'Valence/Positive', ['Ada'], ['Boris'])]);
    expect(page.disagreementCount).toBe(2);
    expect(page.codes).toEqual(report.codes);
  });

  it('keeps to the framework or codes asked for', () => {
    const steepl = agreementReport(store(), { coders: ['Ada', 'Boris'], frameworkId: frameworkId('STEEPL') });
    expect(steepl.frameworks.map((f) => f.name)).toEqual(['STEEPL']);
    expect(steepl.codes.map((c) => c.path)).toEqual(
      ['Sociocultural', 'Technological', 'Economic', 'Environmental', 'Political', 'Legal'].map((name) => `STEEPL/${name}`),
    );
    expect(steepl.disagreements).toEqual([]);

    // With Positive alone, the Valence categories are Positive or none: the binary Positive figures.
    const positive = agreementReport(store(), { coders: ['Ada', 'Boris'], codeIds: [code('Valence/Positive')] });
    expect(positive.codes.map((c) => c.path)).toEqual(['Valence/Positive']);
    expect(figures(positive.frameworks[0]!.character)).toEqual(figures(positive.codes[0]!.character));
  });

  it('matches segments only at or above the overlap threshold', () => {
    // At 0.9, Ada [0,10) and Boris [2,10) (overlap 0.8) are separate units: (Pos,none), (none,Pos), (none,Neg).
    const report = agreementReport(store(), { coders: ['Ada', 'Boris'], overlapThreshold: 0.9 });
    const valence = report.frameworks.find((f) => f.name === 'Valence')!;
    expect(valence.segment.units).toBe(3);
    expect(valence.segment.percentAgreement).toEqual({ value: 0 });
    expect(report.overlapThreshold).toBe(0.9);
  });
});

describe('agreement report, three coders', () => {
  it('gives alpha and leaves kappa undefined', () => {
    codeAs('Cleo', interview, 0, 10, 'Valence/Positive');
    const report = agreementReport(store(), { coders: ['Ada', 'Boris', 'Cleo'] });
    const positive = report.codes.find((c) => c.path === 'Valence/Positive')!.character;
    // (1,0,1)×2: o_11 += 1, o_10 = o_01 += 1 per unit; (1,1,1)×8: o_11 += 3; (0,0,0)×10: o_00 += 3.
    // o_11 = 26, o_00 = 30, o_01 = o_10 = 2; n_1 = 28, n_0 = 32, n = 60: α = 1 − 59·4 / (2·28·32).
    expectFigures(positive, { units: 20, percent: 0.9, kappa: null, alpha: 1 - 236 / 1792 });
    expect(positive.kappa).toEqual({ value: null, code: 'twoCodersOnly', reason: expect.stringMatching(/two coders, not 3/) });
    expect(report.disagreements[0]).toMatchObject({ start: 0, end: 2, appliedBy: ['Ada', 'Cleo'], notAppliedBy: ['Boris'] });
  });
});

describe('agreement report, refusals', () => {
  it('needs two known coders who coded a document in common, and a threshold in (0, 1]', () => {
    codeAs('Dan', notes, 5, 9, 'Valence/Negative');
    const fails = (request: Parameters<typeof agreementReport>[1], code: string) =>
      expect(() => agreementReport(store(), request)).toThrow(expect.objectContaining({ name: 'AppError', code }));
    fails({ coders: ['Ada'] }, 'tooFewCoders');
    fails({ coders: ['Ada', 'Ada'] }, 'tooFewCoders');
    fails({ coders: ['Ada', 'Zed'] }, 'unknownCoder');
    fails({ coders: ['Boris', 'Dan'] }, 'noSharedDocuments');
    fails({ coders: ['Ada', 'Boris'], documentIds: [notes] }, 'noSharedDocuments');
    fails({ coders: ['Ada', 'Boris'], overlapThreshold: 0 }, 'invalidOverlapThreshold');
    fails({ coders: ['Ada', 'Boris'], frameworkId: 999 }, 'notFound');
  });
});

describe('agreement as text', () => {
  it('renders the figures, the reasons for n/a, and the disagreements', () => {
    const text = formatAgreementText(agreementReport(store(), { coders: ['Ada', 'Boris'] }), translator('en'));
    expect(text).toContain('Agreement between Ada and Boris over 1 document (20 code points).');
    expect(text).toContain('Skipped, not coded by every coder: P2/Notes (Ada).');
    expect(text).toMatch(/^Valence\/Positive +90\.0% +0\.800 +0\.803 +20 +100\.0% +1\.000 +1\.000 +2$/m);
    expect(text).toMatch(/^Valence\/Forecast +n\/a\[3\] +n\/a\[1\] +n\/a\[2\] +20 /m);
    expect(text).toMatch(/^\[1\] Both coders gave every unit the same single value/m);
    expect(text).toMatch(/^P1\/Interview +10 +20 +Valence\/Negative +Boris +Ada$/m);
  });

  it('names a document with its case\'s group, as a case table numbers every group\'s cases alike', () => {
    const report = agreementReport(store(), { coders: ['Ada', 'Boris'] });
    const grouped = <D extends { groupName: string | null }>(d: D): D => ({ ...d, groupName: 'Programmers' });
    const text = formatAgreementText({ ...report, documents: report.documents.map(grouped), skippedDocuments: report.skippedDocuments.map(grouped) }, translator('en'));
    expect(text).toContain('Skipped, not coded by every coder: Programmers · P2/Notes (Ada).');
    expect(text).toMatch(/^Programmers · P1\/Interview +10 +20 +Valence\/Negative +Boris +Ada$/m);
  });

  it('says itself in Russian and Kazakh, the reasons for n/a in the app\'s words, the figures as the app writes them, names as they are', () => {
    const report = agreementReport(store(), { coders: ['Ada', 'Boris'] });
    const ru = formatAgreementText(report, translator('ru'));
    expect(ru).toContain('Согласие между Ada и Boris: 1 документ (20 символов).');
    expect(ru).toContain('Сегменты считаются одной единицей, если их перекрытие не меньше 0,5.');
    expect(ru).toContain('Пропущены, закодированы не всеми кодировщиками: P2/Notes (Ada).');
    expect(ru).toMatch(/^КОД +СИМВ\. СОГЛАСИЕ +СИМВ\. КАППА +СИМВ\. АЛЬФА +СИМВ\. ЕДИНИЦ +СЕГМ\. СОГЛАСИЕ/m);
    // One reason by its code: the service worded it twice, for kappa and for alpha.
    expect(ru).toMatch(/^Valence\/Forecast +н\/д\[2\] +н\/д\[1\] +н\/д\[1\] +20 /m);
    // Figures as the agreement view writes them in Russian.
    expect(ru).toMatch(/^Valence\/Positive +90,0\u00a0% +0,800 +0,803 +20 +100,0\u00a0% +1,000 +1,000 +2$/m);
    expect(ru).toMatch(/^\[1\] Все значения одинаковы/m);
    expect(ru).toMatch(/^Расхождения: \d+$/m);
    expect(ru).toMatch(/^ДОКУМЕНТ +НАЧАЛО +КОНЕЦ +КОД +С КОДОМ +БЕЗ КОДА$/m);
    expect(ru).toMatch(/^P1\/Interview +10 +20 +Valence\/Negative +Boris +Ada$/m);
    expect(ru).toContain('Как считалось:');
    const kk = formatAgreementText(report, translator('kk'), 0);
    expect(kk).toContain('Ada және Boris арасындағы келісім: 1 құжат (20 таңба).');
    expect(kk).toMatch(/^СХЕМА +ТАҢБА КЕЛІСІМ +ТАҢБА КАППА/m);
    expect(kk).toMatch(/^Valence\/Positive +90,0% +0,800 +0,803 +20 +100,0% +1,000 +1,000 +2$/m);
    expect(kk).toMatch(/^Алшақтықтар: \d+ \(алғашқы 0; --json бәрін шығарады\)$/m);
  });
});
