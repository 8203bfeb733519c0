/**
 * Cross-case tables: what a table of quotes says when it has too many to show in its cells, the
 * name a count cell is read by (its row, its column and its count, not the number alone), and
 * what a framework × framework table leaves uncounted (main/analysis/uncounted-note.ts writes it
 * in the table's language, on screen and in its exports' notes).
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
    quotesLeftOut: 'Ұяшықтарда көрсету үшін дәйексөздер тым көп: әр ұяшықта олардың саны берілген. Дәйексөздерді оқу үшін санды басыңыз; экспортта олардың бәрі сақталады.',
  },
} satisfies FeatureStrings;
