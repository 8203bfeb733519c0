/**
 * --leave-out FORM, as search and autocode take it: a word form the query found («политес» of
 * полит*), whose hits are left out as unticking it in the app's list of words found leaves them
 * out. Repeatable, one form each time.
 */
import { UsageError } from './args.js';

export const leaveOutOption = { type: 'string', value: 'FORM', multiple: true } as const;

/**
 * The forms spelt as the list of words found spells them, in lower case with any run of spaces
 * as one (hit-forms.ts): a form typed with a capital is the same form. One typed with a stress
 * mark or another spelling is not, and `refuseNotFound` says so.
 */
export function leftOutForms(given: readonly string[]): ReadonlySet<string> {
  return new Set(given.map((form) => form.trim().replace(/\s+/g, ' ').toLowerCase()));
}

/**
 * A usage error naming the forms left out that the query did not find. Not a warning: such a
 * form is most often misspelt (е for ё, another ending), and going on would count the very hits
 * the researcher meant to leave out, or an autocode would code them.
 */
export function refuseNotFound(leftOut: ReadonlySet<string>, found: ReadonlySet<string>): void {
  const missing = [...leftOut].filter((form) => !found.has(form));
  if (missing.length > 0) throw new UsageError('leaveOutNotFound', { forms: missing.join(', ') });
}
