/**
 * The forms of a Russian -овать or -евать verb that Snowball stems apart, so a search for
 * «планировать» finds «планирую» and one for «планирую» finds «планировал».
 *
 * These verbs change their stem in the present tense (планировать → планирую, организовать →
 * организуем, танцевать → танцуют, воевать → воюет), and Snowball cuts the present forms to
 * other stems (планир, организу) than the infinitive and the past (планирова). The present
 * forms are asked for as written (the `words` column), not by stem: their stems are often a
 * noun's of the same root (рисую → рис, rice; голосую → голос, a voice), while a written form is
 * that form alone, and one that no text holds («здоруюсь» for «здороваться», which keeps its
 * -ова-) costs one more term in the OR. Read the other way, a present form asks for the
 * infinitive's stem, which Snowball shares with the past (планировал, планировали).
 */
import { stemOf } from './stem.js';

/** The present tense's endings after -у- (or -ю-): the six persons, the gerund, the imperative. */
const PRESENT = ['ю', 'ешь', 'ет', 'ем', 'ете', 'ют', 'я', 'й', 'йте'];
/** The same, reflexive (пользоваться → пользуюсь). */
const PRESENT_REFLEXIVE = ['юсь', 'ешься', 'ется', 'емся', 'етесь', 'ются', 'ясь', 'йся', 'йтесь'];

/** The infinitive and the past, whose -ова-/-ева- Snowball keeps in the stem. */
const INFINITIVE_OR_PAST = /^(.+?)([ое])в(ать|ал|ала|ало|али)(ся|сь)?$/;
/** A present form's -у-/-ю- and ending; reflexive endings first, as they hold the others. */
const PRESENT_FORM = new RegExp(`^(.+?)([ую])(${[...PRESENT_REFLEXIVE, ...PRESENT].join('|')})$`);
/** -евать verbs keep у after these (танцую, ночую) and take ю elsewhere (воюю, горюю). */
const HUSHING = /[цжчшщ]$/;
/** A root shorter than this with its verb's ending is a particle or a pronoun's form, not a verb (ю, мою). */
const LEAST_WORD = 4;

export interface VerbForms {
  /** Stems to search the `stems` column for. */
  readonly stems: readonly string[];
  /** Written forms to search the `words` column for. */
  readonly words: readonly string[];
}

const NONE: VerbForms = { stems: [], words: [] };

/**
 * The forms a normalised word adds when it is an -овать/-евать verb's infinitive or past (its
 * present forms, as written) or one of its present forms (the infinitive's stem and the other
 * present forms); none for any other word.
 */
export function russianVerbForms(norm: string): VerbForms {
  if (norm.length < LEAST_WORD) return NONE;
  const infinitive = INFINITIVE_OR_PAST.exec(norm);
  if (infinitive) {
    const [, root, vowel, , reflexive] = infinitive;
    return { stems: [], words: presentForms(root!, vowel === 'е' ? 'е' : 'о', reflexive !== undefined) };
  }
  const present = PRESENT_FORM.exec(norm);
  if (!present) return NONE;
  const [, root, u, ending] = present;
  // -ую is -овать's, or -евать's after a hushing sound (танцую); -юю is -евать's (воюю).
  const vowel = u === 'ю' || HUSHING.test(root!) ? 'е' : 'о';
  const reflexive = PRESENT_REFLEXIVE.includes(ending!);
  return {
    stems: [stemOf(`${root}${vowel}вать${reflexive ? 'ся' : ''}`)],
    words: presentForms(root!, vowel, reflexive).filter((form) => form !== norm),
  };
}

/** The present forms of the verb root + -овать (vowel о) or -евать (е). */
function presentForms(root: string, vowel: 'о' | 'е', reflexive: boolean): string[] {
  const u = vowel === 'е' && !HUSHING.test(root) ? 'ю' : 'у';
  return (reflexive ? PRESENT_REFLEXIVE : PRESENT).map((ending) => root + u + ending);
}
