/**
 * Crisp-set QCA: the researcher writes conditions and an outcome (codes or attribute tests),
 * with a directional expectation per condition, and reads the truth table and the complex,
 * parsimonious and intermediate solutions with their consistency and coverage.
 */
import { useMemo, useState } from 'react';
import type { Output } from '../../../../shared/contract.js';
import { codeTree } from '../../../../shared/code-tree.js';
import type { DirectionalExpectation, QcaSolutionSet } from '../../../../shared/qca/minimize.js';
import { formatTerm } from '../../../../shared/qca/format.js';
import { call } from '../../api.js';
import { useApp } from '../../app-context.js';
import { downloadBlob } from '../../download.js';
import { useSayDownloaded } from '../../use-export.js';
import { formatNumber, t } from '../../i18n/index.js';
import { fixedDigits } from '../../../../shared/number-format.js';
import { widthToShow } from '../../placeholder-size.js';
import { moreToTheRight } from '../../more-to-the-right.js';
import { qcaExamples } from '../../qca-examples.js';

type Result = Output<'qca.run'>;
const expectationValues: DirectionalExpectation[] = ['present', 'absent', 'either'];

export function QcaView() {
  const { data, act } = useApp();
  const sayDownloaded = useSayDownloaded();
  const [conditions, setConditions] = useState<{ test: string; expectation: DirectionalExpectation }[]>([{ test: '', expectation: 'either' }]);
  const [outcome, setOutcome] = useState('');
  const [negate, setNegate] = useState(false);
  const [inclCut, setInclCut] = useState(1);
  const [nCut, setNCut] = useState(1);
  const [includeAll, setIncludeAll] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const codePaths = useMemo(() => codeTree(data.codebook).entries.map((e) => e.path), [data.codebook]);
  const suggestions = useMemo(() => [...codePaths, ...data.attributes.map((a) => `${a.name} = `)], [codePaths, data.attributes]);
  // The examples are the project's own names, like what the fields hold: both are marked as user data.
  const placeholder = useMemo(() => {
    const { code, test } = qcaExamples(codePaths, data.attributes, data.cases);
    if (code && test) return t('method.testPlaceholder', { code, test });
    if (code) return t('method.testPlaceholderCode', { code });
    return test ? t('method.testPlaceholderTest', { test }) : t('method.testPlaceholderBare');
  }, [codePaths, data.attributes, data.cases]);

  const run = () =>
    void act(async () => {
      setResult(
        await call('qca.run', {
          conditions: conditions.map((c) => c.test),
          outcome,
          expectations: conditions.map((c) => c.expectation),
          negateOutcome: negate,
          consistencyThreshold: inclCut,
          frequencyThreshold: nCut,
          statuses: includeAll ? ['selected', 'candidate', 'excluded'] : ['selected'],
        }),
      );
    });
  // The text as it is, UTF-8 in the file, not through base64: spread into String.fromCharCode, a large CSV's bytes would overrun the call stack.
  const saveR = () => result && sayDownloaded(downloadBlob('qca-data.csv', new Blob([result.rData.csv])));
  const update = (i: number, change: Partial<(typeof conditions)[number]>) => setConditions(conditions.map((c, j) => (j === i ? { ...c, ...change } : c)));

  return (
    <div className="qca-view">
      <datalist id="qca-tests">{suggestions.map((s) => <option key={s} value={s} />)}</datalist>
      <fieldset>
        <legend>{t('method.conditions')}</legend>
        {conditions.map((c, i) => (
          <div className="filters" key={i}>
            <input
              list="qca-tests" data-user-data="qca-test" style={widthToShow(placeholder, 40)} aria-label={`${t('method.conditions')} ${i + 1}`} placeholder={placeholder} title={placeholder}
              value={c.test} onChange={(e) => update(i, { test: e.target.value })}
            />
            <label>
              {t('method.expectation')}{' '}
              <select aria-label={`${t('method.expectation')} ${i + 1}`} value={c.expectation} onChange={(e) => update(i, { expectation: e.target.value as DirectionalExpectation })}>
                {expectationValues.map((v) => <option key={v} value={v}>{t(`method.expectations.${v}`)}</option>)}
              </select>
            </label>
            {conditions.length > 1 && (
              <button aria-label={t('method.removeCondition')} onClick={() => setConditions(conditions.filter((_, j) => j !== i))}>×</button>
            )}
          </div>
        ))}
        <button onClick={() => setConditions([...conditions, { test: '', expectation: 'either' }])} disabled={conditions.length >= 12}>
          {t('method.addCondition')}
        </button>
      </fieldset>
      <div className="filters">
        <label>
          {t('method.outcome')}{' '}
          <input list="qca-tests" data-user-data="qca-test" style={widthToShow(placeholder, 30)} aria-label={t('method.outcome')} placeholder={placeholder} title={placeholder} value={outcome} onChange={(e) => setOutcome(e.target.value)} />
        </label>
        <label><input type="checkbox" checked={negate} onChange={(e) => setNegate(e.target.checked)} /> {t('method.negate')}</label>
        <label>
          {t('method.inclCut')}{' '}
          <input type="number" min={0.01} max={1} step={0.05} value={inclCut} onChange={(e) => setInclCut(Number(e.target.value))} style={{ width: '5em' }} />
        </label>
        <label>
          {t('method.nCut')}{' '}
          <input type="number" min={1} step={1} value={nCut} onChange={(e) => setNCut(Number(e.target.value))} style={{ width: '4em' }} />
        </label>
        <label><input type="checkbox" checked={includeAll} onChange={(e) => setIncludeAll(e.target.checked)} /> {t('method.includeAll')}</label>
        <button onClick={run} disabled={!outcome.trim() || conditions.some((c) => !c.test.trim())}>{t('method.run')}</button>
        {result && <button onClick={saveR}>{t('method.saveR')}</button>}
      </div>
      {result && <QcaResultView result={result} />}
    </div>
  );
}

