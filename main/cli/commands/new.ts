import { codebookLanguages, systemCodebookLanguage } from '../../../shared/default-codebook.js';
import { defineCommand } from '../args.js';
import { messagesFor } from '../messages.js';
import { withProject } from '../project.js';
import { oneOf } from '../table-presentation.js';

export const newCommand = defineCommand({
  name: 'new',
  summary: 'Create a project file with the Valence and STEEPL frameworks',
  positionals: ['PROJECT'],
  options: {
    name: { type: 'string', value: 'NAME', help: "The project's name (default: the file name)" },
    language: {
      type: 'string', value: 'LANG',
      help: `Language of the starting codebook's names and descriptions: ${codebookLanguages.join(', ')} (default: the system's, else en)`,
    },
  },
  details: [
    'PROJECT gets the .casecoder extension when it has none. An existing file is never overwritten.',
    "Without --language the codebook follows the system's language, as the app does on its first start: LC_ALL, else",
    'LC_MESSAGES, else LANG (ru_RU.UTF-8 gives Валентность/Позитивное and STEEPL/Экономические), English when it is',
    "none of en, ru, kk. A script that names codes should pass --language. The names are the project's from then on:",
    'nothing translates them later.',
  ].join('\n'),
  async run({ values, positionals: [project] }, io) {
    const language = values.language === undefined ? systemCodebookLanguage(io.env) : oneOf('language', values.language, codebookLanguages);
    await withProject(io, project!, { create: { name: values.name, language } }, (_call, created) => {
      io.out(messagesFor(io.env).t(`commandLineResults.created.${language}`, { path: created.path }));
    });
  },
});
