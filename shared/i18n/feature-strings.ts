/**
 * Strings of a feature live beside the core bundles in i18n/features/<name>.ts, so a new screen
 * adds its words without editing en/ru/kk.ts. Each file's default export holds the three
 * languages; its keys sit under the file's name (features/charts.ts → t('charts.title')).
 * The list below is written out, not globbed, because the command line (plain Node, no bundler's
 * glob) says its messages with the same words as the app; a test checks it names every file.
 */
import type { Bundle, FeatureStrings } from './bundle.js';
import browserMode from './features/browserMode.js';
import charts from './features/charts.js';
import codebookTree from './features/codebookTree.js';
import codingTools from './features/codingTools.js';
import commandLine from './features/commandLine.js';
import commandLineHelp from './features/commandLineHelp.js';
import commandLineResults from './features/commandLineResults.js';
import commandLineReports from './features/commandLineReports.js';
import commandLineUsage from './features/commandLineUsage.js';
import connection from './features/connection.js';
import importDocuments from './features/import-documents.js';
import interruptedImports from './features/interruptedImports.js';
import jobs from './features/jobs.js';
import journal from './features/journal.js';
import memoDialogs from './features/memoDialogs.js';
import memoList from './features/memoList.js';
import menuItems from './features/menuItems.js';
import mergeRefusals from './features/mergeRefusals.js';
import method from './features/method.js';
import projectCopy from './features/projectCopy.js';
import refiNotes from './features/refiNotes.js';
import refiUncarried from './features/refiUncarried.js';
import refusalReasons from './features/refusalReasons.js';
import safety from './features/safety.js';
import search from './features/search.js';
import sheets from './features/sheets.js';
import shortcuts from './features/shortcuts.js';
import tableCells from './features/tableCells.js';
import uploads from './features/uploads.js';
import writeJobs from './features/writeJobs.js';

type Language = keyof FeatureStrings;

/** Feature name (the file's base name) → its strings. */
export const features: ReadonlyMap<string, FeatureStrings> = new Map<string, FeatureStrings>([
  ['browserMode', browserMode],
  ['charts', charts],
  ['codebookTree', codebookTree],
  ['codingTools', codingTools],
  ['commandLine', commandLine],
  ['commandLineHelp', commandLineHelp],
  ['commandLineResults', commandLineResults],
  ['commandLineReports', commandLineReports],
  ['commandLineUsage', commandLineUsage],
  ['connection', connection],
  ['import-documents', importDocuments],
  ['interruptedImports', interruptedImports],
  ['jobs', jobs],
  ['journal', journal],
  ['memoDialogs', memoDialogs],
  ['memoList', memoList],
  ['menuItems', menuItems],
  ['mergeRefusals', mergeRefusals],
  ['method', method],
  ['projectCopy', projectCopy],
  ['refiNotes', refiNotes],
  ['refiUncarried', refiUncarried],
  ['refusalReasons', refusalReasons],
  ['safety', safety],
  ['search', search],
  ['sheets', sheets],
  ['shortcuts', shortcuts],
  ['tableCells', tableCells],
  ['uploads', uploads],
  ['writeJobs', writeJobs],
]);

/** The core bundle with every feature's strings under the feature's name; a name the core already uses is refused. */
export function withFeatures(language: Language, core: Bundle, from: ReadonlyMap<string, FeatureStrings> = features): Bundle {
  const merged: Bundle = { ...core };
  for (const [name, strings] of from) {
    if (name in core) throw new Error(`i18n feature "${name}" collides with a core key of the same name`);
    merged[name] = strings[language];
  }
  return merged;
}