const fixed = (x: number | null) => (x === null ? '–' : formatNumber(x, fixedDigits(3)));

function QcaResultView({ result }: { result: Result }) {
  const { analysis, caseNames, formatted } = result;
  const table = analysis.truthTable;
  const names = (ids: string[]) => ids.map((id) => caseNames[id] ?? id).join(', ');
  const intermediate: QcaSolutionSet = {
    primeImplicants: [],
    solutions: analysis.intermediate.flatMap((s) => s.solutions),
    moreSolutionsOmitted: analysis.intermediate.some((s) => s.moreSolutionsOmitted),
  };
  const section = (kind: 'complex' | 'parsimonious' | 'intermediate', set: QcaSolutionSet, written: string[]) => (
    <section key={kind} data-testid={`qca-${kind}`}>
      <h3>{t(`method.solutions.${kind}`)}</h3>
      {set.solutions.length === 0 && <p className="hint">{t('method.noOutcome')}</p>}
      {set.solutions.map((solution, i) => (
        <div key={i}>
          <p>
            <strong>{t('method.model', { n: i + 1, formula: written[i] })}</strong>{' '}
            <span className="hint">{t('method.fit', { consistency: fixed(solution.consistency), coverage: fixed(solution.coverage) })}</span>
          </p>
          <table className="cross-table">
            <thead>
              <tr>
                <th>{t('method.term')}</th><th>{t('method.consistency')}</th><th>{t('method.rawCoverage')}</th>
                <th>{t('method.uniqueCoverage')}</th><th>{t('method.cases')}</th>
              </tr>
            </thead>
            <tbody>
              {solution.terms.map((term, j) => (
                <tr key={j}>
                  <th>{formatTerm(term.literals, table.conditions)}</th>
                  <td>{fixed(term.consistency)}</td><td>{fixed(term.rawCoverage)}</td><td>{fixed(term.uniqueCoverage)}</td>
                  <td>{names(term.cases)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
  return (
    <div className="qca-result">
      <h3>{t('method.truthTable')}</h3>
      <div className="cross-table-wrap" ref={moreToTheRight}>
        <table className="cross-table" data-testid="qca-truth-table">
          <thead>
            <tr>
              {table.conditions.map((c) => <th key={c}>{c}</th>)}
              <th>{t('method.out')}</th><th>{t('method.n')}</th><th>{t('method.consistency')}</th><th>{t('method.cases')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.code}>
                {row.configuration.map((v, i) => <td key={i}>{v}</td>)}
                <td>{row.outcome}{row.contradictory && <span className="hint"> ({t('method.contradictory')})</span>}</td>
                <td>{row.n}</td><td>{fixed(row.consistency)}</td><td>{names(row.cases)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('method.remainders', { count: table.remainders.length })}</p>
      {section('complex', analysis.complex, formatted.complex)}
      {section('parsimonious', analysis.parsimonious, formatted.parsimonious)}
      {section('intermediate', intermediate, formatted.intermediate)}
    </div>
  );
}
