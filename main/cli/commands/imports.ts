/**
 * The imports and merges a process died in, as the app's notice lists them, and their dismissal:
 * on the command line the notice came on every command's stderr, with no way to end it but the
 * app (review-cli-1208 #4). Opening the project says each on stderr (project.ts); --dismiss then
 * removes their records, as the app's Dismiss does.
 */
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
      if (runs.length === 0) {
        io.err(words.t('commandLine.interruptedNone'));
        return;
      }
      if (!values.dismiss) return;
      for (const run of runs) await call('imports.dismiss', { id: run.id });
      io.err(words.t('commandLine.interruptedDismissed', { count: runs.length }));
    });
  },
});
