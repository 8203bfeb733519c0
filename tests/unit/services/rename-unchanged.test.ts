/**
 * Renaming a document or a case to the name it has changes nothing, so it is no step to undo:
 * Enter on the rename dialog put «Undo: rename document» in the history (review-a11y-1207 #19).
 */
import { afterEach, expect, it } from 'vitest';
import { historyState } from '../../../main/db/history.js';
import { renameCase } from '../../../main/services/cases.js';
import { renameDocument } from '../../../main/services/documents.js';
import { listCases } from '../../../main/db/repos/cases.js';
import { pastedProject } from '../../helpers/pasted-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
afterEach(() => t.dispose());

it('records no step for a document or case renamed to its own name', () => {
  t = newTestSession();
  const { documentIds } = pastedProject(t, 'study.casecoder', [['P1', 'We left in May.']]);
  const ctx = t.session.context();
  const caseId = listCases(ctx.store)[0]!.id;
  const before = historyState(ctx.store);
  renameDocument(ctx, documentIds[0]!, 'Interview');
  renameCase(ctx, caseId, 'P1');
  expect(historyState(ctx.store)).toEqual(before);
  renameDocument(ctx, documentIds[0]!, 'First interview');
  expect(historyState(ctx.store).undoLabel).toBe('documents.rename');
});
