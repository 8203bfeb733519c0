import { extname, resolve } from 'node:path';
import { PROJECT_EXTENSION } from '../../../shared/entities.js';
import { AppError } from '../../errors.js';
import { defineCommand, UsageError } from '../args.js';
import { printJson, printTable } from '../output.js';
import { columnHeads, messagesFor } from '../messages.js';
import { withSession } from '../project.js';
import { formatMoment } from '../../../shared/locale-format.js';
import { formatNumberIn } from '../../../shared/number-format.js';

export const restoreCommand = defineCommand({
  name: 'restore',
  positionals: ['PROJECT'],
  options: {
    backup: { type: 'string', value: 'FILE' },
    latest: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run({ values, positionals: [project] }, io) {
    if (values.backup !== undefined && values.latest) throw new UsageError('backupOrLatest');
    const file = resolve(io.cwd, extname(project!) ? project! : `${project!}${PROJECT_EXTENSION}`);
    const words = messagesFor(io.env);
    // The project stays closed: it may be the damaged file the backup is to replace.
    await withSession(io, undefined, async (call) => {
      const backups = await call('backups.listOfFile', { project: file });
      if (values.backup === undefined && !values.latest) {
        if (values.json) printJson(io, backups);
        else if (backups.length === 0) io.out(words.t('commandLineResults.noBackups', { file }));
        else {
          // When, why and how big as the app's Backups dialog says them («5 дек. 2026 г., 18:40», «при открытии»).
          const row = (b: (typeof backups)[number]) => [
            formatMoment(b.createdAt, words.language), words.t(`backups.reasons.${b.reason}`), formatNumberIn(words.language, b.bytes), b.path,
          ];
          printTable(io, columnHeads(words, 'created', 'reason', 'bytes', 'file'), backups.map(row));
        }
        return;
      }
      const chosen = values.latest ? backups[0]?.path : resolve(io.cwd, values.backup!);
      if (!chosen) throw new AppError('noBackups', `No backups of ${file} to restore`, { file });
      const result = await call('backups.restoreFile', { project: file, backup: chosen });
      const restored = { file, backup: result.restoredFrom, kept: result.keptCurrentAs };
      io.out(words.t(result.keptCurrentAs ? 'commandLineResults.restoredKept' : 'commandLineResults.restored', restored));
    });
  },
});
