/**
 * The job progress bar says what each job is doing, in every language: a table export's bar read
 * "Working… 1 of 2", which said neither what was under way nor what was counted.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { jobList } from '../../../main/jobs/job-list.js';
import { UNLISTED } from '../../../main/jobs/run-job.js';
import { writeJobList } from '../../../main/jobs/write-job-list.js';
import { languages, setLanguage, t } from '../../../renderer/src/i18n/index.js';
import { jobLabel, jobProgressText } from '../../../renderer/src/job-labels.js';

const job = (name: string, done: number, total: number, stage: 'reading' | 'finishing' = 'reading') =>
  ({ id: 1, name, done, total, stage, startedAt: 0 }) as Parameters<typeof jobProgressText>[0];

describe('the job progress bar', () => {
  afterAll(() => setLanguage('en'));

  it('names every job it can show, in every language', async () => {
    const shown = [...Object.keys(jobList).filter((name) => !UNLISTED.has(name as never)), ...Object.keys(writeJobList)];
    for (const language of languages) {
      await setLanguage(language);
      const unnamed = shown.filter((name) => jobLabel(name) === t('jobs.working'));
      expect(unnamed, language).toEqual([]);
    }
  });

  it("says which step of a table export is under way, and counts other jobs' items", async () => {
    await setLanguage('en');
    expect([jobLabel('tables.export'), jobProgressText(job('tables.export', 0, 2)), jobProgressText(job('tables.export', 1, 2))]).toEqual([
      'Exporting the table…', 'step 1 of 2', 'step 2 of 2',
    ]);
    expect(jobProgressText(job('words.list', 120, 1000))).toBe('120 of 1,000');
    expect(jobProgressText(job('tables.build', 0, 1))).toBe(false);
    await setLanguage('ru');
    expect(`${jobLabel('tables.export')} ${jobProgressText(job('tables.export', 1, 2))}`).toBe('Экспортируется таблица… шаг 2 из 2');
  });
});
