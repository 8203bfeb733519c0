/** The REFI-QDA import report's notes in the reader's language (features/refiNotes.ts). */
import type { RefiImportNote } from '../refi-report.js';
import type { Words } from './error-text.js';

/** Every code has its words in every language (tests/unit/renderer/refi-notes.test.ts). */
export function refiNoteText(words: Words, note: RefiImportNote): string {
  const { unit, origin } = note.params;
  return words.t(`refiNotes.${note.code}`, {
    ...note.params,
    ...(unit === undefined ? {} : { unit: words.t(`refiNotes.units.${unit}`) }),
    ...(origin === undefined ? {} : { origin: origin || words.t('refiNotes.unknownTool') }),
  });
}
