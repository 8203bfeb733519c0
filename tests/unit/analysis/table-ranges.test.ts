/**
 * A user trial grouped the Tables by «Возраст» (a number, 14 ages) and got a heading per age, one
 * case under each, and the attribute filter listed every age. A numeric or date attribute with many
 * values now groups and filters in the ranges the Method view compares it in
 * (shared/method/value-ranges.ts), made over every case of the project with a value.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { describeFilters } from '../../../main/analysis/filter-note.js';
import { buildTable, exportedTable } from '../../../main/analysis/tables.js';
import { exportTable } from '../../../main/export/index.js';
import { createAttribute, setAttributeValue } from '../../../main/services/attributes.js';
import { createCase, createGroup } from '../../../main/services/cases.js';
import { decideCase } from '../../../main/services/selection.js';
import { dayNumber } from '../../../shared/method/value-ranges.js';
import { TableRequest, type TableRequest as Request } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let age: number;
let entry: number;
let income: number;
let groups: { first: number; second: number };
const AGES = [26, 27, 29, 31, 33, 35, 38, 40, 45, 52];
const DAYS = ['2022-10-01', '2022-10-03', '2022-10-05', '2022-10-08', '2022-10-12', '2022-10-20'];
// Typed as text by a spreadsheet import: read as numbers, as the comparison reads them.
const INCOMES = ['90 000', '120 000', '150 000', '200 000', '250 000', '310 000'];

beforeEach(() => {
  t = newTestSession();
  t.session.createProject('ranges');
  const ctx = t.session.context();
  groups = { first: createGroup(ctx, 'Первая').id, second: createGroup(ctx, 'Вторая').id };
  age = createAttribute(ctx, 'Возраст', 'number', []).id;
  entry = createAttribute(ctx, 'Дата въезда', 'date', []).id;
  income = createAttribute(ctx, 'Доход', 'text', []).id;
  // Cases named by their age; the first five in one group, the others in the other.
  AGES.forEach((value, i) => {
    const item = createCase(ctx, String(value), i < 5 ? groups.first : groups.second);
    setAttributeValue(ctx, item.id, age, value);
    if (i < DAYS.length) setAttributeValue(ctx, item.id, entry, DAYS[i]!);
    if (i < INCOMES.length) setAttributeValue(ctx, item.id, income, INCOMES[i]!);
  });
  createCase(ctx, 'без возраста', groups.second);
});
afterEach(() => t.dispose());

const build = (request: Request) => buildTable(t.session.context().store, TableRequest.parse(request));
const rowsOf = (request: Request) => build(request).rows.map((r) => `${r.role === 'heading' ? '# ' : ''}${r.label}`);
const caseNames = (request: Request) => build(request).rows.filter((r) => r.role === 'data').map((r) => r.label.replace(/^.* · /, ''));

describe('tables grouped by a numeric or date attribute', () => {
  it('put the cases under their ranges in order, the cases without a value last', () => {
    expect(rowsOf({ kind: 'case-matrix', groupBy: { attributeId: age }, language: 'ru' })).toEqual([
      '# Возраст: 26–29', 'Первая · 26', 'Первая · 27', 'Первая · 29',
      '# Возраст: 31–38', 'Первая · 31', 'Первая · 33', 'Вторая · 35', 'Вторая · 38',
      '# Возраст: 40–52', 'Вторая · 40', 'Вторая · 45', 'Вторая · 52',
      '# Возраст: —', 'Вторая · без возраста',
    ]);
    const counts = build({ kind: 'code-case', groupBy: { attributeId: entry }, language: 'ru' }).rows.filter((r) => r.role !== 'data');
    expect(counts.map((r) => r.label)).toEqual([
      'Дата въезда: 01.10.2022–03.10.2022', 'Промежуточный итог: Дата въезда: 01.10.2022–03.10.2022',
      'Дата въезда: 05.10.2022–08.10.2022', 'Промежуточный итог: Дата въезда: 05.10.2022–08.10.2022',
      'Дата въезда: 12.10.2022–20.10.2022', 'Промежуточный итог: Дата въезда: 12.10.2022–20.10.2022',
      'Дата въезда: —', 'Промежуточный итог: Дата въезда: —', 'Итого',
    ]);
    // Headings in the table's language.
    expect(rowsOf({ kind: 'case-matrix', groupBy: { attributeId: entry }, language: 'en' })[0]).toBe('# Дата въезда: 10/01/2022–10/03/2022');
  });

  it('keep the project\'s ranges whatever the filters, so the filter list names the same ones', () => {
    const ctx = t.session.context();
    // An excluded case still makes the ranges (26–31, not 26–29 as without it): including it or not does not move them.
    const excluded = createCase(ctx, '60', groups.second).id;
    setAttributeValue(ctx, excluded, age, 60);
    decideCase(ctx, { caseId: excluded, status: 'excluded', reason: '', criteria: [] });
    const headings = (request: Request) => build(request).rows.filter((r) => r.role === 'heading').map((r) => r.label);
    expect(headings({ kind: 'case-matrix', groupBy: { attributeId: age } })).toEqual(['Возраст: 26–31', 'Возраст: 33–38', 'Возраст: 40–60', 'Возраст: —']);
    const all = { statuses: ['selected' as const, 'candidate' as const, 'excluded' as const] };
    expect(headings({ kind: 'case-matrix', groupBy: { attributeId: age }, filters: all })).toEqual(['Возраст: 26–31', 'Возраст: 33–38', 'Возраст: 40–60', 'Возраст: —']);
    expect(headings({ kind: 'case-matrix', groupBy: { attributeId: age }, filters: { groupIds: [groups.first] } })).toEqual(['Возраст: 26–31', 'Возраст: 33–38']);
  });

  it('write the range headings into the exports', async () => {
    const store = t.session.context().store;
    const request = TableRequest.parse({ kind: 'case-matrix', groupBy: { attributeId: age }, language: 'ru' });
    const csv = parse((await exportTable(exportedTable(store, request, 'csv'), 'csv')).toString('utf8').replace(/^\uFEFF/, '')) as string[][];
    expect(csv.map((line) => line[0]).filter((label) => label?.startsWith('Возраст'))).toEqual(['Возраст: 26–29', 'Возраст: 31–38', 'Возраст: 40–52', 'Возраст: —']);
  });
});

describe('the attribute filter by a range', () => {
  const byRange = (attributeId: number, kind: 'number' | 'date', low: number, high: number) =>
    ({ attributes: [{ attributeId, range: { kind, low, high } }] });

  it('keeps exactly the cases whose value lies in it', () => {
    expect(caseNames({ kind: 'case-matrix', groupBy: 'none', filters: byRange(age, 'number', 31, 38) })).toEqual(['31', '33', '35', '38']);
    const days = byRange(entry, 'date', dayNumber('2022-10-05')!, dayNumber('2022-10-08')!);
    expect(caseNames({ kind: 'case-matrix', groupBy: 'none', filters: days })).toEqual(['29', '31']);
    // «150 000» and «200 000» typed as text are read as numbers.
    expect(caseNames({ kind: 'case-matrix', groupBy: 'none', filters: byRange(income, 'number', 150_000, 200_000) })).toEqual(['29', '31']);
  });

  it('is named as the range in the filter note, in each language', () => {
    const store = t.session.context().store;
    const ages = byRange(age, 'number', 31, 38);
    expect(describeFilters(store, ages, 'ru')).toBe('Возраст: 31–38.');
    expect(describeFilters(store, ages, 'kk')).toBe('Возраст: 31–38.');
    expect(describeFilters(store, ages, 'en')).toBe('Возраст: 31–38.');
    const days = byRange(entry, 'date', dayNumber('2022-10-05')!, dayNumber('2022-10-08')!);
    expect(describeFilters(store, days, 'ru')).toBe('Дата въезда: 05.10.2022–08.10.2022.');
    expect(describeFilters(store, days, 'kk')).toBe('Дата въезда: 05.10.2022–08.10.2022.');
    expect(describeFilters(store, days, 'en')).toBe('Дата въезда: 10/05/2022–10/08/2022.');
    const incomes = byRange(income, 'number', 150_000, 200_000);
    expect(describeFilters(store, incomes, 'ru')).toBe('Доход: 150\u00a0000–200\u00a0000.');
    expect(describeFilters(store, incomes, 'en')).toBe('Доход: 150,000–200,000.');
    // The table's caption says it.
    expect(build({ kind: 'case-matrix', filters: ages, language: 'ru' }).filterNote).toBe('Возраст: 31–38.');
  });
});
