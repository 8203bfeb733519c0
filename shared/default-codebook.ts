/**
 * The two frameworks every new project starts with, Valence and STEEPL, in the language the
 * project is created in (English, Russian or Kazakh: docs/glossary.md has the terms and why).
 * Once created their names are the project's data: renamed by the user, never re-translated.
 *
 * Because a team may hold projects created in different languages, the names of all three
 * are also how the default frameworks and their codes are recognised across projects (merge,
 * REFI-QDA import, spreadsheet headers, the tables' default axes): defaultFrameworkKey and
 * defaultCodeKey.
 */
import { nameKey } from './names.js';

export const codebookLanguages = ['en', 'ru', 'kk'] as const;
export type CodebookLanguage = (typeof codebookLanguages)[number];

type Words = Record<CodebookLanguage, string>;

/** The codebook's language for a locale ("ru-RU", "kk_KZ.UTF-8", "C"): its primary subtag when we have it, else English. */
export function codebookLanguageOfLocale(locale: string): CodebookLanguage {
  return languageOfLocale(locale) ?? 'en';
}

/** A locale's primary subtag when it is one of our languages; null for any other («C», «de_DE»). */
function languageOfLocale(locale: string): CodebookLanguage | null {
  const primary = locale.toLowerCase().split(/[-_.@]/)[0] ?? '';
  return (codebookLanguages as readonly string[]).includes(primary) ? (primary as CodebookLanguage) : null;
}

/**
 * The system's language, where no UI says which: the command line, and a project file a front
 * door is started with that does not exist yet. As the app on its first start follows the
 * system's language, so do these: the locale POSIX tools read for messages (LC_ALL, else
 * LC_MESSAGES, else LANG, from the environment given), English when it is none of ours.
 */
export function systemCodebookLanguage(env: Readonly<Record<string, string | undefined>>): CodebookLanguage {
  return systemLanguageNamed(env) ?? 'en';
}

/** The system's language where its locale names one of ours; null where it names none (C, POSIX, unset). */
export function systemLanguageNamed(env: Readonly<Record<string, string | undefined>>): CodebookLanguage | null {
  return languageOfLocale([env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '') ?? '');
}

export type DefaultFrameworkKey = 'valence' | 'steepl';

interface DefaultFramework {
  key: DefaultFrameworkKey;
  exclusive: boolean;
  name: Words;
  codes: { key: string; color: string; name: Words; description: Words }[];
}

const DEFAULT_CODEBOOK: readonly DefaultFramework[] = [
  {
    key: 'valence',
    exclusive: true,
    name: { en: 'Valence', ru: 'Валентность', kk: 'Валенттілік' },
    codes: [
      {
        key: 'positive', color: '#2e9d5b',
        name: { en: 'Positive', ru: 'Позитивное', kk: 'Оң' },
        description: {
          en: 'A fact the case experiences as favourable.',
          ru: 'Факт, который в кейсе воспринимается как благоприятный.',
          kk: 'Кейсте қолайлы деп қабылданатын факт.',
        },
      },
      {
        key: 'negative', color: '#d1453b',
        name: { en: 'Negative', ru: 'Негативное', kk: 'Теріс' },
        description: {
          en: 'A fact the case experiences as unfavourable.',
          ru: 'Факт, который в кейсе воспринимается как неблагоприятный.',
          kk: 'Кейсте қолайсыз деп қабылданатын факт.',
        },
      },
      {
        key: 'forecast', color: '#3b73d1',
        name: { en: 'Forecast', ru: 'Прогноз', kk: 'Болжам' },
        description: {
          en: "The case's perspective: plans and expectations.",
          ru: 'Перспектива кейса: планы и ожидания.',
          kk: 'Кейстің келешегі: жоспарлар мен күтулер.',
        },
      },
    ],
  },
  {
    key: 'steepl',
    exclusive: false,
    // The acronym is the method's name in Russian and Kazakh texts too ("STEEPL-анализ").
    name: { en: 'STEEPL', ru: 'STEEPL', kk: 'STEEPL' },
    codes: [
      {
        key: 'sociocultural', color: '#c2732b',
        name: { en: 'Sociocultural', ru: 'Социокультурные', kk: 'Әлеуметтік-мәдени' },
        description: {
          en: 'Society, culture, language, attitudes.',
          ru: 'Общество, культура, язык, установки.',
          kk: 'Қоғам, мәдениет, тіл, көзқарастар.',
        },
      },
      {
        key: 'technological', color: '#6b5bd1',
        name: { en: 'Technological', ru: 'Технологические', kk: 'Технологиялық' },
        description: {
          en: 'Infrastructure, internet, technology.',
          ru: 'Инфраструктура, интернет, технологии.',
          kk: 'Инфрақұрылым, интернет, технологиялар.',
        },
      },
      {
        key: 'economic', color: '#b59a1b',
        name: { en: 'Economic', ru: 'Экономические', kk: 'Экономикалық' },
        description: {
          en: 'Wages, prices, housing, business.',
          ru: 'Заработная плата, цены, жильё, бизнес.',
          kk: 'Жалақы, бағалар, тұрғын үй, бизнес.',
        },
      },
      {
        key: 'environmental', color: '#3a9a8f',
        name: { en: 'Environmental', ru: 'Экологические', kk: 'Экологиялық' },
        description: {
          en: 'Nature, climate, ecology.',
          ru: 'Природа, климат, экология.',
          kk: 'Табиғат, климат, экология.',
        },
      },
      {
        key: 'political', color: '#a33d7a',
        name: { en: 'Political', ru: 'Политические', kk: 'Саяси' },
        description: {
          en: 'State, policy, public attitudes to migrants.',
          ru: 'Государство, политика, отношение общества к мигрантам.',
          kk: 'Мемлекет, саясат, қоғамның мигранттарға көзқарасы.',
        },
      },
      {
        key: 'legal', color: '#5b6b7a',
        name: { en: 'Legal', ru: 'Правовые', kk: 'Құқықтық' },
        description: {
          en: 'Documents, residence, regulation.',
          ru: 'Документы, регистрация, нормативное регулирование.',
          kk: 'Құжаттар, тіркеу, нормативтік реттеу.',
        },
      },
    ],
  },
];

