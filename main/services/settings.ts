/**
 * Per-user settings kept outside any project: the coder's name and the recent projects.
 * CASECODER_HOME moves the whole folder (tests give each run its own).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

const Settings = z.object({
  coderName: z.string().nullable().default(null),
  recent: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof Settings>;

const MAX_RECENT = 10;

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

  setCoderName(name: string): void {
    this.write({ ...this.settings, coderName: name });
  }

  addRecent(path: string): void {
    this.write({ ...this.settings, recent: [path, ...this.settings.recent.filter((p) => p !== path)].slice(0, MAX_RECENT) });
  }

  removeRecent(path: string): void {
    this.write({ ...this.settings, recent: this.settings.recent.filter((p) => p !== path) });
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
