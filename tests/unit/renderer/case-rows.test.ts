import { describe, expect, it } from 'vitest';
import { caseBeside, caseRowIndex, caseRows, caseSections, withKeptRows } from '../../../renderer/src/case-rows.js';

const groups = [{ id: 7, name: 'Programmers' }, { id: 3, name: 'Empty' }];
const cases = [
  { id: 1, groupId: 7 },
  { id: 2, groupId: null },
  { id: 3, groupId: 7 },
  // Of a group the list does not have: shown nowhere, as before.
  { id: 4, groupId: 99 },
];

describe('the case list as rows', () => {
  it('gives each group its cases in their order, empty groups too, then the cases in no group', () => {
    const sections = caseSections(cases, groups, 'Without group', false);
    expect(sections.map((s) => [s.id, s.name, s.cases.map((c) => c.id)])).toEqual([[7, 'Programmers', [1, 3]], [3, 'Empty', []], [null, 'Without group', [2]]]);
  });

  it('shows «Without group» with no case in it only while a grouped case is dragged', () => {
    const grouped = cases.filter((c) => c.groupId !== null);
    expect(caseSections(grouped, groups, 'Without group', false).map((s) => s.id)).toEqual([7, 3]);
    expect(caseSections(grouped, groups, 'Without group', true).map((s) => s.id)).toEqual([7, 3, null]);
  });

  it('puts each heading before its cases, each case with its place in its group', () => {
    const rows = caseRows(caseSections(cases, groups, 'Without group', false));
    expect(rows.map((r) => (r.kind === 'heading' ? r.key : `${r.key}@${r.position}/${r.section.cases.length}`))).toEqual([
      'group-7', 'case-1@1/2', 'case-3@2/2', 'group-3', 'group-none', 'case-2@1/1',
    ]);
    expect([...caseRowIndex(rows)]).toEqual([[1, 1], [3, 2], [2, 5]]);
    expect(rows.map((r) => r.heading)).toEqual([0, 0, 0, 3, 4, 4]);
  });

  it('draws the kept rows with those in view, in order', () => {
    expect(withKeptRows([10, 11, 12], [])).toEqual([10, 11, 12]);
    expect(withKeptRows([10, 11, 12], [11])).toEqual([10, 11, 12]);
    expect(withKeptRows([10, 11, 12], [2, 40, 2])).toEqual([2, 10, 11, 12, 40]);
  });

  it('finds the case beside a row over the headings between, and none past either end', () => {
    const rows = caseRows(caseSections(cases, groups, 'Without group', false));
    // Programmers, 1, 3, Empty, Without group, 2
    expect(caseBeside(rows, 2, 1)?.id).toBe(2);
    expect(caseBeside(rows, 5, -1)?.id).toBe(3);
    expect(caseBeside(rows, -1, 1)?.id).toBe(1);
    expect(caseBeside(rows, rows.length, -1)?.id).toBe(2);
    expect(caseBeside(rows, 5, 1)).toBeUndefined();
    expect(caseBeside(rows, 1, -1)).toBeUndefined();
  });
});
