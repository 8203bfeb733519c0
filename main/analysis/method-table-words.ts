/**
 * The captions of the case-study method's tables (group comparison, selection log, case
 * summaries) in the export's language, as table-words.ts has them for the cross-case tables: a
 * Russian export of a comparison was headed "Comparison by group", "Difference (points)" and an
 * English note. Names from the project (cases, groups, codes, criteria, reasons) are data.
 */
import { MIN_PART_CASES, type ComparisonTableWords } from '../../shared/method/comparison.js';
import type { SelectionTableWords } from '../../shared/method/selection-table.js';
import type { ExportLanguage } from '../../shared/tables.js';
import { tableWords } from './table-words.js';
import { rangeLabel } from '../../shared/method/value-ranges.js';
import { attributeValueLabel } from '../../shared/attribute-value.js';
import { rangingText } from '../../shared/i18n/ranging-text.js';
import { translator } from '../../shared/i18n/translator.js';

export interface MethodTableWords {
  comparison: ComparisonTableWords;
  selection: SelectionTableWords;
  summaries: {
    title: (framework: string) => string;
    withQuotes: string;
    summariesOnly: string;
  };
}

/** Their own words; "Code", "Case" and "No group" are the cross-case tables' (table-words.ts). */
interface OwnWords {
  comparison: Omit<ComparisonTableWords, 'code' | 'noGroup' | 'range' | 'ranged' | 'value'>;
  selection: Omit<SelectionTableWords, 'case'>;
  summaries: MethodTableWords['summaries'];
}

const WORDS: Record<ExportLanguage, OwnWords> = {
  en: {
    comparison: {
      title: (by) => (by === null ? 'Comparison by group' : `Comparison by ${by}`),
      cases: (part, n) => `${part} (n = ${n}): cases`,
      difference: 'Difference (points)',
      highest: 'Highest',
      note: 'Cases: the number of cases with at least one segment so coded; %: of the cases in that column; '
        + `difference: highest minus lowest percentage, over the columns of at least ${MIN_PART_CASES} cases (blank when fewer than two have that many); `
        + 'highest: the part with the highest percentage. Codes with the widest difference first.',
      noValue: 'No value',
    },
    selection: {
      title: 'Case selection',
      cases: 'Cases',
      status: { candidate: 'Candidates', selected: 'Selected', excluded: 'Excluded' },
      noReason: 'No reason given',
      pool: (n) => `Pool: ${n}`,
      note: ({ pool, selected, excluded, candidate }) =>
        `${pool} cases considered, ${selected} selected, ${excluded} excluded, ${candidate} still candidates. `
        + 'A 1 under a criterion means the case met it at the latest decision.',
    },
    summaries: {
      title: (framework) => `Case summaries × ${framework}`,
      withQuotes: 'Each cell: the summary, then the coded segments behind it.',
      summariesOnly: "Each cell: the researcher's summary.",
    },
  },
  ru: {
    comparison: {
      title: (by) => (by === null ? 'Сравнение групп' : `Сравнение по атрибуту «${by}»`),
      cases: (part, n) => `${part} (n = ${n}): кейсы`,
      difference: 'Разница (п. п.)',
      highest: 'Выше всего',
      note: 'Кейсы: число кейсов, где этим кодом закодирован хотя бы один сегмент; %: доля кейсов столбца; '
        + `разница: наибольшая доля минус наименьшая, в процентных пунктах, по столбцам не меньше чем из ${MIN_PART_CASES} кейсов (пусто, если таких столбцов меньше двух); `
        + 'выше всего: часть с наибольшей долей. Первыми идут коды с наибольшей разницей.',
      noValue: 'Без значения',
    },
    selection: {
      title: 'Отбор кейсов',
      cases: 'Кейсы',
      status: { candidate: 'Кандидаты', selected: 'Отобранные', excluded: 'Исключённые' },
      noReason: 'Причина не указана',
      pool: (n) => `Всего рассмотрено: ${n}`,
      note: ({ pool, selected, excluded, candidate }) =>
        `Рассмотрено кейсов: ${pool}; отобрано: ${selected}, исключено: ${excluded}, остаются кандидатами: ${candidate}. `
        + '1 под критерием означает, что кейс отвечал ему при последнем решении.',
    },
    summaries: {
      title: (framework) => `Резюме кейсов × ${framework}`,
      withQuotes: 'В каждой ячейке: резюме, затем закодированные сегменты, на которых оно основано.',
      summariesOnly: 'В каждой ячейке: резюме исследователя.',
    },
  },
  kk: {
    comparison: {
      title: (by) => (by === null ? 'Топтарды салыстыру' : `«${by}» атрибуты бойынша салыстыру`),
      cases: (part, n) => `${part} (n = ${n}): кейстер`,
      difference: 'Айырмашылық (пайыздық тармақ)',
      highest: 'Ең жоғары',
      note: 'Кейстер: осы кодпен кемінде бір үзіндісі кодталған кейстер саны; %: бағандағы кейстердің үлесі; '
        + `айырмашылық: кемінде ${MIN_PART_CASES} кейсі бар бағандар бойынша ең үлкен үлестен ең кіші үлестің айырмасы, пайыздық тармақпен (мұндай баған екіден аз болса, бос); `
        + 'ең жоғары: үлесі ең үлкен бөлік. Айырмашылығы ең үлкен кодтар бірінші тұр.',
      noValue: 'Мәні жоқ',
    },
    selection: {
      title: 'Кейстерді іріктеу',
      cases: 'Кейстер',
      status: { candidate: 'Үміткерлер', selected: 'Іріктелгендер', excluded: 'Алынып тасталғандар' },
      noReason: 'Себебі көрсетілмеген',
      pool: (n) => `Барлығы қаралды: ${n}`,
      note: ({ pool, selected, excluded, candidate }) =>
        `Қаралған кейстер: ${pool}; іріктелгені: ${selected}, алынып тасталғаны: ${excluded}, үміткер болып қалғаны: ${candidate}. `
        + 'Өлшем астындағы 1 кейстің соңғы шешімде сол өлшемге сай болғанын білдіреді.',
    },
    summaries: {
      title: (framework) => `Кейс түйіндемелері × ${framework}`,
      withQuotes: 'Әр ұяшықта: түйіндеме, одан кейін оның негізіндегі кодталған үзінділер.',
      summariesOnly: 'Әр ұяшықта: зерттеушінің түйіндемесі.',
    },
  },
};

export function methodTableWords(language: ExportLanguage = 'en'): MethodTableWords {
  const own = WORDS[language];
  const table = tableWords(language);
  return {
    ...own,
    comparison: { ...own.comparison, code: table.code, noGroup: table.noGroup,
      range: (kind, range) => rangeLabel(kind, range, language),
      value: (type, value) => attributeValueLabel(type, value, language),
      // The view's own sentence (shared/i18n), so a paper's table note says what the screen said.
      ranged: (by, ranging) => rangingText(translator(language), by, ranging),
    },
    selection: { ...own.selection, case: table.case },
  };
}
