/**
 * The Tables view's framework selects show what the table is built of, whichever kind a choice
 * was made for: «all frameworks» chosen for a co-occurrence table's Codes, then the cross-tab,
 * read «Валенттілік × Валенттілік» over a STEEPL × Valence table (the Rows select, offered no
 * «all», showed its first option; the builder took its own default).
 */
import { describe, expect, it } from 'vitest';
import { offered } from '../../../renderer/src/offered-choice.js';
import { requestedFrameworks, tableFrameworks } from '../../../renderer/src/table-frameworks.js';

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

  it("reads «all frameworks», chosen for Codes, as the cross-tab's default rows, and names them in the request", () => {
    const kept = { rows: 'all' as const };
    expect(tableFrameworks('cooccurrence', kept, frameworks)).toEqual({ rows: 'all' });
    expect(requestedFrameworks(tableFrameworks('cooccurrence', kept, frameworks))).toEqual({});
    const crosstab = tableFrameworks('crosstab', kept, frameworks);
    expect(crosstab).toEqual({ rows: steepl.id, columns: valence.id });
    expect(requestedFrameworks(crosstab)).toEqual({ rowFramework: steepl.id, columnFramework: valence.id });
    // Columns = STEEPL then: STEEPL × STEEPL, as the selects say.
    expect(tableFrameworks('crosstab', { ...kept, columns: steepl.id }, frameworks)).toEqual({ rows: steepl.id, columns: steepl.id });
    // Back to co-occurrence, «all» is still the choice there.
    expect(tableFrameworks('cooccurrence', { ...kept, columns: steepl.id }, frameworks)).toEqual({ rows: 'all' });
  });

  it('reads «all frameworks» of the code × case table as the columns of the case matrix and the cross-tab', () => {
    const kept = { columns: 'all' as const };
    expect(tableFrameworks('code-case', kept, frameworks)).toEqual({ columns: 'all' });
    expect(tableFrameworks('case-matrix', kept, frameworks)).toEqual({ columns: valence.id });
    expect(tableFrameworks('crosstab', kept, frameworks)).toEqual({ rows: steepl.id, columns: valence.id });
  });

  it('keeps a framework chosen for one kind in the other kind sharing its select', () => {
    expect(tableFrameworks('code-case', { columns: own.id }, frameworks)).toEqual({ columns: own.id });
    expect(tableFrameworks('case-matrix', { columns: own.id }, frameworks)).toEqual({ columns: own.id });
    expect(tableFrameworks('crosstab', { rows: own.id }, frameworks)).toEqual({ rows: own.id, columns: valence.id });
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
