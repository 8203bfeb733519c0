/**
 * The demo study a first start opens: six invented accounts of people who moved to another
 * city for work, in two groups, so every view has something to show. It comes in the system's
 * language (English, Russian or Kazakh), its codings on the default codebook of that language.
 */
import type { DefaultFrameworkKey } from '../../../shared/default-codebook.js';
import type { AttributeType } from '../../../shared/entities.js';

/** A default code by its keys, whatever the language: "valence/positive", "steepl/legal". */
export type DemoCode = `${DefaultFrameworkKey}/${string}`;

export interface DemoCase {
  name: string;
  group: string;
  /** By attribute name, as the study's attributes name them. */
  attributes: Record<string, string | number>;
  account: string;
  /** Spans to pre-code: an exact quote from the account and its codes. */
  coded: { quote: string; codes: DemoCode[] }[];
}

export interface DemoStudy {
  /** The project's name, and its file's. */
  name: string;
  /** The coder the demo's codings are by. */
  coder: string;
  /** Each case's one document is "CASE — documentSuffix". */
  documentSuffix: string;
  attributes: { name: string; type: AttributeType; choices: string[] }[];
  cases: DemoCase[];
}
