/** "Code all hits": every span the query would code, each with a tick to leave it out, then one undoable coding. */
import { useEffect, useId, useMemo, useState } from 'react';
import type { AutocodeSpan, SearchScope } from '../../../shared/search.js';
import { codingScopes, holdsOnlyLeftOut } from '../../../shared/search.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { t } from '../i18n/index.js';
import { codeChoices, codePath } from '../code-name.js';
import { foundForms, formTicked, withFormToggled } from '../found-forms.js';
import { AutocodeSpanList } from './autocode-span-list.js';
import { DialogFrame } from './dialog-frame.js';

type CodingScope = (typeof codingScopes)[number];
const scopeLabel: Record<CodingScope, string> = { hit: 'search.scopeHit', sentence: 'search.scopeSentence', paragraph: 'search.scopeParagraph' };

/** `leftOut`: the forms unticked in the search panel, whose spans start unticked here. */
export function AutocodePreview({ query, scope, leftOut, onClose }: { query: string; scope: SearchScope; leftOut: ReadonlySet<string>; onClose(): void }) {
  const { data, act, showError } = useApp();
  const titleId = useId();
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
    // Its job is stopped once no longer wanted: seconds over a large project, on a core of two.
    const left = new AbortController();
    call('search.autocodePreview', { query, scope, codingScope, codeId }, { signal: left.signal }).then(
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
      left.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, codeId, codingScope]);

  // Counted once a preview: over 20,000 spans, counted again on each render, they held up every tick.
  const forms = useMemo(() => foundForms(preview?.spans ?? []), [preview]);
  // `unticked` holds only the preview's spans, so the rest are kept.
  const keptCount = preview ? preview.spans.length - unticked.size : 0;
  // A preview cut at MAX_AUTOCODE_SPANS codes nothing: its spans and forms are listed to show what
  // the query finds, with no box to tick, and the button says no count, as it cannot code one.
  const canApply = preview !== null && preview.complete && keptCount > 0;
  const toggleSpan = (index: number) => setUnticked((old) => {
    const next = new Set(old);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    return next;
  });
  const code = codes.find((c) => c.id === codeId);
  const apply = () =>
    void act(async () => {
      const result = await call('search.autocodeApply', {
        codeId: codeId!,
        spans: preview!.spans.flatMap(({ documentId, start, end }, i) => (unticked.has(i) ? [] : [{ documentId, start, end }])),
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
          <h3 id={titleId}>{t('search.previewTitle', { code: codePath(data.codebook, code.id) })}</h3>
          {!preview.complete && <p className="message warning">{t('search.previewIncomplete', { limit: preview.spans.length })}</p>}
          {forms.length > 1 && (
            <fieldset className="found-forms">
              {/* Cut short, the spans counted are only those listed: the search panel counts them all. */}
              <legend>{preview.complete ? t('search.foundForms') : t('search.foundFormsFirst', { limit: preview.spans.length })}</legend>
              {forms.map((form) => {
                const label = t('search.foundForm', { form: form.form, count: form.spans.length });
                return preview.complete ? (
                  <label key={form.form}>
                    <input type="checkbox" checked={formTicked(form, unticked)} onChange={() => setUnticked((old) => withFormToggled(form, old))} />
                    {label}
                  </label>
                ) : <span key={form.form}>{label}</span>;
              })}
            </fieldset>
          )}
          <AutocodeSpanList
            spans={preview.spans} groups={data.groups} labelledBy={titleId}
            ticks={preview.complete ? { unticked, toggle: toggleSpan } : null}
          />
        </>
      )}
      <div className="modal-buttons">
        {/* Once coded, there is nothing left to cancel or apply: the one way on is to close (or pick another code or scope). */}
        {done === null ? (
          <>
            <button onClick={onClose}>{t('search.cancel')}</button>
            <button className="primary" disabled={!canApply} onClick={apply}>
              {canApply ? t('search.apply', { count: keptCount }) : t('search.applyUncounted')}
            </button>
          </>
        ) : (
          <button className="primary" data-autofocus onClick={onClose}>{t('common.close')}</button>
        )}
      </div>
    </DialogFrame>
  );
}
