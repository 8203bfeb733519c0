/** The seed study in ../shared (read-only material given to the project), when present. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const seedStudyDir = fileURLToPath(new URL('../../../shared/seed-study/', import.meta.url));
export const hasSeedStudy = existsSync(`${seedStudyDir}table1-programmers.csv`);

// CI always has ../shared beside the clone: there a missing seed study is a failure, not a skip.
if (!hasSeedStudy && process.env.CI) throw new Error(`The seed study is missing at ${seedStudyDir}, and CI must run its tests`);
if (!hasSeedStudy) console.warn(`Seed-study tests skipped: ${seedStudyDir} is absent on this machine.`);
