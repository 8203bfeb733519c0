import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFormats, type ExportFormat } from '../../../shared/tables.js';
import { all, parseXml, readWorkbook, unzip, wordTableCells } from '../export/ooxml.js';
import { caseWithText, codeId, newMethodProject, type MethodProject } from './helpers.js';

let p: MethodProject;
const segmentOf: Record<string, number> = {};

/**
 * Programmers P1–P4 and entrepreneurs E1–E2: Negative in 3 of 4 programmers and 0 of 2
 * entrepreneurs (75 points apart), Positive in 1 of 4 and 2 of 2 (75 points), Economic in 2 of
 * 4 and 1 of 2 (0 points).
 */
beforeEach(async () => {
  p = await newMethodProject();
  const coded: [string, string, string[]][] = [
    ['P1', 'Programmers', ['Valence/Negative', 'STEEPL/Economic']],
    ['P2', 'Programmers', ['Valence/Negative']],
    ['P3', 'Programmers', ['Valence/Negative', 'Valence/Positive', 'STEEPL/Economic']],
    ['P4', 'Programmers', []],
    ['E1', 'Entrepreneurs', ['Valence/Positive', 'STEEPL/Economic']],
    ['E2', 'Entrepreneurs', ['Valence/Positive']],
  ];
  for (const [name, group, codes] of coded) {
    const { documentId } = await caseWithText(p.call, name, group, 'Wages are low but work is good.');
    // Each code on its own span: Valence is exclusive, so one span cannot be Negative and Positive.
    for (const [k, path] of codes.entries()) {
      const { segmentId } = await p.call('coding.apply', { documentId, start: k * 6, end: k * 6 + 5, codeId: await codeId(p.call, path) });
      segmentOf[`${name} ${path}`] = segmentId;
    }
  }
});
afterEach(() => p.t.dispose());

