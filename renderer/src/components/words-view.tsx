/** The word list (issue 10): frequencies in the project, a group, a case or a code's text; a click searches the word. */
import { useEffect, useState } from 'react';
import type { StopWordSettings } from '../../../shared/search.js';
import { stopWordLanguages } from '../../../shared/search.js';
import { exportFormats, type ExportFormat } from '../../../shared/tables.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { currentLanguage, formatNumber, t } from '../i18n/index.js';
import { fixedDigits } from '../../../shared/number-format.js';
import { codeChoices } from '../code-name.js';
import { useCallAnswer } from '../use-call.js';
import { useExport } from '../use-export.js';
import { jobLabel } from '../job-labels.js';
import { casesInListOrder } from '../case-order.js';
import { isKazakhWord } from '../../../shared/kazakh-word.js';
import { caseLabel } from '../case-label.js';
import { offeredScope, projectOffers, type ScopeChoices } from '../offered-scope.js';
import { KeepFocusButton } from './keep-focus-button.js';

/** Where the words are counted: one of a group (null: the cases in no group), a case or a code; none of them, the whole project. */
type Where = Pick<ScopeChoices, 'groupId' | 'caseId' | 'codeId'>;

/** The select's value for where the words are counted, and back. */
function whereValue(where: Where): string {
  if (where.groupId !== undefined) return `groupId:${where.groupId ?? 'none'}`;
  if (where.caseId !== undefined) return `caseId:${where.caseId}`;
  return where.codeId !== undefined ? `codeId:${where.codeId}` : '';
}
function readWhere(value: string): Where {
  const [key, id] = value.split(':');
  if (key === 'groupId') return { groupId: id === 'none' ? null : Number(id) };
  return key === 'caseId' || key === 'codeId' ? { [key]: Number(id) } : {};
}

