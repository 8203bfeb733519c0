/**
 * Per-user settings kept outside any project: the coder's name (and the name last used in each
 * project) and the recent projects. CASECODER_HOME moves the whole folder (tests give each run
 * its own).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

const Settings = z.object({
  coderName: z.string().nullable().default(null),
  /** [project path, coder name], newest first: the name each project was last coded under. */
  projectCoders: z.array(z.tuple([z.string(), z.string()])).default([]),
  recent: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof Settings>;

const MAX_RECENT = 10;
const MAX_PROJECT_CODERS = 200;

export interface SettingsPaths {
  configDir: string;
  workspace: string;
}

export function defaultPaths(env: NodeJS.ProcessEnv = process.env): SettingsPaths {
  if (env.CASECODER_HOME) return { configDir: env.CASECODER_HOME, workspace: join(env.CASECODER_HOME, 'projects') };
  const configRoot = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return { configDir: join(configRoot, 'casecoder'), workspace: join(homedir(), 'CaseCoder') };
}

export class SettingsFile {
  private settings: Settings;
  private readonly file: string;

  constructor(readonly paths: SettingsPaths) {
    this.file = join(paths.configDir, 'settings.json');
    this.settings = this.read();
  }

  get(): Settings {
    return this.settings;
  }

  /** The name to code under from now on; with a project, also the name that project comes back to. */
  setCoderName(name: string, projectPath?: string): void {
    this.write({ ...this.settings, coderName: name, ...(projectPath === undefined ? {} : { projectCoders: this.pinned(projectPath, name) }) });
  }

  /**
   * A project was opened: it heads the recent list, and the coder becomes the one last named in
   * it. So a copy given to a second coder on the same machine keeps their name, and the original
   * comes back under ours; a project never named in takes the current name and keeps it. Except a
   * copy made for a second coder (`blindCopyBy`, who made it) opened under its maker's name: that
   * is the first coder's, so no one is named until the user says who codes it. Likewise a project
   * others have coded in (`coders`, the people with a coding) and the current name has not: a
   * teammate's file, coded from the command line or on another machine, took the name last used
   * here, and a memo written next went in under someone else's name.
   */
  opened(path: string, blindCopyBy: string | null = null, coders: readonly string[] = []): void {
    const recent = [path, ...this.settings.recent.filter((p) => p !== path)].slice(0, MAX_RECENT);
    const current = this.settings.coderName;
    const theirs = current !== null && coders.length > 0 && !coders.some((name) => name.toLowerCase() === current.toLowerCase());
    const fresh = (blindCopyBy !== null && (current === null || current === blindCopyBy)) || theirs ? null : current;
    const coderName = this.settings.projectCoders.find(([p]) => p === path)?.[1] ?? fresh;
    const projectCoders = coderName === null ? this.settings.projectCoders : this.pinned(path, coderName);
    this.write({ ...this.settings, recent, coderName, projectCoders });
  }

  removeRecent(path: string): void {
    this.write({ ...this.settings, recent: this.settings.recent.filter((p) => p !== path) });
  }

  private pinned(path: string, name: string): [string, string][] {
    return [[path, name] as [string, string], ...this.settings.projectCoders.filter(([p]) => p !== path)].slice(0, MAX_PROJECT_CODERS);
  }

  /** A damaged settings file costs the user a name and a list, never a start-up. */
  private read(): Settings {
    try {
      return Settings.parse(JSON.parse(readFileSync(this.file, 'utf8')));
    } catch {
      return Settings.parse({});
    }
  }

  /** Written to a temporary file and renamed, so a crash leaves the old file or the new one. */
  private write(next: Settings): void {
    mkdirSync(this.paths.configDir, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(next, null, 2));
    renameSync(temporary, this.file);
    this.settings = next;
  }
}
