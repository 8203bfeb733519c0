/**
 * A numeric or date attribute in the Tables view: grouped, and filtered, by the ranges the
 * Method view's comparison uses (shared/method/value-ranges.ts) rather than value by value.
 *
 * The ranges are made over every case of the project with a value, whatever its status or the
 * table's other filters: the filter's list (made in the renderer from the same cases) and the
 * grouping's headings then name the same ranges, and a range does not move when a filter or
 * «include all cases» changes the table's cases.
 */
import { readValue } from '../../shared/method/value-ranges.js';
import type { AttributeRange, TableFilters } from '../../shared/tables.js';
import { attributeValues } from '../db/repos/attributes.js';
import type { CaseFilters } from '../db/repos/cases.js';
import type { ReadStore } from '../db/store.js';

/** The attribute's stored values by case, an empty value being none (as the comparison has it). */
export function storedValues(store: ReadStore, attributeId: number): Map<number, string> {
  return new Map(attributeValues(store, attributeId).filter(({ value }) => value !== '').map(({ caseId, value }) => [caseId, value]));
}

/** Does a stored value fall in the range (read as the range's kind)? */
function inRange(range: AttributeRange, value: string): boolean {
  const read = readValue(range.kind, value);
  return read !== undefined && read >= range.low && read <= range.high;
}

/** The filters with each range given as the distinct stored values in it, which the SQL of main/db keeps. */
export function resolveRanges(store: ReadStore, filters: TableFilters): CaseFilters {
  const { attributes, ...rest } = filters;
  if (!attributes) return rest;
  return {
    ...rest,
    attributes: attributes.map((filter) => {
      if (!('range' in filter)) return filter;
      const values = new Set(storedValues(store, filter.attributeId).values());
      return { attributeId: filter.attributeId, values: [...values].filter((value) => inRange(filter.range, value)) };
    }),
  };
}
