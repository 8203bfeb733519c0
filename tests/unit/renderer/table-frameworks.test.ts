/**
 * The Tables view's framework selects show what the table is built of: a choice the select does
 * not offer («all frameworks» where there is no such option: the Rows select, offered no «all»,
 * once read «Валенттілік × Валенттілік» over a STEEPL × Valence table, as the builder took its
 * own default) is read as the select's default, and named so in the request.
 */
import { describe, expect, it } from 'vitest';
import { offered } from '../../../renderer/src/offered-choice.js';
import { requestedFrameworks, requestedLeftOut, tableFrameworks } from '../../../renderer/src/table-frameworks.js';

const valence = { id: 1, name: 'Валенттілік' };
const steepl = { id: 2, name: 'STEEPL' };
const own = { id: 3, name: 'Миграция' };
const frameworks = [valence, steepl, own];

describe('offered', () => {
  it('keeps a choice the select offers, and reads any other as the fallback', () => {
    expect(offered(3, [1, 2, 3], 1)).toBe(3);
    expect(offered(4, [1, 2, 3], 1)).toBe(1);
    expect(offered<number | 'all'>('all', [1, 2], 2)).toBe(2);
    expect(offered(undefined, [1, 2], 2)).toBe(2);
    // null (the cases in no group) is a choice of its own, once offered.
    expect(offered<number | null | undefined>(null, [undefined, 5, null], undefined)).toBe(null);
    expect(offered<number | null | undefined>(null, [undefined, 5], undefined)).toBe(undefined);
  });
});

describe('tableFrameworks', () => {
  it('starts each kind at its defaults', () => {
    expect(tableFrameworks('case-matrix', {}, frameworks)).toEqual({ columns: valence.id });
    expect(tableFrameworks('crosstab', {}, frameworks)).toEqual({ rows: steepl.id, columns: valence.id });
    expect(tableFrameworks('code-case', {}, frameworks)).toEqual({ columns: valence.id });
    expect(tableFrameworks('cooccurrence', {}, frameworks)).toEqual({ rows: steepl.id });
  });

  it("keeps a kind's own choices, «all frameworks» where its select offers it, and reads it as the default where not", () => {
    expect(tableFrameworks('cooccurrence', { rows: 'all' }, frameworks)).toEqual({ rows: 'all' });
    expect(requestedFrameworks(tableFrameworks('cooccurrence', { rows: 'all' }, frameworks))).toEqual({});
    expect(tableFrameworks('code-case', { columns: 'all' }, frameworks)).toEqual({ columns: 'all' });
    const crosstab = tableFrameworks('crosstab', { rows: 'all', columns: 'all' }, frameworks);
    expect(crosstab).toEqual({ rows: steepl.id, columns: valence.id });
    expect(requestedFrameworks(crosstab)).toEqual({ rowFramework: steepl.id, columnFramework: valence.id });
    expect(tableFrameworks('case-matrix', { columns: own.id }, frameworks)).toEqual({ columns: own.id });
    // A framework against itself, where asked for, as the selects say.
    expect(tableFrameworks('crosstab', { rows: steepl.id, columns: steepl.id }, frameworks)).toEqual({ rows: steepl.id, columns: steepl.id });
  });

  it('reads a deleted framework as the default, and does without the default frameworks', () => {
    expect(tableFrameworks('crosstab', { rows: 99, columns: 98 }, frameworks)).toEqual({ rows: steepl.id, columns: valence.id });
    expect(tableFrameworks('code-case', { columns: 99 }, frameworks)).toEqual({ columns: valence.id });
    const renamed = [{ id: 7, name: 'Темы' }, { id: 8, name: 'Эмоции' }];
    expect(tableFrameworks('crosstab', {}, renamed)).toEqual({ rows: 7, columns: 8 });
    expect(tableFrameworks('cooccurrence', {}, renamed)).toEqual({ rows: 'all' });
    expect(tableFrameworks('crosstab', {}, [])).toEqual({});
  });
});

describe('requestedLeftOut', () => {
  // Valence: Оң 11, Теріс 12, Болжам 13; STEEPL: 21, 22.
  const codes = [11, 12, 13].map((id) => ({ id, frameworkId: valence.id })).concat([21, 22].map((id) => ({ id, frameworkId: steepl.id })));

  it('names the codes unticked of the framework each select shows, and waits with the others', () => {
    expect(requestedLeftOut({ rows: steepl.id, columns: valence.id }, { columns: [13] }, codes)).toEqual({ columns: [13] });
    // Columns switched to STEEPL: Forecast is no code of it, and is left out again once Valence is back.
    expect(requestedLeftOut({ rows: steepl.id, columns: steepl.id }, { columns: [13] }, codes)).toBeUndefined();
    expect(requestedLeftOut({ rows: 'all' }, { rows: [13, 21] }, codes)).toEqual({ rows: [13, 21] });
    // A code deleted is dropped; every code of the select unticked (its last one deleted) leaves none out.
    expect(requestedLeftOut({ columns: valence.id }, { columns: [13, 99] }, codes)).toEqual({ columns: [13] });
    expect(requestedLeftOut({ columns: valence.id }, { columns: [11, 12, 13] }, codes)).toBeUndefined();
    expect(requestedLeftOut({ columns: valence.id }, {}, codes)).toBeUndefined();
  });
});
