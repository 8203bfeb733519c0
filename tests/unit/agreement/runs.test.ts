import { describe, expect, it } from 'vitest';
import { coincidenceMatrix, krippendorffAlphaNominal, krippendorffAlphaOfUnits } from '../../../shared/agreement/alpha.js';
import { cohensKappa, cohensKappaOfUnits } from '../../../shared/agreement/kappa.js';
import { percentAgreement, percentAgreementOfUnits } from '../../../shared/agreement/percent.js';
import { labelOf, runsOf, type TaggedSpan } from '../../../shared/agreement/runs.js';
import { UnitTally, unitsOfMatrix } from '../../../shared/agreement/units.js';

/** A small seeded generator (mulberry32), so a failing case can be replayed. */
function random(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * below);
  };
}

/** What a coder has at one position, read off their spans directly. */
function naiveValue(spans: readonly TaggedSpan[], position: number, empty: string): string {
  return labelOf(new Set(spans.filter((s) => s.start <= position && position < s.end).map((s) => s.tag)), empty);
}

describe('run-weighted character agreement', () => {
  it('cuts the text at span boundaries into maximal runs of constant values', () => {
    const runs = runsOf(12, [[{ start: 0, end: 4, tag: '1' }, { start: 4, end: 6, tag: '1' }], [{ start: 2, end: 8, tag: '1' }]], '0');
    // Coder 0's two adjacent spans make one stretch [0, 6): position 4 is no boundary.
    expect(runs).toEqual([
      { start: 0, end: 2, values: ['1', '0'] },
      { start: 2, end: 6, values: ['1', '1'] },
      { start: 6, end: 8, values: ['0', '1'] },
      { start: 8, end: 12, values: ['0', '0'] },
    ]);
  });

  it('labels overlapping tags of one coder as their set', () => {
    const runs = runsOf(5, [[{ start: 0, end: 3, tag: 'b' }, { start: 1, end: 5, tag: 'a' }, { start: 1, end: 2, tag: 'a' }]], 'none');
    expect(runs.map((r) => [r.start, r.end, r.values[0]])).toEqual([[0, 1, 'b'], [1, 3, 'a+b'], [3, 5, 'a']]);
  });

  it('gives the same units and statistics as one unit per character, on random coders and spans', () => {
    const next = random(20240611);
    for (let trial = 0; trial < 300; trial++) {
      const length = 1 + next(60);
      const coders = 2 + next(3);
      const tags = ['a', 'b', 'c'].slice(0, 1 + next(3));
      const spans: TaggedSpan[][] = Array.from({ length: coders }, () =>
        Array.from({ length: next(6) }, () => {
          const start = next(length);
          return { start, end: start + 1 + next(length - start), tag: tags[next(tags.length)]! };
        }),
      );
      const empty = 'none';
      const runs = runsOf(length, spans, empty);

      // Runs tile [0, length) and agree with a direct reading at every position.
      expect(runs[0]!.start).toBe(0);
      expect(runs.at(-1)!.end).toBe(length);
      runs.slice(1).forEach((run, i) => expect(run.start).toBe(runs[i]!.end));
      const perCharacter = spans.map((own) => Array.from({ length }, (_, p) => naiveValue(own, p, empty)));
      for (const run of runs) {
        for (let p = run.start; p < run.end; p++) expect(run.values).toEqual(perCharacter.map((row) => row[p]));
      }

      const tally = new UnitTally();
      for (const run of runs) tally.add(run.values, run.end - run.start);
      const weighted = tally.units();
      const context = `trial ${trial}`;
      const close = (a: { value: number | null }, b: { value: number | null }) => {
        if (b.value === null) expect(a.value, context).toBeNull();
        else expect(a.value, context).toBeCloseTo(b.value, 9);
      };
      const matrix = coincidenceMatrix(weighted);
      const naiveMatrix = coincidenceMatrix(unitsOfMatrix(perCharacter));
      expect(matrix.categories, context).toEqual(naiveMatrix.categories);
      matrix.o.forEach((row, c) => row.forEach((x, k) => expect(x, context).toBeCloseTo(naiveMatrix.o[c]![k]!, 9)));
      close(krippendorffAlphaOfUnits(weighted), krippendorffAlphaNominal(perCharacter));
      close(percentAgreementOfUnits(weighted), percentAgreement(perCharacter));
      if (coders === 2) {
        close(cohensKappaOfUnits(weighted), cohensKappa(perCharacter[0]!.map((a, p) => [a, perCharacter[1]![p]!] as const)));
      }
    }
  });
});
