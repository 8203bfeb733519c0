/**
 * The journal fields a method table's export takes, as table exports do (shared/tables.ts
 * TableRequest): "Table N.", a title in place of the built one, a note, the captions' language.
 */
import { z } from 'zod';
import { exportLanguages, TableNumber, type CrossTable } from '../tables.js';

export const TablePresentation = z.object({
  number: TableNumber.optional(),
  title: z.string().max(500).optional(),
  note: z.string().max(5000).optional(),
  language: z.enum(exportLanguages).optional(),
});
export type TablePresentation = z.infer<typeof TablePresentation>;

/** The table as the researcher presents it; blank title or note leave the built title and no note. */
export function presentTable(table: CrossTable, presentation: TablePresentation): CrossTable {
  return {
    ...table,
    title: presentation.title?.trim() || table.title,
    ...(presentation.number !== undefined ? { number: presentation.number } : {}),
    ...(presentation.note?.trim() ? { note: presentation.note.trim() } : {}),
    ...(presentation.language !== undefined ? { language: presentation.language } : {}),
  };
}
