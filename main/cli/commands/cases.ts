import { sameName } from '../../../shared/names.js';
import { UsageError, defineCommand, type Command } from '../args.js';
import type { Call } from '../call.js';
import { printJson, printTable } from '../output.js';
import { columnHeads, messagesFor } from '../messages.js';
import { withProject } from '../project.js';

const listCommand = defineCommand({
  name: 'cases',
  positionals: ['PROJECT'],
  options: {
    json: { type: 'boolean' },
  },
  async run({ values, positionals: [project] }, io) {
    const words = messagesFor(io.env);
    await withProject(io, project!, { readOnly: true, jobs: true }, async (call) => {
      const groups = new Map((await call('groups.list', {})).map((g) => [g.id, g.name]));
      const cases = (await call('cases.list', {})).map((c) => ({ ...c, groupName: c.groupId === null ? null : groups.get(c.groupId)! }));
      if (values.json) {
        // Values by the attribute's name beside those by its id: no command says which id is which
        // attribute, so a script could not read a case's city (review-cli-1208 #9).
        const attributeNames = new Map((await call('attributes.list', {})).map((a) => [String(a.id), a.name]));
        printJson(io, cases.map((c) => ({
          ...c,
          attributeValues: Object.fromEntries(Object.entries(c.attributes).map(([id, value]) => [attributeNames.get(id) ?? id, value])),
        })));
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
  positionals: ['PROJECT'],
  options: {
    case: { type: 'string', value: 'CASE', required: true },
    group: { type: 'string', value: 'GROUP' },
    to: { type: 'string', value: 'NAME', required: true },
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
  positionals: ['PROJECT'],
  options: {
    case: { type: 'string', value: 'CASE', required: true },
    group: { type: 'string', value: 'GROUP' },
    to: { type: 'string', value: 'GROUP' },
    'no-group': { type: 'boolean' },
  },
  async run({ values, positionals: [project] }, io) {
    if ((values.to === undefined) === !values['no-group']) throw new UsageError('toOrNoGroup');
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
  options: listCommand.options,
  subcommands: [renameCommand, moveCommand],
  summary: (words) => words.t('commandLineHelp.commands.cases.summaryWithSubcommands'),
  help: (words) => [listCommand.help(words), '', renameCommand.help(words), '', moveCommand.help(words)].join('\n'),
  async run(argv, io) {
    const sub = argv[0] === undefined ? undefined : subcommands[argv[0]];
    await (sub ? sub.run(argv.slice(1), io) : listCommand.run(argv, io));
  },
};
