/**
 * The name a count cell is read by, «Anna, Valence/Negative: 2», as the UI language writes it
 * (tableCells.countIn). i18next's t per cell took a third of the script time of a scroll step
 * in a large table; the message is asked for once per count and language, with markers where
 * the row and column go, and filled per cell.
 */
import { currentLanguage, t, type Language } from './i18n/index.js';

export type CellNamer = (row: string, column: string, count: number) => string;

const ROW = '\u0001';
const COLUMN = '\u0002';
const namers = new Map<Language, CellNamer>();

/** The namer for the UI language now: one per language, so memoised cells keep it until the language changes. */
export function cellNamer(): CellNamer {
  const language = currentLanguage();
  let namer = namers.get(language);
  if (!namer) namers.set(language, (namer = newNamer()));
  return namer;
}

function newNamer(): CellNamer {
  // Per count, the message cut at the markers: texts at even places, markers at odd ones.
  const patterns = new Map<number, string[]>();
  return (row, column, count) => {
    let parts = patterns.get(count);
    if (!parts) patterns.set(count, (parts = t('tableCells.countIn', { row: ROW, column: COLUMN, count }).split(/([\u0001\u0002])/)));
    let name = '';
    for (const part of parts) name += part === ROW ? row : part === COLUMN ? column : part;
    return name;
  };
}
