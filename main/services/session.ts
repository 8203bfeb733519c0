/**
 * The state behind one front door: the settings and the one open project. Browser mode and
 * the Electron shell each hold one Session; the command line makes one per command.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { CodebookLanguage } from '../../shared/default-codebook.js';
import type { InterruptedImport, ProjectInfo, SessionState } from '../../shared/entities.js';
import { AppError } from '../errors.js';
import { BLIND_COPY_KEY, writeProjectCopy, type CopyOptions } from '../db/project-copy.js';
import { storageError } from '../db/storage-errors.js';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index.js';
import { listBackups, type BackupInfo } from '../backup/folder.js';
import { BackupKeeper } from '../backup/keeper.js';
import type { BackupPolicy } from '../backup/policy.js';
import { restoreBackup } from '../backup/restore.js';
import { releaseWorkers, startSpareJobThread } from '../jobs/run-job.js';
import { openProjectChecked } from '../jobs/open-checked.js';
import { detectRiskyFolder } from '../backup/risky-folder.js';
import { readingCopyIfOlder, type ReadingCopy } from '../db/reading-copy.js';
import { historyState } from '../db/history.js';
import { endRun } from '../db/repos/import-runs.js';
import { listCodingCoderNames } from '../db/repos/coders.js';
import { CASE_TABLE_CODER_GUID } from '../../shared/case-table-coder.js';
import { Store, type Migrated } from '../db/store.js';
import { nameDefaultCodebook, seedDefaultCodebook } from './codebook.js';
import { recordedRuns } from './import-runs.js';
import type { ServiceContext } from './context.js';
import { salvageInto, type SalvageOutcome } from './salvage.js';
import { SettingsFile, type SettingsPaths } from './settings.js';
import { VerifiedFiles } from './verified-files.js';

export const PROJECT_EXTENSION = '.casecoder';

export interface SessionOptions {
  /** Rolling snapshots of the open project: the desktop app and browser mode; not the command line. */
  backups?: BackupPolicy;
  /** Where the files last closed cleanly are recorded; by default beside the settings. */
  verifiedFiles?: string;
  /**
   * The command line names the coder for each run (--coder, CASECODER_CODER, else the settings):
   * a project others have coded in keeps that name, where the app asks who codes (settings.ts opened).
   */
  coderNamedPerRun?: boolean;
  /**
   * Whether a project's open starts a job thread beside its check (run-job.ts, startSpareJobThread):
   * the command line's commands that read through jobs. Not the app's: a thread loading at the
   * process's priority while the page loads takes a core the main thread, which serves it, may
   * need (two cores, Chromium drawing); its first lists wait for their thread instead.
   */
  jobThreadAhead?: boolean;
}

/** The folder a copy goes into, made when missing; a file in its place is said as such. */
function makeFolderFor(file: string): void {
  const folder = dirname(file);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'EEXIST' || code === 'ENOTDIR') throw new AppError('copyNoFolder', `${folder} is a file, not a folder: no copy was written`, { path: file, folder });
    throw error;
  }
}

export class Session {
  readonly settings: SettingsFile;
  private store: Store | null = null;
  private keeper: BackupKeeper | null = null;
  /** Why the open project's folder is unsafe for a live SQLite file, if it is. */
  private risk: string | null = null;
  /**
   * The imports and merges recorded as running when the project was opened: the process died in
   * them. Read once, on opening, so that a run this session begins is never among them.
   */
  private interrupted: InterruptedImport[] = [];
  /** The open project's migration on opening, said once by each front door (ProjectInfo.migrated). */
  private migrated: Migrated | null = null;
  /** The copy of an older file open in its place, removed when closed (ProjectInfo.readingCopy). */
  private readingCopy: (ReadingCopy & { of: string }) | null = null;
  /**
   * The open project was made at start, its default codebook named in the system's language
   * because no UI had said its own yet (LANG=C gives English under a Russian UI).
   */
  private codebookLanguageGuessed = false;
  private readonly closeListeners: (() => void)[] = [];

