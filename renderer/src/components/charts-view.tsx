/**
 * Charts of the coded material: how often each code of a framework occurs in each group (bars
 * side by side), and one framework's profile against another in each group (stacked bars, e.g.
 * STEEPL × Valence). A bar opens its segments; each chart saves as SVG or PNG. Numbers come
 * from the same cross-case tables the Tables view shows.
 */
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { findDefaultFramework } from '../../../shared/default-codebook.js';
import { largest } from '../../../shared/extremes.js';
import { fileNameFrom } from '../../../shared/file-name.js';
import type { CellSegment, CrossTable, TableRequest } from '../../../shared/tables.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { useSayDownloaded } from '../use-export.js';
import { codeAxis } from '../chart-axis.js';
import { savePng, saveSvg, type Figure } from '../chart-export.js';
import { chartMeasures, groupTallies, isChartMeasure, measured, measureFormat, tickFormat, valueTicks, type ChartMeasure, type Tally } from '../chart-measure.js';
import { currentLanguage, formatNumber, t } from '../i18n/index.js';
import { moreToTheRight } from '../more-to-the-right.js';
import { offered } from '../offered-choice.js';
import { storedPreference, storePreference } from '../stored-preference.js';
import { textPx } from '../text-px.js';

const GROUP_COLORS = ['#3d85c6', '#e07a5f', '#81b29a', '#9b5de5', '#f2cc8f', '#00a6a6', '#f15bb5', '#8d6e63'];

interface Evidence {
  what: string;
  total: number;
  segments: CellSegment[];
}

/** A bar chart's data: a code's name, its place (which its tooltip looks its raw counts up by), and a value per bar. */
type Row = Record<string, string | number> & { at: number };

const MEASURE_KEY = 'casecoder.charts.measure';

/** Each measure's words: its choice, the frequency chart's title, the value axis. */
const MEASURE_WORDS = {
  segments: { choice: 'charts.measureSegments', title: 'charts.frequenciesOf', axis: 'charts.valueAxis' },
  perCase: { choice: 'charts.measurePerCase', title: 'charts.frequenciesPerCase', axis: 'charts.valueAxisPerCase' },
  shareOfCases: { choice: 'charts.measureShareOfCases', title: 'charts.frequenciesShareOfCases', axis: 'charts.valueAxisShareOfCases' },
} as const satisfies Record<ChartMeasure, Record<string, string>>;

/** A group's bars: each group of the project, then the cases in no group, if any. */
interface Series {
  key: string;
  name: string;
  groupIds: (number | null)[];
  /** Why its profile is empty. */
  empty: string;
}

