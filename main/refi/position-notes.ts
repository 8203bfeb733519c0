/** The import report's notes on how a source's selection positions were read (position-units.ts). */
import type { RefiTextSource } from './model.js';

/** `origin` names the tool that wrote the file. */
export function positionNotes(source: RefiTextSource, origin: string): string[] {
  const notes: string[] = [];
  const placed = Object.entries(source.placedByQuote) as [RefiTextSource['offsetUnit'], number][];
  if (placed.length > 1 || placed.some(([unit]) => unit !== 'codePoint-lf')) {
    const counts = placed.map(([unit, n]) => `${n} as ${describeUnit(unit)}`).join(', ');
    notes.push(`Selections in "${source.name}" were placed one by one by their quoted text: ${counts}.`);
  }
  const unplaced = source.selections.length - placed.reduce((sum, [, n]) => sum + n, 0);
  if (source.offsetUnit !== 'codePoint-lf' && unplaced > 0) {
    notes.push(`Positions in "${source.name}" were read as ${describeUnit(source.offsetUnit)}, as ${origin || 'the writing tool'} counts them.`);
  }
  return notes;
}

function describeUnit(unit: RefiTextSource['offsetUnit']): string {
  const [counting, lines] = unit.split('-');
  return `${counting === 'utf16' ? 'UTF-16 units' : 'code points'} with ${lines === 'raw' ? 'CRLF counted as two' : 'CRLF counted as one'}`;
}
