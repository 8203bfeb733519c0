import type { SegmentQuery, SegmentRow } from '../../../shared/entities.js';
import { querySegments } from '../../db/repos/segments.js';
import type { Store } from '../../db/store.js';
import { findUniqueCase, findCodeByFullPath } from '../../services/code-by-quote.js';
import { defineCommand } from '../args.js';
import { oneLine, plural, printJson, printTable } from '../output.js';
import { groupIdByName } from '../lookup.js';
import { withProject } from '../project.js';

/** The largest page querySegments serves. */
const PAGE = 1000;

export const segmentsCommand = defineCommand({
  name: 'segments',
  summary: 'List the coded segments, optionally only those of a case, group, code or coder',
  positionals: ['PROJECT'],
  options: {
    json: { type: 'boolean', help: 'Print every matching segment as JSON, full quotes included' },
    case: { type: 'string', value: 'CASE', help: 'Only segments of this case' },
    group: { type: 'string', value: 'GROUP', help: 'Only segments of cases in this group' },
    code: { type: 'string', value: 'FRAMEWORK/CODE', help: 'Only segments coded with this code' },
    coder: { type: 'string', value: 'NAME', help: 'Only segments this coder coded' },
  },
  async run({ values, positionals: [project] }, io) {
    await withProject(io, project!, {}, ({ store }) => {
      const filters: SegmentQuery = { coder: values.coder };
      if (values.case !== undefined) filters.caseId = findUniqueCase(store, values.case).id;
      if (values.group !== undefined) filters.groupId = groupIdByName(store, values.group);
      if (values.code !== undefined) filters.codeId = findCodeByFullPath(store, values.code).id;
      const rows = allSegments(store, filters);
      if (values.json) {
        printJson(io, rows);
        return;
      }
      printTable(
        io,
        ['CASE', 'DOCUMENT', 'CODES', 'QUOTE'],
        rows.map((s) => [s.caseName, oneLine(s.documentName, 40), s.codes.join(', '), oneLine(s.quote, 60)]),
      );
      io.out(plural(rows.length, 'segment'));
    });
  },
});

function allSegments(store: Store, filters: SegmentQuery): SegmentRow[] {
  const rows: SegmentRow[] = [];
  for (;;) {
    const page = querySegments(store, { ...filters, sort: 'position', descending: false, offset: rows.length, limit: PAGE });
    rows.push(...page.rows);
    if (page.rows.length === 0 || rows.length >= page.total) return rows;
  }
}
