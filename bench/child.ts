/**
 * One long operation in a process of its own, so the runner can time it out, read its peak
 * memory and its longest event-loop block: `node dist/bench/child.js '<json op>'`. It prints
 * one line `BENCH-RESULT {...}`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { TableRequest, TableKind } from '../shared/tables.js';
import { openApi, type Api } from './api.js';
import { RESULT_PREFIX, type ChildOp, type ChildResult } from './child-protocol.js';
import { fileContent } from '../main/jobs/passed-json.js';

/**
 * This process is both the app (the dispatch) and its user. An operation may end in the user's
 * own work on what the app returned (decoding files and writing them to disk): that work runs
 * after the app's part, timed with the operation but outside the app's event-loop watch.
 */
type UserWork = () => string;

async function main(): Promise<void> {
  const op = JSON.parse(process.argv[2]!) as ChildOp;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  const api = await openApi(op.project);
  try {
    const prepared = await prepare(api, op);
    loop.enable();
    // The histogram only records from its second tick on: let it tick once before the work.
    await sleep(30);
    const started = performance.now();
    const outcome = await prepared();
    const appMs = performance.now() - started;
    // One more turn of the loop, so a block at the very end is recorded.
    await sleep(30);
    loop.disable();
    const userStarted = performance.now();
    const detail = typeof outcome === 'string' ? outcome : outcome();
    const ms = appMs + (performance.now() - userStarted);
    const result: ChildResult = { ms, maxRssMB: process.resourceUsage().maxRSS / 1024, loopMaxMs: loop.max / 1e6, detail };
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
  } finally {
    api.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Looks up ids before the clock starts, and returns the timed work. */
async function prepare(api: Api, op: ChildOp): Promise<() => Promise<string | UserWork>> {
  switch (op.op) {
    case 'table': {
      const requests = await tableRequests(api, op.kind, op.frameworks);
      return async () => {
        let cells = 0;
        for (const request of requests) {
          const table = await api.call('tables.build', request);
          cells += table.rows.length * table.columns.length;
        }
        return `${requests.length} table(s), ${cells} cells`;
      };
    }
    case 'export': {
      const filters = op.segments === null ? {} : { documentIds: await documentsHolding(api, op.segments) };
      const requests = (await tableRequests(api, 'case-matrix', op.frameworks)).map((r) => ({ ...r, filters }));
      return async () => {
        const files: { fileName: string; content: string }[] = [];
        for (const request of requests) files.push(await api.call('tables.export', { request, format: op.format }));
        return () => {
          let bytes = 0;
          for (const [i, file] of files.entries()) {
            const content = fileContent(file);
            writeFileSync(join(op.outDir, `${i}-${file.fileName}`), content);
            bytes += content.length;
          }
          return `${requests.length} file(s), ${(bytes / 1e6).toFixed(1)} MB${op.segments === null ? '' : `, documents holding ≥ ${op.segments} segments`}`;
        };
      };
    }
    case 'table-json': {
      const [request] = await tableRequests(api, op.kind, op.frameworks);
      return async () => {
        const file = await api.call('tables.export', { request: request!, format: 'json' });
        return () => {
          const content = fileContent(file);
          writeFileSync(op.out, content);
          return `${file.rowCount} × ${file.columnCount} cells, ${(content.length / 1e6).toFixed(1)} MB`;
        };
      };
    }
    case 'agreement':
      // As the app's Agreement view asks it: every code, the first 200 disagreements shown.
      return async () => {
        const report = await api.call('agreement.report', { coders: op.coders, maxDisagreements: 200 });
        return `${report.documents.length} documents, ${report.codes.length} codes, ${report.disagreementCount} disagreements`;
      };
    case 'segment-list':
      return async () => {
        const file = await api.call('segments.export', { query: { sort: 'position' }, format: op.format });
        return () => {
          const content = fileContent(file);
          writeFileSync(op.out, content);
          return `${file.rowCount} rows, ${(content.length / 1e6).toFixed(1)} MB`;
        };
      };
    case 'refi-export':
      return async () => {
        const file = await api.call('refi.export', { format: 'qdpx' });
        return () => {
          const content = fileContent(file);
          writeFileSync(op.out, content);
          return `${(content.length / 1e6).toFixed(1)} MB`;
        };
      };
  }
}

/**
 * The requests that cover every code of the corpus's frameworks: a case matrix per framework,
 * cross-tabs of framework pairs, and code × case and co-occurrence over all codes at once.
 */
async function tableRequests(api: Api, kind: TableKind, frameworkNames: string[]): Promise<TableRequest[]> {
  const { frameworks } = await api.call('codebook.get', {});
  const ids = frameworkNames.map((name) => {
    const found = frameworks.find((f) => f.name === name);
    if (!found) throw new Error(`The project has no framework ${name}`);
    return found.id;
  });
  switch (kind) {
    case 'case-matrix':
      return ids.map((id) => ({ kind, columnFramework: id, groupBy: 'group' }));
    case 'crosstab': {
      const pairs: TableRequest[] = [];
      for (let i = 0; i + 1 < ids.length; i += 2) pairs.push({ kind, rowFramework: ids[i]!, columnFramework: ids[i + 1]! });
      return pairs;
    }
    case 'code-case':
    case 'cooccurrence':
      return [{ kind }];
  }
}

/** The first documents (in import order) that together hold at least `segments` segments. */
async function documentsHolding(api: Api, segments: number): Promise<number[]> {
  const documents = (await api.call('documents.list', {})).sort((a, b) => a.id - b.id);
  const ids: number[] = [];
  let held = 0;
  for (const d of documents) {
    if (held >= segments) break;
    ids.push(d.id);
    held += d.segmentCount;
  }
  return ids;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
