/**
 * The in-memory form of a REFI-QDA project or codebook, as parsed and checked but before
 * anything is written. Import writes it into a project; merge (later) compares it with one.
 *
 * GUIDs are normalised (lower case, no braces). Texts are normalised (LF, no BOM) and every
 * selection's positions are code points into that normalised text, whatever the writing
 * tool counted.
 */

import type { RefiOffsetUnit, RefiUncarried } from '../../shared/refi-report.js';
import type { DocumentColumns } from '../search/index-text.js';

export type { RefiUncarried };

export type RefiVariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

export interface RefiUser {
  guid: string;
  name: string;
}

export interface RefiCode {
  guid: string;
  name: string;
  isCodable: boolean;
  /** `#RRGGBB` (a `#RGB` colour is widened), or null when the tool gave none. */
  color: string | null;
  description: string;
  noteRefs: string[];
  children: RefiCode[];
}

export interface RefiVariable {
  guid: string;
  name: string;
  type: RefiVariableType;
  description: string;
}

export interface RefiVariableValue {
  variableGuid: string;
  /** The value as written (xsd lexical form); null when the element carries no value. */
  value: string | null;
}

export interface RefiCase {
  guid: string;
  name: string | null;
  description: string;
  values: RefiVariableValue[];
  sourceRefs: string[];
  selectionRefs: string[];
  codeRefs: string[];
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatingUser: string | null;
  creationDateTime: string | null;
  noteRefs: string[];
}

export interface RefiSelection {
  guid: string;
  /** Code points into the source's normalised text, [start, end). */
  start: number;
  end: number;
  name: string;
  description: string;
  creatingUser: string | null;
  creationDateTime: string | null;
  codings: RefiCoding[];
  noteRefs: string[];
}

export interface RefiTextSource {
  guid: string;
  name: string;
  description: string;
  /** Normalised text; null when the package does not hold the source's text file. */
  text: string | null;
  /** How the writing tool counted positions in this source (see offsets.ts). */
  offsetUnit: OffsetUnit;
  /** Selections placed one by one by their quoted text, per unit that placed them (empty when none was). */
  placedByQuote: Partial<Record<OffsetUnit, number>>;
  creatingUser: string | null;
  creationDateTime: string | null;
  selections: RefiSelection[];
  /** Codings on the source itself: they code the whole text. */
  codings: RefiCoding[];
  noteRefs: string[];
  values: RefiVariableValue[];
}

export interface RefiNote {
  guid: string;
  name: string;
  description: string;
  text: string;
  creatingUser: string | null;
  creationDateTime: string | null;
}

export interface RefiSet {
  guid: string;
  name: string;
  description: string;
  memberCodes: string[];
  memberSources: string[];
  memberNotes: string[];
}

export interface RefiLink {
  guid: string;
  name: string;
  originGuid: string | null;
  targetGuid: string | null;
}

/** Something the file holds that CaseCoder cannot carry, counted per kind for the report. */

/**
 * How positions were counted: in code points or UTF-16 units, over the raw text (CRLF = 2)
 * or over the LF-normalised text (CRLF = 1). `codePoint-lf` is the REFI-QDA convention.
 */
export type OffsetUnit = RefiOffsetUnit;

export interface RefiProject {
  kind: 'project' | 'codebook';
  name: string;
  origin: string;
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiTextSource[];
  notes: RefiNote[];
  sets: RefiSet[];
  links: RefiLink[];
  projectNoteRefs: string[];
  /** Objects present in the file that are not carried (PDF, pictures, media, graphs, ...). */
  uncarried: RefiUncarried[];
  /**
   * GUIDs of those objects, so references to them are told apart from dangling ones, each with
   * the name the report gives it ('' for none): a set's member not carried is named by it.
   */
  uncarriedGuids: Map<string, string>;
}

/**
 * What an import writes before the sources: the users, codes, variables and cases (a REFI-QDA
 * project lists them before its sources), and an estimate of the selection and coding rows to
 * come (deferred-indexes.ts decides by it).
 */
export type RefiHead = Pick<RefiProject, 'kind' | 'name' | 'origin' | 'users' | 'codes' | 'variables' | 'cases'> & { selectionRows: number };

/** What an import writes after the sources: known once the whole file is read and checked. */
export type RefiTail = Pick<RefiProject, 'notes' | 'sets' | 'links' | 'projectNoteRefs' | 'uncarried' | 'uncarriedGuids'>;

/** A source as the import takes it, with its index columns when computed ahead, and how far the reading is. */
export interface RefiSourcePart {
  source: RefiTextSource;
  columns: DocumentColumns | null;
  done: number;
  total: number;
}

/**
 * A project handed to the import in parts, in the order it writes them: the head, each source,
 * the tail (null from nextSource ends the sources). Each call may wait for a parser running
 * ahead in another thread (jobs/refi-parse-ahead.ts), and throws the parser's refusal if it refused.
 */
export interface RefiParts {
  head(): RefiHead;
  nextSource(): RefiSourcePart | null;
  tail(): RefiTail;
  /**
   * The error to report for one the writing met: a part of the file not yet checked whole may
   * be what the checks refuse, and then their refusal says better what is wrong.
   */
  explain(error: unknown): unknown;
  /** Stops any parsing still running (call when done, or when the writing stops early). */
  close(): void;
}
