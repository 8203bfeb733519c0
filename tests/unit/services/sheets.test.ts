import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { undo } from '../../../main/db/history.js';
import { attributeValue, decodeAttributeValue, listAttributes } from '../../../main/db/repos/attributes.js';
import { listCases } from '../../../main/db/repos/cases.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { listGroups } from '../../../main/db/repos/groups.js';
import { querySegments } from '../../../main/db/repos/segments.js';
import * as attributeImport from '../../../main/services/attribute-import.js';
import * as caseTableImport from '../../../main/services/case-table-import.js';
import { createCase, createGroup, renameCase, setCaseGroup } from '../../../main/services/cases.js';
import { planSheetCases } from '../../../shared/sheet-cases.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { xlsxParts, zip } from '../import/fixtures.js';

/** Sheets are read in the import worker, built from these sources (npm run build). */
const workerUrl = new URL('../../../dist/main/import/extract-worker.js', import.meta.url);
type Options<F extends (...args: never[]) => unknown> = NonNullable<Parameters<F>[3]>;
const previewCaseTable = (c: Ctx, name: string, bytes: Uint8Array) => caseTableImport.previewCaseTable(c, name, bytes, { workerUrl });
const importCaseTableSheet = (c: Ctx, name: string, bytes: Uint8Array, options: Options<typeof caseTableImport.importCaseTableSheet> = {}) =>
  caseTableImport.importCaseTableSheet(c, name, bytes, { ...options, workerUrl });
const previewAttributeSheet = (c: Ctx, name: string, bytes: Uint8Array) => attributeImport.previewAttributeSheet(c, name, bytes, { workerUrl });
const importAttributeSheet = (c: Ctx, name: string, bytes: Uint8Array, options: Options<typeof attributeImport.importAttributeSheet> = {}) =>
  attributeImport.importAttributeSheet(c, name, bytes, { ...options, workerUrl });

let t: TestSession;
type Ctx = ReturnType<TestSession['session']['context']>;
const ctx = () => t.session.context();
const utf8 = (text: string) => new TextEncoder().encode(text);
const segments = () => querySegments(ctx().store, { sort: 'position', descending: false, offset: 0, limit: 1000 }).rows;
const codeId = (framework: string, name: string) => {
  const { frameworks, codes } = getCodebook(ctx().store);
  return codes.find((c) => c.frameworkId === frameworks.find((f) => f.name === framework)!.id && c.name === name)!.id;
};
/** Everything an import may write, to show a refused file changed nothing. */
const snapshot = () => ({
  cases: listCases(ctx().store), groups: listGroups(ctx().store), attributes: listAttributes(ctx().store),
  documents: listDocuments(ctx().store), codebook: getCodebook(ctx().store),
});

beforeEach(() => {
  expect(existsSync(fileURLToPath(workerUrl)), 'run npm run build first').toBe(true);
  t = newTestSession('Ada');
  t.session.createProject('study');
});
afterEach(() => t.dispose());

/** Its notes are free text (many words), so a new code is proposed for them, not an attribute. */
const noteOne = 'Говорил долго, вспоминал переезд и первую работу в городе.';
/** Cells as some streaming writers and web exports write them: no address unless given. */
const text = (value: string, address?: string) => `<c${address ? ` r="${address}"` : ''} t="inlineStr"><is><t>${value}</t></is></c>`;
const number = (value: number) => `<c><v>${value}</v></c>`;
const workbook = (cells: string) => zip(xlsxParts({ cells }));

const russianTable = utf8(`Кейс;Позитивные факты;Негативные факты;Заметки\n1;Люди приветливые.;-;${noteOne}\n2;;Дорогой кофе.;Отвечал коротко, торопился на встречу с заказчиком.\n`);

