/**
 * Ctrl+C outside a watched job (watch-job.ts cancels those) ends the command with the status a
 * shell expects, 130, once the open session is shut down: its job threads' connections closed
 * before the writer's, so SQLite removes the project's -wal and -shm with the last of them.
 * process.exit alone ended the threads with their connections open and left both files beside
 * the project. The process's exit handlers still run (project.ts's removes its settings folder).
 */
let shutDown: (() => Promise<void>) | null = null;
let interrupted = false;

/** What Ctrl+C shuts down first while a command runs; null when nothing is open. */
export function shutDownOnInterrupt(work: (() => Promise<void>) | null): void {
  shutDown = work;
}

/** The process's SIGINT handler (index.ts). A second Ctrl+C does not wait for the first. */
export function interrupt(): void {
  if (process.listenerCount('SIGINT') > 1 && !interrupted) return;
  if (interrupted || !shutDown) process.exit(130);
  interrupted = true;
  void shutDown().catch(() => {}).finally(() => process.exit(130));
}
