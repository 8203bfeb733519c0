/**
 * The command line's two reports, `agreement` and `qca`, in the system's language: their
 * sentences and their tables' heads (capitals are put on where they are printed). Figures are
 * written as the language writes them ({{…, number}}, and shared/number-format.ts where printed);
 * names and the formulas stay as they are. Words said elsewhere already are taken from there: the app's
 * views (agreement.reasons, method.solutions, method.fit, the QCA view's heads) and the heads the
 * other commands print (commandLineResults: framework, code, document, start, end).
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    agreement: {
      between: 'Agreement between {{coders}} over {{documents}} ({{codePoints}}).',
      documents_one: '{{count, number}} document',
      documents_other: '{{count, number}} documents',
      codePoints_one: '{{count, number}} code point',
      codePoints_other: '{{count, number}} code points',
      overlap: 'Segments are the same unit when their overlap is at least {{threshold, number}}.',
      skipped: 'Skipped, not coded by every coder: {{documents}}.',
      // A figure's head: the method (by character, by segment), then the figure.
      column: '{{method}} {{figure}}',
      heads: {
        char: 'Char', seg: 'Seg', agree: 'Agree', kappa: 'Kappa', alpha: 'Alpha', units: 'Units', appliedBy: 'Applied by', notBy: 'Not by',
      },
      disagreements: 'Disagreements: {{count, number}}',
      firstOnly: '{{line}} (the first {{count, number}}; --json lists all)',
      method: 'Method:',
      methodNotes: {
        comparedBoth: 'Only documents that both coders coded (with any code) are compared; the others are listed as skipped.',
        comparedAll: 'Only documents that all {{count, number}} coders coded (with any code) are compared; the others are listed as skipped.',
        characters: "Characters: every code point of the compared documents is a unit. Per code, a coder's value is whether "
          + "their segments with that code cover it. Per framework, it is the set of the framework's codes covering it "
          + '("none" if none), so in a non-exclusive framework each combination of codes is a category of its own; read the per-code figures there.',
        segments: 'Segments: per framework, segments of different coders are one unit when their overlap (shared code points / '
          + 'code points in either) is at least {{threshold, number}}, every two segments of a unit match, and a unit holds at most '
          + 'one segment per coder. A coder with no segment in a unit counts as not having applied the code (or "none"), '
          + 'not as missing: they read that text and left it uncoded.',
        figures: 'Percent agreement: share of units on which all coders gave the same value. Kappa: Cohen (1960), two coders only. '
          + "Alpha: Krippendorff's nominal alpha from the coincidence matrix (Krippendorff 2011). Undefined figures (0/0) are given with the reason.",
        codes: 'Codes are compared as applied: coding a sub-code does not count as coding its parent.',
      },
    },
    qca: {
      truthTable: 'Truth table (outcome {{outcome}}; consistency threshold {{consistency, number}}, frequency threshold {{frequency, number}})',
      heads: { out: 'Out', n: 'N' },
      remainders_one: '{{count, number}} logical remainder',
      remainders_other: '{{count, number}} logical remainders',
      noOutcome: 'no row has the outcome',
      moreOmitted: '(more tied solutions were not listed)',
      wroteR: 'Wrote the data for R to {{path}}; in R:',
    },
  },
  ru: {
    agreement: {
      between: 'Согласие между {{coders}}: {{documents}} ({{codePoints}}).',
      documents_one: '{{count, number}} документ',
      documents_few: '{{count, number}} документа',
      documents_many: '{{count, number}} документов',
      documents_other: '{{count, number}} документа',
      codePoints_one: '{{count, number}} символ',
      codePoints_few: '{{count, number}} символа',
      codePoints_many: '{{count, number}} символов',
      codePoints_other: '{{count, number}} символа',
      overlap: 'Сегменты считаются одной единицей, если их перекрытие не меньше {{threshold, number}}.',
      skipped: 'Пропущены, закодированы не всеми кодировщиками: {{documents}}.',
      column: '{{method}} {{figure}}',
      heads: {
        char: 'Симв.', seg: 'Сегм.', agree: 'согласие', kappa: 'каппа', alpha: 'альфа', units: 'единиц',
        // Without a verb, as the app's «с кодом: …»: «присвоили» would guess how many coders there are.
        appliedBy: 'С кодом', notBy: 'Без кода',
      },
      disagreements: 'Расхождения: {{count, number}}',
      firstOnly: '{{line}} (первые {{count, number}}; --json выводит все)',
      method: 'Как считалось:',
      methodNotes: {
        comparedBoth: 'Сравниваются только документы, которые закодировали оба кодировщика (любым кодом); остальные перечислены как пропущенные.',
        comparedAll: 'Сравниваются только документы, которые закодировал каждый из {{count, number}} кодировщиков (любым кодом); остальные перечислены как пропущенные.',
        characters: 'Символы: единица — каждый символ (кодовая точка) сравниваемых документов. Для кода значение кодировщика — покрывают ли символ '
          + 'его сегменты с этим кодом. Для схемы — набор её кодов, покрывающих символ («нет», если таких нет), поэтому в схеме без '
          + 'взаимоисключения каждое сочетание кодов — отдельная категория; там смотрите показатели по кодам.',
        segments: 'Сегменты: в пределах схемы сегменты разных кодировщиков образуют одну единицу, если у каждой пары сегментов единицы '
          + 'перекрытие (общие символы / символы любого из двух) не меньше {{threshold, number}}, а в единице не больше одного сегмента от '
          + 'кодировщика. Кодировщик без сегмента в единице считается не присвоившим код (или «нет»), а не пропущенным: он прочёл этот текст '
          + 'и оставил его без кода.',
        figures: 'Процент согласия: доля единиц, на которых все кодировщики дали одно значение. Каппа: Коэн (1960), только для двух кодировщиков. '
          + 'Альфа: номинальная альфа Криппендорфа по матрице совпадений (Krippendorff 2011). Неопределённые показатели (0/0) приводятся с причиной.',
        codes: 'Коды сравниваются так, как присвоены: кодирование подкода не считается кодированием родительского кода.',
      },
    },
    qca: {
      truthTable: 'Таблица истинности (исход {{outcome}}; порог согласованности {{consistency, number}}, порог частоты {{frequency, number}})',
      heads: { out: 'Исход', n: 'N' },
      remainders_one: '{{count, number}} логический остаток',
      remainders_few: '{{count, number}} логических остатка',
      remainders_many: '{{count, number}} логических остатков',
      remainders_other: '{{count, number}} логического остатка',
      noOutcome: 'ни в одной строке нет исхода',
      moreOmitted: '(другие равноценные решения не показаны)',
      wroteR: 'Данные для R записаны в {{path}}; в R:',
    },
  },
  kk: {
    agreement: {
      between: '{{coders}} арасындағы келісім: {{documents}} ({{codePoints}}).',
      documents_one: '{{count, number}} құжат',
      documents_other: '{{count, number}} құжат',
      codePoints_one: '{{count, number}} таңба',
      codePoints_other: '{{count, number}} таңба',
      overlap: 'Үзінділердің қабаттасуы кемінде {{threshold, number}} болса, олар бір бірлік саналады.',
      skipped: 'Өткізілді, оларды барлық кодтаушы кодтамаған: {{documents}}.',
      column: '{{method}} {{figure}}',
      heads: {
        char: 'Таңба', seg: 'Үзінді', agree: 'келісім', kappa: 'каппа', alpha: 'альфа', units: 'бірлік', appliedBy: 'Кодтаған', notBy: 'Кодтамаған',
      },
      disagreements: 'Алшақтықтар: {{count, number}}',
      firstOnly: '{{line}} (алғашқы {{count, number}}; --json бәрін шығарады)',
      method: 'Қалай есептелді:',
      methodNotes: {
        comparedBoth: 'Екі кодтаушы да (кез келген кодпен) кодтаған құжаттар ғана салыстырылады; қалғандары өткізілгендер ретінде көрсетіледі.',
        comparedAll: '{{count, number}} кодтаушының әрқайсысы (кез келген кодпен) кодтаған құжаттар ғана салыстырылады; қалғандары өткізілгендер ретінде көрсетіледі.',
        characters: 'Таңбалар: салыстырылатын құжаттардың әр таңбасы (код нүктесі) — бір бірлік. Код бойынша кодтаушының мәні — оның осы кодпен '
          + 'белгілеген үзінділері таңбаны қамти ма, жоқ па. Схема бойынша — таңбаны қамтитын схема кодтарының жиыны (ешқайсысы болмаса, «жоқ»), '
          + 'сондықтан өзара жоққа шығармайтын схемада кодтардың әр тіркесімі — жеке санат; онда кодтар бойынша көрсеткіштерді қараңыз.',
        segments: 'Үзінділер: схема ішінде әртүрлі кодтаушылардың үзінділері бір бірлік құрайды, егер бірліктің әр жұп үзіндісінің қабаттасуы '
          + '(ортақ таңбалар / екеуінің кез келгеніндегі таңбалар) кемінде {{threshold, number}} болса және бірлікте әр кодтаушыдан бір үзіндіден '
          + 'артық болмаса. Бірлікте үзіндісі жоқ кодтаушы кодты қолданбаған (немесе «жоқ») деп саналады, жетіспейтін деп емес: ол бұл мәтінді '
          + 'оқып, кодсыз қалдырған.',
        figures: 'Келісім пайызы: барлық кодтаушылар бірдей мән берген бірліктердің үлесі. Каппа: Коэн (1960), тек екі кодтаушы үшін. '
          + 'Альфа: сәйкестік матрицасы бойынша Криппендорфтың номиналды альфасы (Krippendorff 2011). Анықталмаған көрсеткіштер (0/0) себебімен беріледі.',
        codes: 'Кодтар қолданылған күйінде салыстырылады: ішкі кодпен кодтау оның ата-кодымен кодтау саналмайды.',
      },
    },
    qca: {
      truthTable: 'Ақиқат кестесі (нәтиже {{outcome}}; сәйкестік шегі {{consistency, number}}, жиілік шегі {{frequency, number}})',
      heads: { out: 'Нәтиже', n: 'N' },
      remainders_one: '{{count, number}} логикалық қалдық',
      remainders_other: '{{count, number}} логикалық қалдық',
      noOutcome: 'бірде-бір жолда нәтиже жоқ',
      moreOmitted: '(басқа тең шешімдер көрсетілмеді)',
      wroteR: 'R үшін деректер {{path}} файлына жазылды; R-де:',
    },
  },
} satisfies FeatureStrings;
