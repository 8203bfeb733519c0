/**
 * Cross-case tables over 200,000 coded segments, against a 2,000-segment baseline built in
 * the same run; vitest prints how many times slower the large project is.
 */
import { bench, describe } from 'vitest';
import { buildTable } from '../../main/analysis/tables.js';
import { tableKinds } from '../../shared/tables.js';
import { useBenchProjects } from '../helpers/bulk-project.js';

const projects = useBenchProjects();

for (const kind of tableKinds) {
  describe(kind, () => {
    bench('200,000 segments', () => {
      buildTable(projects.large, { kind });
    }, { iterations: 3, warmupIterations: 1 });
    bench('2,000 segments (baseline)', () => {
      buildTable(projects.small, { kind });
    }, { iterations: 3, warmupIterations: 1 });
  });
}
