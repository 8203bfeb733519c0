import { defineCommand } from '../args.js';
import { printJson, printTable } from '../output.js';
import { withProject } from '../project.js';

export const casesCommand = defineCommand({
  name: 'cases',
  summary: 'List the cases with their groups and numbers of documents and segments',
  positionals: ['PROJECT'],
  options: {
    json: { type: 'boolean', help: 'Print the cases as JSON (with groupName beside groupId)' },
  },
  async run({ values, positionals: [project] }, io) {
    await withProject(io, project!, {}, async (call) => {
      const groups = new Map((await call('groups.list', {})).map((g) => [g.id, g.name]));
      const cases = (await call('cases.list', {})).map((c) => ({ ...c, groupName: c.groupId === null ? null : groups.get(c.groupId)! }));
      if (values.json) {
        printJson(io, cases);
        return;
      }
      printTable(
        io,
        ['ID', 'CASE', 'GROUP', 'DOCUMENTS', 'SEGMENTS'],
        cases.map((c) => [String(c.id), c.name, c.groupName ?? '', String(c.documentCount), String(c.segmentCount)]),
      );
    });
  },
});