describe('case table', () => {
  it('previews each column with the code its Russian header names, and a new code otherwise', async () => {
    const preview = await previewCaseTable(ctx(), 'т.csv', russianTable);
    expect(preview).toMatchObject({
      caseColumn: 'Кейс',
      columns: [
        { header: 'Позитивные факты', mapping: { kind: 'code', codeId: codeId('Valence', 'Positive') } },
        { header: 'Негативные факты', mapping: { kind: 'code', codeId: codeId('Valence', 'Negative') } },
        { header: 'Заметки', mapping: { kind: 'new', name: 'Заметки' } },
      ],
      rowCount: 2,
    });
    expect(preview.sample.header).toEqual(['Кейс', 'Позитивные факты', 'Негативные факты', 'Заметки']);
    expect(preview.sample.rows[0]).toEqual(['1', 'Люди приветливые.', '-', noteOne]);
    expect(listCases(ctx().store)).toEqual([]);
  });

  it('imports with the mapping the user chose: another code, a new code, a skipped column', async () => {
    const report = await importCaseTableSheet(ctx(), 'т.csv', russianTable, {
      groupName: 'Программисты',
      mapping: [{ kind: 'code', codeId: codeId('STEEPL', 'Sociocultural') }, { kind: 'new', name: 'Цены' }, { kind: 'skip' }],
    });
    expect(report).toMatchObject({ casesCreated: 2, documentsCreated: 2, segmentsCreated: 2, documentsSkipped: 0 });
    expect(segments().map((s) => [s.caseName, s.groupName, s.codes])).toEqual([
      ['1', 'Программисты', ['Sociocultural']], ['2', 'Программисты', ['Цены']],
    ]);
    expect(codeId('Case table columns', 'Цены')).toBeGreaterThan(0);
  });

  it("puts new codes in the framework the app names in the user's language", async () => {
    const report = await importCaseTableSheet(ctx(), 'т.csv', russianTable, {
      columnFramework: 'Столбцы таблицы кейсов', mapping: [{ kind: 'new', name: 'Цены' }, { kind: 'skip' }, { kind: 'skip' }],
    });
    expect(report.warnings).toEqual([{ code: 'codeCreated', params: { column: 'Цены', code: 'Столбцы таблицы кейсов/Цены' } }]);
    expect(codeId('Столбцы таблицы кейсов', 'Цены')).toBeGreaterThan(0);
    expect(getCodebook(ctx().store).frameworks.some((f) => f.name === 'Case table columns')).toBe(false);
  });

  it('is one step: one undo takes the whole import back', async () => {
    const before = snapshot();
    await importCaseTableSheet(ctx(), 't.csv', russianTable, { groupName: 'P' });
    undo(ctx().store);
    expect(snapshot()).toEqual(before);
  });

  it('makes case attributes of short columns (Город, Профессия, Возраст), in the same step as the documents', async () => {
    const table = utf8('Кейс;Город;Профессия;Возраст;Позитивные факты;Ответ\n' +
      '1;Алматы;программист;34;Люди приветливые.;Мы переехали весной, потому что в Москве стало невозможно работать.\n' +
      '2;Астана;программист;29;Кофе дешёвый.;Остались бы, если бы не аренда, которая выросла почти вдвое за год.\n' +
      '3;Алматы;дизайнер;-;Открыли бар.;Город понравился сразу, хотя язык мы пока знаем плохо и учим по вечерам.\n');
    const preview = await previewCaseTable(ctx(), 't.csv', table);
    expect(preview.columns.map((c) => [c.header, c.mapping])).toEqual([
      ['Город', { kind: 'attribute', type: 'choice' }], ['Профессия', { kind: 'attribute', type: 'choice' }],
      ['Возраст', { kind: 'attribute', type: 'number' }], ['Позитивные факты', { kind: 'code', codeId: codeId('Valence', 'Positive') }],
      ['Ответ', { kind: 'new', name: 'Ответ' }],
    ]);
    const before = snapshot();
    const report = await importCaseTableSheet(ctx(), 't.csv', table, { groupName: 'Программисты' });
    expect(report).toMatchObject({ casesCreated: 3, documentsCreated: 6, segmentsCreated: 6, attributesCreated: 3, valuesSet: 8 });
    expect(listAttributes(ctx().store).map((a) => [a.name, a.type])).toEqual([['Город', 'choice'], ['Профессия', 'choice'], ['Возраст', 'number']]);
    const valuesOf = (caseName: string) => {
      const c = listCases(ctx().store).find((x) => x.name === caseName)!;
      return Object.fromEntries(listAttributes(ctx().store).flatMap((a) => {
        const stored = attributeValue(ctx().store, c.id, a.id);
        return stored === undefined ? [] : [[a.name, decodeAttributeValue(a.type, stored)]];
      }));
    };
    expect(valuesOf('1')).toEqual({ Город: 'Алматы', Профессия: 'программист', Возраст: 34 });
    expect(valuesOf('3')).toEqual({ Город: 'Алматы', Профессия: 'дизайнер' });
    // No code was made of them, and one undo takes the attributes back with the documents.
    expect(getCodebook(ctx().store).codes.map((c) => c.name)).not.toContain('Город');
    undo(ctx().store);
    expect(snapshot()).toEqual(before);
  });

  it("refuses a case table whose attribute cell does not fit the column's type, or an existing attribute's type changed, writing nothing", async () => {
    const table = utf8('Кейс;Возраст;Позитивные факты\n1;34;Люди приветливые.\n2;много;Кофе дешёвый.\n');
    const before = snapshot();
    const mapping = (type: 'number' | 'text') => [{ kind: 'attribute', type }, { kind: 'skip' }] as const;
    await expect(importCaseTableSheet(ctx(), 't.csv', table, { mapping: [...mapping('number')] }))
      .rejects.toMatchObject({ code: 'sheetValueInvalid', params: { row: 3, column: 'Возраст', value: 'много' } });
    expect(snapshot()).toEqual(before);
    await importCaseTableSheet(ctx(), 't.csv', table, { mapping: [...mapping('text')] });
    const after = snapshot();
    await expect(importCaseTableSheet(ctx(), 't.csv', table, { mapping: [...mapping('number')] })).rejects.toMatchObject({ code: 'attributeTypeFixed' });
    expect(snapshot()).toEqual(after);
  });

  it('reads XLSX tables with Kazakh headers', async () => {
    const bytes = await writeXlsxFile([
      ['Кейс', 'Оң фактілер', 'Теріс фактілер', 'Болжам'],
      ['1', 'Адамдар қонақжай.', null, 'Қалады.'],
    ]).toBuffer();
    const report = await importCaseTableSheet(ctx(), 'k.xlsx', bytes);
    expect(report).toMatchObject({ casesCreated: 1, documentsCreated: 2 });
    expect(segments().map((s) => s.codes[0])).toEqual(['Positive', 'Forecast']);
  });

  it('reads an XLSX whose cells and rows carry no address each where Excel shows it', async () => {
    const bytes = workbook(`<row>${text('Кейс')}${text('Город')}${text('Возраст')}${text('Позитивные факты')}</row>` +
      `<row>${text('1')}<c/>${number(34)}${text('Люди приветливые.')}</row>` +
      `<row r="5">${text('2')}${text('Астана')}<c/>${text('Кофе дешёвый.')}</row>` +
      `<row>${text('3')}${text('Алматы', 'B6')}${number(29)}${text('Открыли бар.')}</row>`);
    const preview = await previewCaseTable(ctx(), 'streamed.xlsx', bytes);
    // Rows 3 and 4 are empty, as in Excel.
    expect(preview.sample.rows).toEqual([
      ['1', '', '34', 'Люди приветливые.'], ['', '', '', ''], ['', '', '', ''], ['2', 'Астана', '', 'Кофе дешёвый.'], ['3', 'Алматы', '29', 'Открыли бар.'],
    ]);
    const report = await importCaseTableSheet(ctx(), 'streamed.xlsx', bytes, { groupName: 'Программисты' });
    expect(report).toMatchObject({ casesCreated: 3, documentsCreated: 3, attributesCreated: 2, valuesSet: 4 });
    expect(segments().map((s) => [s.caseName, s.codes])).toEqual([['1', ['Positive']], ['2', ['Positive']], ['3', ['Positive']]]);
    const attributes = listAttributes(ctx().store);
    expect(listCases(ctx().store).map((c) => [c.name, Object.fromEntries(attributes.flatMap((a) => {
      const stored = attributeValue(ctx().store, c.id, a.id);
      return stored === undefined ? [] : [[a.name, decodeAttributeValue(a.type, stored)]];
    }))])).toEqual([['1', { Возраст: 34 }], ['2', { Город: 'Астана' }], ['3', { Город: 'Алматы', Возраст: 29 }]]);
  });

  it('skips and reports the cells already imported when the same table comes again', async () => {
    await importCaseTableSheet(ctx(), 't.csv', russianTable, { groupName: 'P' });
    const again = await importCaseTableSheet(ctx(), 't.csv', russianTable, { groupName: 'P' });
    expect(again).toMatchObject({ casesCreated: 0, casesMatched: 2, documentsCreated: 0, documentsSkipped: 4 });
    expect(again.warnings).toEqual([{ code: 'alreadyImported', params: { count: 4 } }]);
    expect(listDocuments(ctx().store)).toHaveLength(4);
  });

  it('refuses a table past the column limit, naming the limit, with the project unchanged', async () => {
    const before = snapshot();
    const wide = utf8(`Case,${Array.from({ length: 30_000 }, (_, i) => `c${i}`).join(',')}\n1,x\n`);
    await expect(previewCaseTable(ctx(), 'wide.csv', wide)).rejects.toMatchObject({ code: 'tooManyColumns', params: { limit: 1000 } });
    await expect(importCaseTableSheet(ctx(), 'wide.csv', wide)).rejects.toMatchObject({ code: 'tooManyColumns' });
    await expect(importCaseTableSheet(ctx(), 't.csv', russianTable, { mapping: [{ kind: 'skip' }] })).rejects.toMatchObject({ code: 'sheetMappingLength' });
    await expect(importCaseTableSheet(ctx(), 't.csv', russianTable, { mapping: [{ kind: 'code', codeId: 9999 }, { kind: 'skip' }, { kind: 'skip' }] }))
      .rejects.toMatchObject({ code: 'notFound' });
    expect(snapshot()).toEqual(before);
  });
});

