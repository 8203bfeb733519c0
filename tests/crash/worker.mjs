/**
 * Crash worker: `node test-results/crash-worker/worker.js <project> <seed> <autocheckpoint|app> <case-table.csv>`,
 * this file bundled by build.ts.
 *
 * Opens the project (built code in dist/) and performs seeded random user actions until it is
 * killed. Each line on stdout is one JSON object: `ready` once the project is open, `begin`
 * before an action, and `ack` once the action has returned, naming the action, its effect,
 * how it moved the undo history and the hash of every row it touched — what must now survive
 * any crash.
 */
import { readFileSync } from 'node:fs';
import { Store } from '../../dist/main/db/store.js';
import { trackedTables } from '../../dist/main/db/tracked-tables.js';
import { actions } from './actions.mjs';
import { createRandom } from './random.mjs';
import { readStepRows } from './rows.mjs';

// A worker its parent forgot must not run forever.
const MAX_LIFETIME_MS = 120_000;

const [path, seedText, autocheckpointText, caseTablePath] = process.argv.slice(2);
if (!path || !seedText || !autocheckpointText || !caseTablePath) {
  console.error('usage: worker.js <project> <seed> <autocheckpoint|app> <case-table.csv>');
  process.exit(2);
}
const autocheckpoint = autocheckpointText === 'app' ? 'app' : Number(autocheckpointText);

const world = {
  path,
  rng: createRandom(Number(seedText)),
  caseTable: readFileSync(caseTablePath),
  store: open(),
  get ctx() {
    return { store: this.store, coderName: 'Ada' };
  },
  reopen() {
    this.store.close();
    this.store = open();
  },
};

/** Opens the project; a small auto-checkpoint makes kills land inside checkpoints often. */
function open() {
  const store = Store.open(path);
  if (autocheckpoint !== 'app') store.db.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
  return store;
}

const say = (line) => process.stdout.write(`${JSON.stringify(line)}\n`);
const totalWeight = actions.reduce((sum, a) => sum + a.weight, 0);

function chooseAction() {
  let roll = world.rng.next() * totalWeight;
  for (const action of actions) {
    roll -= action.weight;
    if (roll < 0) return action;
  }
  return actions[actions.length - 1];
}

const lastDone = () => world.store.db.prepare('SELECT max(id) FROM history_step WHERE undone = 0').pluck().get();
const firstUndone = () => world.store.db.prepare('SELECT min(id) FROM history_step WHERE undone = 1').pluck().get();

/** Runs the action and says how the history moved: which step, if any, it recorded or replayed. */
async function perform(action, args) {
  const before = { lastDone: lastDone(), firstUndone: firstUndone() };
  const effect = await action.run(world, args);
  if (action.history === 'none') return { effect, history: { kind: 'none' } };
  if (action.history === 'undo') return { effect, history: { kind: 'undo', id: before.lastDone } };
  if (action.history === 'redo') return { effect, history: { kind: 'redo', id: before.firstUndone } };
  // A step that changed no row is dropped and leaves the redo stack alone.
  const newest = lastDone();
  return { effect, history: { kind: 'step', id: newest === before.lastDone ? null : newest } };
}

const started = Date.now();
say({ ready: true, autocheckpoint });
for (let seq = 1; Date.now() - started < MAX_LIFETIME_MS; seq++) {
  const action = chooseAction();
  const args = action.pick(world);
  if (args === null) continue;
  say({ begin: seq, action: action.name, history: action.history });
  const { effect, history } = await perform(action, args);
  const rows = history.kind === 'none' || history.id === null ? {} : readStepRows(world.store.db, trackedTables, history.id);
  say({ ack: seq, action: action.name, effect, history, rows });
}
console.error(`worker was not killed within ${MAX_LIFETIME_MS} ms`);
process.exit(3);
