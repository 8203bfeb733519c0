/**
 * The segment list must stay smooth at 200,000 segments: each page the grid asks for is one
 * SQL query. Each case is timed on 200,000 segments and on 2,000 (the baseline, in the same
 * run); vitest prints how many times slower the large project is.
 */
import { bench, describe } from 'vitest';
import { querySegments } from '../../main/db/repos/segments.js';
import { useBenchProjects } from '../helpers/bulk-project.js';

const projects = useBenchProjects();

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
      querySegments(projects.large, query);
    }, { iterations: 5, warmupIterations: 1 });
    bench('2,000 segments (baseline)', () => {
      querySegments(projects.small, query);
    }, { iterations: 5, warmupIterations: 1 });
  });
}
