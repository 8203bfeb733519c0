import { useEffect, useMemo, useState } from 'react';
import { DEFAULT_OVERLAP_THRESHOLD, type AgreementReport, type MethodResult } from '../../../shared/agreement/schema.js';
import { OffsetMap } from '../../../shared/offsets.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { formatNumber, t } from '../i18n/index.js';
import { fixedDigits } from '../../../shared/number-format.js';
import { failureText } from '../failure-text.js';
import { jobLabel } from '../job-labels.js';
import { sourceLabel } from '../source-label.js';
import { caseLabelByName } from '../case-label.js';
import { useCoders } from './coder-filter.js';
import { offered } from '../offered-choice.js';
import { ExportControls } from './method/export-controls.js';

/** The disagreements listed side by side; the heading counts them all. */
const SHOWN_DISAGREEMENTS = 200;
/**
 * The overlaps offered for matching segments (shared ÷ joint length), the services' default among
 * them: a coder's short segment inside another's long one is one unit only at a low one.
 */
const OVERLAPS = [0.1, 0.25, DEFAULT_OVERLAP_THRESHOLD, 0.75, 1] as const;

/**
 * Inter-coder agreement: pick coders (and a framework), read percent agreement, kappa and
 * alpha per code, and go through the disagreements side by side, each in its text.
 */
