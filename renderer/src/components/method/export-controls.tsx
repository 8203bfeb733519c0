/** A format picker and an Export button, as every table of the method views offers. */
import { useState } from 'react';
import { exportFormats, type ExportFormat } from '../../../../shared/tables.js';
import { useApp } from '../../app-context.js';
import { downloadBase64 } from '../../download.js';
import { t } from '../../i18n/index.js';

export function ExportControls({ exportAs }: { exportAs(format: ExportFormat): Promise<{ fileName: string; content: string }> }) {
  const { act } = useApp();
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const run = () =>
    void act(async () => {
      const file = await exportAs(format);
      downloadBase64(file.fileName, file.content);
    });
  return (
    <>
      <select aria-label={t('method.format')} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
        {exportFormats.map((f) => <option key={f} value={f}>{f.toUpperCase()}</option>)}
      </select>
      <button onClick={run}>{t('method.export')}</button>
    </>
  );
}
