/**
 * A table's number, title and note for its export's caption, each with a label on screen: they
 * had placeholders only, gone once typed in, and no label for the eye (review-a11y-1207 #18).
 * The title's placeholder is the title the export prints when none is typed.
 */
import { t } from '../i18n/index.js';
import { TableNumberField } from './table-number-field.js';

interface Props {
  number: string;
  numberInvalid: boolean;
  onNumber(value: string): void;
  title: string;
  defaultTitle: string;
  onTitle(value: string): void;
  note: string;
  onNote(value: string): void;
}

export function CaptionFields({ number, numberInvalid, onNumber, title, defaultTitle, onTitle, note, onNote }: Props) {
  return (
    <>
      <label>
        {t('journal.labels.number')} <TableNumberField value={number} invalid={numberInvalid} onChange={onNumber} />
      </label>
      <label>
        {t('journal.labels.title')}{' '}
        {/* As wide as the default title it shows («Совместная встречаемость кодов»), or the title typed, up to 60 letters. */}
        <input
          aria-label={t('journal.title')}
          placeholder={defaultTitle}
          style={{ width: `${Math.min(60, Math.max([...defaultTitle].length, [...title].length) + 3)}ch`, maxWidth: '100%' }}
          value={title}
          onChange={(e) => onTitle(e.target.value)}
        />
      </label>
      <label>
        {t('journal.labels.note')} <input aria-label={t('journal.note')} style={{ width: '18ch', maxWidth: '100%' }} value={note} onChange={(e) => onNote(e.target.value)} />
      </label>
    </>
  );
}
