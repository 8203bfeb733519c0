/**
 * A table's number, title and note, a format picker and an Export button, as every table of the
 * method views offers; the captions are written in the UI's language.
 */
import { useState, type ReactNode } from 'react';
import type { TablePresentation } from '../../../../shared/method/presentation.js';
import { exportFormats, type ExportFormat } from '../../../../shared/tables.js';
import { useApp } from '../../app-context.js';
import { downloadBase64 } from '../../download.js';
import { currentLanguage, t } from '../../i18n/index.js';

interface Props {
  exportAs(format: ExportFormat, presentation: TablePresentation): Promise<{ fileName: string; content: string }>;
  /** Options of this table's export, shown before the format. */
  children?: ReactNode;
}

export function ExportControls({ exportAs, children }: Props) {
  const { act } = useApp();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const run = () =>
    void act(async () => {
      const tableNumber = Number(number);
      const file = await exportAs(format, {
        ...(number !== '' && Number.isInteger(tableNumber) && tableNumber >= 1 ? { number: tableNumber } : {}),
        ...(title.trim() ? { title: title.trim() } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
        language: currentLanguage(),
      });
      downloadBase64(file.fileName, file.content);
    });
  return (
    <>
      <input aria-label={t('journal.number')} placeholder={t('journal.number')} type="number" min={1} style={{ width: '7em' }} value={number} onChange={(e) => setNumber(e.target.value)} />
      <input aria-label={t('journal.title')} placeholder={t('journal.titlePlaceholder')} value={title} onChange={(e) => setTitle(e.target.value)} />
      <input aria-label={t('journal.note')} placeholder={t('journal.note')} value={note} onChange={(e) => setNote(e.target.value)} />
      {children}
      <select aria-label={t('method.format')} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
        {exportFormats.map((f) => <option key={f} value={f} data-untranslated="format">{f.toUpperCase()}</option>)}
      </select>
      <button onClick={run}>{t('method.export')}</button>
    </>
  );
}
