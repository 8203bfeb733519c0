/** The case pickers list the cases as the case list does: by group in the groups' order, then those in no group. */
import { describe, expect, it } from 'vitest';
import { casesInListOrder } from '../../../renderer/src/case-order.js';

describe('cases in the case list order', () => {
  it('puts each case under its group, groups in their order, the cases in no group last', () => {
    const groups = [{ id: 7 }, { id: 3 }];
    // In the order they were made: a case added to the first group and one in no group came after the others.
    const cases = [
      { name: 'Анна', groupId: 7 }, { name: 'Дана', groupId: 3 }, { name: 'Павел', groupId: null },
      { name: 'Тимур', groupId: 7 }, { name: 'Эмиль', groupId: 3 }, { name: 'Вера', groupId: 99 },
    ];
    expect(casesInListOrder(cases, groups).map((c) => c.name)).toEqual(['Анна', 'Тимур', 'Дана', 'Эмиль', 'Павел', 'Вера']);
    expect(casesInListOrder([], groups)).toEqual([]);
  });
});
