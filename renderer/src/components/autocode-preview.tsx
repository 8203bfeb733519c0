/** "Code all hits": every span the query would code, each with a tick to leave it out, then one undoable coding. */
import { useEffect, useState } from 'react';
import type { AutocodeSpan, SearchScope } from '../../../shared/search.js';
import { codingScopes, holdsOnlyLeftOut, spanForms } from '../../../shared/search.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { t } from '../i18n/index.js';
import { sourceLabel } from '../source-label.js';
import { caseLabelByName } from '../case-label.js';
import { codeChoices, codePath } from '../code-name.js';
import { DialogFrame } from './dialog-frame.js';

type CodingScope = (typeof codingScopes)[number];
const scopeLabel: Record<CodingScope, string> = { hit: 'search.scopeHit', sentence: 'search.scopeSentence', paragraph: 'search.scopeParagraph' };

/**
 * The words the query found, each with the spans holding it, most spans first: a stem also
 * matches words it was not meant for (Porter's «mobil» is mobilization's and mobile's), and a
 * short list of forms shows that at once where a long list of spans hides it.
 */
function foundForms(spans: readonly AutocodeSpan[]): [string, number[]][] {
  const forms = new Map<string, number[]>();
  spans.forEach((span, i) => {
    for (const form of spanForms(span)) {
      const holding = forms.get(form);
      if (holding) holding.push(i);
      else forms.set(form, [i]);
    }
  });
  return [...forms].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/** `leftOut`: the forms unticked in the search panel, whose spans start unticked here. */
export function AutocodePreview({ query, scope, leftOut, onClose }: { query: string; scope: SearchScope; leftOut: ReadonlySet<string>; onClose(): void }) {
  const { data, act, showError } = useApp();
  const codes = data.codebook.codes;
  // No code is chosen for the researcher: one click codes every hit, and a code picked for them
  // (the first of the codebook, Positive) coded a search's hits with a meaning nobody gave them.
  const [codeId, setCodeId] = useState<number | null>(null);
  const [codingScope, setCodingScope] = useState<CodingScope>('hit');
  const [preview, setPreview] = useState<{ spans: AutocodeSpan[]; complete: boolean } | null>(null);
  const [unticked, setUnticked] = useState<ReadonlySet<number>>(new Set());
  const [done, setDone] = useState<number | null>(null);

  useEffect(() => {
    setPreview(null);
    setUnticked(new Set());
    setDone(null);
    if (codeId === null) return;
    // Another code or scope picked before this preview came: its answer must not replace theirs
    // (nor clear the spans unticked there) when it comes last.
    // A read, not through act(): its reload of the whole project would change nothing here.
    let current = true;
    call('search.autocodePreview', { query, scope, codingScope, codeId }).then(
      (found) => {
        if (!current) return;
        setPreview(found);
        // Spans the coder already coded with this code would change nothing, and those holding
        // only forms unticked in the search panel are not what was searched: left out unless ticked.
        const off = (span: AutocodeSpan) => span.alreadyCoded || holdsOnlyLeftOut(span, leftOut);
        setUnticked(new Set(found.spans.flatMap((span, i) => (off(span) ? [i] : []))));
      },
      (error: unknown) => current && showError(error),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, codeId, codingScope]);

  const kept = preview?.spans.filter((_, i) => !unticked.has(i)) ?? [];
  const forms = foundForms(preview?.spans ?? []);
  // A form's box is ticked while any of its spans is; unticking it leaves them all out.
  const formTicked = (spans: readonly number[]) => spans.some((i) => !unticked.has(i));
  const toggleForm = (spans: readonly number[]) => setUnticked((old) => {
    const next = new Set(old);
    const off = formTicked(spans);
    for (const i of spans) {
      if (off) next.add(i);
      else next.delete(i);
    }
    return next;
  });
  const code = codes.find((c) => c.id === codeId);
  const apply = () =>
    void act(async () => {
      const result = await call('search.autocodeApply', {
        codeId: codeId!, spans: kept.map(({ documentId, start, end }) => ({ documentId, start, end })),
      });
      setDone(result.coded);
      setPreview(null);
    });

  return (
    <DialogFrame className="autocode" label={t('search.autocode')} onEscape={onClose}>
      <h2>{t('search.autocode')}</h2>
      <div className="search-scope">
        <label>
          {t('search.autocodeCode')}{' '}
          <select aria-label={t('search.autocodeCode')} value={codeId ?? ''} onChange={(e) => setCodeId(Number(e.target.value))}>
            <option value="" disabled>{t('search.autocodePickCode')}</option>
            {codeChoices(data.codebook).map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
          </select>
        </label>
        <label>
          {t('search.autocodeScope')}{' '}
          <select aria-label={t('search.autocodeScope')} value={codingScope} onChange={(e) => setCodingScope(e.target.value as CodingScope)}>
            {codingScopes.map((s) => <option key={s} value={s}>{t(scopeLabel[s])}</option>)}
          </select>
        </label>
      </div>
      {codeId === null && <p className="hint">{t('search.autocodeNoCode')}</p>}
      {done !== null && <p role="status">{t('search.coded', { count: done })}</p>}
      {preview && code && (
        <>
          <h3>{t('search.previewTitle', { code: codePath(data.codebook, code.id) })}</h3>
          {!preview.complete && <p className="message warning">{t('search.previewIncomplete')}</p>}
          {forms.length > 1 && (
            <fieldset className="found-forms">
              <legend>{t('search.foundForms')}</legend>
              {forms.map(([form, spans]) => (
                <label key={form}>
                  <input type="checkbox" checked={formTicked(spans)} onChange={() => toggleForm(spans)} />
                  {t('search.foundForm', { form, count: spans.length })}
                </label>
              ))}
            </fieldset>
          )}
          <ul className="autocode-spans">
            {preview.spans.map((s, i) => (
              <li key={`${s.documentId}:${s.start}`}>
                <label>
                  <input
                    type="checkbox" checked={!unticked.has(i)}
                    onChange={() => setUnticked((old) => {
                      const next = new Set(old);
                      if (next.has(i)) next.delete(i);
                      else next.add(i);
                      return next;
                    })}
                  />
                  <span className="kwic-source">{sourceLabel(s.caseName, s.documentName, caseLabelByName(s.caseName, s.groupName, data.groups))}</span> {s.text}
                  {s.alreadyCoded && <em className="hint"> ({t('search.alreadyCoded')})</em>}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="modal-buttons">
        {/* Once coded, there is nothing left to cancel or apply: the one way on is to close (or pick another code or scope). */}
        {done === null ? (
          <>
            <button onClick={onClose}>{t('search.cancel')}</button>
            <button className="primary" disabled={!preview || !preview.complete || kept.length === 0} onClick={apply}>
              {t('search.apply', { count: kept.length })}
            </button>
          </>
        ) : (
          <button className="primary" data-autofocus onClick={onClose}>{t('common.close')}</button>
        )}
      </div>
    </DialogFrame>
  );
}
