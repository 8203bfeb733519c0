/**
 * Cross-case tables: what a table of quotes says when it has too many to show in its cells, the
 * name a count cell is read by (its row, its column and its count, not the number alone), and
 * what a framework × framework table leaves uncounted (main/analysis/uncounted-note.ts writes it
 * in the table's language, on screen and in its exports' notes), and which codes the researcher
 * left out of it (TableRequest.leaveOut), named in the same places.
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    quotesLeftOut: 'Too many quotes to show in the cells: each cell gives their number. Click a number to read its quotes; an export carries them all.',
    countIn: '{{row}}, {{column}}: {{count, number}}',
    uncounted: 'Not counted (no code of {{framework}}): {{list}}.',
    uncountedCode_one: '{{count, number}} segment coded {{code}}',
    uncountedCode_other: '{{count, number}} segments coded {{code}}',
    uncountedOthers_one: 'and {{count, number}} other code: {{segments}}',
    uncountedOthers_other: 'and {{count, number}} other codes: {{segments}}',
    uncountedSegments_one: '{{count, number}} segment',
    uncountedSegments_other: '{{count, number}} segments',
    leftOut: 'Codes left out of the table by choice: {{list}}.',
    leftOutOf: '{{codes}} ({{framework}})',
    leftOutCode: '{{code}}',
    leftOutOthers_one: 'and {{count, number}} other code',
    leftOutOthers_other: 'and {{count, number}} other codes',
    errors: {
      leftOutNotInRows: '{{code}} is not a code of the table\'s rows, so it cannot be left out of them.',
      leftOutNotInColumns: '{{code}} is not a code of the table\'s columns, so it cannot be left out of them.',
      leftOutEveryCode: 'Every code of {{framework}} is left out of the table: keep one at least.',
    },
  },
  ru: {
    countIn: '{{row}}, {{column}}: {{count, number}}',
    uncounted: 'Не учтены (нет кода схемы «{{framework}}»): {{list}}.',
    uncountedCode_one: '{{count, number}} сегмент с кодом «{{code}}»',
    uncountedCode_few: '{{count, number}} сегмента с кодом «{{code}}»',
    uncountedCode_many: '{{count, number}} сегментов с кодом «{{code}}»',
    uncountedCode_other: '{{count, number}} сегмента с кодом «{{code}}»',
    uncountedOthers_one: 'и ещё {{count, number}} код: {{segments}}',
    uncountedOthers_few: 'и ещё {{count, number}} кода: {{segments}}',
    uncountedOthers_many: 'и ещё {{count, number}} кодов: {{segments}}',
    uncountedOthers_other: 'и ещё {{count, number}} кода: {{segments}}',
    uncountedSegments_one: '{{count, number}} сегмент',
    uncountedSegments_few: '{{count, number}} сегмента',
    uncountedSegments_many: '{{count, number}} сегментов',
    uncountedSegments_other: '{{count, number}} сегмента',
    leftOut: 'Коды, исключённые из таблицы по выбору исследователя: {{list}}.',
    leftOutOf: '{{codes}} (схема «{{framework}}»)',
    leftOutCode: '«{{code}}»',
    leftOutOthers_one: 'и ещё {{count, number}} код',
    leftOutOthers_few: 'и ещё {{count, number}} кода',
    leftOutOthers_many: 'и ещё {{count, number}} кодов',
    leftOutOthers_other: 'и ещё {{count, number}} кода',
    errors: {
      leftOutNotInRows: '«{{code}}» — не код строк таблицы, поэтому его нельзя исключить из них.',
      leftOutNotInColumns: '«{{code}}» — не код столбцов таблицы, поэтому его нельзя исключить из них.',
      leftOutEveryCode: 'Из таблицы исключены все коды схемы «{{framework}}»: оставьте хотя бы один.',
    },
    quotesLeftOut: 'Цитат слишком много, чтобы показать их в ячейках: в каждой ячейке указано их число. Нажмите на число, чтобы прочитать цитаты; при экспорте они сохраняются все.',
  },
  kk: {
    countIn: '{{row}}, {{column}}: {{count, number}}',
    uncounted: 'Есептелмеген («{{framework}}» схемасының коды жоқ): {{list}}.',
    // After a numeral the Kazakh noun stays singular (docs/glossary.md): both forms read alike.
    uncountedCode_one: '«{{code}}» коды бар {{count, number}} үзінді',
    uncountedCode_other: '«{{code}}» коды бар {{count, number}} үзінді',
    uncountedOthers_one: 'және тағы {{count, number}} код: {{segments}}',
    uncountedOthers_other: 'және тағы {{count, number}} код: {{segments}}',
    uncountedSegments_one: '{{count, number}} үзінді',
    uncountedSegments_other: '{{count, number}} үзінді',
    leftOut: 'Зерттеушінің таңдауымен кестеге енгізілмеген кодтар: {{list}}.',
    leftOutOf: '{{codes}} («{{framework}}» схемасы)',
    leftOutCode: '«{{code}}»',
    leftOutOthers_one: 'және тағы {{count, number}} код',
    leftOutOthers_other: 'және тағы {{count, number}} код',
    errors: {
      leftOutNotInRows: '«{{code}}» кесте жолдарының коды емес, сондықтан оны олардан алып тастауға болмайды.',
      leftOutNotInColumns: '«{{code}}» кесте бағандарының коды емес, сондықтан оны олардан алып тастауға болмайды.',
      leftOutEveryCode: '«{{framework}}» схемасының барлық коды кестеден алынып тасталды: кемінде біреуін қалдырыңыз.',
    },
    quotesLeftOut: 'Ұяшықтарда көрсету үшін дәйексөздер тым көп: әр ұяшықта олардың саны берілген. Дәйексөздерді оқу үшін санды басыңыз; экспортта олардың бәрі сақталады.',
  },
} satisfies FeatureStrings;