const attributeSheet = utf8(
  'Case,Группа,Age,Interviewed,Remote,Sector,City\n' +
  '4,Entrepreneurs,41,05.03.2024,да,IT,Almaty\n' +
  '5,Entrepreneurs,29,2024-03-06,нет,IT,Astana\n' +
  '4,Programmers,35,,иә,Finance,Shymkent\n',
);

describe('attribute sheet', () => {
  it('previews roles and inferred types', async () => {
    const preview = await previewAttributeSheet(ctx(), 'a.csv', attributeSheet);
    expect(preview.columns.map((c) => [c.header, c.role, c.type ?? null])).toEqual([
      ['Case', 'case', null], ['Группа', 'group', null], ['Age', 'attribute', 'number'], ['Interviewed', 'attribute', 'date'],
      ['Remote', 'attribute', 'boolean'], ['Sector', 'attribute', 'choice'], ['City', 'attribute', 'text'],
    ]);
  });

  it('matches cases by name within their group, creates the others, and sets typed values', async () => {
    const e4 = createCase(ctx(), '4', createGroup(ctx(), 'Entrepreneurs').id);
    const report = await importAttributeSheet(ctx(), 'a.csv', attributeSheet, { types: { City: 'skip' } });
    expect(report).toMatchObject({ casesCreated: 2, casesMatched: 1, attributesCreated: 4, valuesSet: 11 });
    const byName = new Map(listAttributes(ctx().store).map((a) => [a.name, a]));
    expect(byName.has('City')).toBe(false);
    expect(byName.get('Sector')).toMatchObject({ type: 'choice', choices: ['IT', 'Finance'] });
    const entrepreneur = listCases(ctx().store).find((c) => c.id === e4.id)!;
    expect(entrepreneur.attributes).toEqual({
      [byName.get('Age')!.id]: 41, [byName.get('Interviewed')!.id]: '2024-03-05', [byName.get('Remote')!.id]: true, [byName.get('Sector')!.id]: 'IT',
    });
    expect(listCases(ctx().store).map((c) => c.name)).toEqual(['4', '5', '4']);
    // One of its cases matched: nothing to say.
    expect(report.warnings).toEqual([]);
  });

  it('says so when it named none of the project\'s cases and made its own (review-cli-1208 #5)', async () => {
    const programmers = createGroup(ctx(), 'Programmers').id;
    for (const name of ['P1', 'P2', 'P3']) createCase(ctx(), name, programmers);
    const report = await importAttributeSheet(ctx(), 'a.csv', attributeSheet, { types: { City: 'skip' } });
    expect(report.casesMatched).toBe(0);
    expect(report.warnings).toEqual([{ code: 'noCaseMatched', params: { existing: 3, created: 3 } }]);
    // Into an empty project, every case is new by design.
    t.session.closeProject();
    t.session.createProject('empty');
    expect((await importAttributeSheet(ctx(), 'a.csv', attributeSheet)).warnings).toEqual([]);
  });

  it('reads an XLSX whose cells and rows carry no address each where Excel shows it', async () => {
    const bytes = workbook(`<row>${text('Case')}${text('Группа')}${text('Age')}${text('City')}</row>` +
      `<row>${text('4')}<c/>${number(41)}${text('Almaty')}</row>` +
      `<row r="5">${text('5')}${text('Entrepreneurs')}<c/>${text('Astana')}</row>` +
      `<row>${text('6')}${text('Programmers')}${number(29)}${text('Shymkent', 'D6')}</row>`);
    const preview = await previewAttributeSheet(ctx(), 'streamed.xlsx', bytes);
    expect(preview.columns.map((c) => [c.header, c.role, c.type ?? null])).toEqual([
      ['Case', 'case', null], ['Группа', 'group', null], ['Age', 'attribute', 'number'], ['City', 'attribute', 'text'],
    ]);
    const report = await importAttributeSheet(ctx(), 'streamed.xlsx', bytes, { groupName: 'Programmers' });
    expect(report).toMatchObject({ casesCreated: 3, attributesCreated: 2, valuesSet: 5 });
    const groups = new Map(listGroups(ctx().store).map((g) => [g.id, g.name]));
    const byName = new Map(listAttributes(ctx().store).map((a) => [a.id, a.name]));
    expect(listCases(ctx().store).map((c) => [c.name, groups.get(c.groupId!), Object.fromEntries(Object.entries(c.attributes).map(([id, value]) => [byName.get(Number(id)), value]))]))
      .toEqual([['4', 'Programmers', { Age: 41, City: 'Almaty' }], ['5', 'Entrepreneurs', { City: 'Astana' }], ['6', 'Programmers', { Age: 29, City: 'Shymkent' }]]);
  });

  it('refuses the file when a cell does not fit the chosen type, writing nothing', async () => {
    const before = snapshot();
    await expect(importAttributeSheet(ctx(), 'a.csv', attributeSheet, { types: { Sector: 'number' } }))
      .rejects.toMatchObject({ code: 'sheetValueInvalid', params: { row: 2, column: 'Sector' } });
    expect(snapshot()).toEqual(before);
  });
});

