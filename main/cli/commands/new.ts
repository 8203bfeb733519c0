import { codebookLanguages, systemCodebookLanguage } from '../../../shared/default-codebook.js';
import { defineCommand, oneOf } from '../args.js';
import { messagesFor } from '../messages.js';
import { withProject } from '../project.js';

export const newCommand = defineCommand({
  name: 'new',
  positionals: ['PROJECT'],
  options: {
    name: { type: 'string', value: 'NAME' },
    language: { type: 'string', value: 'LANG', helpValues: { choices: codebookLanguages.join(', ') } },
  },
  async run({ values, positionals: [project] }, io) {
    const language = values.language === undefined ? systemCodebookLanguage(io.env) : oneOf('language', values.language, codebookLanguages);
    await withProject(io, project!, { create: { name: values.name, language } }, (_call, created) => {
      io.out(messagesFor(io.env).t(`commandLineResults.created.${language}`, { path: created.path }));
    });
  },
});
