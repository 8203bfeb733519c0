import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeTree, type TreeCode, type TreeFramework } from '../../../shared/code-tree.js';

const fw = (id: number, name: string, sort?: number): TreeFramework => ({ id, name, ...(sort === undefined ? {} : { sort }) });
const code = (id: number, frameworkId: number, parentId: number | null, name = `c${id}`, sort?: number): TreeCode =>
  ({ id, frameworkId, parentId, name, ...(sort === undefined ? {} : { sort }) });
const ids = (codes: readonly TreeCode[]) => codes.map((c) => c.id);

describe('codeTree order', () => {
  it('lists frameworks in order, depth first, parents before children', () => {
    const tree = codeTree({
      frameworks: [fw(2, 'STEEPL'), fw(1, 'Actors')],
      codes: [code(1, 1, null, 'State'), code(2, 2, null, 'Economic'), code(3, 2, 2, 'Prices'), code(4, 2, null, 'Social'), code(5, 2, 3, 'Food')],
    });
    expect(tree.entries.map((e) => [e.path, e.depth])).toEqual([
      ['STEEPL/Economic', 0], ['STEEPL/Economic/Prices', 1], ['STEEPL/Economic/Prices/Food', 2], ['STEEPL/Social', 0], ['Actors/State', 0],
    ]);
    expect(ids(tree.codesOf(1))).toEqual([1]);
    expect(tree.problems).toEqual([]);
  });

  it('orders siblings and frameworks by sort then id when sort is given', () => {
    const tree = codeTree({
      frameworks: [fw(1, 'B', 2), fw(2, 'A', 1)],
      codes: [code(10, 1, null, 'x', 5), code(11, 1, null, 'y', 1), code(9, 1, null, 'z', 5), code(12, 2, null, 'w', 0)],
    });
    expect(tree.frameworks.map((f) => f.name)).toEqual(['A', 'B']);
    expect(ids(tree.entries.map((e) => e.code))).toEqual([12, 11, 9, 10]);
  });

  it('keeps the listed order of siblings without sort', () => {
    const tree = codeTree({ frameworks: [fw(1, 'F')], codes: [code(3, 1, null), code(1, 1, null), code(2, 1, null)] });
    expect(ids(tree.roots(1))).toEqual([3, 1, 2]);
  });
});

describe('codeTree relations', () => {
  const tree = codeTree({
    frameworks: [fw(1, 'F')],
    codes: [code(1, 1, null, 'A'), code(2, 1, 1, 'B'), code(3, 1, 2, 'C'), code(4, 1, 1, 'D'), code(5, 1, null, 'E')],
  });

  it('gives children, ancestors and descendants', () => {
    expect(ids(tree.children(1))).toEqual([2, 4]);
    expect(ids(tree.children(3))).toEqual([]);
    expect(ids(tree.ancestors(3))).toEqual([1, 2]);
    expect(ids(tree.ancestors(1))).toEqual([]);
    expect(ids(tree.descendants(1))).toEqual([2, 3, 4]);
    expect(ids(tree.descendants(2))).toEqual([3]);
    expect(ids(tree.descendants(5))).toEqual([]);
  });

  it('answers nothing for an unknown code', () => {
    expect(tree.entry(99)).toBeUndefined();
    expect(tree.ancestors(99)).toEqual([]);
    expect(tree.descendants(99)).toEqual([]);
    expect(tree.children(99)).toEqual([]);
    expect(tree.roots(99)).toEqual([]);
  });

  it('gives path and depth per code', () => {
    expect(tree.entry(3)).toMatchObject({ path: 'F/A/B/C', depth: 2, parentId: 2 });
  });
});

describe('codeTree on a damaged codebook', () => {
  it('makes a code whose parent is missing a top-level code of its framework, and reports it', () => {
    const tree = codeTree({ frameworks: [fw(1, 'F')], codes: [code(1, 1, null, 'A'), code(2, 1, 77, 'Lost'), code(3, 1, 2, 'Kid')] });
    expect(tree.entries.map((e) => e.path)).toEqual(['F/A', 'F/Lost', 'F/Lost/Kid']);
    expect(tree.entry(2)?.parentId).toBeNull();
    expect(tree.problems).toEqual([{ kind: 'orphan', codeId: 2, parentId: 77, reason: 'missing-parent' }]);
  });

  it('keeps a code in its own framework when its parent lies in another', () => {
    const tree = codeTree({ frameworks: [fw(1, 'F'), fw(2, 'G')], codes: [code(1, 1, null, 'A'), code(2, 2, 1, 'B')] });
    expect(tree.entries.map((e) => e.path)).toEqual(['F/A', 'G/B']);
    expect(ids(tree.children(1))).toEqual([]);
    expect(tree.problems).toEqual([{ kind: 'orphan', codeId: 2, parentId: 1, reason: 'other-framework' }]);
  });

  it('cuts a cycle at its first member in order, and reports it', () => {
    const tree = codeTree({
      frameworks: [fw(1, 'F')],
      codes: [code(1, 1, 3, 'A'), code(2, 1, 1, 'B'), code(3, 1, 2, 'C'), code(4, 1, 3, 'Hanging')],
    });
    expect(tree.entries.map((e) => e.path)).toEqual(['F/A', 'F/A/B', 'F/A/B/C', 'F/A/B/C/Hanging']);
    expect(tree.problems).toEqual([{ kind: 'cycle', codeId: 1, cycle: [1, 3, 2] }]);
  });

  it('cuts a code that is its own parent', () => {
    const tree = codeTree({ frameworks: [fw(1, 'F')], codes: [code(5, 1, 5, 'Self')] });
    expect(tree.entries.map((e) => e.path)).toEqual(['F/Self']);
    expect(tree.problems).toEqual([{ kind: 'cycle', codeId: 5, cycle: [5] }]);
  });

  it('leaves out a code whose framework is missing, and reports it', () => {
    const tree = codeTree({ frameworks: [fw(1, 'F')], codes: [code(1, 9, null, 'Nowhere'), code(2, 1, null, 'Here')] });
    expect(tree.entries.map((e) => e.path)).toEqual(['F/Here']);
    expect(tree.problems).toEqual([{ kind: 'no-framework', codeId: 1, frameworkId: 9 }]);
  });

  it('walks a chain nested far deeper than the call stack allows', () => {
    const depth = 50_000;
    const codes = Array.from({ length: depth }, (_, i) => code(i + 1, 1, i === 0 ? null : i));
    const tree = codeTree({ frameworks: [fw(1, 'F')], codes });
    expect(tree.entries).toHaveLength(depth);
    expect(tree.entry(depth)?.depth).toBe(depth - 1);
  });
});

