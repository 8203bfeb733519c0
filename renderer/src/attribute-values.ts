/**
 * The values cases have of an attribute, as the lists that offer them order and word them: the
 * Tables view's attribute filter and the search's attribute scope. Values stay as stored (a day
 * 2026-03-05, yes/no true or false), which is what the services compare them with.
 */
import { attributeValueLabel } from '../../shared/attribute-value.js';
import type { Attribute, CaseItem } from '../../shared/entities.js';
import { nameCompare } from '../../shared/name-order.js';
import { currentLanguage, type Language } from './i18n/index.js';

/** Each case's value, as stored; an empty value is no value, as the builder has it. */
export function presentValues(attribute: Attribute, cases: readonly CaseItem[]): string[] {
  return cases.map((c) => c.attributes[String(attribute.id)]).filter((v) => v !== undefined && v !== '').map(String);
}

/**
 * The distinct values in order: a choice's in the order the researcher gave them; others in
 * order, as the cases first had them they read «2, 1, 3, 4» (a day as stored sorts so).
 */
export function orderedValues(attribute: Attribute, values: readonly string[], language: Language): string[] {
  const distinct = new Set(values);
  if (attribute.choices.length) return attribute.choices.filter((choice) => distinct.has(choice));
  return [...distinct].sort(attribute.type === 'number' ? (x, y) => Number(x) - Number(y) : nameCompare(language));
}

/** A value as the UI says it, in its language: a day as it writes it («05.03.2026»), yes/no in its words; as tables say it. */
export function valueLabel(attribute: Pick<Attribute, 'type'>, value: string): string {
  return attributeValueLabel(attribute.type, value, currentLanguage());
}