  private readonly verified: VerifiedFiles;
  /** Counts project switches begun (opens, closes), so an open that awaited knows it was overtaken. */
  private switches = 0;

  constructor(paths: SettingsPaths, private readonly options: SessionOptions = {}) {
    this.settings = new SettingsFile(paths);
    this.verified = new VerifiedFiles(options.verifiedFiles ?? join(paths.configDir, 'verified-files.json'));
  }

  state(): SessionState {
    const { coderName, recent } = this.settings.get();
    return { project: this.projectInfo(), coderName, recent, workspace: this.settings.paths.workspace };
  }

  /** The project files in the workspace folder, by name. */
  workspaceProjects(): string[] {
    const folder = this.settings.paths.workspace;
    try {
      return readdirSync(folder)
        .filter((name) => name.endsWith(PROJECT_EXTENSION))
        .sort((a, b) => a.localeCompare(b))
        .map((name) => resolve(folder, name));
    } catch {
      return [];
    }
  }

  /** The name to code under, in the open project and in the next ones opened without a name of their own. */
  setCoder(name: string): SessionState {
    this.settings.setCoderName(name, this.store?.path);
    return this.state();
  }

  /** The open project and current coder, for a service call. */
  context(): ServiceContext {
    if (!this.store) throw new AppError('noProject', 'No project is open');
    return { store: this.store, coderName: this.settings.get().coderName };
  }

  /** A new project, its default codebook named in `language` (the UI's, or the system's for a front door without one). */
  createProject(path: string, name?: string, language: CodebookLanguage = 'en'): ProjectInfo {
    const file = this.resolveProjectPath(path);
    if (existsSync(file)) throw new AppError('projectExists', `${file} already exists`, { path: file });
    mkdirSync(dirname(file), { recursive: true });
    const store = Store.create(file, name ?? basename(file, PROJECT_EXTENSION));
    seedDefaultCodebook(store, language);
    return this.adopt(store);
  }

  /** `heldBy`: the snapshot just restored into the file, which holds it as it opens (BackupKeeper.start). */
  openProject(path: string, heldBy?: string): ProjectInfo {
    const file = this.resolveProjectPath(path);
    let store: Store;
    try {
      store = Store.open(file, { pagesKnownSound: this.verified.unchanged(file) });
    } catch (error) {
      if (error instanceof AppError && error.code === 'projectNotFound') this.settings.removeRecent(file);
      throw error;
    }
    return this.adopt(store, store.migrated, heldBy);
  }

  /**
   * Opens a project as openProject does, with the same refusals, but awaits the page check
   * (seconds for a large file never closed cleanly here) in its worker, so the app's main
   * thread keeps serving meanwhile (issue 13). The open project stays open until the new one is
   * accepted. Any later project switch (another open, a create, a close) cancels this open
   * (jobCancelled): the user's last choice is the one that takes effect. `readingCopy`, for a
   * command that only reads: a file written by an older CaseCoder is opened as a copy brought up
   * to date, removed when it closes, the file left as it was (db/reading-copy.ts).
   */
  async openProjectAsync(path: string, { readingCopy = false }: { readingCopy?: boolean } = {}): Promise<ProjectInfo> {
    const file = this.resolveProjectPath(path);
    if (!readingCopy) return this.openFileAsync(file);
    const copy = await readingCopyIfOlder(file);
    if (!copy) return this.openFileAsync(file);
    try {
      await this.openFileAsync(copy.path);
    } catch (error) {
      copy.remove();
      throw error;
    }
    this.readingCopy = { ...copy, of: file };
    return this.projectInfo()!;
  }

