/**
 * A scope's choices read as their selects offer them: a case, group, document, attribute value or code gone is
 * «all» in the select and in the request alike (the select showed «All cases» while the search
 * asked for the case deleted, and found nothing).
 */
import { describe, expect, it } from 'vitest';
import { offeredScope, projectOffers } from '../../../renderer/src/offered-scope.js';

const city = { id: 30, name: 'Қала', type: 'text' as const, choices: [] };
const unset = { id: 31, name: 'Жасы', type: 'number' as const, choices: [] };
const item = (id: number, groupId: number | null, attributes: Record<string, string>) => ({ id, name: `P${id}`, groupId, documentCount: 1, segmentCount: 0, attributes });
const project = (loose: boolean) => ({
  cases: [item(1, 10, { 30: 'Алматы' }), item(2, loose ? null : 10, { 30: '', 31: '' })],
  groups: [{ id: 10 }],
  attributes: [city, unset],
  codebook: { codes: [{ id: 100 }, { id: 101 }] },
});

describe('projectOffers', () => {
  it('offers the cases, the groups, «no group» while a case is in none, the attributes with values, and the codes', () => {
    expect(projectOffers(project(true))).toEqual({ caseId: [1, 2], groupId: [10, null], attributeId: [30], attributeValue: [], codeId: [100, 101] });
    expect(projectOffers(project(false)).groupId).toEqual([10]);
  });

  it('offers the values cases have of the attribute chosen (an empty one is none)', () => {
    expect(projectOffers(project(true), 30).attributeValue).toEqual(['Алматы']);
    expect(projectOffers(project(true), 31).attributeValue).toEqual([]);
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

  it('reads an attribute value no case has any more as «any value», and an attribute with no values left as «all»', () => {
    const chosen = projectOffers(project(true), 30);
    expect(offeredScope({ attributeId: 30, attributeValue: 'Алматы' }, chosen)).toEqual({ attributeId: 30, attributeValue: 'Алматы' });
    expect(offeredScope({ attributeId: 30, attributeValue: 'Астана' }, chosen)).toEqual({ attributeId: 30 });
    expect(offeredScope({ attributeId: 31, attributeValue: '40' }, projectOffers(project(true), 31))).toEqual({});
  });

  it('keeps a choice whose options have not come, or are not asked for', () => {
    expect(offeredScope({ documentId: 8 }, { ...offers, documentId: null })).toEqual({ documentId: 8 });
    expect(offeredScope({ documentId: 8 }, projectOffers(project(true)))).toEqual({ documentId: 8 });
  });
});
