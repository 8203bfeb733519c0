import type { RefiImportReport } from '../../shared/refi-report.js';
import { call, fileAt } from './api.js';
import { downloadBase64 } from './download.js';
import { refiNoteText } from '../../shared/i18n/refi-note-text.js';
import { uncarriedLine } from '../../shared/i18n/refi-uncarried-text.js';
import { currentLanguage, t, words } from './i18n/index.js';
import type { ModalRequest } from './components/modal.js';
import type { Act } from './app-context.js';

/** Exchange with other tools through REFI-QDA: import a project or codebook, export either. */
export function refiExchange(act: Act, ask: (request: ModalRequest) => void): { importFile(file: File): void; exportFile(): void } {
  const importFile = (file: File) =>
    void act(async () => {
      const report = await call('refi.import', await fileAt(file));
      ask({ title: t('exchange.importedTitle', { file: report.fileName }), message: describe(report), notice: true, onSubmit: () => {} });
    });

  const exportFile = () =>
    ask({
      title: t('exchange.exportTitle'),
      message: t('exchange.exportWarning'),
      fields: [{
        kind: 'select', name: 'format', label: t('exchange.format'), value: 'qdpx',
        options: [{ value: 'qdpx', label: t('exchange.qdpx') }, { value: 'qdc', label: t('exchange.qdc') }],
      }],
      okLabel: t('exchange.export'),
      onSubmit: ({ format }) => {
        let said: string | null = null;
        void act(async () => {
          const file = await call('refi.export', { format: format === 'qdc' ? 'qdc' : 'qdpx', language: currentLanguage() });
          said = downloadBase64(file.fileName, file.content);
        }, () => said);
      },
    });

  return { importFile, exportFile };
}

function describe(report: RefiImportReport): string {
  const lines = [t('exchange.created', { ...report.created, origin: report.origin || '?' })];
  if (report.notCarried.length) {
    lines.push('', t('exchange.notCarried'));
    for (const u of report.notCarried) lines.push(`• ${uncarriedLine(words, u)}`);
  }
  if (report.notes.length) lines.push('', ...report.notes.map((n) => `• ${refiNoteText(words, n)}`));
  return lines.join('\n');
}
