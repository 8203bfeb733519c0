/**
 * A scope's choices (a case, a group, a document, an attribute's value, a code) as their selects offer them. A choice
 * kept while its item goes (deleted, merged away, its creation undone) matched no option: the
 * select showed «all» while the search, the word list or the segment list still asked for the
 * item gone, and found nothing. Read through offeredScope, a choice gone is «all» in the select
 * and in the request alike; kept, it is the select's again should the item come back (an undo).
 */
import type { Attribute, CaseItem } from '../../shared/entities.js';
import { presentValues } from './attribute-values.js';
import { offered } from './offered-choice.js';

/** Each choice left out, or undefined, is «all»; a group's null is the cases in no group. */
export interface ScopeChoices {
  caseId?: number | undefined;
  groupId?: number | null | undefined;
  documentId?: number | undefined;
  /** Alone, the cases with any value of it; with attributeValue, those with that value (as stored). */
  attributeId?: number | undefined;
  attributeValue?: string | undefined;
  codeId?: number | undefined;
}

/** What each select offers besides «all»; a list not come yet (null) or not asked for (left out) keeps its choice as it is. */
export type ScopeOffers = { [K in keyof ScopeChoices]?: readonly Exclude<ScopeChoices[K], undefined>[] | null };

/**
 * The project's cases, groups (and «no group» while a case is in none), the attributes some case
 * has a value of, the values cases have of `attributeId` (the one chosen), and codes, as the
 * scopes' selects offer them. An attribute whose values are all gone goes with them.
 */
export function projectOffers(
  data: {
    cases: readonly CaseItem[];
    groups: readonly { id: number }[];
    attributes: readonly Attribute[];
    codebook: { codes: readonly { id: number }[] };
  },
  attributeId?: number,
): ScopeOffers {
  const chosen = data.attributes.find((a) => a.id === attributeId);
  return {
    caseId: data.cases.map((c) => c.id),
    groupId: [...data.groups.map((g) => g.id), ...(data.cases.some((c) => c.groupId === null) ? [null] : [])],
    attributeId: data.attributes.filter((a) => presentValues(a, data.cases).length > 0).map((a) => a.id),
    attributeValue: chosen ? presentValues(chosen, data.cases) : [],
    codeId: data.codebook.codes.map((c) => c.id),
  };
}

const KEYS = ['caseId', 'groupId', 'documentId', 'attributeId', 'attributeValue', 'codeId'] as const;

/**
 * The choices shown and asked for: `kept`, each choice not offered read as «all». The same
 * object while nothing is gone, so a list asked for with it is not asked for again.
 */
export function offeredScope<S extends ScopeChoices>(kept: S, offers: ScopeOffers): S {
  const gone = KEYS.filter((key) => {
    const options = offers[key];
    return options && offered<ScopeChoices[typeof key]>(kept[key], [undefined, ...options], undefined) !== kept[key];
  });
  if (gone.length === 0) return kept;
  const shown = { ...kept };
  for (const key of gone) delete shown[key];
  return shown;
}