export function WordsView({ onSearch }: { onSearch(word: string): void }) {
  const { data } = useApp();
  const [keptWhere, setWhere] = useState<Where>({});
  // A group, case or code gone (deleted, merged, undone) is the whole project in the select and in the count alike.
  const where = offeredScope(keptWhere, projectOffers(data));
  const [byStem, setByStem] = useState(false);
  const [format, setFormat] = useState<ExportFormat>('xlsx');
  const [editingStops, setEditingStops] = useState(false);

  const request = {
    byStem, limit: 500, language: currentLanguage(),
    ...(where.groupId !== undefined && { groupId: where.groupId }),
    ...(where.caseId !== undefined && { caseId: where.caseId }),
    ...(where.codeId !== undefined && { codeId: where.codeId }),
  };
  // Counted by a job: an earlier request (another scope) may answer after this one. Until this
  // one's comes, the last list is shown as being counted again, not as the new scope's.
  const { answer: list, stale } = useCallAnswer('words.list', request);

  const { exporting, run: runExport } = useExport();
  const exportList = () =>
    runExport(() => call('words.export', {
      request: { ...request, limit: 100_000 },
      format,
      labels: {
        title: t('search.words.title'), word: t('search.words.word'), count: t('search.words.count'),
        share: t('search.words.perTenThousand'), documents: t('search.words.documents'), cases: t('search.words.cases'), filterNote: '',
      },
    }));

  return (
    <div className="words-view">
      <div className="search-scope">
        <select aria-label={t('search.words.scope')} value={whereValue(where)} onChange={(e) => setWhere(readWhere(e.target.value))}>
          <option value="">{t('search.words.project')}</option>
          <optgroup label={t('search.scopeGroup')}>
            {data.groups.map((g) => <option key={g.id} value={`groupId:${g.id}`}>{g.name}</option>)}
            {data.cases.some((c) => c.groupId === null) && <option value="groupId:none">{t('search.noGroup')}</option>}
          </optgroup>
          <optgroup label={t('search.scopeCase')}>{casesInListOrder(data.cases, data.groups).map((c) => <option key={c.id} value={`caseId:${c.id}`}>{caseLabel(c, data.groups)}</option>)}</optgroup>
          <optgroup label={t('search.scopeCode')}>
            {codeChoices(data.codebook).map((c) => <option key={c.id} value={`codeId:${c.id}`}>{c.label}</option>)}
          </optgroup>
        </select>
        <label><input type="checkbox" checked={byStem} onChange={(e) => setByStem(e.target.checked)} /> {t('search.words.byStem')}</label>
      </div>
      {/* Said, not left silent: the box merges Kazakh case forms but not possessives (docs/search.md). */}
      {(currentLanguage() === 'kk' || list?.words.some((w) => isKazakhWord(w.word))) && <p className="hint small">{t('search.words.kazakhForms')}</p>}
      <div className="search-scope">
        <select aria-label={t('search.words.format')} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {exportFormats.map((f) => <option key={f} value={f} data-untranslated="format">{f.toUpperCase()}</option>)}
        </select>
        <KeepFocusButton inactive={exporting} onPress={exportList}>{t('search.words.export')}</KeepFocusButton>
        <button onClick={() => setEditingStops((v) => !v)}>{t('search.words.stopWords')}</button>
      </div>
      {editingStops && <StopWordsEditor onSaved={() => setEditingStops(false)} />}
      {/* Said at once: the job's strip comes only once it has run half a second. */}
      {!list && <p className="hint" role="status">{jobLabel('words.list')}</p>}
      {list && (
        <div className={stale ? 'read-again' : undefined} aria-busy={stale}>
          <p className="hint" data-testid="word-total" role="status">{t('search.words.total', { total: list.totalWords, distinct: list.distinctWords })}</p>
          <table className="word-table">
            <thead>
              <tr>
                <th>{t('search.words.word')}</th><th>{t('search.words.count')}</th><th>{t('search.words.share')}</th>
                <th>{t('search.words.documents')}</th><th>{t('search.words.cases')}</th>
              </tr>
            </thead>
            <tbody>
              {list.words.map((w) => (
                <tr key={w.word}>
                  <td>
                    <button className="link" data-user-data="word" onClick={() => onSearch(w.word)} title={w.forms?.join(', ') ?? t('search.words.searchWord', { word: w.word })}>
                      {w.word}
                    </button>
                  </td>
                  <td>{formatNumber(w.count)}</td>
                  <td>{formatNumber(w.share, fixedDigits(2, 'percent'))}</td>
                  <td>{formatNumber(w.documents)}</td>
                  <td>{formatNumber(w.cases)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function StopWordsEditor({ onSaved }: { onSaved(): void }) {
  const { act } = useApp();
  const [settings, setSettings] = useState<StopWordSettings | null>(null);
  useEffect(() => void call('words.stopWords', {}).then(setSettings), []);
  if (!settings) return null;
  const lines = (text: string) => text.split('\n').map((w) => w.trim()).filter(Boolean);
  return (
    <form
      className="stop-words"
      onSubmit={(e) => {
        e.preventDefault();
        void act(() => call('words.setStopWords', settings)).then((ok) => ok && onSaved());
      }}
    >
      <fieldset>
        <legend>{t('search.words.languages')}</legend>
        {stopWordLanguages.map((language) => (
          <label key={language}>
            <input
              type="checkbox" checked={settings.languages.includes(language)}
              onChange={(e) => setSettings({
                ...settings,
                languages: e.target.checked ? [...settings.languages, language] : settings.languages.filter((l) => l !== language),
              })}
            />{' '}
            {t(`search.words.${language}`)}
          </label>
        ))}
      </fieldset>
      <label>
        {t('search.words.add')}
        <textarea rows={3} value={settings.add.join('\n')} onChange={(e) => setSettings({ ...settings, add: lines(e.target.value) })} />
      </label>
      <label>
        {t('search.words.remove')}
        <textarea rows={3} value={settings.remove.join('\n')} onChange={(e) => setSettings({ ...settings, remove: lines(e.target.value) })} />
      </label>
      <button type="submit">{t('search.words.save')}</button>
    </form>
  );
}
