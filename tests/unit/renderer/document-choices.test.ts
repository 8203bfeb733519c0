/**
 * The segment table's document filter: documents of cases of the same name in two groups (a case
 * table numbers each group's cases 1…n and names their documents after them) are told apart by
 * their case's label, in the case list's order.
 */
import { describe, expect, it } from 'vitest';
import { documentChoices } from '../../../renderer/src/document-choices.js';

const groups = [{ id: 1, name: 'Programmers' }, { id: 2, name: 'Entrepreneurs' }];

describe('documentChoices', () => {
  it('names each document after its case with its group, group by group', () => {
    const cases = [{ id: 10, name: '1', groupId: 2 }, { id: 11, name: '1', groupId: 1 }, { id: 12, name: 'Anna', groupId: 1 }];
    const documents = [
      { id: 1, caseId: 10, name: '1 — Positive facts' },
      { id: 2, caseId: 11, name: '1 — Positive facts' },
      { id: 3, caseId: 12, name: 'Interview' },
      { id: 4, caseId: 11, name: '1 — Negative facts' },
    ];
    expect(documentChoices(documents, cases, groups)).toEqual([
      { id: 2, label: 'Programmers · 1 — Positive facts' },
      { id: 4, label: 'Programmers · 1 — Negative facts' },
      { id: 3, label: 'Programmers · Anna — Interview' },
      { id: 1, label: 'Entrepreneurs · 1 — Positive facts' },
    ]);
  });

  it('names the case alone in a project without groups', () => {
    expect(documentChoices([{ id: 1, caseId: 5, name: 'Вера — интервью' }], [{ id: 5, name: 'Вера', groupId: null }], [])).toEqual([
      { id: 1, label: 'Вера — интервью' },
    ]);
  });
});
