/**
 * Each command opens its project, works through the services, and closes it, even on error.
 *
 * A command line run must be reproducible and leave the user's settings alone, so the
 * Session's settings folder is a temporary one, thrown away afterwards (opening a project
 * would otherwise add it to the app's recent list). The user's settings are only read, for
 * the coder name, and only when neither --coder nor CASECODER_CODER gives one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Session } from '../services/session.js';
import type { ServiceContext } from '../services/context.js';
import { defaultPaths, SettingsFile } from '../services/settings.js';
import type { CliIo } from './output.js';

export interface ProjectOptions {
  /** --coder, when the command takes one. */
  coder?: string | undefined;
  /** Create the project (with this name, else its file name) instead of opening it. */
  create?: { name?: string | undefined };
}

export async function withProject<T>(
  io: CliIo,
  projectPath: string,
  options: ProjectOptions,
  work: (ctx: ServiceContext, projectFile: string) => T | Promise<T>,
): Promise<T> {
  const configDir = mkdtempSync(join(tmpdir(), 'casecoder-cli-'));
  try {
    // Relative project paths mean the current directory here, not the app's workspace.
    const session = new Session({ configDir, workspace: io.cwd });
    const coder = coderName(io, options.coder);
    if (coder) session.settings.setCoderName(coder);
    const path = resolve(io.cwd, projectPath);
    const info = options.create ? session.createProject(path, options.create.name) : session.openProject(path);
    try {
      return await work(session.context(), info.path);
    } finally {
      session.closeProject();
    }
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
}

function coderName(io: CliIo, option: string | undefined): string | null {
  const fromEnv = io.env.CASECODER_CODER?.trim();
  return option ?? (fromEnv || new SettingsFile(defaultPaths(io.env)).get().coderName);
}
