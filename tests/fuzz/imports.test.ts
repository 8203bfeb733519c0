/**
 * The import services on hostile input, against a real (in-memory) project: only AppErrors,
 * nothing changed by a failure, normalised texts and true segments on success.
 */
import { readFileSync } from 'node:fs';
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { importCaseTable, importTextFile, pasteText } from '../../main/services/text-import.js';
import { anyText, cell, csvFile, mutated, textFile } from './arbitraries.js';
import { checkImport, fuzzProject } from './invariants.js';
import { FUZZ_TEST_TIMEOUT, fuzz } from './settings.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const validTables = fc.constantFrom(fixture('case-table-programmers.csv'), fixture('case-table-cp1251-semicolon.csv'));
const groupName = fc.option(fc.constantFrom('Programmers', 'программисты', '😀'), { nil: undefined });

describe('importCaseTable', () => {
  it('imports or refuses generated case tables in any encoding', () => {
    const { ctx } = fuzzProject();
    fuzz(fc.property(csvFile, groupName, (bytes, group) => {
      checkImport(ctx.store, () => importCaseTable(ctx, 'fuzz.csv', bytes, group));
    }));
  }, FUZZ_TEST_TIMEOUT);

  it('imports or refuses damaged copies of real case tables', () => {
    const { ctx } = fuzzProject();
    fuzz(fc.property(mutated(fc.oneof(validTables, csvFile)), groupName, (bytes, group) => {
      checkImport(ctx.store, () => importCaseTable(ctx, 'fuzz.csv', bytes, group));
    }));
  }, FUZZ_TEST_TIMEOUT);

  it('refuses random bytes cleanly', () => {
    const { ctx } = fuzzProject();
    fuzz(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      checkImport(ctx.store, () => importCaseTable(ctx, 'fuzz.csv', bytes));
    }));
  }, FUZZ_TEST_TIMEOUT);
});

describe('importTextFile and pasteText', () => {
  it('imports or refuses text files, whole or damaged, and random bytes', () => {
    const { ctx, caseId } = fuzzProject();
    const bytes = fc.oneof(textFile, mutated(textFile), fc.uint8Array({ maxLength: 400 }));
    fuzz(fc.property(bytes, (input) => {
      checkImport(ctx.store, () => importTextFile(ctx, caseId, 'fuzz.txt', input));
    }));
  }, FUZZ_TEST_TIMEOUT);

  it('stores any pasted string normalised, or refuses it', () => {
    const { ctx, caseId } = fuzzProject();
    const text = fc.oneof(anyText, fc.array(cell, { maxLength: 5 }).map((parts) => parts.join('')));
    fuzz(fc.property(text, (input) => {
      checkImport(ctx.store, () => pasteText(ctx, caseId, 'pasted', input));
    }));
  }, FUZZ_TEST_TIMEOUT);
});
