/**
 * A table's number, title and note, a format picker and an Export button, as every table of the
 * method views offers; the captions are written in the UI's language.
 */
import { useState, type ReactNode } from 'react';
import type { TablePresentation } from '../../../../shared/method/presentation.js';
import { exportFormats, TableNumber, type ExportFormat } from '../../../../shared/tables.js';
import { CaptionFields } from '../caption-fields.js';
import { useExport } from '../../use-export.js';
import { currentLanguage, t } from '../../i18n/index.js';
import { KeepFocusButton } from '../keep-focus-button.js';

interface Props {
  exportAs(format: ExportFormat, presentation: TablePresentation): Promise<{ fileName: string; content: string }>;
  /** Options of this table's export, shown before the format. */
  children?: ReactNode;
}

export function ExportControls({ exportAs, children }: Props) {
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  // 3, 1.2 or П1, checked as the export checks it.
  const tableNumber = number.trim() ? TableNumber.safeParse(number) : null;
  const { exporting, run: runExport } = useExport();
  const run = () =>
    runExport(() => exportAs(format, {
      ...(tableNumber?.success ? { number: tableNumber.data } : {}),
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      language: currentLanguage(),
    }));
  return (
    <>
      <CaptionFields
        number={number} numberInvalid={tableNumber?.success === false} onNumber={setNumber}
        title={title} defaultTitle={t('journal.titlePlaceholder')} onTitle={setTitle} note={note} onNote={setNote}
      />
      {children}
      <select aria-label={t('method.format')} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
        {exportFormats.map((f) => <option key={f} value={f} data-untranslated="format">{f.toUpperCase()}</option>)}
      </select>
      <KeepFocusButton inactive={exporting} unavailable={tableNumber?.success === false} onPress={run}>{t('method.export')}</KeepFocusButton>
    </>
  );
}
