/**
 * The read-only operations that may run as jobs, by name: each reads the project through the
 * store it is given and reports progress through `progress`, which throws when the job was
 * cancelled. An export answers as the contract has it, its file's bytes as JSON text moved to
 * the main thread (passed-json.ts base64JsonText). Jobs that write are write-job-list.ts. The
 * export and REFI-QDA writers are loaded by the jobs that use them, so a worker thread that
 * builds tables starts without them.
 */
import { cellEvidence, exportedTable, tableParts } from '../analysis/tables.js';
import { packTable } from '../analysis/table-transfer.js';
import type { ReadStore } from '../db/store.js';
import { JobReader } from '../db/repos/analysis.js';
import type { CellEvidenceQuery, CrossTable, ExportFormat, ExportLanguage, TableQuery } from '../../shared/tables.js';
import type { SegmentListFormat } from '../../shared/entities.js';
import type { TablePresentation } from '../../shared/method/presentation.js';
import { compareCases, comparisonCrossTable, type ParsedComparisonRequest } from '../services/comparison.js';
import { summariesCrossTable, summaryGrid, type ParsedSummaryGridRequest } from '../services/summaries.js';
import type { AgreementRequest } from '../../shared/agreement/schema.js';
import { agreementReport } from '../agreement/build-report.js';
import { agreementCrossTable } from '../agreement/export-table.js';
import { listCases } from '../db/repos/cases.js';
import { codeCounts } from '../db/repos/codebook.js';
import { querySegments, segmentOrder, segmentPagesInOrder } from '../db/repos/segments.js';
import { segmentListMemos } from '../db/repos/memos.js';
import { segmentListNames } from '../db/repos/segment-list-names.js';
import { listAllDocuments } from '../services/document-list.js';
import { autocodePreview } from '../services/autocode-preview.js';
import { search, type ParsedSearchRequest } from '../services/search.js';
import { wordList, wordListTable, type ParsedWordListRequest } from '../services/words.js';
import { writeSnapshot } from '../backup/snapshot.js';
import type { BackupReason } from '../backup/folder.js';
import { base64JsonText, toJsonText, type JsonText, type Passed } from './passed-json.js';
import { exportFileName, FALLBACK_FILE_NAME } from '../export/file-name.js';
import { fileNameFrom } from '../../shared/file-name.js';
import type { Progress } from './progress.js';


