/**
 * A progress bar with a cancel button for long work running in a worker thread (tables,
 * exports, REFI-QDA imports, merges): shown while a job has run for a moment, so quick work
 * does not flicker. A job that writes says what it is writing.
 */
import { useEffect, useState } from 'react';
import type { Output } from '../../../shared/contract.js';
import { call } from '../api.js';
import { t } from '../i18n/index.js';

// How often the running jobs are read, and how long a job runs before it is shown.
const POLL_MS = 400;
const SHOW_AFTER_MS = 500;

export function JobProgress() {
  const [jobs, setJobs] = useState<Output<'jobs.list'>>([]);

  useEffect(() => {
    let stopped = false;
    const poll = () =>
      void call('jobs.list', {})
        .then((list) => !stopped && setJobs(list))
        .catch(() => undefined)
        .finally(() => !stopped && (timer = setTimeout(poll, POLL_MS)));
    let timer = setTimeout(poll, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  const shown = jobs.filter((job) => Date.now() - job.startedAt >= SHOW_AFTER_MS);
  if (shown.length === 0) return null;
  return (
    <div className="job-progress" role="status">
      {shown.map((job) => (
        <div key={job.id}>
          {label(job.name)}{' '}
          <progress aria-label={label(job.name)} max={job.total || undefined} value={job.total ? job.done : undefined} />{' '}
          {job.stage === 'finishing' ? t('jobs.finishing', { total: job.total }) : job.total > 1 && t('jobs.progress', { done: job.done, total: job.total })}{' '}
          <button onClick={() => void call('jobs.cancel', { id: job.id })}>{t('jobs.cancel')}</button>
        </div>
      ))}
    </div>
  );
}

/** Jobs that write name themselves; the others (tables, exports) are "Working…". */
const writeJobLabels: Record<string, () => string> = {
  'refi.import': () => t('writeJobs.refiImport'),
  'merge.apply': () => t('writeJobs.mergeApply'),
  'documents.import': () => t('writeJobs.documentsImport'),
  'history.undo': () => t('writeJobs.historyUndo'),
  'history.redo': () => t('writeJobs.historyRedo'),
  'search.autocodeApply': () => t('writeJobs.autocodeApply'),
  'project.migrate': () => t('writeJobs.projectMigrate'),
  'codes.delete': () => t('writeJobs.codesDelete'),
  'codes.merge': () => t('writeJobs.codesMerge'),
  'cases.delete': () => t('writeJobs.casesDelete'),
  'documents.delete': () => t('writeJobs.documentsDelete'),
};

function label(name: string): string {
  return writeJobLabels[name]?.() ?? t('jobs.working');
}
