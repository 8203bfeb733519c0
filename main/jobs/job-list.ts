/**
 * The read-only operations that may run as jobs, by name: each reads the project through the
 * store it is given and reports progress through `progress`, which throws when the job was
 * cancelled. Jobs that write are write-job-list.ts. The export and REFI-QDA writers are loaded
 * by the jobs that use them, so a worker thread that builds tables starts without them.
 */
import { buildTable, cellEvidence } from '../analysis/tables.js';
import type { ReadStore } from '../db/store.js';
import type { CellEvidenceQuery, ExportFormat, TableQuery } from '../../shared/tables.js';

export type Progress = (done: number, total: number) => void;

export const jobList = {
  'tables.build': (store: ReadStore, request: TableQuery, progress: Progress) => {
    progress(0, 1);
    return buildTable(store, request);
  },
  'tables.cellEvidence': (store: ReadStore, query: CellEvidenceQuery, progress: Progress) => {
    progress(0, 1);
    return cellEvidence(store, query);
  },
  'tables.export': async (store: ReadStore, { request, format }: { request: TableQuery; format: ExportFormat }, progress: Progress) => {
    progress(0, 2);
    const table = buildTable(store, request, 'all');
    progress(1, 2);
    const [{ exportTable }, { analysisTableOwners, tableMemos }] = await Promise.all([import('../export/index.js'), import('../export/table-memos.js')]);
    const content = await exportTable(table, format, tableMemos(store, table, analysisTableOwners(table.kind)));
    return { table: { title: table.title, rows: table.rows.length, columns: table.columns.length }, content: content.toString('base64') };
  },
  'refi.export': async (store: ReadStore, { format }: { format: 'qdpx' | 'qdc' }, progress: Progress) => {
    progress(0, 1);
    const { exportQdc, exportQdpx } = await import('../refi/write-package.js');
    const content = format === 'qdpx' ? await exportQdpx(store) : await exportQdc(store);
    return content.toString('base64');
  },
} as const;

export type JobName = keyof typeof jobList;
export type JobInput<N extends JobName> = Parameters<(typeof jobList)[N]>[1];
export type JobOutput<N extends JobName> = Awaited<ReturnType<(typeof jobList)[N]>>;
