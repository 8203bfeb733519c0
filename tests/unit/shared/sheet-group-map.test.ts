/**
 * A sheet whose groups are named in another language than the project's: which of its groups
 * the dialog offers to map, what it proposes for each, and what the plan then says.
 */
import { describe, expect, it } from 'vitest';
import { planSheetCases } from '../../../shared/sheet-cases.js';
import { groupsToMap, mappedGroup } from '../../../shared/sheet-group-map.js';

const groups = [{ id: 7, name: 'Бағдарламашылар' }, { id: 8, name: 'Entrepreneurs' }];
const project = {
  groups,
  cases: [{ name: '1', groupId: 7 }, { name: '2', groupId: 7 }, { name: '1', groupId: 8 }],
};

describe('the sheet\'s groups to map', () => {
  it('lists each group the project does not spell so, once, with its cases, proposing only the same name', () => {
    const cases = [
      { name: '1', group: 'Programmers' }, { name: '2', group: 'Programmers' }, { name: '3', group: ' programmers ' },
      { name: '1', group: 'entrepreneurs ' }, { name: '2', group: 'Entrepreneurs' }, { name: '5', group: 'Студенты' }, { name: '6' },
    ];
    // Programmers is no translation the dialog makes; Entrepreneurs is spelled as the project does in a row, so not asked.
    expect(groupsToMap(cases, groups)).toEqual([{ name: 'Programmers', cases: 3 }, { name: 'Студенты', cases: 1 }]);
    expect(groupsToMap([{ name: '1', group: 'ENTREPRENEURS' }], groups)).toEqual([{ name: 'ENTREPRENEURS', cases: 1, sameAs: { id: 8, name: 'Entrepreneurs' } }]);
    expect(groupsToMap([{ name: '1', group: 'Бағдарламашылар' }, { name: '2' }], groups)).toEqual([]);
  });

  it('finds a mapped group whatever the capitals and spaces of the cell', () => {
    const map = [{ from: 'Programmers', to: 'Бағдарламашылар' }];
    expect(mappedGroup(map, '  PROGRAMMERS ')).toBe('Бағдарламашылар');
    expect(mappedGroup(map, 'Entrepreneurs')).toBeUndefined();
    expect(mappedGroup(undefined, 'Programmers')).toBeUndefined();
  });

  it('plans the rows of a mapped group as cases of the project\'s group', () => {
    const rows = [{ name: '1', group: 'Programmers' }, { name: '2', group: 'programmers' }, { name: '3', group: 'Programmers' }, { name: '1', group: 'Entrepreneurs' }];
    expect(planSheetCases(rows, undefined, project)).toEqual({ matched: 1, created: ['1', '2', '3'], sameNameElsewhere: 2, byNumber: 0 });
    const groupMap = [{ from: 'Programmers', to: 'Бағдарламашылар' }];
    expect(planSheetCases(rows, undefined, project, { groupMap })).toEqual({ matched: 3, created: ['3'], sameNameElsewhere: 0, byNumber: 0 });
    // The group typed for rows without a group cell is the user's own: not mapped.
    expect(planSheetCases([{ name: '1' }], 'Programmers', project, { groupMap }).created).toEqual(['1']);
  });
});
