/**
 * The command line's front door: the one module of the CLI that builds a Session (as browser
 * mode and the Electron shell build theirs); every command then works through the dispatch.
 *
 * A command line run must be reproducible and leave the user's settings alone, so the
 * Session's settings folder is a temporary one, thrown away afterwards (opening a project
 * would otherwise add it to the app's recent list). The user's settings are only read, for
 * the coder name, and only when neither --coder nor CASECODER_CODER gives one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CodebookLanguage } from '../../shared/default-codebook.js';
import type { ProjectInfo } from '../../shared/entities.js';
import { createDispatch } from '../api/dispatch.js';
import { Session } from '../services/session.js';
import { defaultPaths, SettingsFile } from '../services/settings.js';
import { interruptedImportLine } from '../../shared/i18n/interrupted-import-text.js';
import { callThrough, type Call } from './call.js';
import { shutDownOnInterrupt } from './interrupt.js';
import { messagesFor } from './messages.js';
import type { CliIo } from './output.js';

export interface ProjectOptions {
  /** --coder, when the command takes one. */
  coder?: string | undefined;
  /** Create the project (with this name, else its file name; its codebook in this language) instead of opening it. */
  create?: { name?: string | undefined; language?: CodebookLanguage };
  /** The command only reads: an older project is read from a copy brought up to date, the file left as it was (db/reading-copy.ts). */
  readOnly?: boolean;
  /** The command reads through jobs (a listing, a table, an export): their thread starts while the project is checked. */
  jobs?: boolean;
}

/** A session with no project open, for work on project files themselves (backups). */
export async function withSession<T>(io: CliIo, coder: string | undefined, work: (call: Call) => T | Promise<T>, jobs = false): Promise<T> {
  const configDir = mkdtempSync(join(tmpdir(), 'casecoder-cli-'));
  // Ctrl+C ends the process without unwinding this call (index.ts); the folder goes all the same.
  const removeConfig = () => rmSync(configDir, { recursive: true, force: true });
  process.once('exit', removeConfig);
  try {
    // Relative project paths mean the current directory here, not the app's workspace. The
    // record of files closed cleanly is the user's own, so a command after a command (or the
    // app) does not read every page of the project again.
    const verifiedFiles = join(defaultPaths(io.env).configDir, 'verified-files.json');
    const session = new Session({ configDir, workspace: io.cwd }, { verifiedFiles, coderNamedPerRun: true, jobThreadAhead: jobs });
    shutDownOnInterrupt(() => session.shutDown());
    const logged: string[] = [];
    const call = callThrough(createDispatch(session, (message) => logged.push(message)), logged);
    const name = coderName(io, coder);
    if (name) await call('session.setCoder', { name });
    try {
      return await work(call);
    } finally {
      shutDownOnInterrupt(null);
      await session.shutDown();
    }
  } finally {
    process.off('exit', removeConfig);
    removeConfig();
  }
}

export async function withProject<T>(
  io: CliIo,
  projectPath: string,
  options: ProjectOptions,
  work: (call: Call, project: ProjectInfo) => T | Promise<T>,
): Promise<T> {
  return withSession(io, options.coder, async (call) => {
    const path = resolve(io.cwd, projectPath);
    const project = options.create
      ? await call('project.create', { path, name: options.create.name, language: options.create.language })
      : await call('project.open', { path, ...(options.readOnly && { readingCopy: true }) });
    // An import or merge the process died in, said on stderr before the command's own output.
    const words = messagesFor(io.env);
    for (const run of project.interruptedImports) io.err(`${path}: ${interruptedImportLine(words, words.language, run)}`);
    if (project.readingCopy) {
      io.err(`${path}: ${words.t('project.readFromCopy', { from: project.readingCopy.fromVersion, to: project.schemaVersion })}`);
    } else if (project.migrated) {
      // Said by a command that writes: the file changed, and an older CaseCoder now refuses it.
      const { fromVersion, keptAs } = project.migrated;
      io.err(`${path}: ${words.t('project.migrated', { from: fromVersion, to: project.schemaVersion, keptAs })}`);
    }
    // The file the user named, not its copy: a command refuses to write its output over it (output-file.ts).
    return work(call, project.readingCopy ? { ...project, path } : project);
  }, options.jobs);
}

function coderName(io: CliIo, option: string | undefined): string | null {
  const fromEnv = io.env.CASECODER_CODER?.trim();
  return option ?? (fromEnv || new SettingsFile(defaultPaths(io.env)).get().coderName);
}