export function AgreementView() {
  const { data, revision, setView } = useApp();
  // People only: the case table's pre-coding is part of the material, no one's reading of it.
  const coders = useCoders(true);
  const [keptCoders, setChosen] = useState<string[]>([]);
  // A coder whose last segment is gone (undone, or a merge undone) has no box: left out of the
  // report as of the boxes, not compared unseen; ticked again should they come back before the
  // boxes are changed. The same list while the names are the same, so the report is not asked again.
  const chosenNames = JSON.stringify(keptCoders.filter((name) => coders.includes(name)));
  const chosen = useMemo(() => JSON.parse(chosenNames) as string[], [chosenNames]);
  const [keptFramework, setFrameworkId] = useState<number | undefined>();
  // A framework gone (its creation undone, a merge undone) is «all frameworks» in the select and the report alike.
  const frameworkId = offered(keptFramework, [undefined, ...data.codebook.frameworks.map((f) => f.id)], undefined);
  const [overlap, setOverlap] = useState<number>(DEFAULT_OVERLAP_THRESHOLD);
  const [report, setReport] = useState<AgreementReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [texts, setTexts] = useState<Map<number, { text: string; offsets: OffsetMap }>>(new Map());

  // The first two coders while fewer than two of those ticked are here: a restore took one away
  // and a merge brought another, who started unticked under «Tick two or more coders».
  useEffect(() => setChosen((current) => (current.filter((name) => coders.includes(name)).length >= 2 ? current : coders.slice(0, 2))), [coders]);
  // What the report and its export compare: the figures exported are those shown.
  const request = useMemo(
    () => ({ coders: chosen, overlapThreshold: overlap, ...(frameworkId !== undefined ? { frameworkId } : {}) }),
    [chosen, frameworkId, overlap],
  );

  useEffect(() => {
    setReport(null);
    setProblem(null);
    if (chosen.length < 2) return;
    // The report is built by a job: an earlier request (another framework) may answer after this
    // one. Its job is stopped once the report is not wanted (seconds on a large project).
    let current = true;
    const left = new AbortController();
    call('agreement.report', { ...request, maxDisagreements: SHOWN_DISAGREEMENTS }, { signal: left.signal })
      .then((value) => current && setReport(value))
      .catch((error: unknown) => current && setProblem(failureText(error)));
    return () => {
      current = false;
      left.abort();
    };
  }, [request, revision]);

  // The texts of the documents of the disagreements shown, to show each stretch in its context.
  useEffect(() => {
    let current = true;
    const ids = [...new Set(report?.disagreements.map((d) => d.documentId) ?? [])];
    void Promise.all(ids.map((id) => call('documents.get', { id })))
      .then((docs) => current && setTexts(new Map(docs.map((d) => [d.document.id, { text: d.text, offsets: new OffsetMap(d.text) }]))));
    return () => {
      current = false;
    };
  }, [report]);

  const toggle = (name: string) => setChosen(chosen.includes(name) ? chosen.filter((x) => x !== name) : [...chosen, name]);
  const shown = report?.disagreements ?? [];
  const documentsById = new Map(report?.documents.map((d) => [d.id, d]) ?? []);

  return (
    <div className="agreement-view">
      <div className="filters">
        <span className="hint">{t('agreement.coders')}</span>
        {coders.map((name) => (
          <label key={name}>
            <input type="checkbox" checked={chosen.includes(name)} onChange={() => toggle(name)} /> {name}
          </label>
        ))}
        <select aria-label={t('agreement.framework')} value={frameworkId ?? ''} onChange={(e) => setFrameworkId(e.target.value ? Number(e.target.value) : undefined)}>
          <option value="">{t('tables.allCodes')}</option>
          {data.codebook.frameworks.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
        </select>
        <label>
          {t('agreement.overlap')}{' '}
          <select value={overlap} onChange={(e) => setOverlap(Number(e.target.value))}>
            {OVERLAPS.map((o) => <option key={o} value={o}>{formatNumber(o)}</option>)}
          </select>
        </label>
        {/* Not only while a report is shown: the report is asked again after an export (the app's
            revision moves), and the controls would lose the number and note typed for the next format. */}
        {chosen.length >= 2 && (
          <>
            <span className="spacer" style={{ flex: 1 }} />
            <ExportControls exportAs={(format, presentation) => call('agreement.export', { request, format, ...presentation })} />
          </>
        )}
      </div>
      {chosen.length < 2 && <p className="hint">{t('agreement.pickTwo')}</p>}
      {problem && <p className="hint">{problem}</p>}
      {/* Seconds on a large project: said, not a blank view. */}
      {chosen.length >= 2 && !report && !problem && <p className="hint" role="status">{jobLabel('agreement.report')}</p>}
      {report && (
        <>
          {report.skippedDocuments.length === 0 ? (
            <p className="hint">{t('agreement.documents', { count: report.documents.length })}</p>
          ) : (
            // Which were left out, and who coded them, opened from the count (a large project
            // leaves out hundreds): the count alone left the user to guess.
            <details className="hint skipped-documents">
              <summary>
                {t('agreement.documents', { count: report.documents.length })} {t('agreement.skipped', { count: report.skippedDocuments.length })}
              </summary>
              <ul>
                {report.skippedDocuments.map((d) => (
                  <li key={d.id}>
                    <span data-user-data="document">{sourceLabel(d.caseName, d.name, caseLabelByName(d.caseName, d.groupName, data.groups))}</span>: {t('agreement.codedOnlyBy', { coders: d.codedBy.join(', ') })}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <table className="cross-table agreement-table" data-testid="agreement-table">
            <thead>
              <tr>
                <th rowSpan={2}>{t('agreement.code')}</th>
                <th colSpan={3}>{t('agreement.byCharacter')}</th>
                <th colSpan={3}>{t('agreement.bySegment', { threshold: formatNumber(report.overlapThreshold) })}</th>
              </tr>
              <tr>
                {[0, 1].flatMap((i) => [
                  <th key={`p${i}`}>{t('agreement.percent')}</th>,
                  <th key={`k${i}`}>κ</th>,
                  <th key={`a${i}`}>α</th>,
                ])}
              </tr>
            </thead>
            <tbody>
              {report.frameworks.map((f) => (
                <tr key={`f${f.frameworkId}`} className="subtotal-row">
                  <th>{f.name}</th>
                  <Stats result={f.character} />
                  <Stats result={f.segment} />
                </tr>
              ))}
              {report.codes.map((c) => (
                <tr key={c.codeId}>
                  <th>{c.path}</th>
                  <Stats result={c.character} />
                  <Stats result={c.segment} />
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">{t('agreement.rowsRead')}</p>
          <p className="hint">{t('agreement.segmentsRead', { threshold: formatNumber(report.overlapThreshold) })}</p>
          <h3>{t('agreement.disagreements', { count: report.disagreementCount })}</h3>
          <ul className="disagreements">
            {shown.map((d, i) => {
              const doc = texts.get(d.documentId);
              const source = documentsById.get(d.documentId);
              return (
                <li key={i}>
                  <div className="side">
                    <strong>{d.path}</strong>
                    {source && <span className="source" data-user-data="document">{sourceLabel(source.caseName, source.name, caseLabelByName(source.caseName, source.groupName, data.groups))}</span>}
                    <span className="applied">{t('agreement.applied', { coders: d.appliedBy.join(', ') })}</span>
                    <span className="not-applied">{t('agreement.notApplied', { coders: d.notAppliedBy.join(', ') })}</span>
                  </div>
                  <button className="link context" onClick={() => setView({ kind: 'document', documentId: d.documentId, focus: { start: d.start, end: d.end } })}>
                    {doc ? <Context {...doc} start={d.start} end={d.end} /> : '…'}
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}

function Stats({ result }: { result: MethodResult }) {
  const cell = (stat: MethodResult['alpha'], percent = false) =>
    stat.value === null ? <td title={t(`agreement.reasons.${stat.code}`)}>{t('agreement.notAvailable')}</td>
      : <td>{percent ? formatNumber(stat.value, fixedDigits(1, 'percent')) : formatNumber(stat.value, fixedDigits(3))}</td>;
  return (
    <>
      {cell(result.percentAgreement, true)}
      {cell(result.kappa)}
      {cell(result.alpha)}
    </>
  );
}

/** The disputed stretch, marked, with a little text either side. */
function Context({ text, offsets, start, end }: { text: string; offsets: OffsetMap; start: number; end: number }) {
  const from = offsets.toUtf16(start);
  const to = offsets.toUtf16(end);
  const before = text.slice(Math.max(0, from - 60), from);
  const after = text.slice(to, to + 60);
  return (
    <>
      {from > 60 && '…'}{before}<mark>{text.slice(from, to)}</mark>{after}{to + 60 < text.length && '…'}
    </>
  );
}
