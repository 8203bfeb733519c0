/**
 * Cross-case comparison: cases split by group or an attribute's values; per code the share of
 * cases with it in each part, widest difference first, drawn as bars; a count opens its segments.
 */
import { useEffect, useState } from 'react';
import { MIN_PART_CASES, type ComparisonPart, type ComparisonRequest, type EvidenceSegment } from '../../../../shared/method/comparison.js';
import { rangeLabel } from '../../../../shared/method/value-ranges.js';
import { valueLabel } from '../../attribute-values.js';
import { rangingText } from '../../../../shared/i18n/ranging-text.js';
import { call } from '../../api.js';
import { useApp } from '../../app-context.js';
import { caseLabel } from '../../case-label.js';
import { currentLanguage, formatNumber, t, words } from '../../i18n/index.js';
import { ExportControls } from './export-controls.js';
import { useCall } from '../../use-call.js';
import { jobLabel } from '../../job-labels.js';
import { moreToTheRight } from '../../more-to-the-right.js';
import { offered } from '../../offered-choice.js';

const PART_COLORS = ['#3d85c6', '#e07a5f', '#81b29a', '#9b5de5', '#f2cc8f', '#00a6a6', '#f15bb5', '#8d6e63'];
const BAR_WIDTH = 120;

/** A range ("33–37") kept on one line in the narrow difference column: word joiners around its dash. */
const unbroken = (label: string) => label.replace(/–/g, '\u2060–\u2060');

