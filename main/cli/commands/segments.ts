import type { SegmentQuery, SegmentRow } from '../../../shared/entities.js';
import { segmentListFormats } from '../../../shared/entities.js';
import { defineCommand } from '../args.js';
import { deliver, outputPath } from '../output-file.js';
import { checkExportFlags, presentationOf, presentationOptions } from '../table-presentation.js';
import { watchJob } from '../watch-job.js';
import type { Call } from '../call.js';
import { oneLine, printJson, printTable } from '../output.js';
import { groupFilter, noGroupOption } from '../group-option.js';
import { withProject } from '../project.js';
import { progressLine, type ProgressLine } from '../progress-line.js';
import { columnHeads, messagesFor } from '../messages.js';
import { fileContent } from '../../jobs/passed-json.js';
import { codesWithCoders } from '../../../shared/codes-by-coder.js';

/** The largest page segments.query serves. */
const PAGE = 1000;

export const segmentsCommand = defineCommand({
  name: 'segments',
  positionals: ['PROJECT'],
  options: {
    json: { type: 'boolean' },
    case: { type: 'string', value: 'CASE' },
    group: { type: 'string', value: 'GROUP' },
    'no-group': noGroupOption,
    code: { type: 'string', value: 'FRAMEWORK/CODE' },
    coder: { type: 'string', value: 'NAME' },
    format: { type: 'string', value: 'FORMAT', helpValues: { choices: segmentListFormats.join(', ') } },
    out: { type: 'string', value: 'FILE' },
    language: presentationOptions.language,
  },
  async run({ values, positionals: [project] }, io) {
    const words = messagesFor(io.env);
    const format = checkExportFlags(values, segmentListFormats);
    const { language } = presentationOf({ language: values.language }, io.env);
    await withProject(io, project!, { readOnly: true, jobs: true }, async (call, opened) => {
      const file = values.out === undefined ? undefined : outputPath(io, 'out', values.out, opened.path, { format });
      const filters: SegmentQuery = { coder: values.coder };
      // A mistyped name would list no segments and look like a coder who coded none.
      if (values.coder !== undefined) await call('coders.findByName', { name: values.coder });
      if (values.case !== undefined) filters.caseId = (await call('cases.findByName', { name: values.case, groupName: values.group })).id;
      const groupId = await groupFilter(call, values);
      if (groupId !== undefined) filters.groupId = groupId;
      if (values.code !== undefined) filters.codeId = (await call('codes.findByPath', { path: values.code })).id;
      if (format !== undefined && file !== undefined) {
        // A job: its progress on stderr after a second, and Ctrl+C cancels it.
        const query = { ...filters, sort: 'position' as const, descending: false };
        const list = await watchJob(call, io, words.t('commandLine.work.segmentsWritten'), () => call('segments.export', { query, format, language }));
        deliver(io, file, fileContent(list), words.t('segments.total', { count: list.rowCount }));
        return;
      }
      const rows = await allSegments(call, filters, progressLine(words.t('commandLine.work.segmentsRead'), words, (line) => io.err(line), process.stderr.isTTY === true));
      if (values.json) {
        printJson(io, rows);
        return;
      }
      printTable(
        io,
        columnHeads(words, 'case', 'document', 'codes', 'quote'),
        rows.map((s) => [s.caseName, oneLine(s.documentName, 40), codesWithCoders(s), oneLine(s.quote, 60)]),
      );
      io.err(words.t('segments.total', { count: rows.length }));
    });
  },
});

/**
 * Every matching segment, read in pages keyed by id (no OFFSET, no count or sort per page),
 * then put in position order: case, document, start.
 */
async function allSegments(call: Call, filters: SegmentQuery, progress: ProgressLine): Promise<SegmentRow[]> {
  const rows: SegmentRow[] = [];
  for (;;) {
    const afterId = rows.at(-1)?.id ?? 0;
    const page = await call('segments.query', { ...filters, afterId, countTotal: false, limit: PAGE });
    rows.push(...page.rows);
    progress.update(rows.length);
    if (page.rows.length < PAGE) break;
  }
  progress.finish();
  return rows.sort((a, b) => a.caseId - b.caseId || a.documentId - b.documentId || a.start - b.start || a.id - b.id);
}
