/**
 * What each hit of a search was found by, as the researcher reads it: a stem matches words it
 * was not meant for (Porter's «mobil» is mobilization's and mobile's, Snowball's «полит»
 * политика's and политес's), so the search panel and the autocode preview list the forms found,
 * and a form left out leaves out its hits. Both take the forms from here, so a form left out in one is the
 * same form in the other.
 */
import { lowerBound } from '../../shared/sorted-search.js';
import type { TextRun } from './chunk-runs.js';
import { shownWord } from './normalize.js';
import type { Hit, Span } from './query-match.js';

/** Tested first: most hits are one word, which has none. */
const SPACE = /\s/;
const SPACES = /\s+/g;

/**
 * Each hit's forms: the text as written of each phrase it was found by (the hit itself, or a
 * NEAR hit's phrases without the words between them), lower case, without stress marks
 * (shownWord), any line break or run of spaces inside a phrase as one space; each form once, in
 * text order. The hits are sorted and each lies inside one of the runs (sorted too), starting
 * and ending on word bounds; one binary search per end, so a common word's thousands of hits
 * cost no walk over the words.
 */
export function hitForms(runs: readonly TextRun[], hits: readonly Hit[]): string[][] {
  const forms: string[][] = new Array(hits.length);
  let r = 0;
  hits.forEach((hit, i) => {
    while (runs[r]!.end < hit.end) r++;
    const { text, start, spans } = runs[r]!;
    const formOf = (part: Span) => {
      const first = lowerBound(spans.start.subarray(0, spans.count), part.start - start);
      const last = lowerBound(spans.end.subarray(0, spans.count), part.end - start);
      const written = text.slice(spans.unitStart[first], spans.unitEnd[last]);
      return shownWord(SPACE.test(written) ? written.replace(SPACES, ' ') : written);
    };
    forms[i] = hit.parts ? [...new Set(hit.parts.map(formOf))] : [formOf(hit)];
  });
  return forms;
}
