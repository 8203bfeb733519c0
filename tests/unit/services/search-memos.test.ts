import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { createCase, createGroup } from '../../../main/services/cases.js';
import { pasteText } from '../../../main/services/text-import.js';
import { createMemo, findMemos } from '../../../main/services/memos.js';
import { applyCode } from '../../../main/services/coding.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { documentSegments } from '../../../main/db/repos/segments.js';
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

  it('finds Russian and Kazakh word forms as the document search does, and a part of a word as before', () => {
    createMemo(ctx(), { kind: 'project', id: null }, 'Прогнозом', 'Ожидания не оправдались: смог зимой, зарплаты низкие, технологии дорогие.');
    createMemo(ctx(), { kind: 'project', id: null }, '', 'Үйдің жалдау ақысы қымбат.');
    const found = (text: string) => findMemos(ctx(), { text }).map((m) => m.name || m.text);
    for (const form of ['ожидание', 'смога', 'зарплата', 'технология', 'прогноз', 'ожид', '"зарплаты низкие"']) expect(found(form), form).toEqual(['Прогнозом']);
    expect(found('ақы')).toEqual(['Үйдің жалдау ақысы қымбат.']);
    expect(found('ожидание NOT смог')).toEqual([]);
    // A query the search cannot read, as a quote is being typed, is no error.
    expect(() => found('"зарплаты')).not.toThrow();
  });

  it('finds a memo by what it is on: its case (in any form) and group, its document, its code, its quote', () => {
    const group = createGroup(ctx(), 'Предприниматели');
    const emil = createCase(ctx(), 'Эмиль', group.id).id;
    pasteText(ctx(), emil, 'Эмиль — интервью', 'Зимний смог беспокоит меня из-за детей.');
    const documentId = listDocuments(ctx().store, emil)[0]!.id;
    const negative = findCodeByPath(ctx().store, 'Valence', 'Negative')!.id;
    applyCode(ctx(), { documentId, start: 0, end: 39, codeId: negative });
    createMemo(ctx(), { kind: 'segment', id: documentSegments(ctx().store, documentId)[0]!.id }, '', 'Сравнить с Анной.');
    createMemo(ctx(), { kind: 'code', id: negative }, '', 'Только о жизни на новом месте.');
    const found = (text: string) => findMemos(ctx(), { text }).map((m) => m.text);
    for (const target of ['Эмиль', 'эмиля', 'предприниматели', 'беспокоит', 'дети']) expect(found(target), target).toEqual(['Сравнить с Анной.']);
    expect(found('интервью')).toContain('Сравнить с Анной.');
    expect(found('negative')).toEqual(['Только о жизни на новом месте.']);
  });

  it("lists one document's segment memos, not another's, nor the document's own", () => {
    const [interview] = listDocuments(ctx().store);
    pasteText(ctx(), interview!.caseId, 'Заметки', 'Другой текст.');
    const notes = listDocuments(ctx().store).find((d) => d.name === 'Заметки')!;
    const positive = findCodeByPath(ctx().store, 'Valence', 'Positive')!.id;
    for (const [documentId, text] of [[interview!.id, 'О тексте.'], [notes.id, 'О другом.']] as const) {
      applyCode(ctx(), { documentId, start: 0, end: 5, codeId: positive });
      const segment = documentSegments(ctx().store, documentId)[0]!;
      createMemo(ctx(), { kind: 'segment', id: segment.id }, '', text);
    }
    expect(findMemos(ctx(), { documentId: interview!.id }).map((m) => m.text)).toEqual(['О тексте.']);
    expect(findMemos(ctx(), { documentId: notes.id, kind: 'segment' }).map((m) => m.text)).toEqual(['О другом.']);
  });
});
