/**
 * The table number a caption prints («1.2», «П1»: shared/tables.ts TableNumber), as the Tables
 * view and the method views' exports take it (labelled on screen by caption-fields.tsx); marked
 * invalid while it is not a table number.
 */
import { TABLE_NUMBER_LENGTH } from '../../../shared/tables.js';
import { t } from '../i18n/index.js';

export function TableNumberField({ value, invalid, onChange }: { value: string; invalid: boolean; onChange(value: string): void }) {
  return (
    <input
      aria-label={t('journal.number')}
      title={t('journal.numberHint')}
      aria-invalid={invalid}
      maxLength={TABLE_NUMBER_LENGTH + 4}
      style={{ width: '7ch' }}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