/** One framework to create: names as they are written into the project. */
export interface FrameworkSeed {
  name: string;
  exclusive: boolean;
  codes: { name: string; color: string; description: string }[];
}

/** The default codebook with its names and descriptions in one language. */
export function defaultFrameworks(language: CodebookLanguage): FrameworkSeed[] {
  return DEFAULT_CODEBOOK.map((framework) => ({
    name: framework.name[language],
    exclusive: framework.exclusive,
    codes: framework.codes.map((code) => ({ name: code.name[language], color: code.color, description: code.description[language] })),
  }));
}

/** A default code's framework and code names in one language, as a new project in it has them. */
export function defaultCodeNames(framework: DefaultFrameworkKey, code: string, language: CodebookLanguage): { framework: string; code: string } | null {
  const found = DEFAULT_CODEBOOK.find((f) => f.key === framework)!;
  const named = found.codes.find((c) => c.key === code);
  return named ? { framework: found.name[language], code: named.name[language] } : null;
}

/**
 * A default framework's name, or a default code's name and description, in `language`, found by
 * the names it has in any of them; null for a framework or code that is none of the defaults.
 */
export function defaultWordsIn(
  language: CodebookLanguage, frameworkName: string, codeName?: string,
): { name: string; description?: string } | null {
  const framework = DEFAULT_CODEBOOK.find((f) => isNamed(f.name, frameworkName));
  if (!framework) return null;
  if (codeName === undefined) return { name: framework.name[language] };
  const code = framework.codes.find((c) => isNamed(c.name, codeName));
  return code ? { name: code.name[language], description: code.description[language] } : null;
}

const isNamed = (words: Words, name: string) => codebookLanguages.some((language) => nameKey(words[language]) === nameKey(name));

/** Which default framework a framework's name is, in any of the languages (compared as names are); null when none. */
export function defaultFrameworkKey(name: string): DefaultFrameworkKey | null {
  return DEFAULT_CODEBOOK.find((framework) => isNamed(framework.name, name))?.key ?? null;
}

/** Which code of that default framework a code's name is, in any of the languages; null when none. */
export function defaultCodeKey(framework: DefaultFrameworkKey, name: string): string | null {
  return DEFAULT_CODEBOOK.find((f) => f.key === framework)!.codes.find((code) => isNamed(code.name, name))?.key ?? null;
}

/** The first of the frameworks that is that default framework, whichever language it was created in. */
export function findDefaultFramework<T extends { name: string }>(frameworks: readonly T[], key: DefaultFrameworkKey): T | undefined {
  return frameworks.find((framework) => defaultFrameworkKey(framework.name) === key);
}

/** Colours offered for new codes, in order. */
export const codePalette = ['#e07a5f', '#3d85c6', '#81b29a', '#f2cc8f', '#9b5de5', '#00a6a6', '#f15bb5', '#8d6e63'];
