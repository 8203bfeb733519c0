import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { createCase, createGroup } from '../../../main/services/cases.js';
import { pasteText } from '../../../main/services/text-import.js';
import { createMemo, findMemos } from '../../../main/services/memos.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
const ctx = () => t.session.context();

beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('study');
  const p1 = createCase(ctx(), 'Пётр', null).id;
  pasteText(ctx(), p1, 'Интервью', 'Текст.');
  const documentId = listDocuments(ctx().store, p1)[0]!.id;
  createMemo(ctx(), { kind: 'project', id: null }, 'План', 'Сначала ЁЛКИ, потом остальное.');
  createMemo(ctx(), { kind: 'case', id: p1 }, '', 'Говорит о бюрократии.');
  createMemo(ctx(), { kind: 'document', id: documentId }, 'Note', 'Recorded at home.');
});
afterEach(() => t.dispose());

describe('the memo list', () => {
  it('lists every memo newest first with what it is on', () => {
    expect(findMemos(ctx(), {}).map((m) => [m.targetKind, m.targetLabel, m.author])).toEqual([
      ['document', 'Интервью', 'Ada'], ['case', 'Пётр', 'Ada'], ['project', null, 'Ada'],
    ]);
  });

  it("names the case of a memo on a case or a document, with the case's group", () => {
    const group = createGroup(ctx(), 'Предприниматели');
    const fourth = createCase(ctx(), '4', group.id).id;
    createMemo(ctx(), { kind: 'case', id: fourth }, '', 'Открыл кафе.');
    expect(findMemos(ctx(), {}).map((m) => [m.targetKind, m.caseName, m.groupName])).toEqual([
      ['case', '4', 'Предприниматели'], ['document', 'Пётр', null], ['case', 'Пётр', null], ['project', null, null],
    ]);
  });

  it('filters by kind and finds words in any case, ё as е', () => {
    expect(findMemos(ctx(), { kind: 'case' }).map((m) => m.text)).toEqual(['Говорит о бюрократии.']);
    expect(findMemos(ctx(), { text: 'елки' }).map((m) => m.name)).toEqual(['План']);
    expect(findMemos(ctx(), { text: 'БЮРОКРАТИИ' })).toHaveLength(1);
    expect(findMemos(ctx(), { text: 'home', kind: 'case' })).toEqual([]);
  });
});
