/** The REFI-QDA import report's notes in the reader's language (i18n/features/refiNotes.ts). */
import type { RefiImportNote } from '../../shared/refi-report.js';
import { t } from './i18n/index.js';

/** Every code has its words in every language (tests/unit/renderer/refi-notes.test.ts). */
export function refiNoteText(note: RefiImportNote): string {
  const { unit, origin } = note.params;
  return t(`refiNotes.${note.code}`, {
    ...note.params,
    ...(unit === undefined ? {} : { unit: t(`refiNotes.units.${unit}`) }),
    ...(origin === undefined ? {} : { origin: origin || t('refiNotes.unknownTool') }),
  });
}
