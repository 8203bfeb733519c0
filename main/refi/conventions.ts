/**
 * How CaseCoder's own concepts travel in REFI-QDA, which has no slot for them. Each is carried
 * by an ordinary element that other tools import as something harmless:
 *
 * - A framework is a top-level Code with isCodable="false" (its codes are its children). On
 *   import every top-level non-codable code becomes a framework.
 * - A framework's `exclusive` flag: the framework's code is a member of a Set named
 *   exclusiveSet(language).name (other tools show it as a code set); any of the three names is
 *   read back as that set.
 * - A case's group: a Text Variable named "Group" («Группа», «Топ»: the export's language) whose
 *   Description is GROUPS_PREFIX + JSON array of every group (so groups with no case survive too).
 *   A Text variable named so in any of the three (a sheet's group header: isGroupHeader) from
 *   another tool is read as groups as well.
 * - A choice attribute: a Text Variable whose Description is CHOICES_PREFIX + JSON array of choices.
 * - A memo on a case (Case has no NoteRef in the schema): a Link from the Note to the Case, as
 *   NVivo links annotations, named caseMemoLinkName(language); any Note → Case link is read
 *   back as a case memo, whatever its name.
 * - A case summary (one case × code cell): a Note named SUMMARY_NOTE_PREFIX + "CASE × CODE",
 *   referenced by its code and linked from its case as a case memo is. On import such a Note
 *   with exactly one case and one code becomes the cell's summary again; any other stays a memo.
 */
import type { ExportLanguage } from '../../shared/tables.js';
import { tableWords } from '../analysis/table-words.js';

/**
 * The set of exclusive frameworks, named and described in the export's language: other tools
 * show both to the team (ATLAS.ti and MAXQDA list it with the code groups).
 */
const EXCLUSIVE_SETS: Record<ExportLanguage, { name: string; description: string }> = {
  en: {
    name: 'CaseCoder: exclusive frameworks',
    description: 'Frameworks (top-level codes) whose codes exclude each other: one per segment and coder.',
  },
  ru: {
    name: 'CaseCoder: взаимоисключающие схемы',
    description: 'Схемы (коды верхнего уровня), коды которых исключают друг друга: один код на сегмент у каждого кодировщика.',
  },
  kk: {
    name: 'CaseCoder: үйлеспейтін схемалар',
    description: 'Кодтары бір-бірін жоққа шығаратын схемалар (жоғарғы деңгейдегі кодтар): әр кодтаушыда үзіндіге бір ғана код.',
  },
};
export const exclusiveSet = (language: ExportLanguage) => EXCLUSIVE_SETS[language];
/** Whether a set is the exclusive frameworks' set, whichever language the package was written in. */
export const isExclusiveSet = (name: string) => Object.values(EXCLUSIVE_SETS).some((set) => set.name === name);
/**
 * The groups' variable is named in the language the project is exported in (the word its tables
 * use: Group, Группа, Топ), as the other tools show it to the team.
 */
export const groupVariableName = (language: ExportLanguage) => tableWords(language).filters.group;
export const GROUPS_PREFIX = 'CaseCoder case groups: ';
export const CHOICES_PREFIX = 'CaseCoder choices: ';
const CASE_MEMO_LINK_NAMES: Record<ExportLanguage, string> = {
  en: 'CaseCoder case memo',
  ru: 'CaseCoder: мемо кейса',
  kk: 'CaseCoder: кейс мемосы',
};
export const caseMemoLinkName = (language: ExportLanguage) => CASE_MEMO_LINK_NAMES[language];

/** The list a variable's description carries after `prefix`, or null when it carries none. */
export function listFromDescription(description: string, prefix: string): string[] | null {
  if (!description.startsWith(prefix)) return null;
  try {
    const parsed: unknown = JSON.parse(description.slice(prefix.length));
    return Array.isArray(parsed) && parsed.every((c) => typeof c === 'string') ? parsed : null;
  } catch {
    return null;
  }
}
