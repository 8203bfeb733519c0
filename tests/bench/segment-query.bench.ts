/**
 * The segment list must stay smooth at 200,000 segments: each page the grid asks for is one
 * SQL query. Each case is timed on 200,000 segments and on 2,000 (the baseline, in the same
 * run); vitest prints how many times slower the large project is.
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { querySegments } from '../../main/db/repos/segments.js';
import type { Store } from '../../main/db/store.js';
import { bulkProject } from '../helpers/bulk-project.js';

const dir = mkdtempSync(join(tmpdir(), 'casecoder-bench-'));
let small: Store;
let large: Store;

beforeAll(() => {
  small = bulkProject(join(dir, 'small.casecoder'), 2_000);
  large = bulkProject(join(dir, 'large.casecoder'), 200_000);
});
afterAll(() => {
  small.close();
  large.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = { descending: false, limit: 200 } as const;
const cases = {
  'first page, document order': { ...page, sort: 'position', offset: 0 },
  'a page deep in the list, sorted by quote': { ...page, sort: 'quote', offset: 1_000, descending: true },
  'first page, sorted by codes': { ...page, sort: 'codes', offset: 0 },
  'first page, quote filter': { ...page, sort: 'position', offset: 0, quote: 'паспорт' },
} as const;

for (const [name, query] of Object.entries(cases)) {
  describe(name, () => {
    bench('200,000 segments', () => {
      querySegments(large, query);
    }, { iterations: 5, warmupIterations: 1 });
    bench('2,000 segments (baseline)', () => {
      querySegments(small, query);
    }, { iterations: 5, warmupIterations: 1 });
  });
}