/** Arbitrary codebooks, damage included: parents anywhere (or nowhere), cycles, unknown frameworks. */
const codebooks = fc
  .record({ frameworkCount: fc.integer({ min: 1, max: 4 }), codeCount: fc.integer({ min: 0, max: 40 }) })
  .chain(({ frameworkCount, codeCount }) =>
    fc.record({
      frameworks: fc.constant(Array.from({ length: frameworkCount }, (_, i) => fw(i + 1, `F${i + 1}`))),
      codes: fc.tuple(
        ...Array.from({ length: codeCount }, (_, i) =>
          fc.record({
            frameworkId: fc.integer({ min: 1, max: frameworkCount + 1 }),
            parentId: fc.option(fc.integer({ min: 1, max: codeCount + 2 }), { nil: null }),
            sort: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
          }).map(({ frameworkId, parentId, sort }) => code(i + 1, frameworkId, parentId, `c${i + 1}`, sort)),
        ),
      ).chain((codes) => fc.shuffledSubarray(codes, { minLength: codes.length, maxLength: codes.length })),
    }),
  );

describe('codeTree properties', () => {
  it('places every code of a known framework exactly once, parents first, in its own framework', () => {
    fc.assert(
      fc.property(codebooks, (codebook) => {
        const tree = codeTree(codebook);
        const placed = ids(tree.entries.map((e) => e.code));
        const frameworkIds = new Set(codebook.frameworks.map((f) => f.id));
        expect(new Set(placed).size).toBe(placed.length);
        expect(placed.sort((a, b) => a - b)).toEqual(ids(codebook.codes.filter((c) => frameworkIds.has(c.frameworkId))).sort((a, b) => a - b));
        const seen = new Set<number>();
        for (const entry of tree.entries) {
          if (entry.parentId !== null) {
            expect(seen.has(entry.parentId)).toBe(true);
            expect(tree.entry(entry.parentId)!.code.frameworkId).toBe(entry.code.frameworkId);
            expect(entry.depth).toBe(tree.entry(entry.parentId)!.depth + 1);
          } else expect(entry.depth).toBe(0);
          expect(entry.path).toBe([tree.frameworks.find((f) => f.id === entry.code.frameworkId)!.name, ...tree.ancestors(entry.code.id).map((c) => c.name), entry.code.name].join('/'));
          seen.add(entry.code.id);
        }
      }),
    );
  });

  it('keeps the stored parent unless it reports why not', () => {
    fc.assert(
      fc.property(codebooks, (codebook) => {
        const tree = codeTree(codebook);
        const reported = new Set(tree.problems.map((p) => p.codeId));
        for (const entry of tree.entries) {
          if (entry.parentId !== entry.code.parentId) expect(reported.has(entry.code.id)).toBe(true);
        }
      }),
    );
  });

  it('keeps frameworks contiguous and descendants right after their code', () => {
    fc.assert(
      fc.property(codebooks, (codebook) => {
        const tree = codeTree(codebook);
        const frameworkOrder = tree.entries.map((e) => e.code.frameworkId).filter((id, i, all) => all[i - 1] !== id);
        expect(frameworkOrder).toEqual(tree.frameworks.map((f) => f.id).filter((id) => frameworkOrder.includes(id)));
        for (const [i, entry] of tree.entries.entries()) {
          const below = tree.descendants(entry.code.id);
          expect(ids(below)).toEqual(ids(tree.entries.slice(i + 1, i + 1 + below.length).map((e) => e.code)));
          for (const d of below) expect(ids(tree.ancestors(d.id))).toContain(entry.code.id);
        }
      }),
    );
  });

  it('does not depend on the order codes are listed in when every code has a sort', () => {
    fc.assert(
      fc.property(codebooks, (codebook) => {
        const sorted = { frameworks: codebook.frameworks, codes: codebook.codes.map((c) => ({ ...c, sort: c.sort ?? 0 })) };
        const reversed = { ...sorted, codes: [...sorted.codes].reverse() };
        expect(codeTree(reversed).entries).toEqual(codeTree(sorted).entries);
        expect(codeTree(reversed).problems.filter((p) => p.kind === 'cycle')).toEqual(codeTree(sorted).problems.filter((p) => p.kind === 'cycle'));
      }),
    );
  });
});
