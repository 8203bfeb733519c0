import { sameName } from '../../../shared/names.js';
import { UsageError, defineCommand, type Command } from '../args.js';
import type { Call } from '../call.js';
import { printJson, printTable } from '../output.js';
import { columnHeads, messagesFor } from '../messages.js';
import { withProject } from '../project.js';

const listCommand = defineCommand({
  name: 'cases',
  summary: 'List the cases with their groups and numbers of documents and segments',
  positionals: ['PROJECT'],
  options: {
    json: { type: 'boolean', help: 'Print the cases as JSON (with groupName beside groupId)' },
  },
  details: 'casecoder cases rename PROJECT ... and casecoder cases move PROJECT ... rename a case or move it to another group.',
  async run({ values, positionals: [project] }, io) {
    const words = messagesFor(io.env);
    await withProject(io, project!, {}, async (call) => {
      const groups = new Map((await call('groups.list', {})).map((g) => [g.id, g.name]));
      const cases = (await call('cases.list', {})).map((c) => ({ ...c, groupName: c.groupId === null ? null : groups.get(c.groupId)! }));
      if (values.json) {
        printJson(io, cases);
        return;
      }
      printTable(
        io,
        columnHeads(words, 'id', 'case', 'group', 'documents', 'segments'),
        cases.map((c) => [String(c.id), c.name, c.groupName ?? '', String(c.documentCount), String(c.segmentCount)]),
      );
    });
  },
});

/** The case a command names: by name, in --group when given (a name is unique within its group). */
async function namedCase(call: Call, name: string, groupName: string | undefined): Promise<number> {
  return (await call('cases.findByName', { name, groupName })).id;
}

const renameCommand = defineCommand({
  name: 'cases rename',
  summary: 'Rename a case',
  positionals: ['PROJECT'],
  options: {
    case: { type: 'string', value: 'CASE', required: true, help: 'Name of the case' },
    group: { type: 'string', value: 'GROUP', help: 'Group of the case, when cases of other groups share its name' },
    to: { type: 'string', value: 'NAME', required: true, help: 'New name (no other case of its group may have it)' },
  },
  async run({ values, positionals: [project] }, io) {
    await withProject(io, project!, {}, async (call) => {
      await call('cases.rename', { id: await namedCase(call, values.case, values.group), name: values.to });
      io.out(messagesFor(io.env).t('commandLineResults.renamed', { case: values.case, name: values.to }));
    });
  },
});

const moveCommand = defineCommand({
  name: 'cases move',
  summary: 'Move a case to another group',
  positionals: ['PROJECT'],
  options: {
    case: { type: 'string', value: 'CASE', required: true, help: 'Name of the case' },
    group: { type: 'string', value: 'GROUP', help: 'Its group now, when cases of other groups share its name' },
    to: { type: 'string', value: 'GROUP', help: 'Group to move it to (created when missing)' },
    'no-group': { type: 'boolean', help: 'Take the case out of any group instead' },
  },
  async run({ values, positionals: [project] }, io) {
    if ((values.to === undefined) === !values['no-group']) throw new UsageError('give either --to GROUP or --no-group');
    await withProject(io, project!, {}, async (call) => {
      const id = await namedCase(call, values.case, values.group);
      const target = values.to === undefined ? null : await groupId(call, values.to);
      await call('cases.setGroup', { id, groupId: target });
      const words = messagesFor(io.env);
      io.out(values.to === undefined
        ? words.t('commandLineResults.movedOut', { case: values.case })
        : words.t('commandLineResults.moved', { case: values.case, group: values.to }));
    });
  },
});

async function groupId(call: Call, name: string): Promise<number> {
  const existing = (await call('groups.list', {})).find((g) => sameName(g.name, name));
  return existing ? existing.id : (await call('groups.create', { name })).id;
}

const subcommands: Record<string, Command> = { rename: renameCommand, move: moveCommand };

/** `cases PROJECT` lists; `cases rename|move PROJECT ...` change one case. */
export const casesCommand: Command = {
  name: 'cases',
  summary: 'List the cases with their groups and numbers of documents and segments (also: cases rename, cases move)',
  help: [listCommand.help, '', renameCommand.help, '', moveCommand.help].join('\n'),
  async run(argv, io) {
    const sub = argv[0] === undefined ? undefined : subcommands[argv[0]];
    await (sub ? sub.run(argv.slice(1), io) : listCommand.run(argv, io));
  },
};