describe('a sheet previewed in a project without cases', () => {
  const seedAttributes = utf8('case,group,profession,city,outcome\nP1,Programmers,programmer,,leaving\nP2,Programmers,programmer,Almaty,staying\n' +
    'E1,Entrepreneurs,entrepreneur,Astana,staying\n');

  it('says which columns look like the group and attributes, so the dialog does not make codes of them', async () => {
    const preview = await previewCaseTable(ctx(), 'cases.csv', seedAttributes);
    expect(preview.columns.map((c) => [c.header, c.looks])).toEqual([['group', 'group'], ['profession', 'attribute'], ['city', 'attribute'], ['outcome', 'attribute']]);
    const table = await previewCaseTable(ctx(), 'т.csv', utf8('Кейс;Жильё\n1;Жильё рядом с офисом очень помогло нам и детям.\n'));
    expect(table.columns.map((c) => c.looks)).toEqual(['text']);
  });

  it("maps a case table's Группа column to the group, not to a code, and puts each row's case there", async () => {
    const table = utf8('Кейс;Группа;Позитивные факты\n1;Программисты;Люди приветливые.\n1;Предприниматели;Открыли бар.\n2;;Кофе дешёвый.\n');
    const preview = await previewCaseTable(ctx(), 't.csv', table);
    expect(preview.columns.map((c) => c.mapping)).toEqual([{ kind: 'group' }, { kind: 'code', codeId: codeId('Valence', 'Positive') }]);
    expect(preview.cases).toEqual([{ name: '1', group: 'Программисты' }, { name: '1', group: 'Предприниматели' }, { name: '2' }]);
    const before = snapshot();
    await expect(importCaseTableSheet(ctx(), 't.csv', table, { mapping: [{ kind: 'group' }, { kind: 'group' }] }))
      .rejects.toMatchObject({ code: 'sheetGroupColumnTwice' });
    expect(snapshot()).toEqual(before);
    const report = await importCaseTableSheet(ctx(), 't.csv', table, { groupName: 'Прочие' });
    expect(report).toMatchObject({ casesCreated: 3, documentsCreated: 3, segmentsCreated: 3 });
    const groups = new Map(listGroups(ctx().store).map((g) => [g.id, g.name]));
    expect(listCases(ctx().store).map((c) => [c.name, groups.get(c.groupId!)])).toEqual([['1', 'Программисты'], ['1', 'Предприниматели'], ['2', 'Прочие']]);
    expect(getCodebook(ctx().store).codes.map((c) => c.name)).not.toContain('Группа');
  });

  it('puts the rows in the default group only where neither a group named nor a column gives theirs, and says so', async () => {
    const groups = () => new Map(listGroups(ctx().store).map((g) => [g.id, g.name]));
    const casesIn = () => listCases(ctx().store).map((c) => `${groups().get(c.groupId!)} · ${c.name}`);
    const plain = utf8('Case,Positive facts\n1,Opened a shop\n');
    expect(await importCaseTableSheet(ctx(), 'shops.csv', plain, { defaultGroup: 'shops' })).toMatchObject({ casesCreated: 1, defaultGroup: 'shops' });
    expect(casesIn()).toEqual(['shops · 1']);
    // A column giving the groups: the default is not taken, and the report names none.
    const grouped = await importCaseTableSheet(ctx(), 'both.csv', utf8('Case,Group,Positive facts\n4,Doctors,Moved to Almaty\n'), { defaultGroup: 'both' });
    expect(grouped.defaultGroup).toBeUndefined();
    // A group named: it is taken instead.
    const named = await importCaseTableSheet(ctx(), 'more.csv', utf8('Case,Positive facts\n2,Got a loan\n'), { groupName: 'Bakers', defaultGroup: 'more' });
    expect(named.defaultGroup).toBeUndefined();
    expect(casesIn()).toEqual(['shops · 1', 'Doctors · 4', 'Bakers · 2']);
  });

  it("lists a case table's cases with the groups of the column the user mapped to the group, or none", async () => {
    const table = utf8('Кейс;Группа;Кластер\nP1;Программисты;Алматы\nP1;Программисты;Астана\n');
    const cases = async (groupColumn?: number | null) =>
      (await caseTableImport.previewCaseTable(ctx(), 't.csv', table, { workerUrl, groupColumn })).cases;
    expect(await cases()).toEqual([{ name: 'P1', group: 'Программисты' }]);
    expect(await cases(1)).toEqual([{ name: 'P1', group: 'Алматы' }, { name: 'P1', group: 'Астана' }]);
    expect(await cases(null)).toEqual([{ name: 'P1' }]);
    await expect(cases(2)).rejects.toMatchObject({ code: 'sheetMappingLength' });
  });

  it("takes a column whose values are the project's groups as the group, and puts each row's case there", async () => {
    createGroup(ctx(), 'Programmers');
    const sheet = utf8('Case,Cluster,City\nP1,programmers,Almaty\nP2,Programmers,Astana\n');
    expect((await previewAttributeSheet(ctx(), 'c.csv', sheet)).columns.map((c) => c.role)).toEqual(['case', 'group', 'attribute']);
    await importAttributeSheet(ctx(), 'c.csv', sheet);
    const groups = listGroups(ctx().store);
    expect(groups.map((g) => g.name)).toEqual(['Programmers']);
    expect(listCases(ctx().store).map((c) => [c.name, c.groupId])).toEqual([['P1', groups[0]!.id], ['P2', groups[0]!.id]]);
  });

  it('takes the group from the column the user chose, or from none', async () => {
    const sheet = utf8('Кейс,Группа,Город\nP1,Программисты,Алматы\nP2,Программисты,Астана\n');
    const roles = async (groupColumn: string | null) =>
      (await attributeImport.previewAttributeSheet(ctx(), 'c.csv', sheet, { workerUrl, groupColumn })).columns.map((c) => c.role);
    expect(await roles(null)).toEqual(['case', 'attribute', 'attribute']);
    expect(await roles('Город')).toEqual(['case', 'attribute', 'group']);
    await importAttributeSheet(ctx(), 'c.csv', sheet, { groupColumn: null });
    expect(listGroups(ctx().store)).toEqual([]);
    expect(listAttributes(ctx().store).map((a) => a.name)).toEqual(['Группа', 'Город']);
    await expect(importAttributeSheet(ctx(), 'c.csv', sheet, { groupColumn: 'Кейс' })).rejects.toMatchObject({ code: 'sheetColumnTwice' });
  });
});

