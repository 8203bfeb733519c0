/**
 * Case summaries (a framework matrix): cases × the codes of one framework, the researcher's
 * summary in each cell; opening a cell shows its summary for editing beside the coded segments
 * it rests on, each a link into its document.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Output } from '../../../../shared/contract.js';
import type { CaseStatus } from '../../../../shared/method/selection.js';
import { summaryCells } from '../../../../shared/method/summaries.js';
import { call } from '../../api.js';
import { useApp } from '../../app-context.js';
import { t } from '../../i18n/index.js';
import { ExportControls } from './export-controls.js';
import { moreToTheRight } from '../../more-to-the-right.js';
import { offered } from '../../offered-choice.js';
import { findDefaultFramework } from '../../../../shared/default-codebook.js';

type Grid = Output<'summaries.grid'>;
type Evidence = Output<'summaries.cellEvidence'>;

export function SummariesView() {
  const { data, revision, act, setView } = useApp();
  const frameworks = data.codebook.frameworks;
  // STEEPL, whichever language the project named it in, until another is chosen; one deleted
  // while shown is read as that too, so the select shows the framework the grid is of.
  const [chosenFramework, setFrameworkId] = useState<number | undefined>(undefined);
  const frameworkId = offered(chosenFramework, frameworks.map((f) => f.id), findDefaultFramework(frameworks, 'steepl')?.id ?? frameworks[0]?.id ?? 0);
  const [includeAll, setIncludeAll] = useState(false);
  const [withQuotes, setWithQuotes] = useState(false);
  const [grid, setGrid] = useState<Grid | null>(null);
  const [open, setOpen] = useState<{ r: number; c: number } | null>(null);
  const [draft, setDraft] = useState('');
  // The open cell's segments, read when it is opened: the grid carries their number only.
  const [evidence, setEvidence] = useState<Evidence | null>(null);

  const statuses: CaseStatus[] = includeAll ? ['selected', 'candidate', 'excluded'] : ['selected'];

  useEffect(() => {
    let current = true;
    void call('summaries.grid', { frameworkId, statuses }).then((g) => current && setGrid(g), () => current && setGrid(null));
    return () => {
      current = false;
    };
  }, [frameworkId, includeAll, revision]);

  const cellAt = useMemo(() => (grid ? summaryCells(grid) : null), [grid]);
  // Once the project has groups, every case says its own, a case in none included.
  const grouped = data.groups.length > 0;
  const cell = open && cellAt ? cellAt(open.r, open.c) : undefined;
  const caseId = cell?.caseId;
  const codeId = cell?.codeId;
  useEffect(() => {
    let current = true;
    setEvidence(null);
    if (caseId !== undefined && codeId !== undefined) {
      void call('summaries.cellEvidence', { caseId, codeId }).then((segments) => current && setEvidence(segments), () => undefined);
    }
    return () => {
      current = false;
    };
  }, [caseId, codeId, revision]);
  const openCell = (r: number, c: number) => {
    setOpen({ r, c });
    setDraft(cellAt?.(r, c).text ?? '');
  };
  // What was last sent for a cell: Save's click follows the box's blur, which has saved already,
  // before the grid comes back with the new text (two undo steps for one save, the first a no-op).
  const sent = useRef<{ key: string; text: string } | null>(null);
  // Written and left (another cell clicked, a quote opened, another tab): saved, not lost. The focus
  // leaves the box before the click lands, so the cell is still the one written in.
  const saveIfChanged = () => {
    if (!cell) return;
    const key = `${cell.caseId}:${cell.codeId}`;
    if (draft === (sent.current?.key === key ? sent.current.text : cell.text)) return;
    sent.current = { key, text: draft };
    void act(() => call('summaries.set', { caseId: cell.caseId, codeId: cell.codeId, text: draft }));
  };

  return (
    <div className="summaries-view">
      <div className="filters">
        <label>
          {t('method.codesOf')}{' '}
          <select aria-label={t('method.codesOf')} value={frameworkId} onChange={(e) => (setFrameworkId(Number(e.target.value)), setOpen(null))}>
            {frameworks.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
          </select>
        </label>
        <label><input type="checkbox" checked={includeAll} onChange={(e) => setIncludeAll(e.target.checked)} /> {t('method.includeAll')}</label>
        <span className="spacer" style={{ flex: 1 }} />
        <ExportControls
          exportAs={(format, presentation) => call('summaries.export', { request: { frameworkId, statuses }, quotes: withQuotes, format, ...presentation })}
        >
          <label><input type="checkbox" checked={withQuotes} onChange={(e) => setWithQuotes(e.target.checked)} /> {t('method.withQuotes')}</label>
        </ExportControls>
      </div>
      {grid && grid.codes.length > 0 && <p className="hint">{t('method.summaryCellHint')}</p>}
      {grid && (
        <div className="cross-table-wrap" ref={moreToTheRight}>
          <table className="cross-table sticky-cases" data-testid="summary-grid">
            <thead>
              <tr><th>{t('method.case')}</th>{grid.codes.map((c) => <th key={c.id}>{c.name}</th>)}</tr>
            </thead>
            <tbody>
              {grid.cases.map((kase, r) => (
                <tr key={kase.id}>
                  <th>{kase.name}{grouped && <span className="hint case-group">{kase.groupName ?? t('method.noGroup')}</span>}</th>
                  {grid.codes.map((_, c) => cellAt!(r, c)).map((s, c) => (
                    <td key={s.codeId}>
                      {/* The open cell is marked on its button: aria-selected belongs to grids, and this table is none (Tab goes from cell to cell). */}
                      <button className="link" aria-current={open?.r === r && open.c === c ? 'true' : undefined} onClick={() => openCell(r, c)} aria-label={t('method.summaryTitle', { case: kase.name, code: grid.codes[c]!.name })}>
                        {s.text || <span className="hint">({s.segmentCount})</span>}
                      </button>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cell && grid && open && (
        <div className="evidence" aria-label={t('method.summaryTitle', { case: grid.cases[open.r]!.name, code: grid.codes[open.c]!.name })}>
          <h3>{t('method.summaryTitle', { case: grid.cases[open.r]!.name, code: grid.codes[open.c]!.name })}</h3>
          <textarea
            aria-label={t('method.summary')} value={draft} onChange={(e) => setDraft(e.target.value)} onBlur={saveIfChanged} rows={4} style={{ width: '100%' }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                saveIfChanged();
              }
            }}
          />
          <button onClick={saveIfChanged}>{t('method.save')}</button>
          <h4>{t('method.evidence')}</h4>
          {evidence?.length === 0 && <p className="hint">{t('method.noEvidence')}</p>}
          <ul>
            {evidence?.map((s) => (
              <li key={s.id}>
                <button className="link" onClick={() => setView({ kind: 'document', documentId: s.documentId, focus: { start: s.start, end: s.end } })}>
                  {s.quote}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
