/**
 * The words of the job progress bar (components/job-progress.tsx): what a job is doing, and how
 * far it has come.
 */
import type { Output } from '../../shared/contract.js';
import { t } from './i18n/index.js';

/** What each job shown is doing; a job not named here (none yet) is "Working…". */
const jobLabels: Record<string, () => string> = {
  'tables.build': () => t('jobs.names.tablesBuild'),
  'tables.cellEvidence': () => t('jobs.names.tablesCellEvidence'),
  'tables.export': () => t('jobs.names.tablesExport'),
  'segments.export': () => t('jobs.names.segmentsExport'),
  'merge.plan': () => t('jobs.names.mergePlan'),
  'refi.export': () => t('jobs.names.refiExport'),
  'words.list': () => t('jobs.names.wordsList'),
  'words.export': () => t('jobs.names.wordsExport'),
  'agreement.report': () => t('jobs.names.agreementReport'),
  'agreement.export': () => t('jobs.names.agreementExport'),
  'search.run': () => t('jobs.names.searchRun'),
  'search.autocodePreview': () => t('jobs.names.searchAutocodePreview'),
  'comparison.build': () => t('jobs.names.comparisonBuild'),
  'comparison.export': () => t('jobs.names.comparisonExport'),
  'summaries.grid': () => t('jobs.names.summariesGrid'),
  'summaries.export': () => t('jobs.names.summariesExport'),
  'refi.import': () => t('writeJobs.refiImport'),
  'merge.apply': () => t('writeJobs.mergeApply'),
  'documents.import': () => t('writeJobs.documentsImport'),
  'history.undo': () => t('writeJobs.historyUndo'),
  'history.redo': () => t('writeJobs.historyRedo'),
  'search.autocodeApply': () => t('writeJobs.autocodeApply'),
  'project.migrate': () => t('writeJobs.projectMigrate'),
  'project.salvage': () => t('writeJobs.projectSalvage'),
  'codes.delete': () => t('writeJobs.codesDelete'),
  'codes.merge': () => t('writeJobs.codesMerge'),
  'cases.delete': () => t('writeJobs.casesDelete'),
  'documents.delete': () => t('writeJobs.documentsDelete'),
};

export function jobLabel(name: string): string {
  return jobLabels[name]?.() ?? t('jobs.working');
}

/**
 * Jobs whose progress counts steps of their own, not items: an export builds the table, then
 * writes its file. "1 of 2" alone said neither what nor which; the step under way is shown.
 */
const STEPPED: ReadonlySet<string> = new Set(['tables.export']);

export function jobProgressText(job: Output<'jobs.list'>[number]): string | false {
  if (job.stage === 'finishing') return t('jobs.finishing', { total: job.total });
  if (job.total <= 1) return false;
  if (STEPPED.has(job.name)) return t('jobs.steps', { step: Math.min(job.done + 1, job.total), total: job.total });
  return t('jobs.progress', { done: job.done, total: job.total });
}