describe('the cases a sheet names, said before the import', () => {
  // What the dialog shows (planSheetCases over the preview's cases and the project's) must be
  // what the import then does, or its warning of new cases says nothing true.
  const project = () => ({ cases: listCases(ctx().store), groups: listGroups(ctx().store) });

  it('counts a case renamed since the table was imported as a new case, as the import makes it', async () => {
    await importCaseTableSheet(ctx(), 't.csv', russianTable, { groupName: 'P' });
    renameCase(ctx(), listCases(ctx().store)[0]!.id, 'Анна');
    const preview = await previewCaseTable(ctx(), 't.csv', russianTable);
    expect(preview.cases).toEqual([{ name: '1' }, { name: '2' }]);
    const plan = planSheetCases(preview.cases, 'P', project());
    expect(plan).toEqual({ matched: 1, created: ['1'], sameNameElsewhere: 0, byNumber: 0 });
    const again = await importCaseTableSheet(ctx(), 't.csv', russianTable, { groupName: 'P' });
    expect(again).toMatchObject({ casesMatched: plan.matched, casesCreated: plan.created.length });
  });

  it('counts the rows of an attribute sheet by their Group cells, the import group for the rest', async () => {
    createCase(ctx(), '4', createGroup(ctx(), 'Entrepreneurs').id);
    createCase(ctx(), '5', createGroup(ctx(), 'Other').id);
    const sheet = utf8('Case,Группа,Age\n4,entrepreneurs,41\n5,,29\n4,Entrepreneurs,42\n6,,30\n');
    const preview = await previewAttributeSheet(ctx(), 'a.csv', sheet);
    expect(preview.cases).toEqual([{ name: '4', group: 'entrepreneurs' }, { name: '5' }, { name: '6' }]);
    const plan = planSheetCases(preview.cases, 'Survey', project());
    expect(plan).toEqual({ matched: 1, created: ['5', '6'], sameNameElsewhere: 1, byNumber: 0 });
    const report = await importAttributeSheet(ctx(), 'a.csv', sheet, { groupName: 'Survey' });
    expect(report).toMatchObject({ casesMatched: plan.matched, casesCreated: plan.created.length });
  });

  it('puts an ungrouped case into the group its row names instead of making it again, as said', async () => {
    // Documents imported first make ungrouped cases; the attribute sheet then says their groups.
    const aigul = createCase(ctx(), 'Айгуль', null);
    const bolat = createCase(ctx(), 'Болат', null);
    const other = createGroup(ctx(), 'Other');
    createCase(ctx(), 'Дана', other.id);
    const sheet = utf8('Кейс,Группа,Город\nайгуль,Строители,Алматы\nАйгуль,Строители,Алматы\nБолат,Other,Астана\nДана,Строители,Шымкент\nБолат,Строители,Тараз\n');
    const preview = await previewAttributeSheet(ctx(), 'a.csv', sheet);
    const plan = planSheetCases(preview.cases, undefined, project());
    expect(plan).toEqual({ matched: 2, created: ['Дана', 'Болат'], sameNameElsewhere: 2, byNumber: 0 });
    const before = snapshot();
    const report = await importAttributeSheet(ctx(), 'a.csv', sheet);
    expect(report).toMatchObject({ casesMatched: plan.matched, casesCreated: plan.created.length });
    const groups = new Map(listGroups(ctx().store).map((g) => [g.id, g.name]));
    const placed = listCases(ctx().store).map((c) => [c.id, c.name, groups.get(c.groupId!) ?? null]);
    expect(placed).toEqual([[aigul.id, 'Айгуль', 'Строители'], [bolat.id, 'Болат', 'Other'], [expect.any(Number), 'Дана', 'Other'],
      [expect.any(Number), 'Дана', 'Строители'], [expect.any(Number), 'Болат', 'Строители']]);
    undo(ctx().store);
    expect(snapshot()).toEqual(before);
  });

  it('says every case of a sheet naming them otherwise is new (the seed study: P1 for case 1)', async () => {
    await importCaseTableSheet(ctx(), 't.csv', russianTable, { groupName: 'Programmers' });
    const preview = await previewAttributeSheet(ctx(), 'cases.csv', utf8('case,group,city\nP1,Programmers,Almaty\nP2,Programmers,Astana\n'));
    const plan = planSheetCases(preview.cases, 'cases', project());
    expect(plan).toEqual({ matched: 0, created: ['P1', 'P2'], sameNameElsewhere: 0, byNumber: 0 });
    expect(planSheetCases(preview.cases, undefined, project()).created).toEqual(['P1', 'P2']);
  });

  it('finds P1 as its group\'s case 1 when asked to match by number, as said, and no case of another group or none', async () => {
    await importCaseTableSheet(ctx(), 't.csv', russianTable, { groupName: 'Programmers' });
    const entrepreneurs = createGroup(ctx(), 'Entrepreneurs');
    createCase(ctx(), '1', entrepreneurs.id);
    createCase(ctx(), '02', entrepreneurs.id);
    // Made by a document import: no group, so no group's number.
    createCase(ctx(), '3', null);
    const sheet = utf8('case,group,city\nP1,Programmers,Almaty\nP-02,Programmers,Astana\nE2,Entrepreneurs,Aktau\nP3,Programmers,Uralsk\nX1,Other,Taraz\n');
    const preview = await previewAttributeSheet(ctx(), 'cases.csv', sheet);
    const plan = planSheetCases(preview.cases, undefined, project(), { byNumber: true });
    expect(plan).toEqual({ matched: 3, created: ['P3', 'X1'], sameNameElsewhere: 0, byNumber: 3, firstByNumber: { row: 'P1', case: '1' } });
    expect(planSheetCases(preview.cases, undefined, project()).byNumber).toBe(0);
    const before = snapshot();
    const report = await importAttributeSheet(ctx(), 'cases.csv', sheet, { byNumber: true });
    expect(report).toMatchObject({ casesMatched: plan.matched, casesCreated: plan.created.length });
    const groups = new Map(listGroups(ctx().store).map((g) => [g.id, g.name]));
    const city = listAttributes(ctx().store).find((a) => a.name === 'city')!;
    const cityOf = (name: string, group: string) => {
      const found = listCases(ctx().store).find((c) => c.name === name && groups.get(c.groupId!) === group)!;
      return decodeAttributeValue(city.type, attributeValue(ctx().store, found.id, city.id)!);
    };
    expect([cityOf('1', 'Programmers'), cityOf('2', 'Programmers'), cityOf('02', 'Entrepreneurs'), cityOf('P3', 'Programmers')])
      .toEqual(['Almaty', 'Astana', 'Aktau', 'Uralsk']);
    undo(ctx().store);
    expect(snapshot()).toEqual(before);
  });

  it('takes a case by its name before a case by its number', async () => {
    const group = createGroup(ctx(), 'Programmers');
    createCase(ctx(), '1', group.id);
    const named = createCase(ctx(), 'P1', group.id);
    const sheet = utf8('case,group,city\nP1,Programmers,Almaty\n');
    expect(planSheetCases((await previewAttributeSheet(ctx(), 'c.csv', sheet)).cases, undefined, project(), { byNumber: true }))
      .toMatchObject({ matched: 1, byNumber: 0 });
    await importAttributeSheet(ctx(), 'c.csv', sheet, { byNumber: true });
    const city = listAttributes(ctx().store)[0]!;
    expect(decodeAttributeValue(city.type, attributeValue(ctx().store, named.id, city.id)!)).toBe('Almaty');
  });
});

