/**
 * An import or merge the project was found stopped in when it opened (the process died part-way:
 * main/services/import-runs.ts): what stopped and when, which files came in and which did not,
 * with the documents imported again in one click (those already in are skipped as duplicates)
 * and the notice dismissed, which forgets its record: not a change to the research data, so not undone.
 * One another CaseCoder was still doing is said as such, with neither: its files are still coming
 * in, and its record is what tells that it runs.
 */
import type { InterruptedImport } from '../../../shared/entities.js';
import { interruptedImportText } from '../../../shared/i18n/interrupted-import-text.js';
import { call } from '../api.js';
import type { Act } from '../app-context.js';
import { currentLanguage, t, words } from '../i18n/index.js';

export function InterruptedImportNotice({ run, act, onImportAgain }: { run: InterruptedImport; act: Act; onImportAgain(): void }) {
  const text = interruptedImportText(words, currentLanguage(), run);
  return (
    <section className="message warning interrupted-import" role="status" aria-label={text.title} data-testid="interrupted-import" data-status={run.status}>
      <strong>{text.title}</strong> {text.what}
      {text.lists.length > 0 && (
        <ul>
          {text.lists.map((list) => (
            <li key={list.outcome} data-outcome={list.outcome}>
              {list.label} <span data-user-data="file-name">{list.names}</span>
            </li>
          ))}
        </ul>
      )}
      <p>{text.hint}</p>
      {run.status !== 'running' && (
        <div className="notice-buttons">
          {run.kind === 'documents' && run.files.pending > 0 && (
            <button type="button" onClick={onImportAgain}>{t('interruptedImports.importAgain')}</button>
          )}
          <button type="button" onClick={() => void act(() => call('imports.dismiss', { id: run.id }))}>{t('interruptedImports.dismiss')}</button>
        </div>
      )}
    </section>
  );
}
