/** casecoder table's journal options, run in-process on a project built through the dispatch. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../helpers/cli-in-process.js';
import { caseWithText, codeId, newMethodProject, type MethodProject } from '../method/helpers.js';

let p: MethodProject;
let project: string;
beforeEach(async () => {
  p = await newMethodProject();
  const anna = await caseWithText(p.call, 'Anna', 'Programmers', 'Low wages. Good team.');
  const boris = await caseWithText(p.call, 'Boris', 'Programmers', 'Low wages here too.');
  const negative = await codeId(p.call, 'Valence/Negative');
  await p.call('coding.apply', { documentId: anna.documentId, start: 0, end: 10, codeId: negative });
  await p.call('coding.apply', { documentId: boris.documentId, start: 0, end: 9, codeId: negative });
  await p.call('selection.decide', { caseId: boris.caseId, status: 'excluded', reason: 'Similar information', criteria: [] });
  project = p.t.session.state().project!.path;
  p.t.session.closeProject();
});
afterEach(() => p.t.dispose());

const cli = (...argv: string[]) => runCliCaptured(argv, { CASECODER_HOME: join(p.t.home, 'cli-home') }, p.t.home);

describe('casecoder table as a journal prints it', () => {
  it('numbers, titles and notes the table, says what it counts, adds the appendix, counts selected cases unless told', async () => {
    const table = async (...args: string[]) => {
      const run = await cli('table', project, '--kind', 'code-case', '--cols', 'Valence', '--format', 'md', '--out', 't.md', ...args);
      expect(run.status).toBe(0);
      return readFileSync(join(p.t.home, 't.md'), 'utf8');
    };
    const md = await table('--number', '2', '--title', 'Negative facts', '--note', 'Interviews of 2024.', '--count', 'cases', '--appendix', '--language', 'ru');
    expect(md.split('\n')[0]).toBe('**Таблица 2.** *Negative facts*');
    expect(md).toMatch(/\*Примечание\.\* Interviews of 2024\. .*В ячейках указано число кейсов/);
    expect(md).toContain('**Приложение. Идентификаторы сегментов по ячейкам**');
    expect(md).not.toMatch(/^\| Boris /m);
    expect(await table('--include-all-cases')).toMatch(/^\| Boris /m);
    expect((await cli('table', project, '--kind', 'code-case', '--format', 'md', '--out', 'x', '--count', 'words')).err).toMatch(/--count must be one of segments, passages, cases/);
  });
});
