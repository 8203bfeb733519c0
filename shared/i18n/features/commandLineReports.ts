/**
 * The command line's two reports, `agreement` and `qca`, in the system's language: their
 * sentences and their tables' heads (capitals are put on where they are printed). Figures are
 * written as the language writes them ({{…, number}}, and shared/number-format.ts where printed);
 * names and the formulas stay as they are. Words said elsewhere already are taken from there: the app's
 * views (agreement.reasons, method.solutions, method.fit, the QCA view's heads) and the heads the
 * other commands print (commandLineResults: framework, code, document, start, end).
 */
import type { FeatureStrings } from '../feature-strings.js';

export default {
  en: {
    agreement: {
      between: 'Agreement between {{coders}} over {{documents}} ({{codePoints}}).',
      documents_one: '{{count}} document',
      documents_other: '{{count}} documents',
      codePoints_one: '{{count}} code point',
      codePoints_other: '{{count}} code points',
      overlap: 'Segments are the same unit when their overlap is at least {{threshold, number}}.',
      skipped: 'Skipped, not coded by every coder: {{documents}}.',
      // A figure's head: the method (by character, by segment), then the figure.
      column: '{{method}} {{figure}}',
      heads: {
        char: 'Char', seg: 'Seg', agree: 'Agree', kappa: 'Kappa', alpha: 'Alpha', units: 'Units', appliedBy: 'Applied by', notBy: 'Not by',
      },
      disagreements: 'Disagreements: {{count}}',
      firstOnly: '{{line}} (the first {{count}}; --json lists all)',
      method: 'Method:',
    },
    qca: {
      truthTable: 'Truth table (outcome {{outcome}}; consistency threshold {{consistency, number}}, frequency threshold {{frequency, number}})',
      heads: { out: 'Out', n: 'N' },
      remainders_one: '{{count}} logical remainder',
      remainders_other: '{{count}} logical remainders',
      noOutcome: 'no row has the outcome',
      moreOmitted: '(more tied solutions were not listed)',
      wroteR: 'Wrote the data for R to {{path}}; in R:',
    },
  },
  ru: {
    agreement: {
      between: 'Согласие между {{coders}}: {{documents}} ({{codePoints}}).',
      documents_one: '{{count}} документ',
      documents_few: '{{count}} документа',
      documents_many: '{{count}} документов',
      documents_other: '{{count}} документа',
      codePoints_one: '{{count}} символ',
      codePoints_few: '{{count}} символа',
      codePoints_many: '{{count}} символов',
      codePoints_other: '{{count}} символа',
      overlap: 'Сегменты считаются одной единицей, если их перекрытие не меньше {{threshold, number}}.',
      skipped: 'Пропущены, закодированы не всеми кодировщиками: {{documents}}.',
      column: '{{method}} {{figure}}',
      heads: {
        char: 'Симв.', seg: 'Сегм.', agree: 'согласие', kappa: 'каппа', alpha: 'альфа', units: 'единиц',
        // Without a verb, as the app's «с кодом: …»: «присвоили» would guess how many coders there are.
        appliedBy: 'С кодом', notBy: 'Без кода',
      },
      disagreements: 'Расхождения: {{count}}',
      firstOnly: '{{line}} (первые {{count}}; --json выводит все)',
      method: 'Как считалось:',
    },
    qca: {
      truthTable: 'Таблица истинности (исход {{outcome}}; порог согласованности {{consistency, number}}, порог частоты {{frequency, number}})',
      heads: { out: 'Исход', n: 'N' },
      remainders_one: '{{count}} логический остаток',
      remainders_few: '{{count}} логических остатка',
      remainders_many: '{{count}} логических остатков',
      remainders_other: '{{count}} логического остатка',
      noOutcome: 'ни в одной строке нет исхода',
      moreOmitted: '(другие равноценные решения не показаны)',
      wroteR: 'Данные для R записаны в {{path}}; в R:',
    },
  },
  kk: {
    agreement: {
      between: '{{coders}} арасындағы келісім: {{documents}} ({{codePoints}}).',
      documents_one: '{{count}} құжат',
      documents_other: '{{count}} құжат',
      codePoints_one: '{{count}} таңба',
      codePoints_other: '{{count}} таңба',
      overlap: 'Үзінділердің қабаттасуы кемінде {{threshold, number}} болса, олар бір бірлік саналады.',
      skipped: 'Өткізілді, оларды барлық кодтаушы кодтамаған: {{documents}}.',
      column: '{{method}} {{figure}}',
      heads: {
        char: 'Таңба', seg: 'Үзінді', agree: 'келісім', kappa: 'каппа', alpha: 'альфа', units: 'бірлік', appliedBy: 'Кодтаған', notBy: 'Кодтамаған',
      },
      disagreements: 'Алшақтықтар: {{count}}',
      firstOnly: '{{line}} (алғашқы {{count}}; --json бәрін шығарады)',
      method: 'Қалай есептелді:',
    },
    qca: {
      truthTable: 'Ақиқат кестесі (нәтиже {{outcome}}; сәйкестік шегі {{consistency, number}}, жиілік шегі {{frequency, number}})',
      heads: { out: 'Нәтиже', n: 'N' },
      remainders_one: '{{count}} логикалық қалдық',
      remainders_other: '{{count}} логикалық қалдық',
      noOutcome: 'бірде-бір жолда нәтиже жоқ',
      moreOmitted: '(басқа тең шешімдер көрсетілмеді)',
      wroteR: 'R үшін деректер {{path}} файлына жазылды; R-де:',
    },
  },
} satisfies FeatureStrings;
