/**
 * The word list's merged forms as the app, its export and `casecoder words` give them: one list,
 * counted by the same service, so a Kazakh row named after a word the texts do not hold («астана»
 * for «Астанада», «Астанаға» and Russian «Астане») reads the same in all three.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportTable } from '../../../main/export/index.js';
import { createCase } from '../../../main/services/cases.js';
import { pasteText } from '../../../main/services/text-import.js';
import { wordList, wordListTable } from '../../../main/services/words.js';
import { runCliCaptured } from '../../helpers/cli-in-process.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
const ctx = () => t.session.context();
beforeEach(() => {
  t = newTestSession('Ada');
  t.session.createProject('study');
  pasteText(ctx(), createCase(ctx(), 'P1', null).id, 'Сұхбат', 'Астанаға бес жыл бұрын көштік. Астанада жалақы жоғары, бірақ пәтер қымбат.');
  pasteText(ctx(), createCase(ctx(), 'P2', null).id, 'Интервью', 'В Астане холодно. Правда, я прав: в Астане работы больше.');
});
afterEach(() => t.dispose());

const labels = { title: 'Words', word: 'Word', count: 'Count', share: 'Per 10,000', documents: 'Documents', cases: 'Cases', filterNote: '' };

describe('the merged word list in the app, its export and the CLI', () => {
  it('names a row of Kazakh and Russian forms after their word in all three', async () => {
    const list = wordList(ctx(), { byStem: true, limit: 100 });
    const row = list.words.find((w) => w.word === 'астана');
    expect(row).toMatchObject({ count: 4, documents: 2, cases: 2, forms: ['астане', 'астанаға', 'астанада'] });
    expect(list.words.find((w) => w.word === 'правда')?.forms).toEqual(['правда']);

    const table = wordListTable(list, labels);
    expect(table.rows.find((r) => r.key === 'астана')?.label).toBe('астана (астане, астанаға, астанада)');
    expect((await exportTable(table, 'csv')).toString('utf8')).toContain('астана (астане, астанаға, астанада)');

    const project = t.session.state().project!.path;
    t.session.closeProject();
    const run = await runCliCaptured(['words', project, '--stems', '--json'], { CASECODER_HOME: join(t.home, 'cli-home') }, t.home);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.out).words).toEqual(list.words);
    const text = await runCliCaptured(['words', project, '--stems'], { CASECODER_HOME: join(t.home, 'cli-home') }, t.home);
    expect(text.out).toMatch(/^астана +4 /m);
  });
});
