/** Rename, move to another case, delete (after a confirmation): each one undoable step. */
import type { DocumentItem } from '../../../shared/entities.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { t } from '../i18n/index.js';
import { caseLabel } from '../case-label.js';
import { casesInListOrder } from '../case-order.js';
import { focusCaseInList } from '../focus-case-list.js';

export function DocumentActions({ document, onDeleted }: { document: DocumentItem; onDeleted?(): void }) {
  const { data, act, ask } = useApp();
  const rename = () =>
    ask({
      title: t('import-documents.renameTitle'),
      fields: [{ kind: 'text', name: 'name', label: t('import-documents.name'), value: document.name }],
      onSubmit: ({ name }) => void act(() => call('documents.rename', { id: document.id, name: String(name) })),
    });
  const move = () =>
    ask({
      title: t('import-documents.moveTitle', { name: document.name }),
      fields: [{
        kind: 'select', name: 'caseId', label: t('import-documents.moveTo'), value: String(document.caseId),
        options: casesInListOrder(data.cases, data.groups).map((c) => ({ value: String(c.id), label: caseLabel(c, data.groups) })),
      }],
      onSubmit: ({ caseId }) => void act(() => call('documents.move', { id: document.id, caseId: Number(caseId) })),
    });
  const remove = () =>
    ask({
      title: t('import-documents.deleteTitle', { name: document.name }),
      message: t('import-documents.deleteMessage', { segments: document.segmentCount }),
      okLabel: t('common.delete'),
      danger: true,
      onSubmit: () =>
        void act(async () => {
          await call('documents.delete', { id: document.id });
          onDeleted?.();
          focusCaseInList(document.caseId);
        }),
    });
  return (
    <span className="document-actions">
      <button type="button" onClick={rename}>{t('import-documents.rename')}</button>
      <button type="button" onClick={move}>{t('import-documents.move')}</button>
      <button type="button" className="danger" onClick={remove}>{t('import-documents.delete')}</button>
    </span>
  );
}
