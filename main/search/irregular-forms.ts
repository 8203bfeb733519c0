/**
 * Russian words whose root changes between their forms, which Snowball therefore stems apart:
 * verbs common in accounts of moving and living (жить → живём, идти → шёл, платить → плачу,
 * переехать → переедем) and adjectives' comparatives (дорогой → дороже, хороший → лучше). A
 * search for «жить» found no «живём», and word frequencies listed «дорого» and «дороже» apart.
 *
 * A small list, not a dictionary: a morphological dictionary (OpenCorpora's, as pymorphy and Az.js
 * use) would know every word but is tens of megabytes for an offline app, while these are the
 * irregular words of everyday speech (less those whose forms are other words too: «больше» is
 * «more» far more often than «bigger», «просто» is «just»). Each lexeme's forms are asked for as
 * written (the `words` column), never by stem: «жив» is also «живой», «плач» also «плач» (a cry).
 * A query word that is one of a lexeme's forms asks for the others and for the stem of its first
 * form, so «живём» finds «жить» and «жила» as well; a form not listed («дорогим») finds only its own.
 */
import { normalizeWord } from './normalize.js';
import { stemOf } from './stem.js';

/** Each lexeme's forms, its first the one its stem is searched by (an infinitive, a positive). */
const LEXEMES: readonly string[] = [
  'жить живу живёшь живёт живём живёте живут живя жил жила жило жили',
  'идти иду идёшь идёт идём идёте идут идя шёл шла шло шли',
  'ехать еду едешь едет едем едете едут ехал ехала ехали',
  'переехать перееду переедешь переедет переедем переедете переедут переехал переехала переехали',
  'уехать уеду уедешь уедет уедем уедете уедут уехал уехала уехали',
  'приехать приеду приедешь приедет приедем приедете приедут приехал приехала приехали',
  'уйти уйду уйдёшь уйдёт уйдём уйдёте уйдут ушёл ушла ушли',
  'прийти приду придёшь придёт придём придёте придут пришёл пришла пришли',
  'найти найду найдёшь найдёт найдём найдёте найдут нашёл нашла нашли',
  'брать беру берёшь берёт берём берёте берут брал брала брали',
  'взять возьму возьмёшь возьмёт возьмём возьмёте возьмут взял взяла взяли',
  'дать дам дашь даст дадим дадите дадут дал дала дали',
  'мочь могу можешь может можем можете могут мог могла могли',
  'хотеть хочу хочешь хочет хотим хотите хотят хотел хотела хотели',
  'ждать жду ждёшь ждёт ждём ждёте ждут ждал ждала ждали',
  'платить плачу платишь платит платим платите платят платил платила платили',
  'искать ищу ищешь ищет ищем ищете ищут искал искала искали',
  'писать пишу пишешь пишет пишем пишете пишут писал писала писали',
  'ходить хожу ходишь ходит ходим ходите ходят ходил ходила ходили',
  'ездить езжу ездишь ездит ездим ездите ездят ездил ездила ездили',
  'хороший хорошо лучше лучший лучшая лучшее лучшие',
  'плохой плохо хуже худший худшая худшее худшие',
  'дорогой дорогая дорогое дорогие дорого дороже',
  'дешёвый дешёвая дешёвое дешёвые дёшево дешевле',
  'высокий высокая высокое высокие высоко выше',
  'низкий низкая низкое низкие низко ниже',
  'далёкий далёкая далёкое далёкие далеко дальше',
  'близкий близкая близкое близкие близко ближе',
  'молодой молодая молодое молодые моложе',
  'старый старая старое старые старше',
  'лёгкий лёгкая лёгкое лёгкие легко легче',
  'простой простая простое простые проще',
  'тихий тихая тихое тихие тихо тише',
  'частый частая частое частые часто чаще',
  'богатый богатая богатое богатые богаче',
];

interface Lexeme {
  /** The stem its first form is searched by. */
  readonly stem: string;
  readonly forms: readonly string[];
}

/** Each form as search compares it (ё as е), with its lexeme. */
const BY_FORM = new Map<string, Lexeme>();
for (const line of LEXEMES) {
  const forms = line.split(' ').map(normalizeWord);
  const lexeme = { stem: stemOf(forms[0]!), forms };
  for (const form of forms) BY_FORM.set(form, lexeme);
}

export interface IrregularForms {
  /** Stems to search the `stems` column for. */
  readonly stems: readonly string[];
  /** Written forms to search the `words` column for. */
  readonly words: readonly string[];
}

/** The other forms of the lexeme a normalised word is a listed form of; none for any other word. */
export function russianIrregularForms(norm: string): IrregularForms {
  const lexeme = BY_FORM.get(norm);
  if (!lexeme) return { stems: [], words: [] };
  return { stems: [lexeme.stem], words: lexeme.forms.filter((form) => form !== norm) };
}

/** The stems of the lexeme's other forms, for word lists to join into one row with this stem's. */
export function irregularStems(norm: string): string[] {
  return BY_FORM.get(norm)?.forms.map(stemOf) ?? [];
}
