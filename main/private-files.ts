/**
 * Files CaseCoder writes are its user's alone: projects hold interviews, often personal data, and
 * a project, its WAL and shared-memory files (SQLite gives them the database's mode), backups,
 * copies, exports and settings were made readable by every account on the machine (the usual
 * umask, 022). Each front door calls this once, as the process starts; the mask is the process's,
 * so the worker threads' files follow it too. Files that exist already keep their mode.
 */
export function keepFilesPrivate(): void {
  process.umask(0o077);
}
