/** One measured figure as bench/results/latest.json stores it, and the printed table. */
/** The figure passes when the value (or value ÷ baseline) is at most `max`, or at least `min` (frames per second). */
export type Target = { max: number; of: 'value' | 'ratio' } | { min: number; of: 'value' | 'ratio' };

export interface Figure {
  figure: string;
  value: number | null;
  unit: string;
  baseline: number | null;
  ratio: number | null;
  target: Target | null;
  pass: boolean | null;
  status: 'ok' | 'failed' | 'timeout' | 'not measured';
  note: string;
}

export function figure(
  name: string, value: number, unit: string,
  options: { baseline?: number | null; target?: Target | null; note?: string } = {},
): Figure {
  const baseline = options.baseline ?? null;
  const ratio = baseline !== null && baseline > 0 ? value / baseline : null;
  const target = options.target ?? null;
  const measured = target === null ? null : target.of === 'value' ? value : ratio;
  return {
    figure: name, value, unit, baseline, ratio, target,
    pass: target === null || measured === null ? null : 'max' in target ? measured <= target.max : measured >= target.min,
    status: 'ok', note: options.note ?? '',
  };
}

/** A figure whose operation failed, overran its budget, or is not measured by this harness. */
export function missing(name: string, unit: string, status: Figure['status'], note: string, target: Target | null = null, baseline: number | null = null): Figure {
  return { figure: name, value: null, unit, baseline, ratio: null, target, pass: status === 'not measured' ? null : false, status, note };
}

export function printTable(figures: Figure[], write: (line: string) => void): void {
  const rows = figures.map((f) => [
    f.figure,
    f.value === null ? f.status : `${fmt(f.value)} ${f.unit}`,
    f.baseline === null ? '' : `${fmt(f.baseline)} ${f.unit}`,
    f.ratio === null ? '' : `${fmt(f.ratio)}×`,
    f.target === null ? '' : targetText(f.target, f.unit),
    f.pass === null ? '' : f.pass ? 'pass' : 'FAIL',
    f.note,
  ]);
  const header = ['figure', 'value', 'baseline', 'ratio', 'target', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ').trimEnd();
  write(line(header));
  write(widths.map((w) => '-'.repeat(w)).join('  ').slice(0, 160));
  for (const r of rows) write(line(r));
}

function targetText(target: Target, unit: string): string {
  const [sign, bound] = 'max' in target ? ['≤', target.max] : ['≥', target.min];
  return target.of === 'ratio' ? `${sign} ${fmt(bound)}× base` : `${sign} ${fmt(bound)} ${unit}`;
}

function fmt(n: number): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  if (abs >= 100) return Math.round(n).toLocaleString('en-US');
  if (abs >= 10) return n.toFixed(1);
  if (abs >= 1) return n.toFixed(2);
  return n.toPrecision(2);
}
