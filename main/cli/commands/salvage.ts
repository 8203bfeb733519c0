import { extname, resolve } from 'node:path';
import { PROJECT_EXTENSION } from '../../../shared/entities.js';
import { defineCommand } from '../args.js';
import { printJson } from '../output.js';
import { rowsByKind, messagesFor } from '../messages.js';
import { withSession } from '../project.js';

export const salvageCommand = defineCommand({
  name: 'salvage',
  positionals: ['PROJECT'],
  options: {
    json: { type: 'boolean' },
  },
  async run({ values, positionals: [project] }, io) {
    const file = resolve(io.cwd, extname(project!) ? project! : `${project!}${PROJECT_EXTENSION}`);
    // The project is not opened: the dispatch reads its data from a copy.
    await withSession(io, undefined, async (call) => {
      const result = await call('project.salvage', { path: file });
      if (values.json) {
        printJson(io, { path: result.project.path, added: result.added, leftBehind: result.leftBehind });
        return;
      }
      const words = messagesFor(io.env);
      io.out(words.t('commandLineResults.salvaged', { file, project: result.project.path }));
      io.out(`  ${words.t('commandLineResults.cameAcross', { counts: rowsByKind(words, result.added) })}`);
      io.out(`  ${words.t(result.leftBehind > 0 ? 'commandLineResults.leftBehind' : 'commandLineResults.leftBehindNone', { count: result.leftBehind })}`);
    });
  },
});
