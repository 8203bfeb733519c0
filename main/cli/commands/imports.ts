/**
 * The imports and merges a process died in, as the app's notice lists them, and their dismissal:
 * on the command line the notice came on every command's stderr, with no way to end it but the
 * app (review-cli-1208 #4). Opening the project says each on stderr (project.ts); --dismiss then
 * removes the records of those cut short or begun on another computer, as the app's Dismiss does.
 * One another CaseCoder on this computer is still doing is not dismissed (the service refuses it: its record is what tells that it runs),
 * and the command then fails, saying why, once it has dismissed the rest.
 */
import { AppError } from '../../errors.js';
import { defineCommand } from '../args.js';
import { messagesFor } from '../messages.js';
import { withProject } from '../project.js';

export const importsCommand = defineCommand({
  name: 'imports',
  positionals: ['PROJECT'],
  options: {
    dismiss: { type: 'boolean' },
  },
  async run({ values, positionals: [project] }, io) {
    const words = messagesFor(io.env);
    await withProject(io, project!, {}, async (call, opened) => {
      const runs = opened.interruptedImports;
      if (!values.dismiss || runs.length === 0) {
        if (runs.every((run) => run.status === 'running')) io.err(words.t('commandLine.interruptedNone'));
        return;
      }
      let dismissed = 0;
      let refused: AppError | undefined;
      for (const run of runs) {
        try {
          await call('imports.dismiss', { id: run.id });
          dismissed++;
        } catch (error) {
          if (!(error instanceof AppError && error.code === 'importRunning')) throw error;
          refused = error;
        }
      }
      if (dismissed > 0) io.err(words.t('commandLine.interruptedDismissed', { count: dismissed }));
      if (refused) throw refused;
    });
  },
});
