/**
 * A progress bar with a cancel button for long work running in a worker thread (tables,
 * exports, REFI-QDA imports, merges): shown while a job has run for a moment, so quick work
 * does not flicker. Each says what it is doing.
 */
import { useEffect, useState } from 'react';
import type { Output } from '../../../shared/contract.js';
import { call } from '../api.js';
import { t } from '../i18n/index.js';
import { jobLabel, jobProgressText } from '../job-labels.js';

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
          {jobLabel(job.name)}{' '}
          <progress aria-label={jobLabel(job.name)} max={job.total || undefined} value={job.total ? job.done : undefined} />{' '}
          {jobProgressText(job)}{' '}
          <button onClick={() => void call('jobs.cancel', { id: job.id })}>{t('jobs.cancel')}</button>
        </div>
      ))}
    </div>
  );
}
