/**
 * A team's merge of the reference project (`casecoder merge`, a whole CLI process): into a
 * teammate's copy of it, where every row matches one of theirs, and into a new project, where
 * every row is added. Not among issue 13's figures, but held to its 1 GB for anything: both
 * read two projects of the corpus's size, and a merge once peaked at 1.4 GB (2.3 GB into a copy).
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { removeDatabase } from './baseline.js';
import { figure, missing, type Figure } from './figures.js';
import type { Measured } from './spawn.js';

type Cli = (what: string, argv: string[], options?: { budget?: number; app?: boolean }) => Promise<Measured>;

export async function mergeFigures(options: { work: string; project: string; cli: Cli; rawInsertSeconds: number; memoryCapMB: number; setupBudgetMs: number }): Promise<Figure[]> {
  const { work, project, cli } = options;
  const teammate = join(work, 'teammate.casecoder');
  removeDatabase(teammate);
  copyFileSync(project, teammate);
  // A project a CLI process left is checkpointed; one left open holds its latest work here.
  if (existsSync(`${project}-wal`)) copyFileSync(`${project}-wal`, `${teammate}-wal`);
  const fresh = join(work, 'merged-into-new.casecoder');
  removeDatabase(fresh);
  const created = await cli('casecoder new (to merge into)', ['new', fresh], { budget: options.setupBudgetMs, app: false });
  const figures: Figure[] = [];
  const measure = async (name: string, into: string, baseline: number | null, setup: Measured | null) => {
    const m = setup?.status === 'ok' || setup === null ? await cli(name, ['merge', into, project]) : setup;
    if (m.status !== 'ok') {
      figures.push(missing(name, 's', m.status === 'timeout' ? 'timeout' : 'failed', m.stderr.trim().split('\n').pop() ?? 'failed', null, baseline));
      return;
    }
    figures.push(figure(name, m.wallMs / 1000, 's', {
      baseline, note: `${m.stdout.trim().split('\n')[0]?.slice(0, 240) ?? ''}${baseline === null ? '' : '; baseline = the corpus\'s rows inserted raw in one transaction'}`,
    }));
    figures.push(figure(`${name}: peak memory`, m.maxRssMB ?? 0, 'MB', { target: { max: options.memoryCapMB, of: 'value' }, note: 'whole CLI process: its plan and its writing, each in a thread' }));
  };
  await measure('merge into a teammate\'s copy of the project (CLI process)', teammate, null, null);
  await measure('merge the project into a new one (CLI process)', fresh, options.rawInsertSeconds, created);
  return figures;
}
