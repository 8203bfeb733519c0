/** The import report's notes on how a source's selection positions were read (position-units.ts). */
import type { RefiImportNote } from '../../shared/refi-report.js';
import { placedByQuoteNote, positionsReadAsNote } from './import-notes.js';
import type { RefiTextSource } from './model.js';

/** `origin` names the tool that wrote the file. */
export function positionNotes(source: RefiTextSource, origin: string): RefiImportNote[] {
  const placed = Object.entries(source.placedByQuote) as [RefiTextSource['offsetUnit'], number][];
  const notes = placed.length > 1 || placed.some(([unit]) => unit !== 'codePoint-lf')
    ? placed.map(([unit, count]) => placedByQuoteNote(source.name, unit, count))
    : [];
  const unplaced = source.selections.length - placed.reduce((sum, [, n]) => sum + n, 0);
  if (source.offsetUnit !== 'codePoint-lf' && unplaced > 0) notes.push(positionsReadAsNote(source.name, source.offsetUnit, origin));
  return notes;
}
