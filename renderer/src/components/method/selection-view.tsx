/**
 * The case selection log: the funnel, every case with its status, reason, criteria and who
 * decided, earlier decisions on request, a form for a new decision, and the methods-section
 * table exported in any format.
 */
import { useState } from 'react';
import type { Output } from '../../../../shared/contract.js';
import { caseStatuses, type CaseStatus } from '../../../../shared/method/selection.js';
import { call } from '../../api.js';
import { useApp } from '../../app-context.js';
import { formatDate, t } from '../../i18n/index.js';
import { ExportControls } from './export-controls.js';
import { useCall } from '../../use-call.js';
import { moreToTheRight } from '../../more-to-the-right.js';

type Report = Output<'selection.report'>;

export function SelectionView() {
  const { act, ask } = useApp();
  const [open, setOpen] = useState<number | null>(null);

  const report = useCall('selection.report', {});

  if (!report) return <p className="hint">{t('common.loading')}</p>;
  const { funnel } = report;
  const addCriterion = () =>
    ask({
      title: t('method.newCriterion'),
      fields: [{ kind: 'text', name: 'name', label: t('method.criterionName') }],
      onSubmit: (values) => void act(() => call('selection.addCriterion', { name: String(values.name) })),
    });

  return (
    <div className="selection-view">
      <div className="filters">
        <strong data-testid="selection-funnel">{t('method.funnel', { ...funnel })}</strong>
        <span className="spacer" style={{ flex: 1 }} />
        <button onClick={addCriterion}>{t('method.newCriterion')}</button>
        <ExportControls exportAs={(format, presentation) => call('selection.export', { format, ...presentation })} />
      </div>
      <div className="cross-table-wrap" ref={moreToTheRight}>
        <table className="cross-table sticky-cases" data-testid="selection-table">
          <thead>
            <tr>
              <th>{t('method.case')}</th><th>{t('method.group')}</th><th>{t('method.statusLabel')}</th><th>{t('method.reason')}</th>
              <th>{t('method.criteria')}</th><th>{t('method.decidedBy')}</th><th>{t('method.when')}</th>
            </tr>
          </thead>
          <tbody>
            {report.cases.map((entry) => (
              <SelectionRow key={entry.caseId} entry={entry} criteria={report.criteria} open={open === entry.caseId} onToggle={() => setOpen(open === entry.caseId ? null : entry.caseId)} />
            ))}
          </tbody>
        </table>
      </div>
      {report.reasons.some((r) => r.reason) && (
        <div className="evidence">
          <h3>{t('method.reasons')}</h3>
          <ul>
            {report.reasons.map((r) => (
              <li key={`${r.status}:${r.reason}`}>{t(`method.status.${r.status}`)}: {r.reason || t('method.noReason')} ({r.cases})</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function SelectionRow({ entry, criteria, open, onToggle }: {
  entry: Report['cases'][number]; criteria: Report['criteria']; open: boolean; onToggle(): void;
}) {
  const { act } = useApp();
  const [status, setStatus] = useState<CaseStatus>(entry.status);
  const [reason, setReason] = useState(entry.decision?.reason ?? '');
  const [met, setMet] = useState<string[]>(entry.decision?.criteria ?? []);
  const decide = () => void act(() => call('selection.decide', { caseId: entry.caseId, status, reason, criteria: met }));
  const d = entry.decision;
  return (
    <>
      <tr className={`data-row status-${entry.status}`}>
        <th><button className="link" aria-expanded={open} onClick={onToggle}>{entry.caseName}</button></th>
        <td>{entry.groupName ?? <span className="hint">{t('method.noGroup')}</span>}</td>
        <td>{t(`method.status.${entry.status}`)}{d ? '' : <span className="hint"> ({t('method.byDefault')})</span>}</td>
        <td>{d?.reason ?? ''}</td>
        <td>{d?.criteria.join(', ') ?? ''}</td>
        <td>{d?.decidedBy ?? ''}</td>
        <td>{d ? formatDate(d.decidedAt) : ''}</td>
      </tr>
      {open && (
        <tr>
          <td colSpan={7}>
            <form className="filters" aria-label={t('method.decideTitle', { case: entry.caseName })} onSubmit={(e) => (e.preventDefault(), decide())}>
              <select aria-label={t('method.statusLabel')} value={status} onChange={(e) => setStatus(e.target.value as CaseStatus)}>
                {caseStatuses.map((s) => <option key={s} value={s}>{t(`method.status.${s}`)}</option>)}
              </select>
              <input aria-label={t('method.reason')} placeholder={t('method.reason')} value={reason} onChange={(e) => setReason(e.target.value)} size={40} />
              {criteria.map((c) => (
                <label key={c.id}>
                  <input
                    type="checkbox" checked={met.includes(c.name)}
                    onChange={(e) => setMet(e.target.checked ? [...met, c.name] : met.filter((m) => m !== c.name))}
                  />{' '}{c.name}
                </label>
              ))}
              <button type="submit">{t('method.decide')}</button>
            </form>
            {entry.history.length > 1 && (
              <div className="hint">
                {t('method.history')}:{' '}
                {entry.history.slice(0, -1).map((h) => `${t(`method.status.${h.status}`)} (${formatDate(h.decidedAt)}${h.decidedBy ? `, ${h.decidedBy}` : ''}${h.reason ? `: ${h.reason}` : ''})`).join('; ')}
              </div>
            )}
          </td>
        </tr>
      )}
    </>
  );
}
