/**
 * The REFI-QDA import's list of what was not carried, in the reader's language. The report names
 * each kind in the English words of main/refi; the kinds it can name are matched here to their
 * translations (tests/unit/renderer/refi-uncarried.test.ts finds every kind main/refi names), and
 * a kind not known here is shown as written rather than dropped.
 */
import type { RefiUncarried } from '../refi-report.js';
import type { Words } from './error-text.js';

const KINDS: Record<string, string> = {
  'description of a top-level category': 'topCategoryDescription',
  'description of a variable': 'variableDescription',
  'code assigned to a case': 'caseCode',
  'case member that is not a text source': 'caseMemberNotText',
  'variable value that does not fit its type': 'valueWrongType',
  'variable value on a source (its case has one already)': 'sourceValue',
  'coding in a source without text': 'codingNoText',
  'empty selection (start = end)': 'emptySelection',
  'coding of an empty selection': 'codingEmptySelection',
  'coding of an empty source': 'codingEmptySource',
  'coding with a top-level category': 'codingTopCategory',
  'duplicate coding (same span, code and coder)': 'duplicateCoding',
  link: 'link',
  'note attached to something not carried': 'noteOfUncarried',
  'set member not carried': 'setMember',
  graph: 'graph',
  'text of a source (file not in the package)': 'sourceTextMissing',
  'selection in a source without text': 'selectionNoText',
  'selection whose quoted text is not at its position': 'selectionNotPlaced',
  'coding of a selection that could not be placed': 'codingNotPlaced',
  'text of a note (file not in the package)': 'noteTextMissing',
  'selection in a note': 'noteSelection',
};

/** Sources CaseCoder does not code (REFI-QDA's PictureSource, PDFSource, ...), and what is in them. */
const IN_SOURCES: [RegExp, string][] = [
  [/^(\w+) source$/, 'source'],
  [/^selection in a (\w+) source$/, 'selectionInSource'],
  [/^coding in a (\w+) source$/, 'codingInSource'],
];
const MEDIA = new Set(['picture', 'pdf', 'audio', 'video']);

export function uncarriedKind(words: Words, kind: string): string {
  const key = KINDS[kind];
  if (key) return words.t(`refiUncarried.kinds.${key}`);
  for (const [pattern, sourceKey] of IN_SOURCES) {
    const medium = pattern.exec(kind)?.[1];
    if (medium && MEDIA.has(medium)) return words.t(`refiUncarried.kinds.${sourceKey}`, { medium: words.t(`refiUncarried.media.${medium}`) });
  }
  return kind;
}

/**
 * One kind's line: its name, how many, and the few names the report keeps (an ellipsis when there
 * were more names, not merely more items: two codings in one picture are «2 (cornflakes.jpg)»).
 */
export function uncarriedLine(words: Words, { kind, count, examples, more }: RefiUncarried): string {
  const name = uncarriedKind(words, kind);
  if (examples.length === 0) return words.t('refiUncarried.line', { kind: name, count });
  const listed = examples.join('; ') + (more ? '; …' : '');
  return words.t('refiUncarried.lineExamples', { kind: name, count, examples: listed });
}
