/**
 * A scope's choices read as their selects offer them: a case, group, document or code gone is
 * «all» in the select and in the request alike (the select showed «All cases» while the search
 * asked for the case deleted, and found nothing).
 */
import { describe, expect, it } from 'vitest';
import { offeredScope, projectOffers } from '../../../renderer/src/offered-scope.js';

const project = (loose: boolean) => ({
  cases: [{ id: 1, groupId: 10 }, { id: 2, groupId: loose ? null : 10 }],
  groups: [{ id: 10 }],
  codebook: { codes: [{ id: 100 }, { id: 101 }] },
});

describe('projectOffers', () => {
  it('offers the cases, the groups, «no group» while a case is in none, and the codes', () => {
    expect(projectOffers(project(true))).toEqual({ caseId: [1, 2], groupId: [10, null], codeId: [100, 101] });
    expect(projectOffers(project(false)).groupId).toEqual([10]);
  });
});

describe('offeredScope', () => {
  const offers = { ...projectOffers(project(true)), documentId: [7] };

  it('gives back the same choices while each is offered', () => {
    const kept = { caseId: 2, groupId: null, documentId: 7, codeId: 101, quote: 'налог' };
    expect(offeredScope(kept, offers)).toBe(kept);
    const none = {};
    expect(offeredScope(none, offers)).toBe(none);
  });

  it('reads each choice gone as «all», and leaves the others and what is no scope as they are', () => {
    expect(offeredScope({ caseId: 3, groupId: 10, documentId: 8, codeId: 100, coder: 'Айгерим' }, offers)).toEqual({ groupId: 10, codeId: 100, coder: 'Айгерим' });
    expect(offeredScope({ codeId: 102 }, offers)).toEqual({});
    // «No group» once every case has a group; a group deleted.
    expect(offeredScope({ groupId: null }, projectOffers(project(false)))).toEqual({});
    expect(offeredScope({ groupId: 11 }, offers)).toEqual({});
  });

  it('keeps a choice whose options have not come, or are not asked for', () => {
    expect(offeredScope({ documentId: 8 }, { ...offers, documentId: null })).toEqual({ documentId: 8 });
    expect(offeredScope({ documentId: 8 }, projectOffers(project(true)))).toEqual({ documentId: 8 });
  });
});
