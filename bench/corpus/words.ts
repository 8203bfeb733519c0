/**
 * The corpus vocabulary: Russian words in their inflected forms, Kazakh words with their
 * suffixes (ә ғ қ ң ө ұ ү һ і), and English. Built from stems and endings so that a search or a
 * sort meets the forms real interviews have, not one dictionary form per word.
 */
export type Language = 'ru' | 'kk' | 'en';

const ruNounEndings = {
  /** Feminine in -а: работа, работы, работе, работу, работой, работ, работам, работами, работах. */
  a: ['а', 'ы', 'е', 'у', 'ой', '', 'ам', 'ами', 'ах'],
  /** Masculine hard stem: город, города, городу, городом, городе, городов, городам, городами. */
  m: ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'],
  /** Neuter in -о/-е, soft: решение, решения, решению, решением, решений. */
  n: ['ие', 'ия', 'ию', 'ием', 'ии', 'ий', 'иям', 'иями', 'иях'],
};
const ruNouns: [string, keyof typeof ruNounEndings][] = [
  ['работ', 'a'], ['зарплат', 'a'], ['квартир', 'a'], ['школ', 'a'], ['виз', 'a'],
  ['границ', 'a'], ['страховк', 'a'], ['аренд', 'a'], ['проблем', 'a'], ['поддержк', 'a'], ['мам', 'a'],
  ['город', 'm'], ['банк', 'm'], ['паспорт', 'm'], ['переезд', 'm'], ['язык', 'm'],
  ['проект', 'm'], ['клиент', 'm'], ['офис', 'm'], ['документ', 'm'], ['доход', 'm'], ['налог', 'm'], ['опыт', 'm'],
  ['решен', 'n'], ['образован', 'n'], ['здоровь', 'n'], ['отношен', 'n'], ['мнен', 'n'], ['разрешен', 'n'], ['положен', 'n'],
];
const ruAdjectiveEndings = ['ый', 'ая', 'ое', 'ые', 'ого', 'ой', 'ому', 'ым', 'ых', 'ую', 'ыми'];
const ruAdjectives = ['нов', 'стар', 'трудн', 'хорош', 'дорог', 'прост', 'мал', 'нужн', 'сложн', 'быстр', 'важн', 'полезн'];
const ruVerbEndings = ['ю', 'ишь', 'ит', 'им', 'ите', 'ят', 'ил', 'ила', 'или', 'ить'];
const ruVerbs = ['говор', 'реш', 'уч', 'плат', 'вар', 'получ', 'звон', 'служ', 'дел', 'куп'];
const ruFunction = [
  'и', 'в', 'не', 'на', 'я', 'что', 'с', 'мы', 'это', 'как', 'но', 'по', 'у', 'к', 'было', 'очень', 'там', 'тоже',
  'потому', 'когда', 'если', 'уже', 'ещё', 'здесь', 'только', 'всё', 'нас', 'меня', 'нам', 'они', 'он', 'она',
];

const kkStems = [
  'жұмыс', 'қала', 'үй', 'өмір', 'бала', 'ақша', 'тіл', 'мектеп', 'ауыл', 'еңбек', 'жалақы', 'көшу', 'отбасы', 'білім',
  'дүкен', 'достар', 'құжат', 'салық', 'пәтер', 'көлік', 'денсаулық', 'әке', 'ана', 'қыз', 'ұл', 'жер', 'су', 'күн',
  'қызмет', 'кәсіп', 'мүмкіндік', 'қиындық', 'шешім', 'тәжірибе', 'өзгеріс', 'ғылым', 'һәм',
];
const kkSuffixes = ['', 'да', 'дың', 'ға', 'лар', 'мыз', 'ды', 'дан', 'ым', 'ің', 'мен', 'дағы', 'ларға', 'ларымыз'];
const kkFunction = ['мен', 'және', 'бұл', 'сол', 'біз', 'мен', 'сен', 'олар', 'бар', 'жоқ', 'өте', 'де', 'да', 'үшін', 'қазір', 'әлі', 'бірақ', 'кейін'];

const enWords = [
  'the', 'and', 'to', 'of', 'a', 'in', 'we', 'it', 'was', 'that', 'for', 'with', 'my', 'they', 'job', 'work', 'city',
  'visa', 'rent', 'salary', 'family', 'friends', 'language', 'school', 'taxes', 'bank', 'moved', 'moving', 'remote',
  'startup', 'market', 'clients', 'paperwork', 'permit', 'insurance', 'housing', 'internet', 'mountains', 'smog',
  'difficult', 'easier', 'expensive', 'cheaper', 'decided', 'decision', 'because', 'really', 'never', 'always',
  'colleagues', 'office', 'children', 'kindergarten', 'healthcare', 'community', 'opportunities', 'uncertainty',
];

function expand(stems: readonly string[], endings: readonly string[]): string[] {
  return stems.flatMap((stem) => endings.map((e) => inflect(stem, e)));
}

/**
 * Stem + ending under the spelling rules the endings above break: ы is written и after
 * г к х ж ш щ ч, unstressed о is е after ц ж ш щ ч, and a feminine genitive plural whose stem
 * ends in a cluster with к gains its fleeting vowel (поддержк → поддержек).
 */
function inflect(stem: string, ending: string, feminine = false): string {
  if (/[гкхжшщч]$/.test(stem) && ending.startsWith('ы')) return stem + 'и' + ending.slice(1);
  if (/[цжшщч]$/.test(stem) && ending.startsWith('о')) return stem + 'е' + ending.slice(1);
  if (feminine && ending === '' && /[^аеиоуыэюяё]к$/.test(stem)) return `${stem.slice(0, -1)}е${stem.slice(-1)}`;
  return stem + ending;
}

/** Every word form of each language, most frequent first (function words lead, as in speech). */
export function vocabulary(): Record<Language, string[]> {
  const ru = [
    ...ruFunction,
    ...ruNouns.flatMap(([stem, kind]) => ruNounEndings[kind].map((e) => inflect(stem, e, kind === 'a'))),
    ...expand(ruAdjectives, ruAdjectiveEndings),
    ...expand(ruVerbs, ruVerbEndings),
  ];
  const kk = [...kkFunction, ...expand(kkStems, kkSuffixes)];
  return { ru: unique(ru), kk: unique(kk), en: unique(enWords) };
}

function unique(words: string[]): string[] {
  return [...new Set(words.filter((w) => w.length > 0))];
}

/** Names the codebook, cases and attributes draw from. */
export const codeTopics = [
  'Жильё', 'Работа', 'Визы и документы', 'Язык', 'Семья', 'Деньги', 'Здоровье', 'Образование', 'Еңбек', 'Отбасы',
  'Тіл', 'Құжаттар', 'Housing', 'Work', 'Paperwork', 'Community', 'Climate', 'Safety', 'Transport', 'Food',
];
export const frameworkNames = ['Migration themes', 'Эмоции', 'Акторлар', 'Places and institutions', 'Strategies', 'Outcomes'];
export const groupNames = ['Программисты', 'Кәсіпкерлер', 'Students'];
export const professions = ['developer', 'designer', 'бухгалтер', 'врач', 'мұғалім', 'инженер', 'student', 'founder', 'тренер'];
export const cities = ['Алматы', 'Астана', 'Шымкент', 'Тбилиси', 'Бишкек', 'Ташкент', 'Ереван', 'Белград', 'Almaty'];
export const firstNames = ['Алексей', 'Мария', 'Айгерім', 'Нұрлан', 'Дмитрий', 'Анна', 'Әлия', 'Ерлан', 'Ivan', 'Kate', 'Сергей', 'Жанар'];
