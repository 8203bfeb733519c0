import { defineCommand } from '../args.js';
import { withProject } from '../project.js';

export const newCommand = defineCommand({
  name: 'new',
  summary: 'Create a project file with the Valence and STEEPL frameworks',
  positionals: ['PROJECT'],
  options: {
    name: { type: 'string', value: 'NAME', help: "The project's name (default: the file name)" },
  },
  details: 'PROJECT gets the .casecoder extension when it has none. An existing file is never overwritten.',
  async run({ values, positionals: [project] }, io) {
    await withProject(io, project!, { create: { name: values.name } }, (_call, created) => {
      io.out(`Created ${created.path}`);
    });
  },
});
