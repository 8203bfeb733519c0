/**
 * Cross-case tables over 200,000 coded segments, against a 2,000-segment baseline built in
 * the same run; vitest prints how many times slower the large project is.
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildTable } from '../../main/analysis/tables.js';
import type { Store } from '../../main/db/store.js';
import { tableKinds } from '../../shared/tables.js';
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

for (const kind of tableKinds) {
  describe(kind, () => {
    bench('200,000 segments', () => {
      buildTable(large, { kind });
    }, { iterations: 3, warmupIterations: 1 });
    bench('2,000 segments (baseline)', () => {
      buildTable(small, { kind });
    }, { iterations: 3, warmupIterations: 1 });
  });
}
