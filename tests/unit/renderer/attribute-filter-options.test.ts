/**
 * The Tables view's attribute filter lists a numeric attribute's ranges, not its every value, and
 * they are the ranges the table groups by: each option keeps exactly the cases under its heading.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTable } from '../../../main/analysis/tables.js';
import { createAttribute, listAttributes, setAttributeValue } from '../../../main/services/attributes.js';
import { createCase, listCases } from '../../../main/services/cases.js';
import { attributeFilterOptions, requestFilter } from '../../../renderer/src/attribute-filter-options.js';
import { setLanguage } from '../../../renderer/src/i18n/index.js';
import { TableRequest } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('options');
});
afterEach(() => t.dispose());
afterAll(() => setLanguage('en'));

describe('the attribute filter\'s options', () => {
  it('are a numeric attribute\'s ranges, each keeping the cases of the table\'s heading of that range', async () => {
    await setLanguage('ru');
    const ctx = t.session.context();
    const age = createAttribute(ctx, 'Возраст', 'number', []).id;
    const outcome = createAttribute(ctx, 'Исход', 'choice', ['остался', 'уехал']).id;
    [26, 27, 29, 31, 33.5, 35, 38, 40, 45, 52].forEach((value, i) => {
      const item = createCase(ctx, `${i + 1}`, null);
      setAttributeValue(ctx, item.id, age, value);
      setAttributeValue(ctx, item.id, outcome, i % 2 ? 'остался' : 'уехал');
    });
    const options = attributeFilterOptions(listAttributes(ctx), listCases(ctx), 'ru');
    expect(options.map((o) => o.label)).toEqual(['Возраст: 26–29', 'Возраст: 31–38', 'Возраст: 40–52', 'Исход: остался', 'Исход: уехал']);
    const built = (filters: TableRequest['filters']) =>
      buildTable(ctx.store, TableRequest.parse({ kind: 'case-matrix', groupBy: { attributeId: age }, filters, language: 'ru' })).rows;
    const grouped = built({});
    for (const option of options.filter((o) => o.filter.attributeId === age)) {
      const heading = grouped.findIndex((r) => r.label === option.label);
      const next = grouped.findIndex((r, i) => i > heading && r.role === 'heading');
      const under = grouped.slice(heading + 1, next < 0 ? undefined : next).map((r) => r.label);
      expect(built({ attributes: [requestFilter(option.filter)] }).filter((r) => r.role === 'data').map((r) => r.label)).toEqual(under);
    }
    // Filtered to a range and grouped by the attribute: that range's heading alone.
    expect(built({ attributes: [requestFilter(options[1]!.filter)] }).map((r) => r.label)).toEqual(['Возраст: 31–38', '4', '5', '6', '7']);
  });
});