  private async openFileAsync(file: string): Promise<ProjectInfo> {
    const turn = ++this.switches;
    if (this.options.jobThreadAhead) startSpareJobThread(file);
    try {
      const { store, migrated } = await openProjectChecked(file, {
        pagesKnownSound: this.verified.unchanged(file),
        coderName: this.settings.get().coderName,
        stillWanted: () => {
          if (turn !== this.switches) throw new AppError('jobCancelled', `Opening ${file} was cancelled: another project was chosen meanwhile`);
        },
      });
      return this.adopt(store, migrated);
    } catch (error) {
      if (error instanceof AppError && error.code === 'projectNotFound') this.settings.removeRecent(file);
      throw error;
    }
  }

  /**
   * A project CaseCoder refused as altered outside it, imported into a new project beside it
   * (NAME (imported).casecoder), which is then open. The altered file is not changed.
   */
  async salvageProject(path: string): Promise<SalvageOutcome & { project: ProjectInfo }> {
    const file = this.resolveProjectPath(path);
    const name = basename(file, extname(file));
    let target = resolve(dirname(file), `${name} (imported)${PROJECT_EXTENSION}`);
    for (let n = 2; existsSync(target); n++) target = resolve(dirname(file), `${name} (imported ${n})${PROJECT_EXTENSION}`);
    const outcome = await salvageInto(file, target, name);
    return { ...outcome, project: await this.openProjectAsync(target) };
  }

