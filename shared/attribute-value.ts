/**
 * An attribute's value as a reader reads it: a day as the language writes it («21.09.2022»),
 * yes/no in its words (да/нет, иә/жоқ), any other value as stored. The screen's lists of values
 * (renderer/src/attribute-values.ts) and the tables' group headings and filter notes, exported
 * too (main/analysis), both word values here: a table's caption once read «С семьёй: true» beside
 * a filter list offering «да».
 */
import type { AttributeType } from './entities.js';
import type { Bundle } from './i18n/bundle.js';
import { bundles, type Language } from './i18n/bundles.js';
import { formatDay, formatLocale } from './locale-format.js';

/** `value` as stored (a day 2022-09-21, yes/no 'true' or 'false'), in `language`'s words. */
export function attributeValueLabel(type: AttributeType, value: string, language: Language): string {
  if (type === 'date') return formatDay(value, formatLocale(language).locale);
  if (type !== 'boolean') return value;
  // The words the Tables view offers the values under (tables.yes, tables.no).
  const words = bundles[language].tables as Bundle;
  return (value === 'true' ? words.yes : words.no) as string;
}