describe('cross-case comparison', () => {
  it('gives per code the cases with it in each group, their share and the difference, widest first', async () => {
    const comparison = await p.call('comparison.build', { frameworkId: (await p.call('frameworks.findByName', { name: 'Valence' })).id });
    expect(comparison.parts).toEqual([
      { key: expect.any(String), label: 'Programmers', cases: 4 },
      { key: expect.any(String), label: 'Entrepreneurs', cases: 2 },
    ]);
    // The difference has no sign: the part at its top says which way it runs.
    expect(comparison.rows.map((r) => [r.code, r.counts, r.shares, r.difference, r.highest])).toEqual([
      ['Valence/Negative', [3, 0], [0.75, 0], 0.75, 0],
      ['Valence/Positive', [1, 2], [0.25, 1], 0.75, 1],
      ...comparison.rows.slice(2).map((r) => [r.code, [0, 0], [0, 0], 0, null]),
    ]);
    // The evidence: a cell's segments, read when it is opened.
    const request = { frameworkId: (await p.call('frameworks.findByName', { name: 'Valence' })).id };
    const positive = comparison.rows[1]!;
    const evidence = await p.call('comparison.cellEvidence', { request, codeId: positive.codeId, part: comparison.parts[1]!.key });
    expect(evidence.map((s) => [s.id, s.caseName, s.quote])).toEqual([
      [segmentOf['E1 Valence/Positive'], 'E1', 'Wages'],
      [segmentOf['E2 Valence/Positive'], 'E2', 'Wages'],
    ]);
    const programmers = await p.call('comparison.cellEvidence', { request, codeId: positive.codeId, part: comparison.parts[0]!.key });
    expect(programmers.map((s) => [s.id, s.caseName])).toEqual([[segmentOf['P3 Valence/Positive'], 'P3']]);
    // Its case by id, which the app names with its group where two groups hold a «P3».
    const cases = await p.call('cases.list', {});
    expect(programmers.map((s) => cases.find((c) => c.id === s.caseId)?.name)).toEqual(['P3']);
  });

  it('refuses the evidence of a code outside the compared framework', async () => {
    const request = { frameworkId: (await p.call('frameworks.findByName', { name: 'Valence' })).id };
    const economic = await codeId(p.call, 'STEEPL/Economic');
    await expect(p.call('comparison.cellEvidence', { request, codeId: economic, part: '' })).rejects.toMatchObject({ code: 'notFound' });
  });

  it('exports every cell with the ids of its segments', async () => {
    const { content } = await p.call('comparison.export', { request: {}, format: 'md' });
    const md = Buffer.from(content, 'base64').toString('utf8');
    const ids = (...keys: string[]) => keys.map((k) => segmentOf[k]).join(', ');
    expect(md).toContain(`- Valence/Positive × Entrepreneurs (n = 2): cases: ${ids('E1 Valence/Positive', 'E2 Valence/Positive')}\n`);
    expect(md).toContain(`- Valence/Negative × Programmers (n = 4): cases: ${ids('P1 Valence/Negative', 'P2 Valence/Negative', 'P3 Valence/Negative')}\n`);
  });

  it('names the part at the top of each row in every export, in the export\'s language', async () => {
    const request = { frameworkId: (await p.call('frameworks.findByName', { name: 'Valence' })).id };
    // Each format's table as rows of cell texts, its head row first.
    const rowsOf = async (format: ExportFormat, content: Buffer): Promise<string[][]> => {
      const text = content.toString('utf8').replace(/^\uFEFF/, '');
      if (format === 'csv') return text.split(/\r?\n/).map((line) => line.split(/[,;]/).map((cell) => cell.replace(/^"|"$/g, '')));
      if (format === 'md') return text.split('\n').filter((line) => line.startsWith('|')).map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
      if (format === 'html') {
        return [...text.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map(([, row]) => [...row!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/gs)].map(([, cell]) => cell!.replace(/<[^>]+>/g, '')));
      }
      if (format === 'json') {
        const table = JSON.parse(text) as { columns: { key: string; label: string }[]; rows: { key: string; label: string }[]; cells: { rowKey: string; columnKey: string; count: number; text?: string }[] };
        const cellText = (row: string, column: string) => {
          const cell = table.cells.find((c) => c.rowKey === row && c.columnKey === column)!;
          return cell.text ?? String(cell.count);
        };
        return [['', ...table.columns.map((c) => c.label)], ...table.rows.map((r) => [r.label, ...table.columns.map((c) => cellText(r.key, c.key))])];
      }
      if (format === 'xlsx') {
        const book = await readWorkbook(content);
        return book.grid(book.sheetNames[0]!).map((row) => [...row].map((cell) => String(cell?.value ?? '')));
      }
      const document = parseXml((await unzip(content)).get('word/document.xml')!);
      return all(document, 'w:tbl').flatMap((table) => wordTableCells(table).map((row) => row.map((lines) => lines.join('\n'))));
    };
    for (const [language, highest] of [['en', 'Highest'], ['ru', 'Выше всего'], ['kk', 'Ең жоғары']] as const) {
      for (const format of exportFormats) {
        const { content } = await p.call('comparison.export', { request, format, language });
        const rows = await rowsOf(format, Buffer.from(content, 'base64'));
        const where = `${format}, ${language}`;
        const head = rows.find((row) => row.includes(highest));
        expect(head, where).toBeDefined();
        const column = head!.indexOf(highest);
        const row = (code: string) => rows.find((r) => r[0] === code)?.[column];
        // Negative in 3 of 4 programmers and no entrepreneur; Positive in 1 of 4 and 2 of 2; Forecast in none.
        expect([row('Valence/Negative'), row('Valence/Positive'), row('Valence/Forecast')], where).toEqual(['Programmers', 'Entrepreneurs', '']);
      }
    }
  });

  it('leaves excluded cases out', async () => {
    const e2 = (await p.call('cases.list', {})).find((c) => c.name === 'E2')!;
    await p.call('selection.decide', { caseId: e2.id, status: 'excluded', reason: 'Similar information' });
    const comparison = await p.call('comparison.build', {});
    expect(comparison.parts[1]).toMatchObject({ label: 'Entrepreneurs', cases: 1 });
    const positive = comparison.rows.find((r) => r.code === 'Valence/Positive')!;
    expect(positive.counts).toEqual([1, 1]);
  });

  it('splits by an attribute\'s values, cases without a value apart', async () => {
    const sector = await p.call('attributes.create', { name: 'Sector', type: 'choice', choices: ['IT', 'Trade'] });
    const cases = await p.call('cases.list', {});
    for (const c of cases) {
      if (c.name === 'P4') continue;
      await p.call('attributes.setValue', { caseId: c.id, attributeId: sector.id, value: c.name.startsWith('P') ? 'IT' : 'Trade' });
    }
    const comparison = await p.call('comparison.build', { by: { attributeId: sector.id } });
    expect(comparison.by).toBe('Sector');
    expect(comparison.parts.map((x) => [x.label, x.cases])).toEqual([['IT', 3], ['Trade', 2], ['No value', 1]]);
    const negative = comparison.rows.find((r) => r.code === 'Valence/Negative')!;
    expect(negative.counts).toEqual([3, 0, 0]);
    expect(negative.difference).toBe(1);
  });

  it('words yes/no and days as the reader\'s language does, on screen and in exports (review-team-1208 #2)', async () => {
    const family = await p.call('attributes.create', { name: 'With family', type: 'boolean' });
    const arrived = await p.call('attributes.create', { name: 'Arrived', type: 'date' });
    for (const c of await p.call('cases.list', {})) {
      await p.call('attributes.setValue', { caseId: c.id, attributeId: family.id, value: c.name.startsWith('P') });
      await p.call('attributes.setValue', { caseId: c.id, attributeId: arrived.id, value: c.name.startsWith('P') ? '2022-09-21' : '2023-01-05' });
    }
    const byFamily = { by: { attributeId: family.id } };
    const comparison = await p.call('comparison.build', byFamily);
    // Keyed and labelled as stored: the view words them (comparison-view.tsx), as an export does.
    expect([comparison.valueType, comparison.parts.map((x) => x.key)]).toEqual(['boolean', ['false', 'true']]);
    const md = async (request: typeof byFamily, language: 'en' | 'ru' | 'kk') =>
      Buffer.from((await p.call('comparison.export', { request, format: 'md', language })).content, 'base64').toString('utf8');
    expect(await md(byFamily, 'ru')).toContain('| Код | нет (n = 2): кейсы | нет: % | да (n = 4): кейсы | да: % |');
    expect(await md(byFamily, 'kk')).toContain('жоқ (n = 2)');
    expect(await md(byFamily, 'en')).toContain('no (n = 2)');
    expect(await md({ by: { attributeId: arrived.id } }, 'ru')).toContain('| Код | 21.09.2022 (n = 4): кейсы |');
  });

  it('compares by a numeric attribute in ranges of roughly equal numbers of cases, cases without a value apart', async () => {
    await caseWithText(p.call, 'X1', null);
    await caseWithText(p.call, 'X2', null);
    const age = await p.call('attributes.create', { name: 'Age', type: 'number' });
    const ages: Record<string, number> = { P4: 26, P2: 29, P3: 33, E1: 38, E2: 45, X1: 51, X2: 60 };
    for (const c of await p.call('cases.list', {})) {
      if (ages[c.name] !== undefined) await p.call('attributes.setValue', { caseId: c.id, attributeId: age.id, value: ages[c.name]! });
    }
    const request = { by: { attributeId: age.id } };
    const comparison = await p.call('comparison.build', request);
    // Seven ages in thirds (2, 3 and 2 cases), not seven columns of one case each; P1 has no age.
    expect(comparison.ranging).toEqual({ kind: 'number', distinct: 7, ranges: 3 });
    expect(comparison.parts).toEqual([
      { key: '26~29', label: '26–29', cases: 2, range: { low: 26, high: 29 } },
      { key: '33~45', label: '33–45', cases: 3, range: { low: 33, high: 45 } },
      { key: '51~60', label: '51–60', cases: 2, range: { low: 51, high: 60 } },
      { key: '', label: 'No value', cases: 1 },
    ]);
    // The difference runs over the ranges: the single case without an age (P1, Negative: 100 %) takes no part in it.
    const row = (code: string) => comparison.rows.find((r) => r.code === code)!;
    expect([row('Valence/Negative').counts, row('Valence/Negative').difference, row('Valence/Negative').highest]).toEqual([[1, 1, 0, 1], 0.5, 0]);
    expect([row('Valence/Positive').counts, row('Valence/Positive').difference, row('Valence/Positive').highest]).toEqual([[0, 3, 0, 0], 1, 1]);
    const evidence = await p.call('comparison.cellEvidence', { request, codeId: row('Valence/Positive').codeId, part: '33~45' });
    expect(evidence.map((s) => s.caseName)).toEqual(['P3', 'E1', 'E2']);

    const md = async (language: 'en' | 'ru' | 'kk') =>
      Buffer.from((await p.call('comparison.export', { request, format: 'md', language })).content, 'base64').toString('utf8');
    const russian = await md('ru');
    expect(russian).toContain('| Код | 26–29 (n = 2): кейсы | 26–29: % | 33–45 (n = 3): кейсы | 33–45: % | 51–60 (n = 2): кейсы | 51–60: % | Без значения (n = 1): кейсы |');
    expect(russian).toContain('Атрибут «Age» принимает 7 разных значений: кейсы сгруппированы в 3 диапазона с примерно равным числом кейсов');
    expect(await md('kk')).toContain('«Age» атрибутының 7 түрлі мәні бар: кейстер саны шамамен тең 3 аралыққа топтастырылды');
    expect(await md('en')).toContain('Age takes 7 different values: the cases are grouped into 3 ranges');
  });

  it('leaves a numeric attribute of few distinct values, or of numbers mixed with words, value by value', async () => {
    const years = await p.call('attributes.create', { name: 'Years', type: 'number' });
    const note = await p.call('attributes.create', { name: 'Age note', type: 'text' });
    const cases = await p.call('cases.list', {});
    for (const [i, c] of cases.entries()) {
      await p.call('attributes.setValue', { caseId: c.id, attributeId: years.id, value: i % 2 });
      await p.call('attributes.setValue', { caseId: c.id, attributeId: note.id, value: i === 0 ? 'about 30' : String(20 + i) });
    }
    const byYears = await p.call('comparison.build', { by: { attributeId: years.id } });
    expect([byYears.parts.map((x) => x.label), byYears.ranging]).toEqual([['0', '1'], undefined]);
    const byNote = await p.call('comparison.build', { by: { attributeId: note.id } });
    expect(byNote.parts).toHaveLength(6);
    expect(byNote.ranging).toBeUndefined();
  });

  it('gives no difference where no two parts have cases enough, as with one case per value', async () => {
    const name = await p.call('attributes.create', { name: 'Nickname', type: 'text' });
    for (const c of await p.call('cases.list', {})) await p.call('attributes.setValue', { caseId: c.id, attributeId: name.id, value: `${c.name}-nick` });
    const request = { by: { attributeId: name.id } };
    const comparison = await p.call('comparison.build', request);
    expect(comparison.parts.map((x) => x.cases)).toEqual([1, 1, 1, 1, 1, 1]);
    // A share of one case is 0 or 100 %: «100 points, highest: E1» said nothing.
    expect(comparison.rows.map((r) => [r.difference, r.highest])).toEqual(comparison.rows.map(() => [null, null]));
    const russian = Buffer.from((await p.call('comparison.export', { request, format: 'md', language: 'ru' })).content, 'base64').toString('utf8');
    const negative = russian.split('\n').find((line) => line.startsWith('| Valence/Negative |'))!;
    expect(negative.endsWith('|  |  |')).toBe(true);
  });

  it('exports as a table of counts with percentages and segment ids', async () => {
    const file = await p.call('comparison.export', { request: {}, format: 'md' });
    const md = Buffer.from(file.content, 'base64').toString('utf8');
    expect(file.title).toBe('Comparison by group');
    expect(md).toContain('| Code | Programmers (n = 4): cases | Programmers: % | Entrepreneurs (n = 2): cases | Entrepreneurs: % | Difference (points) |');
    expect(md).toContain('| Valence/Negative | 3 | 75 | 0 | 0 | 75 |');
    expect(md).toContain(`Valence/Negative × Programmers (n = 4): cases: ${[segmentOf['P1 Valence/Negative'], segmentOf['P2 Valence/Negative'], segmentOf['P3 Valence/Negative']].join(', ')}`);
  });

  it("exports with its captions in the language asked for, the cases in no group named in it too", async () => {
    await caseWithText(p.call, 'N1', null, 'Wages are low.');
    const md = async (language: 'ru' | 'kk') =>
      Buffer.from((await p.call('comparison.export', { request: {}, format: 'md', language })).content, 'base64').toString('utf8');
    const russian = await md('ru');
    expect(russian).toContain('**Сравнение групп**');
    expect(russian).toContain('| Код | Programmers (n = 4): кейсы | Programmers: % | Entrepreneurs (n = 2): кейсы | Entrepreneurs: % | Без группы (n = 1): кейсы | Без группы: % | Разница (п. п.) |');
    expect(russian).toContain('разница: наибольшая доля минус наименьшая, в процентных пунктах');
    const kazakh = await md('kk');
    expect(kazakh).toContain('| Код | Programmers (n = 4): кейстер |');
    expect(kazakh).toContain('Топсыз (n = 1): кейстер');
    for (const text of [russian, kazakh]) expect(text).not.toMatch(/Comparison|Difference|No group|cases:|highest/);
  });

  it('refuses a framework or attribute that does not exist', async () => {
    await expect(p.call('comparison.build', { frameworkId: 999 })).rejects.toMatchObject({ code: 'notFound' });
    await expect(p.call('comparison.build', { by: { attributeId: 999 } })).rejects.toMatchObject({ code: 'notFound' });
  });
});