export function ChartsView() {
  const { data, revision, setView } = useApp();
  const frameworks = data.codebook.frameworks;
  // The default frameworks, whichever language the project named them in. One deleted while
  // shown is read as the default, so the select (which no longer offers it) shows what is drawn.
  const [chosenRows, setRowFramework] = useState<number | undefined>(undefined);
  const rowFramework = offered(chosenRows, frameworks.map((f) => f.id), findDefaultFramework(frameworks, 'steepl')?.id ?? frameworks[0]?.id ?? 0);
  const [chosenColumns, setColumnFramework] = useState(() => findDefaultFramework(frameworks, 'valence')?.id ?? frameworks[1]?.id ?? 0);
  // A framework against itself only restates its frequencies (all on the diagonal, or a
  // segment counted once per code it shares): the profile is against another, if there is one.
  const columnFramework = profileFramework(frameworks, rowFramework, chosenColumns);
  const [measure, setMeasure] = useState<ChartMeasure>(() => {
    const stored = storedPreference(MEASURE_KEY);
    return isChartMeasure(stored) ? stored : 'segments';
  });
  const chooseMeasure = (next: ChartMeasure) => {
    setMeasure(next);
    storePreference(MEASURE_KEY, next);
  };
  // Shares of cases do not add up in a stack (a case can have several of its codes): the
  // profiles then show the other measure that evens out the groups' sizes.
  const profileMeasure: ChartMeasure = measure === 'shareOfCases' ? 'perCase' : measure;
  const [tables, setTables] = useState<{ totals: CrossTable[]; profiles: CrossTable[] } | null>(null);
  const [evidence, setEvidence] = useState<Evidence | null>(null);
  const groups = data.groups;
  const plotWidth = usePlotWidth(groups.length > 0);
  // Tables are built in the UI's language, as the Tables tab builds them.
  const language = currentLanguage();
  const anyLoose = data.cases.some((c) => c.groupId === null);
  const series = useMemo(
    (): Series[] => [
      ...groups.map((g) => ({ key: `g${g.id}`, name: g.name, groupIds: [g.id], empty: t('charts.emptyProfile', { group: g.name }) })),
      ...(anyLoose ? [{ key: 'none', name: t('charts.noGroup'), groupIds: [null], empty: t('charts.emptyProfileNoGroup') }] : []),
    ],
    [groups, anyLoose, language],
  );
  // Names on an axis are measured in the page's own font (chart-axis.ts).
  const tickFont = useMemo(() => `12px ${getComputedStyle(document.body).fontFamily}`, []);
  const nameWidth = (name: string) => textPx(name, tickFont);

  const requests = useMemo(
    () => ({
      totals: series.map((s): TableRequest => ({ kind: 'code-case', columnFramework: rowFramework, groupBy: 'group', filters: { groupIds: s.groupIds }, language })),
      profiles: columnFramework === null ? [] : series.map((s): TableRequest => ({ kind: 'crosstab', rowFramework, columnFramework, countsOnly: true, filters: { groupIds: s.groupIds }, language })),
    }),
    [series, rowFramework, columnFramework, language],
  );

  // A bar's segments come when it is clicked (the tables hold counts only).
  const showEvidence = (what: string, request: TableRequest, row: string, column: string) =>
    void call('tables.cellEvidence', { request, row, column, offset: 0, limit: 200 }).then(
      (page) => setEvidence({ what, total: page.total, segments: page.segments }),
      () => setEvidence({ what, total: 0, segments: [] }),
    );

  useEffect(() => {
    let current = true;
    Promise.all([
      Promise.all(requests.totals.map((request) => call('tables.build', request))),
      Promise.all(requests.profiles.map((request) => call('tables.build', request))),
    ]).then(
      ([totals, profiles]) => current && setTables({ totals, profiles }),
      () => current && setTables({ totals: [], profiles: [] }),
    );
    return () => {
      current = false;
    };
  }, [requests, revision]);

  const codes = useMemo(() => new Map(data.codebook.codes.map((c) => [String(c.id), c])), [data.codebook.codes]);
  const nameOf = (frameworkId: number) => frameworks.find((f) => f.id === frameworkId)?.name ?? '';

  // Each group's cases and each of its bars' raw numbers, from its code × case table.
  const tallies = useMemo(() => tables?.totals.map(groupTallies) ?? null, [tables]);
  // Bars side by side: one row per code, one value per group.
  const frequencies = useMemo(() => {
    if (!tables || !tallies) return null;
    const first = tables.totals[0];
    if (!first) return [];
    return first.columns.map((column, c): Row => {
      const row: Row = { code: codes.get(column.key)?.name ?? column.label, at: c };
      tallies.forEach((group, g) => (row[`g${g}`] = measured(measure, group.columns[c]!)));
      return row;
    });
  }, [tables, tallies, codes, measure]);
  // Each group's profile: one row per code of the first framework, one stacked value per code of the other.
  const profiles = useMemo(
    () =>
      tables?.profiles.map((table, g) => {
        const cases = tallies?.[g]?.cases ?? 0;
        const tally = (r: number, c: number): Tally => ({ segments: table.cells[r]![c]!.count, cases, casesWith: 0 });
        const rows = table.rows.map((row, r) => {
          const out: Row = { code: codes.get(row.key)?.name ?? row.label, at: r };
          table.columns.forEach((column, c) => (out[column.key] = measured(profileMeasure, tally(r, c))));
          return out;
        });
        const stacks = rows.map((row) => table.columns.reduce((sum, column) => sum + Number(row[column.key]), 0));
        return { table, tally, rows, top: largest(stacks, 0) };
      }) ?? [],
    [tables, tallies, codes, profileMeasure],
  );
  // One value axis for every group's profile, so groups are compared by their bars' heights and
  // not misread through scales of their own (a group of 3 segments drawn as tall as one of 300).
  const profileTop = largest(profiles.map((profile) => profile.top), 0);
  // A group named with its number of cases, which the bars' heights depend on.
  const groupName = (g: number) => t('charts.groupCases', { group: series[g]!.name, count: tallies?.[g]?.cases ?? 0 });

  const selectFramework = (label: string, value: number, onChange: (id: number) => void, except?: number) => (
    <label>
      {label}{' '}
      <select value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {frameworks.filter((f) => f.id !== except).map((f) => (
          <option key={f.id} value={f.id}>{f.name}</option>
        ))}
      </select>
    </label>
  );

  if (groups.length === 0) return <p className="hint">{t('charts.noGroups')}</p>;
  // Both charts count segments per code of the first framework: their axes say so, a saved figure too.
  const codesLabel = t('charts.codeAxis', { framework: nameOf(rowFramework) });
  const frequencyAxis = frequencies && codeAxis(frequencies.map((f) => String(f.code)), Math.max(plotWidth.room, frequencies.length * 40 * Math.max(1, series.length / 2)), 300, nameWidth);

  return (
    <div className="charts-view">
      <div className="filters">
        {selectFramework(t('charts.framework'), rowFramework, setRowFramework)}
        {columnFramework !== null && selectFramework(t('charts.against'), columnFramework, setColumnFramework, rowFramework)}
        <label>
          {t('charts.measure')}{' '}
          <select value={measure} onChange={(e) => chooseMeasure(e.target.value as ChartMeasure)}>
            {chartMeasures.map((m) => (
              <option key={m} value={m}>{t(MEASURE_WORDS[m].choice)}</option>
            ))}
          </select>
        </label>
        <span className="hint">{t('charts.clickHint')}</span>
      </div>
      <div className="charts-scroll" ref={plotWidth.ref}>
        {frequencies && tables && tallies && (
          <ChartFrame title={t(MEASURE_WORDS[measure].title, { framework: nameOf(rowFramework) })} codes={codesLabel} values={t(MEASURE_WORDS[measure].axis)}>
            <BarChart {...frequencyAxis!.chart} data={frequencies} accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="code" {...frequencyAxis!.axis} label={axisLabel(codesLabel)} />
              <YAxis {...valueAxis(measure, largest(frequencies.flatMap((row) => series.map((_, g) => Number(row[`g${g}`]))), 0))} />
              <Tooltip
                formatter={(v, _name, item) => valueText(measure, Number(v), tallies[Number(String(item.dataKey).slice(1))]!.columns[(item.payload as Row).at]!)}
                itemSorter={inOrder(series.map((_, g) => `g${g}`))}
              />
              <Legend content={legendContent} itemSorter={inOrder(series.map((_, g) => `g${g}`))} />
              {series.map((group, g) => (
                <Bar
                  key={group.key}
                  dataKey={`g${g}`}
                  name={groupName(g)}
                  fill={GROUP_COLORS[g % GROUP_COLORS.length]}
                  maxBarSize={MAX_BAR}
                  cursor="pointer"
                  isAnimationActive={false}
                  onClick={(_, index) => {
                    const table = tables.totals[g]!;
                    const column = table.columns[index];
                    if (column) showEvidence(`${group.name} · ${frequencies[index]!.code}`, requests.totals[g]!, 'total', column.key);
                  }}
                />
              ))}
            </BarChart>
          </ChartFrame>
        )}
        {measure === 'shareOfCases' && tables && tables.profiles.length > 0 && <p className="hint">{t('charts.shareProfileHint')}</p>}
        {tables &&
          profiles.map(({ table, tally, rows }, g) => {
            const group = series[g]!;
            const title = profileMeasure === 'perCase'
              ? t('charts.profilePerCase', { rows: nameOf(rowFramework), columns: nameOf(columnFramework!), group: groupName(g) })
              : t('charts.profile', { rows: nameOf(rowFramework), columns: nameOf(columnFramework!), group: group.name });
            // Bars of nothing would draw bare axes, as if the chart had failed.
            if (table.cells.every((cells) => cells.every((cell) => cell.count === 0))) {
              return (
                <figure key={group.key} className="chart" aria-label={t('charts.chartLabel', { title })}>
                  <figcaption><span>{title}</span></figcaption>
                  <p className="hint">{group.empty}</p>
                </figure>
              );
            }
            const axis = codeAxis(rows.map((row) => String(row.code)), Math.max(plotWidth.room, rows.length * 60), 260, nameWidth);
            return (
              <ChartFrame key={group.key} title={title} codes={codesLabel} values={t(MEASURE_WORDS[profileMeasure].axis)}>
                <BarChart {...axis.chart} data={rows} accessibilityLayer>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="code" {...axis.axis} label={axisLabel(codesLabel)} />
                  <YAxis {...valueAxis(profileMeasure, profileTop)} />
                  <Tooltip
                    formatter={(v, _name, item) => valueText(profileMeasure, Number(v), tally((item.payload as Row).at, table.columns.findIndex((column) => column.key === item.dataKey)))}
                    itemSorter={inOrder(table.columns.map((column) => column.key))}
                  />
                  <Legend content={legendContent} itemSorter={inOrder(table.columns.map((column) => column.key))} />
                  {table.columns.map((column, c) => (
                    <Bar
                      key={column.key}
                      dataKey={column.key}
                      name={codes.get(column.key)?.name ?? column.label}
                      stackId="profile"
                      maxBarSize={MAX_BAR}
                      fill={codes.get(column.key)?.color ?? GROUP_COLORS[c % GROUP_COLORS.length]}
                      cursor="pointer"
                      isAnimationActive={false}
                      onClick={(_, r) => {
                        const row = table.rows[r];
                        if (row) showEvidence(`${group.name} · ${rows[r]!.code} · ${codes.get(column.key)?.name ?? column.label}`, requests.profiles[g]!, row.key, column.key);
                      }}
                    />
                  ))}
                </BarChart>
              </ChartFrame>
            );
          })}
      </div>
      {evidence && (
        <section className="chart-evidence" aria-label={t('charts.segments')}>
          <h3>{t('charts.evidence', { what: evidence.what, count: evidence.total })}</h3>
          <ul>
            {evidence.segments.map((s) => (
              <li key={s.id}>
                <button className="link" title={t('charts.open')} onClick={() => setView({ kind: 'document', documentId: s.documentId, focus: { start: s.start, end: s.end } })}>
                  <strong data-user-data="case">{s.caseLabel ?? s.caseName}</strong> <span data-user-data="quote">{s.quote}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

/** The framework to profile `rows` against: the one chosen, unless it is `rows` itself or gone; then the first other; none when there is no other. */
function profileFramework(frameworks: readonly { id: number }[], rows: number, chosen: number): number | null {
  const others = frameworks.map((f) => f.id).filter((id) => id !== rows);
  return offered<number | null>(chosen, others, others[0] ?? null);
}

/** The label under the code names, in the line codeAxis leaves for it. */
const axisLabel = (value: string) => ({ value, position: 'insideBottom' as const, offset: 0, fontSize: 12 });

/** The value axis up to its highest bar `max`, in the UI's language, labelled with what it measures: counts, means per case, or percents up to 100. */
const valueAxis = (measure: ChartMeasure, max: number) => {
  const ticks = valueTicks(measure, max);
  return {
    ticks,
    domain: [0, ticks.at(-1)!],
    tickFormatter: (v: number) => formatNumber(v, tickFormat(measure)),
    label: { value: t(MEASURE_WORDS[measure].axis), angle: -90, position: 'insideLeft' as const, style: { textAnchor: 'middle' as const }, fontSize: 12 },
  };
};

/** A bar's tooltip: its value, and the raw count it comes from. */
function valueText(measure: ChartMeasure, value: number, tally: Tally): string {
  const shown = formatNumber(value, measureFormat(measure));
  if (measure === 'perCase') return t('charts.perCaseTip', { value: shown, count: tally.segments });
  if (measure === 'shareOfCases') return t('charts.shareTip', { value: shown, with: tally.casesWith, count: tally.cases });
  return shown;
}

/** A chart's card, less its padding and borders. */
const CARD_INSET = 18;
/** The least a plot is drawn in: a narrower card scrolls it sideways (its names turn well before). */
const MIN_PLOT = 320;
/** Bars stay bars when a few codes are spread over a wide window. */
const MAX_BAR = 64;

/**
 * The width the charts' cards give their plots: the column's, as the window or the side columns
 * change (fixed at 560 px, charts used about 60% of a card at 1,400 px). Measured once the
 * charts are shown, which they are only when the project has groups.
 */
function usePlotWidth(shown: boolean) {
  const ref = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState(MIN_PLOT);
  useEffect(() => {
    const column = ref.current;
    if (!shown || !column) return;
    const observer = new ResizeObserver(() => setRoom(Math.max(MIN_PLOT, Math.floor(column.clientWidth - CARD_INSET))));
    observer.observe(column);
    return () => observer.disconnect();
  }, [shown]);
  return { ref, room };
}

/**
 * The legend, drawn by us: Recharts' own gives each icon an English aria-label. Names are the
 * project's (groups, codes).
 */
function legendContent({ payload }: { payload?: readonly { value?: unknown; color?: string }[] }) {
  return (
    <ul className="chart-legend">
      {(payload ?? []).map((entry, i) => (
        <li key={i} data-color={entry.color}>
          <span className="swatch" style={{ background: entry.color }} />
          <span data-user-data="legend">{String(entry.value ?? '')}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Legend entries in the bars' order (the groups', the codebook's): recharts sorts them by name
 * unless told, which put Болжам before Оң and Теріс.
 */
function inOrder(keys: string[]): (item: { dataKey?: unknown }) => number {
  return (item) => keys.indexOf(String(item.dataKey));
}

/** A chart with its title and buttons to save it. */
function ChartFrame({ title, codes, values, children }: { title: string; codes: string; values: string; children: ReactNode }) {
  const frame = useRef<HTMLElement>(null);
  const said = useSayDownloaded();
  // Named by its title, as a figure is: «profile-1.png» said nothing of the group it shows.
  const fileName = fileNameFrom(title, t('charts.tab'));
  // The plot is the wrapper's own SVG (legend icons are small SVGs of their own).
  const svg = () => frame.current?.querySelector<SVGSVGElement>('.recharts-wrapper > svg') ?? null;
  const figure = (): Figure => {
    const legend = [...(frame.current?.querySelectorAll<HTMLElement>('.chart-legend li') ?? [])].map((item) => ({
      label: item.textContent ?? '',
      color: item.dataset.color ?? '#888',
    }));
    const description = t('charts.description', { values, codes, legend: legend.map((entry) => entry.label).join(', ') });
    return { title, description, legend };
  };
  return (
    <figure ref={frame} className="chart" aria-label={t('charts.chartLabel', { title })}>
      <figcaption>
        <span>{title}</span>
        <div className="chart-actions">
          <button onClick={() => svg() && said(saveSvg(svg()!, figure(), fileName))}>{t('charts.exportSvg')}</button>
          <button onClick={() => svg() && void savePng(svg()!, figure(), fileName).then(said)}>{t('charts.exportPng')}</button>
        </div>
      </figcaption>
      {/* Wider than its card (many codes, a narrow window), the plot scrolls inside it. */}
      <div className="chart-plot" ref={moreToTheRight}>{children}</div>
    </figure>
  );
}
