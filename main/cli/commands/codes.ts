import { codeTree } from '../../../shared/code-tree.js';
import { defineCommand } from '../args.js';
import { oneLine, printJson, printTable } from '../output.js';
import { columnHeads, messagesFor } from '../messages.js';
import { withProject } from '../project.js';

export const codesCommand = defineCommand({
  name: 'codes',
  positionals: ['PROJECT'],
  options: {
    json: { type: 'boolean' },
  },
  async run({ values, positionals: [project] }, io) {
    const words = messagesFor(io.env);
    await withProject(io, project!, { readOnly: true }, async (call) => {
      const codebook = await call('codebook.get', {});
      // Codebook order is depth first, so each sub-code follows its parent.
      const codes = codeTree(codebook).entries.map(({ code, path }) => ({ ...code, path }));
      if (values.json) {
        printJson(io, { frameworks: codebook.frameworks, codes });
        return;
      }
      const rows = codebook.frameworks.flatMap((framework) => [
        [framework.name, words.t(framework.exclusive ? 'commandLineResults.exclusiveFramework' : 'commandLineResults.framework')],
        ...codes.filter((c) => c.frameworkId === framework.id).map((c) => [c.path, oneLine(c.description, 70)]),
      ]);
      printTable(io, columnHeads(words, 'path', 'description'), rows);
    });
  },
});