export const jobList = {
  'tables.build': (store: ReadStore, request: TableQuery, progress: Progress) => {
    progress(0, 1);
    // Its cells written as JSON for the main thread to pass on; the handler unpacks it (table-transfer.ts says why).
    return packTable(tableParts(store, request));
  },
  'tables.cellEvidence': (store: ReadStore, query: CellEvidenceQuery, progress: Progress) => {
    progress(0, 1);
    return cellEvidence(store, query);
  },
  'tables.export': async (store: ReadStore, { request, format }: { request: TableQuery; format: ExportFormat }, progress: Progress) => {
    progress(0, 2);
    // Only the segments the format writes are gathered: a table of counts reads none (export/segments-written.ts).
    const [{ exportTable }, { analysisTableOwners, tableMemos }] = await Promise.all([import('../export/index.js'), import('../export/table-memos.js')]);
    const written = async () => {
      const table = exportedTable(store, request, format);
      progress(1, 2);
      const content = await exportTable(table, format, tableMemos(store, table, analysisTableOwners(table.kind)));
      return { content, title: table.title, rowCount: table.rows.length, columnCount: table.columns.length };
    };
    // The table (every segment's quote, for JSON and HTML: hundreds of MB) is let go before the file's base64 is made.
    const { content, ...about } = await written();
    return { fileName: exportFileName(about.title, format), content: base64JsonText(content), ...about };
  },
  // Their project (the private copy pending-merges.ts opened) against ours, writing nothing.
  'merge.plan': async (store: ReadStore, { sourcePath }: { sourcePath: string }, progress: Progress) => {
    const { planMerge } = await import('../merge/merge-file.js');
    const source = new JobReader(sourcePath);
    try {
      return planMerge(store, source, progress);
    } finally {
      source.close();
    }
  },
  'refi.export': async (store: ReadStore, { format, language }: { format: 'qdpx' | 'qdc'; language?: ExportLanguage }, progress: Progress) => {
    progress(0, 1);
    const { exportQdc, exportQdpx } = await import('../refi/write-package.js');
    const content = format === 'qdpx' ? await exportQdpx(store, language) : await exportQdc(store, language);
    return { fileName: `${fileNameFrom(store.meta('name') ?? '', FALLBACK_FILE_NAME)}.${format}`, content: base64JsonText(content) };
  },
  // Word frequencies tokenize every text asked for (seconds over a large project); progress goes by document.
  'words.list': (store: ReadStore, request: ParsedWordListRequest, progress: Progress) => wordList({ store }, request, progress),
  'words.export': async (
    store: ReadStore,
    { request, format, labels }: { request: ParsedWordListRequest; format: ExportFormat; labels: Parameters<typeof wordListTable>[1] },
    progress: Progress,
  ) => {
    const table = wordListTable(wordList({ store }, request, progress), labels);
    const { exportTable } = await import('../export/index.js');
    const content = await exportTable(table, format);
    return { fileName: exportFileName(table.title, format), content: base64JsonText(content), rowCount: table.rows.length };
  },
  'agreement.report': (store: ReadStore, request: AgreementRequest, progress: Progress) => agreementReport(store, request, progress),
  'agreement.export': (
    store: ReadStore,
    { request, format, presentation }: { request: AgreementRequest; format: ExportFormat; presentation: TablePresentation },
    progress: Progress,
  ) => exportedCrossTable(agreementCrossTable(agreementReport(store, { ...request, maxDisagreements: 0 }, progress), presentation), format),
  // A search that counts every hit (the app's), and the autocode preview, read every matching
  // document: seconds for a common word on the reference corpus.
  'search.run': (store: ReadStore, request: ParsedSearchRequest, progress: Progress) => search({ store }, request, progress),
  // Up to 20,000 spans with their text: JSON for the main thread to pass on (passed-json.ts).
  'search.autocodePreview': (store: ReadStore, { coderName, ...input }: Parameters<typeof autocodePreview>[1] & { coderName: string | null }, progress: Progress) => {
    const { spans, complete } = autocodePreview({ store, coderName }, input, progress);
    return { spans: toJsonText(spans), complete };
  },
  // The method views read every coding of the project (most of a second on the reference corpus;
  // their exports, every quote too): counts here, a cell's segments when it is opened.
  'comparison.build': (store: ReadStore, request: ParsedComparisonRequest) => compareCases({ store }, request),
  'comparison.export': (store: ReadStore, { request, format, presentation }: { request: ParsedComparisonRequest; format: ExportFormat; presentation: TablePresentation }) =>
    exportedCrossTable(comparisonCrossTable({ store }, request, presentation), format),
  'summaries.grid': (store: ReadStore, request: ParsedSummaryGridRequest) => summaryGrid({ store }, request),
  'summaries.export': (
    store: ReadStore,
    { request, quotes, format, presentation }: { request: ParsedSummaryGridRequest; quotes: boolean; format: ExportFormat; presentation: TablePresentation },
  ) => exportedCrossTable(summariesCrossTable({ store }, request, quotes, presentation), format),
  // The lists the app reloads after every change whose counts read the whole project (half a
  // second and more on the reference corpus): off the main thread, so the app keeps answering.
  'codebook.counts': (store: ReadStore) => codeCounts(store),
  'cases.list': (store: ReadStore) => listCases(store),
  'documents.list': (store: ReadStore) => listAllDocuments(store),
  // A page of segments that sorts or searches every segment (services/segments.ts).
  'segments.query': (store: ReadStore, query: Parameters<typeof querySegments>[1]) => querySegments(store, query),
  // Every segment of such a list in its order, as ids, for the pages scrolled to after the first (services/segment-orders.ts).
  'segments.order': (store: ReadStore, query: Parameters<typeof segmentOrder>[1]) => ({ ids: Int32Array.from(segmentOrder(store, query)) }),
  // Every segment of the list, in its order, as a file: progress goes by the rows read.
  'segments.export': async (
    store: ReadStore,
    { query, format, language }: { query: Parameters<typeof segmentPagesInOrder>[1]; format: SegmentListFormat; language: ExportLanguage },
    progress: Progress,
  ) => {
    const { memoLine, segmentListTitle, writeSegmentList } = await import('../export/segment-list.js');
    // Pages are read as the writer takes them, so no more than one page of rows is held.
    let rowCount = 0;
    function* pages() {
      for (const { rows, done, total } of segmentPagesInOrder(store, query)) {
        rowCount = done;
        const memos = new Map<number, string[]>();
        for (const memo of segmentListMemos(store, rows.map((row) => row.id), query.coder)) {
          const lines = memos.get(memo.segmentId) ?? memos.set(memo.segmentId, []).get(memo.segmentId)!;
          lines.push(memoLine(memo));
        }
        yield rows.map((row) => ({ ...row, memos: memos.get(row.id) ?? [] }));
        progress(done, total);
      }
    }
    const { describeSegmentFilters } = await import('../export/segment-list-filters.js');
    const content = writeSegmentList(pages(), format, language, segmentListNames(store), describeSegmentFilters(store, query, language));
    return { fileName: exportFileName(segmentListTitle(language), format), content: base64JsonText(content), rowCount };
  },
  // The keeper's periodic snapshot (backup/keeper.ts): fingerprint and copy take seconds on a large project.
  'backup.snapshot': (store: ReadStore, { reason, at }: { reason: BackupReason; at: string }) => writeSnapshot(store, reason, new Date(at)),
} as const;

/** A method view's table written in an export format and named. */
async function exportedCrossTable(table: CrossTable, format: ExportFormat): Promise<{ fileName: string; content: JsonText<string>; title: string }> {
  const { exportTable } = await import('../export/index.js');
  return { fileName: exportFileName(table.title, format), content: base64JsonText(await exportTable(table, format)), title: table.title };
}

export type JobName = keyof typeof jobList;
export type JobInput<N extends JobName> = Parameters<(typeof jobList)[N]>[1];
/** What the job's function returns (in its worker thread). */
export type JobAnswer<N extends JobName> = Awaited<ReturnType<(typeof jobList)[N]>>;
/** What runJob gives its caller: the answer with its JSON texts to be read when touched (passed-json.ts). */
export type JobOutput<N extends JobName> = Passed<JobAnswer<N>>;
