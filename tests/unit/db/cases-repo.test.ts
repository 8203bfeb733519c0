/** One case read alone (getCase) is the case as the list of every case has it: counts and attribute values. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { caseNamesInGroup, getCase, listCases } from '../../../main/db/repos/cases.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { createAttribute, setAttributeValue } from '../../../main/services/attributes.js';
import { createCase, createGroup } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('cases');
});
afterEach(() => t.dispose());

describe('the cases repository', () => {
  it('reads one case as the list has it, and a group\'s case names', () => {
    const ctx = t.session.context();
    const group = createGroup(ctx, 'Programmers');
    const city = createAttribute(ctx, 'City', 'text', []);
    const age = createAttribute(ctx, 'Age', 'number', []);
    const anna = createCase(ctx, 'Anna', group.id);
    const boris = createCase(ctx, 'Boris', null);
    createCase(ctx, 'Vera', group.id);
    setAttributeValue(ctx, anna.id, city.id, 'Almaty');
    setAttributeValue(ctx, anna.id, age.id, 31);
    setAttributeValue(ctx, boris.id, city.id, 'Astana');
    pasteText(ctx, anna.id, 'Interview', 'Good internet here. Bad rent prices.');
    pasteText(ctx, anna.id, 'Notes', 'Fine.');
    const [document] = listDocuments(ctx.store, anna.id);
    applyCode(ctx, { documentId: document!.id, start: 0, end: 19, codeId: findCodeByPath(ctx.store, 'Valence', 'Positive')!.id });

    for (const item of listCases(ctx.store)) expect(getCase(ctx.store, item.id)).toEqual(item);
    expect(getCase(ctx.store, anna.id)).toMatchObject({ documentCount: 2, segmentCount: 1, attributes: { [city.id]: 'Almaty', [age.id]: 31 } });
    expect(getCase(ctx.store, 9999)).toBeUndefined();
    expect(caseNamesInGroup(ctx.store, group.id).map((c) => c.name).sort()).toEqual(['Anna', 'Vera']);
    expect(caseNamesInGroup(ctx.store, null).map((c) => c.name)).toEqual(['Boris']);
  });
});
