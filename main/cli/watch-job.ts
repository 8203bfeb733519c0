/**
 * A command's long work (a table, a REFI-QDA import, a merge) runs as a job in the app's worker
 * thread (main/jobs): meanwhile its progress goes to stderr after the first second, and Ctrl+C
 * cancels it, which leaves the project as it was; the command then ends with the cancel's message.
 */
import type { Call } from './call.js';
import type { CliIo } from './output.js';
import { messagesFor } from './messages.js';
import { progressLine } from './progress-line.js';

const PROGRESS_POLL_MS = 250;

/** `what` is said in the system's language (messagesFor), as the lines that count it are. */
export async function watchJob<T>(call: Call, io: CliIo, what: string, work: () => Promise<T>): Promise<T> {
  const words = messagesFor(io.env);
  const progress = progressLine(what, words, (line) => io.err(line), process.stderr.isTTY === true);
  // The command runs one job at a time, so the jobs listed are its own.
  const timer = setInterval(() => {
    void call('jobs.list', {}).then(([job]) => job && progress.update(job.done, job.total, job.stage));
  }, PROGRESS_POLL_MS);
  const cancel = () => {
    io.err(words.t('commandLine.cancelling', { what }));
    void call('jobs.list', {}).then((jobs) => Promise.all(jobs.map(({ id }) => call('jobs.cancel', { id }))));
  };
  process.on('SIGINT', cancel);
  try {
    const result = await work();
    progress.finish();
    return result;
  } finally {
    process.off('SIGINT', cancel);
    clearInterval(timer);
  }
}
