/** The word forms a "Code all hits" preview found, and the spans each form's box ticks and unticks. */
import { spanForms, type AutocodeSpan } from '../../shared/search.js';

/** A form, and the preview's spans (by their index) holding it. */
export interface FoundForm {
  form: string;
  spans: number[];
}

/**
 * The words the query found, each with the spans holding it, most spans first: a stem also
 * matches words it was not meant for (Porter's «mobil» is mobilization's and mobile's), and a
 * short list of forms shows that at once where a long list of spans hides it.
 */
export function foundForms(spans: readonly Pick<AutocodeSpan, 'found'>[]): FoundForm[] {
  const forms = new Map<string, number[]>();
  spans.forEach((span, i) => {
    for (const form of spanForms(span)) {
      const holding = forms.get(form);
      if (holding) holding.push(i);
      else forms.set(form, [i]);
    }
  });
  return [...forms]
    .map(([form, holding]) => ({ form, spans: holding }))
    .sort((a, b) => b.spans.length - a.spans.length || a.form.localeCompare(b.form));
}

/** A form's box is ticked while any of its spans is. */
export function formTicked(form: FoundForm, unticked: ReadonlySet<number>): boolean {
  return form.spans.some((i) => !unticked.has(i));
}

/** The spans unticked once the form's box is clicked: a ticked box leaves out all its spans, an unticked one keeps them all. */
export function withFormToggled(form: FoundForm, unticked: ReadonlySet<number>): Set<number> {
  const next = new Set(unticked);
  const off = formTicked(form, unticked);
  for (const i of form.spans) {
    if (off) next.add(i);
    else next.delete(i);
  }
  return next;
}