describe('a sheet whose groups are named otherwise than the project\'s', () => {
  const project = () => ({ cases: listCases(ctx().store), groups: listGroups(ctx().store) });
  const groupMap = [{ from: 'programmers', to: 'бағдарламашылар' }];
  const sheet = utf8('Case,Group,City\n1,Programmers,Almaty\n2,Programmers ,Astana\n3,Programmers,Aktau\n1,Entrepreneurs,Taraz\n');
  const placed = () => {
    const groups = new Map(listGroups(ctx().store).map((g) => [g.id, g.name]));
    return listCases(ctx().store).map((c) => [c.id, groups.get(c.groupId!), c.name]);
  };

  it('puts the rows of a mapped group into the project\'s group, finding its cases there, as the plan says', async () => {
    const kazakh = createGroup(ctx(), 'Бағдарламашылар');
    const one = createCase(ctx(), '1', kazakh.id);
    const two = createCase(ctx(), '2', kazakh.id);
    const preview = await previewAttributeSheet(ctx(), 'cases.csv', sheet);
    const plan = planSheetCases(preview.cases, undefined, project(), { groupMap });
    expect(plan).toEqual({ matched: 2, created: ['3', '1'], sameNameElsewhere: 1, byNumber: 0 });
    const before = snapshot();
    const report = await importAttributeSheet(ctx(), 'cases.csv', sheet, { groupMap });
    expect(report).toMatchObject({ casesMatched: plan.matched, casesCreated: plan.created.length });
    // No group Programmers: its cases are Бағдарламашылар's, the unmapped Entrepreneurs made as before.
    expect(placed()).toEqual([[one.id, 'Бағдарламашылар', '1'], [two.id, 'Бағдарламашылар', '2'],
      [expect.any(Number), 'Бағдарламашылар', '3'], [expect.any(Number), 'Entrepreneurs', '1']]);
    const city = listAttributes(ctx().store)[0]!;
    expect([one.id, two.id].map((id) => decodeAttributeValue(city.type, attributeValue(ctx().store, id, city.id)!))).toEqual(['Almaty', 'Astana']);
    undo(ctx().store);
    expect(snapshot()).toEqual(before);
  });

  it('maps the groups of a case table\'s column that gives the group', async () => {
    const kazakh = createGroup(ctx(), 'Бағдарламашылар');
    const one = createCase(ctx(), '1', kazakh.id);
    const table = utf8('Кейс;Группа;Позитивные факты\n1;Programmers;Люди приветливые.\n4;Programmers;Открыли бар.\n');
    const preview = await previewCaseTable(ctx(), 't.csv', table);
    expect(preview.columns[0]!.mapping).toEqual({ kind: 'group' });
    expect(planSheetCases(preview.cases, undefined, project(), { groupMap })).toMatchObject({ matched: 1, created: ['4'] });
    const report = await importCaseTableSheet(ctx(), 't.csv', table, { groupMap });
    expect(report).toMatchObject({ casesMatched: 1, casesCreated: 1, documentsCreated: 2 });
    expect(placed()).toEqual([[one.id, 'Бағдарламашылар', '1'], [expect.any(Number), 'Бағдарламашылар', '4']]);
  });

  it('refuses a map naming a group the sheet lacks, twice, or onto a group the project lacks, and changes nothing', async () => {
    createGroup(ctx(), 'Бағдарламашылар');
    const before = snapshot();
    const refused = (map: { from: string; to: string }[], bytes = sheet) => importAttributeSheet(ctx(), 'cases.csv', bytes, { groupMap: map });
    await expect(refused([{ from: 'Programers', to: 'Бағдарламашылар' }])).rejects.toMatchObject({
      code: 'sheetGroupNotInSheet', params: { file: 'cases.csv', group: 'Programers', groups: 'Programmers, Entrepreneurs' },
    });
    await expect(refused([{ from: 'Programmers', to: 'Программисты' }])).rejects.toMatchObject({
      code: 'sheetGroupTargetMissing', params: { group: 'Программисты', sheetGroup: 'Programmers' },
    });
    await expect(refused([...groupMap, { from: 'PROGRAMMERS', to: 'Бағдарламашылар' }])).rejects.toMatchObject({ code: 'sheetGroupMappedTwice' });
    await expect(refused(groupMap, utf8('Case,City\n1,Almaty\n'))).rejects.toMatchObject({ code: 'sheetGroupsNone', params: { group: 'programmers' } });
    expect(snapshot()).toEqual(before);
  });
});

