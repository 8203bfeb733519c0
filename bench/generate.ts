/**
 * `node dist/bench/generate.js --scale S --seed N --out FILE.qdpx`: writes the reference corpus
 * of issue 13 as a REFI-QDA package and prints what it holds as one JSON line (with its peak
 * memory, which stays bounded: the corpus is streamed, never held whole).
 */
import { resolve } from 'node:path';
import { numberArg, parseArgs } from './args.js';
import { planCorpus } from './corpus/model.js';
import { writeQdpx } from './corpus/qdpx-writer.js';

const args = parseArgs(process.argv.slice(2), { scale: '1', seed: '13', out: 'corpus.qdpx' });
const started = performance.now();
const plan = planCorpus(numberArg(args, 'scale'), numberArg(args, 'seed'));
const stats = writeQdpx(plan, resolve(args.out!));
const codes = plan.codes.length;
process.stdout.write(`${JSON.stringify({
  file: resolve(args.out!), ...stats, codes, frameworks: plan.frameworks.length, cases: plan.cases.length,
  ms: Math.round(performance.now() - started), maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
})}\n`);
