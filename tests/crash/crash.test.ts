/**
 * Crash safety: a worker performs seeded random user actions on one project and is killed
 * with SIGKILL at a random moment, again and again on the same file. After every kill the
 * project must open, pass SQLite's checks, and hold every action the worker acknowledged.
 * CRASH_POINTS (default 200) sets the number of kills, CRASH_SEED the seed; see
 * docs/crash-safety.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../main/db/store.js';
import { trackedTables } from '../../main/db/tracked-tables.js';
import { seedDefaultCodebook } from '../../main/services/codebook.js';
import { buildCrashWorker } from './build.js';
import { checkCrashedProject } from './check.js';
import { ExpectedProject } from './model.js';
import { createRandom, type Random } from './random.mjs';
import { runRound, type RoundPlan } from './round.js';
import { readAllRows, readHistory } from './rows.mjs';

const points = Number(process.env.CRASH_POINTS ?? 200);
const seed = Number(process.env.CRASH_SEED ?? 20260501);

/** Kills spread over the worker's whole life: opening, short bursts of actions, long runs. */
function planRound(rng: Random): RoundPlan {
  const early = rng.chance(0.1);
  return {
    workerSeed: rng.int(2 ** 31),
    autocheckpoint: rng.chance(0.4) ? 1 + rng.int(16) : 'app',
    killAfter: early ? 'spawn' : 'ready',
    delayMs: early ? rng.int(250) : Math.round(rng.next() ** 2 * 150),
  };
}

function createProject(path: string): ExpectedProject {
  const store = Store.create(path, 'crash');
  try {
    seedDefaultCodebook(store);
    return new ExpectedProject(readAllRows(store.db, trackedTables), readHistory(store.db));
  } finally {
    store.close();
  }
}

describe('crash safety', () => {
  let worker: string;
  beforeAll(async () => {
    worker = await buildCrashWorker();
  }, 120_000);

  it(`keeps every acknowledged action through ${points} kills (seed ${seed})`, async () => {
    const home = mkdtempSync(join(tmpdir(), 'casecoder-crash-'));
    const project = join(home, 'crash.casecoder');
    const expected = createProject(project);
    const rng = createRandom(seed);
    const stats = { acks: 0, killedMidAction: 0, killedBeforeReady: 0, inFlightCommitted: 0 };
    const started = Date.now();

    for (let round = 1; round <= points; round++) {
      const plan = planRound(rng);
      const log = await runRound(worker, project, plan);
      for (const ack of log.acks) expected.apply(ack);
      const result = checkCrashedProject(project, home, expected, log.inFlight);
      if (result.problems.length > 0) {
        // The project stays for inspection.
        expect.fail(`kill ${round} of ${points} (CRASH_SEED=${seed}, plan ${JSON.stringify(plan)}, ${log.acks.length} acks, running: ${log.inFlight}) in ${project}:\n${result.problems.join('\n')}`);
      }
      stats.acks += log.acks.length;
      if (!log.ready) stats.killedBeforeReady++;
      if (log.inFlight !== null) stats.killedMidAction++;
      if (result.inFlightCommitted) stats.inFlightCommitted++;
      if (round % 100 === 0) console.log(`crash safety: ${round} kills, ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }

    console.log(`crash safety: ${points} kills in ${((Date.now() - started) / 1000).toFixed(1)} s, ${JSON.stringify(stats)}, ${expected.rows.size} rows, ${expected.history.length} history steps`);
    expect(stats.killedMidAction).toBeGreaterThan(points / 3);
    rmSync(home, { recursive: true, force: true });
  }, 60_000 + points * 1_500);
});
