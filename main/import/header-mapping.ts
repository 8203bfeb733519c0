/**
 * Which code a case table's column header names, in English, Russian or Kazakh.
 *
 * The seed study's tables head their columns "Positive facts", "Negative facts" and
 * "Perspective (forecast)"; the same tables circulate in Russian ("Позитивные факты",
 * "Негативные факты", "Перспектива (прогноз)") and Kazakh. The Kazakh words chosen:
 * "оң" (positive: "Оң фактілер"), "теріс" (negative: "Теріс фактілер"), "болжам"
 * (forecast: "Болжам") and "келешек" (future, perspective: "Келешек (болжам)"): the plain
 * everyday words, as in "оң/теріс баға" (positive/negative assessment).
 */
import { defaultCodeKey, defaultFrameworkKey } from '../../shared/default-codebook.js';
import { nameKey } from '../../shared/names.js';
import type { ColumnMapping } from '../../shared/sheets.js';

/** Header words (compared by nameKey) that name a code of the default Valence framework, by the code's key. */
const VALENCE_WORDS: Record<string, readonly string[]> = {
  positive: ['positive', 'позитивные', 'позитивный', 'положительные', 'оң'],
  negative: ['negative', 'негативные', 'негативный', 'отрицательные', 'теріс'],
  forecast: ['forecast', 'perspective', 'прогноз', 'перспектива', 'болжам', 'келешек'],
};

export interface CodeChoice {
  id: number;
  name: string;
  frameworkName: string;
}

/** The words of a header, folded before splitting so a combining mark stays in its word. */
function headerWords(header: string): Set<string> {
  return new Set(nameKey(header).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/**
 * The proposed mapping of one column: a Valence code its header names in any of the three
 * languages (the project's Valence, whichever language it was created in: "Positive facts"
 * maps to Валентность/Позитивное too); else an existing code whose name is a word of the header
 * (frameworks in codebook order); else a new code named for the column.
 */
export function proposeMapping(header: string, codes: readonly CodeChoice[]): ColumnMapping {
  const words = headerWords(header);
  for (const [codeKey, synonyms] of Object.entries(VALENCE_WORDS)) {
    if (!synonyms.some((word) => words.has(nameKey(word)))) continue;
    const code = codes.find((c) => defaultFrameworkKey(c.frameworkName) === 'valence' && defaultCodeKey('valence', c.name) === codeKey);
    if (code) return { kind: 'code', codeId: code.id };
  }
  const named = codes.find((code) => words.has(nameKey(code.name)));
  return named ? { kind: 'code', codeId: named.id } : { kind: 'new', name: header };
}