  /** Runs before the open project closes (work that belongs to it, such as a pending merge). */
  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }

  /**
   * Closes the project as the process ends: first the worker threads reading it, so that the
   * last connection closed is this one, which can fold the log back into the file and remove the
   * -wal and -shm beside it (a read-only connection closed last leaves them).
   */
  async shutDown(): Promise<void> {
    if (this.store) await releaseWorkers(this.store.path);
    this.closeProject();
  }

  closeProject(): void {
    this.switches++;
    if (this.store) for (const listener of this.closeListeners) listener();
    this.keeper?.stop();
    this.keeper = null;
    if (this.store) {
      const { path } = this.store;
      // A file replaced under us is not the one whose pages were checked: it is not recorded; nor a copy about to go.
      const ours = this.store.isAtPath() && !this.readingCopy;
      this.store.close();
      if (ours) this.verified.remember(path);
    }
    this.readingCopy?.remove();
    this.readingCopy = null;
    this.store = null;
    this.interrupted = [];
    this.migrated = null;
    this.codebookLanguageGuessed = false;
  }

  /**
   * A self-contained copy of the open project (one file, no WAL beside it); returns the file
   * written. `withoutCodings`: the copy a second coder codes blind (db/project-copy.ts).
   */
  saveCopy(path: string, options: CopyOptions = {}): string {
    const { store } = this.context();
    const file = this.resolveProjectPath(path);
    if (existsSync(file)) throw new AppError('projectExists', `${file} already exists`, { path: file });
    try {
      makeFolderFor(file);
      writeProjectCopy(store, file, { ...options, name: basename(file, PROJECT_EXTENSION), madeBy: this.settings.get().coderName ?? '' });
    } catch (error) {
      if (error instanceof AppError) throw error;
      // Said as a copy's failure, not as a change to the project, which is untouched.
      const storage = storageError(error);
      if (storage?.code === 'diskFull') throw new AppError('copyDiskFull', `The disk is full: no copy was written to ${file}`, { path: file });
      if (storage) throw new AppError('copyUnwritable', `${file} cannot be written (a read-only file, folder or disk): no copy was written`, { path: file });
      const detail = error instanceof Error ? error.message : String(error);
      throw new AppError('copyFailed', `No copy was written to ${file}: ${detail}`, { path: file, detail });
    }
    return file;
  }

  /** The open project's snapshots, newest first. */
  listBackups(): BackupInfo[] {
    return listBackups(this.context().store.path);
  }

  /** Puts a snapshot in place of the open project (kept first as a snapshot) and reopens it. */
  async restoreBackup(backupPath: string): Promise<ProjectInfo> {
    const { store } = this.context();
    store.assertWritable();
    const file = store.path;
    this.closeProject();
    let restored = false;
    try {
      // The app's read jobs keep threads with connections to the file for a while after them.
      await releaseWorkers(file);
      restoreBackup(backupPath, file);
      restored = true;
    } finally {
      this.openProject(file, restored ? backupPath : undefined);
    }
    return this.projectInfo()!;
  }

  /**
   * Puts away the notice of an import cut short, and its record with it: not a change to the
   * research data, so not a step to undo. The run is judged again first: one another CaseCoder on
   * this computer is doing is refused, as its record is what says it runs; one that has ended
   * meanwhile left no record. Another computer's is dismissed: only the user can tell whether it
   * still runs there, and a project copied from a teammate's computer would keep it for good. An id not among the notices (a run of this
   * session's, begun after opening) is left alone.
   */
  dismissInterrupted(id: number): SessionState {
    const { store } = this.context();
    if (!this.interrupted.some((run) => run.id === id)) return this.state();
    const [run] = recordedRuns(store.reader, id);
    if (run && run.status === 'running') {
      throw new AppError('importRunning', 'Not dismissed: this import or merge is still running in another CaseCoder on this computer; its notice goes once it ends');
    }
    if (run) endRun(store, id);
    this.interrupted = this.interrupted.filter((listed) => listed.id !== id);
    return this.state();
  }

  /** Marks the project just made at start as named in a guessed language (openInitialProject). */
  guessedCodebookLanguage(): void {
    this.codebookLanguageGuessed = this.store !== null;
  }

  /**
   * The UI's language, said when it shows a project: a project made at start names its default
   * codebook in it, for as long as nothing has been done in it (then the names are the user's).
   * Says whether a name changed.
   */
  followUiLanguage(language: CodebookLanguage): boolean {
    if (!this.store || !this.codebookLanguageGuessed) return false;
    const { canUndo, canRedo } = historyState(this.store);
    if (canUndo || canRedo) {
      this.codebookLanguageGuessed = false;
      return false;
    }
    // A job writing the project meanwhile (an import begun at once) holds its writes: the UI's
    // language is taken on a later call, if nothing has been done by then, not refused aloud.
    try {
      this.store.assertWritable();
    } catch {
      return false;
    }
    return nameDefaultCodebook(this.store, language);
  }

  private adopt(store: Store, migrated = store.migrated, heldBy?: string): ProjectInfo {
    this.closeProject();
    this.store = store;
    this.migrated = migrated;
    this.risk = detectRiskyFolder(store.path);
    this.interrupted = recordedRuns(store.reader);
    if (this.options.backups) {
      this.keeper = new BackupKeeper(store, this.options.backups);
      // A snapshot restored from an older version is migrated as it opens: it no longer holds the file.
      this.keeper.start(migrated ? undefined : heldBy);
    }
    const coders = this.options.coderNamedPerRun ? [] : listCodingCoderNames(store.reader, CASE_TABLE_CODER_GUID);
    this.settings.opened(store.path, store.meta(BLIND_COPY_KEY), coders);
    return this.projectInfo()!;
  }

  private projectInfo(): ProjectInfo | null {
    if (!this.store) return null;
    return {
      path: this.store.path,
      name: this.store.meta('name') ?? basename(this.store.path),
      schemaVersion: LATEST_SCHEMA_VERSION,
      risk: this.risk,
      blindCopyBy: this.store.meta(BLIND_COPY_KEY),
      interruptedImports: this.interrupted,
      migrated: this.migrated,
      readingCopy: this.readingCopy && { of: this.readingCopy.of, fromVersion: this.readingCopy.fromVersion },
    };
  }

  /** Relative paths live in the workspace folder; the extension is added when missing. */
  private resolveProjectPath(path: string): string {
    const withExtension = extname(path) ? path : `${path}${PROJECT_EXTENSION}`;
    return resolve(this.settings.paths.workspace, withExtension);
  }
}
