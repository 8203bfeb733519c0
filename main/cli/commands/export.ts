import { defineCommand, oneOf } from '../args.js';
import { systemCodebookLanguage } from '../../../shared/default-codebook.js';
import { deliver, outputPath } from '../output-file.js';
import { withProject } from '../project.js';
import { watchJob } from '../watch-job.js';
import { messagesFor } from '../messages.js';
import { fileContent } from '../../jobs/passed-json.js';

export const exportCommand = defineCommand({
  name: 'export',
  positionals: ['PROJECT'],
  options: {
    format: { type: 'string', value: 'FORMAT', required: true },
    out: { type: 'string', value: 'FILE', required: true },
  },
  async run({ values, positionals: [project] }, io) {
    const words = messagesFor(io.env);
    const format = oneOf('format', values.format, ['qdpx', 'qdc']);
    await withProject(io, project!, { readOnly: true, jobs: true }, async (call, opened) => {
      const file = outputPath(io, 'out', values.out, opened.path, { format });
      // A job: its progress on stderr after a second, and Ctrl+C cancels it (the file is then not written).
      const written = await watchJob(call, io, words.t('commandLine.work.exporting', { format }), () => call('refi.export', { format, language: systemCodebookLanguage(io.env) }));
      deliver(io, file, fileContent(written), words.t(format === 'qdpx' ? 'commandLine.written.project' : 'commandLine.written.codebook'));
    });
  },
});
