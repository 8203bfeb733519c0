/**
 * What a front door opens on start: the project it was given (created when the file does not
 * exist yet), else the most recent project, else the demo study. A recent project that fails
 * to open is reported and skipped, so the app always starts. A project created here has its
 * default codebook in `language` (the system's: no UI has chosen one yet), renamed into the UI's
 * when it says its own before anything is done (Session.followUiLanguage); the demo study too is
 * made in `language`.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CodebookLanguage } from '../../shared/default-codebook.js';
import type { Session } from '../services/session.js';
import { ensureDemoProject } from './demo-project.js';

/** `notReopened` hears of the recent project skipped, and why, to say it in its front door's words. */
export function openInitialProject(
  session: Session, given: string | undefined, notReopened: (path: string, error: unknown) => void, language: CodebookLanguage = 'en',
): void {
  if (given) {
    const path = resolve(given);
    if (existsSync(path)) session.openProject(path);
    else {
      session.createProject(path, undefined, language);
      session.guessedCodebookLanguage();
    }
    return;
  }
  const recent = session.state().recent[0];
  if (recent) {
    try {
      session.openProject(recent);
      return;
    } catch (error) {
      notReopened(recent, error);
    }
  }
  ensureDemoProject(session, language);
}
