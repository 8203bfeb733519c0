/**
 * Cross-case tables: what a table of quotes says when it has too many to show in its cells, and
 * the name a count cell is read by (its row, its column and its count, not the number alone).
 */
import type { FeatureStrings } from '../feature-strings.js';

export default {
  en: {
    quotesLeftOut: 'Too many quotes to show in the cells: each cell gives their number. Click a number to read its quotes; an export carries them all.',
    countIn: '{{row}}, {{column}}: {{count, number}}',
  },
  ru: {
    countIn: '{{row}}, {{column}}: {{count, number}}',
    quotesLeftOut: 'Цитат слишком много, чтобы показать их в ячейках: в каждой ячейке указано их число. Нажмите на число, чтобы прочитать цитаты; при экспорте они сохраняются все.',
  },
  kk: {
    countIn: '{{row}}, {{column}}: {{count, number}}',
    quotesLeftOut: 'Ұяшықтарда көрсету үшін дәйексөздер тым көп: әр ұяшықта олардың саны берілген. Дәйексөздерді оқу үшін санды басыңыз; экспортта олардың бәрі сақталады.',
  },
} satisfies FeatureStrings;
