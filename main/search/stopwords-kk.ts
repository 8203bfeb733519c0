/**
 * Kazakh stop words (Cyrillic script): the closed word classes of Kazakh grammar, i.e. personal
 * and demonstrative pronouns and their common case forms, conjunctions, postpositions, question
 * and emphatic particles, and the auxiliary verb forms that carry no topic. Curated by hand for
 * CaseCoder (2026) because no maintained Kazakh list is among the installed packages (NLTK's
 * stopwords corpus has one; stopwords-iso is not installed). Deliberately short: a word that is
 * also a content word in Russian texts (e.g. "ана" — mother) is left out. Projects add and
 * remove words through the stop-word options; edit here to change the default for everyone.
 */
export const kazakhStopWords: readonly string[] = [
  // pronouns
  'мен', 'сен', 'сіз', 'ол', 'біз', 'сендер', 'сіздер', 'олар',
  'менің', 'сенің', 'сіздің', 'оның', 'біздің', 'олардың',
  'маған', 'саған', 'сізге', 'оған', 'бізге', 'оларға',
  'мені', 'сені', 'сізді', 'оны', 'бізді', 'оларды',
  'менде', 'сенде', 'онда', 'бізде', 'оларда',
  'өз', 'өзі', 'өзім', 'өзің', 'өзіміз', 'өздері',
  'бұл', 'осы', 'сол', 'мына', 'анау', 'мынау', 'бұлар', 'осылар', 'солар',
  'мұны', 'мұның', 'осының', 'соның', 'мұнда', 'осында', 'сонда',
  'кім', 'не', 'қай', 'қандай', 'қашан', 'қайда', 'қалай', 'неге', 'неше', 'қанша',
  'ешкім', 'ештеңе', 'бәрі', 'барлық', 'әр', 'әрбір', 'кейбір', 'бірнеше', 'бір',
  // conjunctions
  'және', 'пен', 'бен', 'әрі', 'немесе', 'я', 'яки', 'бірақ', 'алайда', 'өйткені',
  'себебі', 'сондықтан', 'егер', 'әйтпесе', 'ал', 'ендеше', 'демек', 'сосын', 'содан', 'сонымен',
  // postpositions
  'үшін', 'туралы', 'жөнінде', 'арқылы', 'бойынша', 'сияқты', 'секілді', 'дейін', 'шейін',
  'кейін', 'соң', 'бері', 'гөрі', 'қарай', 'бірге', 'арасында', 'ішінде',
  // particles
  'ма', 'ме', 'ба', 'бе', 'па', 'пе', 'да', 'де', 'та', 'те', 'ғой', 'қой', 'ғана', 'қана',
  'тек', 'әлі', 'енді', 'тағы', 'тіпті', 'шығар', 'міне', 'әне', 'иә', 'жоқ', 'емес', 'бар',
  'өте', 'ең', 'тым',
  // auxiliary verb forms
  'еді', 'екен', 'болды', 'болып', 'болған', 'болады', 'болса', 'деп', 'деді', 'дейді',
  'жатыр', 'етіп', 'етеді', 'еткен',
];
