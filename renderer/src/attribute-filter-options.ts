/**
 * The Tables view's «any attribute value» list: each attribute's values, or, for a numeric or
 * date attribute with many values, its ranges (shared/method/value-ranges.ts) as the tables
 * group it in. The ranges are made over every case of the project with a value, as the builder
 * makes them (main/analysis/attribute-ranges.ts), so «Возраст: 26–31» here is that heading there.
 */
import type { Attribute, CaseItem } from '../../shared/entities.js';
import { rangeLabel, rangesFor } from '../../shared/method/value-ranges.js';
import type { AttributeRange, TableFilters } from '../../shared/tables.js';
import type { Language } from './i18n/index.js';
import { orderedValues, presentValues, valueLabel } from './attribute-values.js';

/** One value, or one range, of one attribute: what the view keeps as the chosen filter. */
export type AttributeFilter = { attributeId: number; value: string } | { attributeId: number; range: AttributeRange };

export interface AttributeFilterOption {
  /** The option's value in the select; equal filters have equal keys. */
  key: string;
  label: string;
  filter: AttributeFilter;
}

export const filterKey = (filter: AttributeFilter): string =>
  'range' in filter
    ? JSON.stringify({ attributeId: filter.attributeId, range: { kind: filter.range.kind, low: filter.range.low, high: filter.range.high } })
    : JSON.stringify({ attributeId: filter.attributeId, value: filter.value });

/** The filter as the tables request takes it. */
export function requestFilter(filter: AttributeFilter): NonNullable<TableFilters['attributes']>[number] {
  return 'range' in filter ? { attributeId: filter.attributeId, range: filter.range } : { attributeId: filter.attributeId, values: [filter.value] };
}

/** The options in the UI's `language` (the view's, passed so the list is made again on a switch). */
export function attributeFilterOptions(attributes: readonly Attribute[], cases: readonly CaseItem[], language: Language): AttributeFilterOption[] {
  const option = (attribute: Attribute, label: string, filter: AttributeFilter) => ({ key: filterKey(filter), label: `${attribute.name}: ${label}`, filter });
  return attributes.flatMap((a) => {
    const present = presentValues(a, cases);
    const ranging = a.choices.length ? null : rangesFor(a.type, present);
    if (ranging) {
      return ranging.ranges.map((range) =>
        option(a, rangeLabel(ranging.kind, range, language), { attributeId: a.id, range: { kind: ranging.kind, ...range } }),
      );
    }
    // Every choice, had by a case or not: a table's filter may pick one no case has yet.
    const values = a.choices.length ? a.choices : orderedValues(a, present, language);
    return values.map((value) => option(a, valueLabel(a, value), { attributeId: a.id, value }));
  });
}
