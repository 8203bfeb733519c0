import { useState } from 'react';
import { attributeTypes, type Attribute, type AttributeValue } from '../../../shared/entities.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { NO_ROWS, useCall } from '../use-call.js';
import { t } from '../i18n/index.js';
import { valueLabel } from '../attribute-values.js';
import { caseLabel } from '../case-label.js';
import { casesInListOrder } from '../case-order.js';
import { focusCaseInList, neighbourCase } from '../focus-case-list.js';
import { DateField } from './date-field.js';
import { DocumentActions } from './document-actions.js';
import { ImportDocumentsDialog } from './import-documents-dialog.js';
import { MemoPanel } from './memo-panel.js';

/** One case: its name, group, typed attributes and documents. */
export function CaseSheet({ caseId }: { caseId: number }) {
  const { data, act, ask, setView } = useApp();
  const item = data.cases.find((c) => c.id === caseId);
  const documents = useCall('documents.list', { caseId }) ?? NO_ROWS;
  const [importing, setImporting] = useState<File[] | null>(null);

  if (!item) return <p className="hint">{t('cases.gone')}</p>;

  const rename = () =>
    ask({
      title: t('cases.renameTitle'),
      fields: [{ kind: 'text', name: 'name', label: t('cases.name'), value: item.name }],
      onSubmit: ({ name }) => void act(() => call('cases.rename', { id: caseId, name: String(name) })),
    });

  const remove = () =>
    ask({
      title: t('cases.deleteTitle', { name: caseLabel(item, data.groups) }),
      message: t('cases.deleteMessage', { documents: item.documentCount, segments: item.segmentCount }),
      okLabel: t('common.delete'),
      danger: true,
      onSubmit: () => {
        const next = neighbourCase(casesInListOrder(data.cases, data.groups), caseId);
        void act(async () => {
          await call('cases.delete', { id: caseId });
          setView({ kind: 'none' });
          focusCaseInList(next);
        });
      },
    });

  const newGroup = () =>
    ask({
      title: t('groups.addTitle'),
      fields: [{ kind: 'text', name: 'name', label: t('groups.name') }],
      onSubmit: ({ name }) =>
        void act(async () => {
          const group = await call('groups.create', { name: String(name) });
          await call('cases.setGroup', { id: caseId, groupId: group.id });
        }),
    });

  const newAttribute = () =>
    ask({
      title: t('attributes.addTitle'),
      fields: [
        { kind: 'text', name: 'name', label: t('attributes.name') },
        { kind: 'select', name: 'type', label: t('attributes.type'), value: 'text', options: attributeTypes.map((type) => ({ value: type, label: t(`attributes.types.${type}`) })) },
        { kind: 'text', name: 'choices', label: t('attributes.choices') },
      ],
      onSubmit: ({ name, type, choices }) =>
        void act(() =>
          call('attributes.create', {
            name: String(name),
            type: type as Attribute['type'],
            choices: String(choices).split(',').map((c) => c.trim()).filter(Boolean),
          }),
        ),
    });

  const paste = () =>
    ask({
      title: t('documents.pasteTitle'),
      fields: [
        { kind: 'text', name: 'name', label: t('documents.name'), value: `${item.name} — ${t('documents.defaultName')}` },
        { kind: 'text', name: 'text', label: t('documents.text'), multiline: true },
      ],
      onSubmit: ({ name, text }) => void act(() => call('documents.paste', { caseId, name: String(name), text: String(text) })),
    });

  return (
    <div className="case-sheet">
      <div className="sheet-head">
        <h2>{item.name}</h2>
        <button onClick={rename}>{t('cases.rename')}</button>
        <button className="danger" onClick={remove}>{t('cases.delete')}</button>
      </div>
      <table className="sheet">
        <tbody>
          <tr>
            <th>{t('cases.group')}</th>
            <td>
              <select
                aria-label={t('cases.group')}
                value={item.groupId ?? ''}
                onChange={(e) => void act(() => call('cases.setGroup', { id: caseId, groupId: e.target.value ? Number(e.target.value) : null }))}
              >
                <option value="">{t('cases.noGroup')}</option>
                {data.groups.map((g) => (
                  <option key={g.id} value={g.id}>{g.name}</option>
                ))}
              </select>
              <button onClick={newGroup}>{t('groups.add')}</button>
            </td>
          </tr>
          {data.attributes.map((attribute) => (
            <tr key={attribute.id}>
              <th>{attribute.name}</th>
              <td>
                <AttributeEditor
                  attribute={attribute}
                  value={item.attributes[String(attribute.id)]}
                  onChange={(value) => void act(() => call('attributes.setValue', { caseId, attributeId: attribute.id, value }))}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button onClick={newAttribute}>{t('attributes.add')}</button>

      <h3>{t('documents.title')}</h3>
      <div className="menu">
        <button onClick={() => setImporting([])}>{t('import-documents.open')}</button>
        <button onClick={paste}>{t('documents.paste')}</button>
      </div>
      <ul className="documents">
        {documents.map((d) => (
          <li key={d.id}>
            {/* A long name is cut to one line, whole in its title, its counts under it, and the buttons stay on the row. */}
            <div className="document-label">
              <button className="link" data-user-data="document-name" title={d.name} onClick={() => setView({ kind: 'document', documentId: d.id })}>{d.name}</button>
              <span className="count" title={t('documents.stats', { length: d.length, segments: d.segmentCount })}>
                {t('documents.stats', { length: d.length, segments: d.segmentCount })}
              </span>
            </div>
            <DocumentActions document={d} />
          </li>
        ))}
      </ul>
      <MemoPanel target={{ kind: 'case', id: caseId }} />
      {importing && (
        <ImportDocumentsDialog
          files={importing} onAddFiles={(more) => setImporting((current) => [...(current ?? []), ...more])}
          caseId={caseId} onClose={() => setImporting(null)}
        />
      )}
    </div>
  );
}

/** An input that fits the attribute's type; a change is saved when the field is left. */
function AttributeEditor({ attribute, value, onChange }: { attribute: Attribute; value: AttributeValue | undefined; onChange(value: AttributeValue | null): void }) {
  const label = attribute.name;
  switch (attribute.type) {
    case 'boolean':
      // Not a checkbox: «no» and never set looked alike, which the tables keep apart (review-team-1208 #2).
      return (
        <select aria-label={label} value={value === true ? 'true' : value === false ? 'false' : ''} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value === 'true')}>
          <option value="">—</option>
          {['true', 'false'].map((v) => <option key={v} value={v}>{valueLabel(attribute, v)}</option>)}
        </select>
      );
    case 'choice':
      return (
        <select aria-label={label} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">—</option>
          {attribute.choices.map((c) => (
            <option key={c} value={c}>{c}</option>
          ))}
        </select>
      );
    case 'date':
      return <DateField label={label} value={typeof value === 'string' ? value : null} onChange={onChange} />;
    default: {
      const type = attribute.type === 'number' ? 'number' : 'text';
      return (
        <input
          key={String(value ?? '')}
          aria-label={label}
          type={type}
          defaultValue={value === undefined ? '' : String(value)}
          onBlur={(e) => {
            const next = e.target.value;
            if (next === String(value ?? '')) return;
            onChange(next === '' ? null : attribute.type === 'number' ? Number(next) : next);
          }}
        />
      );
    }
  }
}
