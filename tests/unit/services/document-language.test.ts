/**
 * A document's text comes with its own language (documents.get), which the page marks on the
 * text: unmarked, it took the UI's, and a screen reader read a Russian interview in a Kazakh or
 * English voice (review-a11y-1207 #9).
 */
import { afterEach, expect, it } from 'vitest';
import { getDocumentView } from '../../../main/services/documents.js';
import { pastedProject } from '../../helpers/pasted-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
afterEach(() => t.dispose());

it("gives each document's language, read from its text", () => {
  t = newTestSession();
  const { documentIds } = pastedProject(t, 'study.casecoder', [
    ['P1', 'Аренда дорогая, и зарплаты ниже, чем я ожидала.'],
    ['P2', 'Мен Алматыда жұмыс істеймін, бұл қала маған ұнайды.'],
    ['P3', 'The rent was high, and the wages were lower than I expected.'],
    ['P4', '2024 — 12, 15.'],
  ]);
  const ctx = t.session.context();
  expect(documentIds.map((id) => getDocumentView(ctx, id).language)).toEqual(['ru', 'kk', 'en', null]);
});
