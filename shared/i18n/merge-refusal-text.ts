/**
 * A merge report's refused rows in the reader's language, for the app's merge dialog and the
 * command line alike: the table and reason as a line, and the first rows, each named as its file
 * names it with the field at fault.
 */
import { MAX_CODE_DEPTH } from '../code-tree.js';
import type { MergeRefusal, RefusalExample } from '../merge.js';
import type { Words } from './error-text.js';

/** «Cases: 3 — what it belongs to was not merged». */
export function refusalLine(words: Words, { table, count, reason }: MergeRefusal): string {
  const what = words.t(`mergeRefusals.tables.${table}`);
  // The one bound a reason names (codeTooDeep) is fixed, so the report need not carry it.
  return words.t('mergeRefusals.line', { what, count, reason: words.t(`mergeRefusals.reasons.${reason}`, { limit: MAX_CODE_DEPTH }) });
}

/** The examples joined, an ellipsis when more rows were refused than they show. */
export function refusalExamples(words: Words, { count, examples }: MergeRefusal): string {
  return examples.map((example) => exampleText(words, example)).join('; ') + (count > examples.length ? '; …' : '');
}

function exampleText(words: Words, { row, field, value }: RefusalExample): string {
  if (field === undefined) return row;
  const name = words.t(`mergeRefusals.fields.${field}`);
  if (value === undefined) return words.t('mergeRefusals.exampleField', { row, field: name });
  if (field === 'documentLength') return words.t('mergeRefusals.exampleLength', { row, field: name, value: Number(value) });
  // An attribute's type is one of the app's own, named as the attribute dialog names it.
  const shown = field === 'type' && words.exists(`attributes.types.${value}`) ? words.t(`attributes.types.${value}`) : value;
  return words.t('mergeRefusals.exampleValue', { row, field: name, value: shown });
}