describe('survey', () => {
  const survey = utf8('Respondent,Age,Why did you come?,What next?\nR1,30,For work.,Stay.\nR2,41,Family.,\n');

  it('makes each text column a document of the respondent, the others attributes', async () => {
    const report = await importAttributeSheet(ctx(), 's.csv', survey, {
      groupName: 'Survey', survey: { caseColumn: 'respondent', textColumns: ['Why did you come?', 'What next?'] },
    });
    expect(report).toMatchObject({ casesCreated: 2, documentsCreated: 3, attributesCreated: 1, valuesSet: 2 });
    expect(listDocuments(ctx().store).map((d) => d.name)).toEqual(['Why did you come?', 'What next?', 'Why did you come?']);
    const again = await importAttributeSheet(ctx(), 's.csv', survey, {
      groupName: 'Survey', survey: { caseColumn: 'Respondent', textColumns: ['Why did you come?', 'What next?'] },
    });
    expect(again).toMatchObject({ casesCreated: 0, documentsCreated: 0, documentsSkipped: 3 });
  });

  it('refuses a column the sheet lacks', async () => {
    await expect(importAttributeSheet(ctx(), 's.csv', survey, { survey: { caseColumn: 'Respondent', textColumns: ['Nope'] } }))
      .rejects.toMatchObject({ code: 'sheetColumnNotFound', params: { column: 'Nope' } });
  });
});

describe('cases with the same name', () => {
  it('allows a name once per group, and refuses a second through create, rename or move', () => {
    const p = createGroup(ctx(), 'Programmers').id;
    const e = createGroup(ctx(), 'Entrepreneurs').id;
    createCase(ctx(), '4', p);
    const e4 = createCase(ctx(), '4', e);
    const e5 = createCase(ctx(), '5', e);
    expect(() => createCase(ctx(), ' 4 ', e)).toThrow(expect.objectContaining({ code: 'caseExists', params: { case: '4', group: 'Entrepreneurs' } }));
    expect(() => renameCase(ctx(), e5.id, '4')).toThrow(expect.objectContaining({ code: 'caseExists' }));
    expect(() => setCaseGroup(ctx(), e4.id, p)).toThrow(expect.objectContaining({ code: 'caseExists' }));
    renameCase(ctx(), e4.id, '4');
    createCase(ctx(), '4', null);
    expect(() => createCase(ctx(), '4', null)).toThrow(expect.objectContaining({ code: 'caseExists', params: { case: '4', group: '' } }));
  });
});
