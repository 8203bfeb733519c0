/**
 * A sheet's column as a case attribute, for the attribute sheet and the case table alike: its
 * values checked against its type before anything is written (one bad cell refuses the file),
 * and the attribute it fills, found by the column's header or made.
 */
import type { Attribute, AttributeType, AttributeValue } from '../../shared/entities.js';
import type { SheetImportReport } from '../../shared/sheets.js';
import { AppError } from '../errors.js';
import * as attributes from '../db/repos/attributes.js';
import { cellValue, isEmptyCell } from '../import/attribute-sheet.js';
import type { ServiceContext } from './context.js';

export interface AttributeColumn {
  header: string;
  type: AttributeType;
  /** The project's attribute of the column's name, whose type the column takes. */
  existing?: Attribute | undefined;
}

/**
 * A column's values by row (undefined for empty cells); a cell that is not of the type refuses
 * the file, naming its row as the sheet numbers it (`sheetRow`).
 */
export function columnValues(
  column: AttributeColumn, cells: readonly (string | null | undefined)[], fileName: string, sheetRow: (index: number) => number,
): (AttributeValue | undefined)[] {
  return cells.map((cell, r) => {
    if (cell === null || isEmptyCell(cell)) return undefined;
    const value = cellValue(cell!, column.type);
    if (value === undefined) {
      throw new AppError('sheetValueInvalid', `${fileName}, row ${sheetRow(r)}, column ${column.header}: ${cell} is not a ${column.type}`, {
        file: fileName, row: sheetRow(r), column: column.header, value: cell!, type: column.type,
      });
    }
    return value;
  });
}

/** The column's attribute: the existing one (a choice gains the new choices), else a new one. */
export function ensureAttribute(ctx: ServiceContext, column: AttributeColumn, values: (AttributeValue | undefined)[], report: SheetImportReport): Attribute {
  const { store } = ctx;
  const choices = [...new Set(values.filter((v): v is string => typeof v === 'string'))];
  if (column.existing) {
    if (column.existing.type === 'choice') {
      const added = choices.filter((c) => !column.existing!.choices.includes(c));
      if (added.length) {
        const all = [...column.existing.choices, ...added];
        attributes.setAttributeChoices(store, column.existing.id, all);
        return { ...column.existing, choices: all };
      }
    }
    return column.existing;
  }
  report.attributesCreated++;
  return attributes.insertAttribute(store, column.header, column.type, column.type === 'choice' ? choices : []);
}
