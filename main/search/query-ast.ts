/** A parsed search query, as the parser builds it and both compilers (FTS5, hit finder) read it. */

/**
 * Words that must follow each other. `stems`: any form of each word (a plain word);
 * `words`: exactly these forms (a quoted phrase, or a prefix). With `prefix`, the last term only
 * has to begin the word.
 */
export interface PhraseNode {
  readonly kind: 'phrase';
  readonly column: 'stems' | 'words';
  readonly terms: readonly string[];
  readonly prefix: boolean;
  /** What the user typed, for messages. */
  readonly source: string;
}

export interface AndNode {
  readonly kind: 'and';
  readonly items: readonly QueryNode[];
}

export interface OrNode {
  readonly kind: 'or';
  readonly items: readonly QueryNode[];
}

/** Documents matching `include` and not `exclude`; hits are `include`'s. */
export interface NotNode {
  readonly kind: 'not';
  readonly include: QueryNode;
  readonly exclude: QueryNode;
}

/** Every phrase within `distance` words of one another (FTS5's NEAR rule). */
export interface NearNode {
  readonly kind: 'near';
  readonly items: readonly PhraseNode[];
  readonly distance: number;
}

export type QueryNode = PhraseNode | AndNode | OrNode | NotNode | NearNode;

/** FTS5's own default for NEAR without a distance. */
export const DEFAULT_NEAR_DISTANCE = 10;
export const MAX_NEAR_DISTANCE = 1000;
/** Shorter prefixes match most of the vocabulary: slow and useless. */
export const MIN_PREFIX_LENGTH = 2;