export function ComparisonView() {
  const { data, revision, setView, showError } = useApp();
  const casesById = new Map(data.cases.map((c) => [c.id, c]));
  const caseNamed = (s: EvidenceSegment) => {
    const item = casesById.get(s.caseId);
    return item ? caseLabel(item, data.groups) : s.caseName;
  };
  // An attribute or a framework deleted while chosen reads as what its select then shows: by group, all codes.
  const [chosenBy, setBy] = useState('group');
  const by = offered(chosenBy, ['group', ...data.attributes.map((a) => String(a.id))], 'group');
  const [chosenFramework, setFrameworkId] = useState<number | undefined>(undefined);
  const frameworkId = offered(chosenFramework, data.codebook.frameworks.map((f) => f.id), undefined);
  const [evidence, setEvidence] = useState<{ title: string; segments: EvidenceSegment[] } | null>(null);
  const request: ComparisonRequest = { by: by === 'group' ? 'group' : { attributeId: Number(by) }, ...(frameworkId ? { frameworkId } : {}) };
  const key = JSON.stringify(request);
  const comparison = useCall('comparison.build', request);
  // The open cell belonged to the comparison as it was.
  useEffect(() => setEvidence(null), [key, revision]);

  // A cell's segments are read when it is opened: the comparison itself carries counts only.
  const openEvidence = async (codeId: number, code: string, part: { key: string; label: string }) => {
    const segments = await call('comparison.cellEvidence', { request, codeId, part: part.key }).catch(showError);
    if (!segments) return;
    setEvidence({ title: t('method.cellEvidence', { code, part: part.label }), segments });
  };

  const percent = (share: number | null) => (share === null ? '–' : formatNumber(share, { style: 'percent' }));
  // The cases in no group, or with no value of the attribute, are the part keyed ''.
  // A range of values is written in the UI's language ("26–31", "01.10.2022–05.10.2022").
  const partLabel = (part: ComparisonPart) => {
    if (part.range && comparison?.ranging) return rangeLabel(comparison.ranging.kind, part.range, currentLanguage());
    if (part.key === '') return t(comparison?.by === 'group' ? 'method.noGroup' : 'method.noValue');
    return comparison?.valueType ? valueLabel({ type: comparison.valueType }, part.label) : part.label;
  };
  const smallParts = comparison?.parts.some((p) => p.cases < MIN_PART_CASES) ?? false;

  return (
    <div className="comparison-view">
      <div className="filters">
        <label>
          {t('method.compareBy')}{' '}
          <select aria-label={t('method.compareBy')} value={by} onChange={(e) => setBy(e.target.value)}>
            <option value="group">{t('method.byGroup')}</option>
            {data.attributes.map((a) => <option key={a.id} value={a.id} data-user-data>{a.name}</option>)}
          </select>
        </label>
        <label>
          {t('method.codesOf')}{' '}
          <select aria-label={t('method.codesOf')} value={frameworkId ?? ''} onChange={(e) => setFrameworkId(e.target.value ? Number(e.target.value) : undefined)}>
            <option value="">{t('method.allCodes')}</option>
            {data.codebook.frameworks.map((f) => <option key={f.id} value={f.id} data-user-data>{f.name}</option>)}
          </select>
        </label>
        <span className="spacer" style={{ flex: 1 }} />
        <ExportControls exportAs={(format, presentation) => call('comparison.export', { request, format, ...presentation })} />
      </div>
      {comparison && (comparison.ranging || smallParts) && (
        <p className="hint" data-testid="comparison-note">
          {comparison.ranging && rangingText(words, comparison.by, comparison.ranging)}
          {comparison.ranging && smallParts && ' '}
          {smallParts && t('method.smallParts', { count: MIN_PART_CASES })}
        </p>
      )}
      {!comparison && <p className="hint" role="status">{jobLabel('comparison.build')}</p>}
      {comparison && (
        <div className="cross-table-wrap" ref={moreToTheRight}>
          <table className="cross-table" data-testid="comparison-table" aria-label={t('method.chartLabel', { by: comparison.by === 'group' ? t('method.byGroup') : comparison.by })}>
            <thead>
              <tr>
                <th>{t('method.code')}</th>
                {comparison.parts.map((p, i) => (
                  <th key={p.key}><span style={{ color: PART_COLORS[i % PART_COLORS.length] }}>■</span> <span data-user-data={p.key !== '' || undefined}>{partLabel(p)}</span> <span data-untranslated="statistic">{t('method.partCases', { count: p.cases })}</span></th>
                ))}
                <th>{t('method.difference')}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.rows.map((row) => (
                <tr key={row.codeId}>
                  <th>{row.code}</th>
                  {comparison.parts.map((p, i) => (
                    <td key={p.key}>
                      <svg width={BAR_WIDTH} height={10} role="img" aria-label={percent(row.shares[i]!)}>
                        <rect width={BAR_WIDTH} height={10} fill="#eee" />
                        <rect width={BAR_WIDTH * (row.shares[i] ?? 0)} height={10} fill={PART_COLORS[i % PART_COLORS.length]} />
                      </svg>{' '}
                      <button
                        className="link" disabled={row.counts[i] === 0}
                        onClick={() => void openEvidence(row.codeId, row.code, { key: p.key, label: partLabel(p) })}
                      >
                        {t('method.share', { count: row.counts[i], total: p.cases, percent: percent(row.shares[i]!) })}
                      </button>
                    </td>
                  ))}
                  <td>
                    {row.difference === null
                      ? <span className="hint">{t('method.noDifference')}</span>
                      : t('method.points', { value: formatNumber(Math.round(row.difference * 100)) })}
                    {row.highest !== null && (
                      <div className="hint">
                        <span style={{ color: PART_COLORS[row.highest % PART_COLORS.length] }}>■</span> {t('method.highestIn', { part: unbroken(partLabel(comparison.parts[row.highest]!)) })}
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {evidence && (
        <div className="evidence" aria-label={t('method.evidence')}>
          <h3>{evidence.title}</h3>
          <ul>
            {evidence.segments.map((s) => (
              <li key={s.id}>
                <button className="link" onClick={() => setView({ kind: 'document', documentId: s.documentId, focus: { start: s.start, end: s.end } })}>
                  {caseNamed(s)}: {s.quote}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
