/**
 * The search panel (issue 10): a query with its scope, keyword-in-context hits that open the
 * document at the hit, counts per case and group, "Code all hits" through a preview, and the
 * word list. A drawer over the right of the workspace, so the hits stay while documents open.
 */
import { useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { codeChoices } from '../code-name.js';
import { PARAGRAPH_MARK, type SearchHit, type SearchResult, type SearchScope } from '../../../shared/search.js';
import { call, CallError, isConnectionFailure } from '../api.js';
import { useApp } from '../app-context.js';
import { currentLanguage, errorText, t } from '../i18n/index.js';
import { useFocusReturn } from '../focus-return.js';
import { sourceLabel } from '../source-label.js';
import { AutocodePreview } from './autocode-preview.js';
import { WordsView } from './words-view.js';
import './search-panel.css';
import { casesInListOrder } from '../case-order.js';
import { caseLabel, caseLabelByName } from '../case-label.js';
import { offeredScope, projectOffers, type ScopeChoices } from '../offered-scope.js';
import { documentChoices } from '../document-choices.js';
import { NO_ROWS, useCall } from '../use-call.js';
import { orderedValues, presentValues, valueLabel } from '../attribute-values.js';
import { ViewTab } from './view-tab.js';

/** The query language's own operators: typed as they are in every UI language (docs/search.md). */
const OPERATORS = 'AND OR NOT NEAR/5';

export type SearchTool = 'search' | 'words';

/** Left out: all cases, groups, documents, attribute values, code; a group's null: the cases in no group. */
type Filters = Pick<ScopeChoices, 'caseId' | 'groupId' | 'documentId' | 'attributeId' | 'attributeValue' | 'codeId'>;

/** `focusRequest` changes each time the user asks for search (Ctrl+Shift+F) with the drawer already open: the box takes the focus again. */
export function SearchPanel({ tool, onTool, onClose, focusRequest }: { tool: SearchTool; onTool(tool: SearchTool): void; onClose(): void; focusRequest: number }) {
  const panel = useRef<HTMLElement>(null);
  useFocusReturn(panel);
  const box = useRef<HTMLInputElement>(null);
  // The word list has no box: the drawer itself takes the focus, so the keyboard is in it (it stayed on the menu).
  useEffect(() => (box.current ?? panel.current)?.focus(), [focusRequest]);
  const { data, revision, setView } = useApp();
  const [query, setQuery] = useState('');
  const [keptFilters, setFilters] = useState<Filters>({});
  // Null until the documents come: a document chosen is kept meanwhile.
  const documentsRead = useCall('documents.list', {});
  const documents = useMemo(() => documentChoices(documentsRead ?? NO_ROWS, data.cases, data.groups), [documentsRead, data.cases, data.groups]);
  // A case, group, document, attribute value or code gone (deleted, merged, undone) is «all» in its select and in the search alike.
  const filters = offeredScope(keptFilters, { ...projectOffers(data, keptFilters.attributeId), documentId: documentsRead && documents.map((d) => d.id) });
  const [order, setOrder] = useState<'document' | 'case'>('document');
  // `stopped`: its count was stopped (the job's Stop), so its first page is all there is.
  const [result, setResult] = useState<{ query: string; value: SearchResult; stopped?: boolean } | null>(null);
  // The forms of the query's last count (a first page has none: the list stays while it comes), and those unticked.
  const [forms, setForms] = useState<{ query: string; list: FoundForm[]; more: number } | null>(null);
  const [leftOut, setLeftOut] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [autocoding, setAutocoding] = useState(false);

  const scope: SearchScope = {
    ...(filters.caseId !== undefined && { caseIds: [filters.caseId] }),
    ...(filters.groupId !== undefined && { groupIds: [filters.groupId] }),
    ...(filters.documentId !== undefined && { documentIds: [filters.documentId] }),
    // An attribute without a value chosen yet restricts nothing.
    ...(filters.attributeId !== undefined && filters.attributeValue !== undefined && { attributes: [{ attributeId: filters.attributeId, values: [filters.attributeValue] }] }),
    ...(filters.codeId !== undefined && { codeIds: [filters.codeId] }),
  };
  const scopeKey = JSON.stringify(scope);

  // The latest search: an earlier one still counting must not overwrite it.
  const latest = useRef(0);
  // What it asked: a change (an undo) that comes while a new query is on its way searches that
  // query again, not the one shown, whose answer, coming last, would replace the new one's.
  const asked = useRef<{ query: string; leaveOut: ReadonlySet<string> } | null>(null);
  // The count no longer wanted (another search asked, the drawer closed) is stopped, not left to
  // hold a core for seconds (a common word over a large project).
  const counting = useRef<AbortController | null>(null);
  useEffect(() => () => counting.current?.abort(), []);
  const run = async (text: string, leaveOut: ReadonlySet<string>) => {
    setError(null);
    const serial = ++latest.current;
    counting.current?.abort();
    const wanted = new AbortController();
    counting.current = wanted;
    asked.current = { query: text, leaveOut };
    const request = { query: text, scope, order, limit: 200, leaveOut: [...leaveOut] };
    try {
      // The first page at once; then every hit counted per case and group, by a job on its own
      // thread (seconds for a common word over a large project).
      const first = await call('search.run', { ...request, counts: false });
      if (serial !== latest.current) return;
      setResult({ query: text, value: first });
      const counted = await call('search.run', request, { signal: wanted.signal });
      if (serial !== latest.current) return;
      setResult({ query: text, value: counted });
      setForms(counted.forms && { query: text, list: counted.forms, more: counted.moreForms });
    } catch (e) {
      if (serial !== latest.current) return;
      // The count stopped by the user: the first page stays, said as not all counted.
      if (e instanceof CallError && e.error.code === 'jobCancelled') {
        setResult((shown) => shown && { ...shown, stopped: true });
        return;
      }
      // Not answered: the hits shown stay, searched again once CaseCoder answers (the app's reload).
      if (!isConnectionFailure(e)) {
        setResult(null);
        setForms(null);
      }
      setError(e instanceof CallError ? queryErrorText(e) : String(e));
    }
  };
  // Coding changes the "inside a code" scope's text: search again after every change, and when
  // the scope or the order changes (a changed filter over the old hits misled).
  useEffect(() => {
    if (result && asked.current) void run(asked.current.query, asked.current.leaveOut);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revision, order, scopeKey]);

  // A new query starts with every form it finds ticked.
  const runNew = (text: string) => {
    setLeftOut(new Set());
    void run(text, new Set());
  };
  const searchWord = (word: string) => {
    setQuery(word);
    onTool('search');
    runNew(word);
  };
  const toggleForm = (form: string) => {
    if (!result) return;
    const next = new Set(leftOut);
    if (next.has(form)) next.delete(form);
    else next.add(form);
    setLeftOut(next);
    void run(result.query, next);
  };
  const shownForms = forms && result && forms.query === result.query ? forms : null;

  return (
    <aside
      ref={panel}
      className="search-panel"
      aria-label={t('search.tab')}
      // Focusable, so a click on its text or hits (no control) leaves the focus in it, where Esc
      // reaches it: the focus fell to the page, Esc did nothing, and the place to go back to
      // became the page (focus-return.ts notes where a selection changes outside the drawer).
      tabIndex={-1}
      // Esc closes the drawer and gives the codebook back, unless a dialog of its own (autocoding) is open.
      onKeyDown={(e) => e.key === 'Escape' && !(e.target as Element).closest('[role=dialog]') && onClose()}
    >
      <div className="panel-head">
        <nav className="tabs" aria-label={t('search.tab')}>
          <ViewTab current={tool === 'search'} onClick={() => onTool('search')}>{t('search.tab')}</ViewTab>
          <ViewTab current={tool === 'words'} onClick={() => onTool('words')}>{t('search.wordsTab')}</ViewTab>
        </nav>
        <button className="close" onClick={onClose} aria-label={t('search.close')}>×</button>
      </div>
      {tool === 'words' ? (
        <WordsView onSearch={searchWord} />
      ) : (
        <>
          <form
            className="search-form"
            onSubmit={(e) => {
              e.preventDefault();
              runNew(query);
            }}
          >
            <input
              type="search" aria-label={t('search.query')} placeholder={t('search.query')} title={`${t('search.queryHint')} ${OPERATORS}. ${t('search.wholeDocuments')}`}
              ref={box} value={query} onChange={(e) => setQuery(e.target.value)} autoFocus
            />
            <button type="submit">{t('search.run')}</button>
          </form>
          <p className="hint small">{t('search.queryHint')} <code data-untranslated>{OPERATORS}</code></p>
          <p className="hint small">{t('search.wholeDocuments')}</p>
          <ScopeFilters filters={filters} onChange={setFilters} documents={documents} />
          <label>
            {t('search.order')}{' '}
            <select aria-label={t('search.order')} value={order} onChange={(e) => setOrder(e.target.value as 'document' | 'case')}>
              <option value="document">{t('search.orderDocument')}</option>
              <option value="case">{t('search.orderCase')}</option>
            </select>
          </label>
          {error && <p className="message" role="alert">{error}</p>}
          {/* Always in the page, so a screen reader hears each search's count as it comes. */}
          <p className="visually-hidden" role="status">{result ? hitsSaid(result.value, result.stopped) : ''}</p>
          {result && (
            <Results
              result={result.value}
              stopped={result.stopped ?? false}
              forms={shownForms && <FoundForms forms={shownForms} leftOut={leftOut} onToggle={toggleForm} />}
              onOpen={(hit) => setView({ kind: 'document', documentId: hit.documentId, focus: { start: hit.start, end: hit.end } })}
              onAutocode={() => setAutocoding(true)}
            />
          )}
          {autocoding && result && <AutocodePreview query={result.query} scope={scope} leftOut={leftOut} onClose={() => setAutocoding(false)} />}
        </>
      )}
    </aside>
  );
}

/** A query error in the user's language, with where it is. */
function queryErrorText(e: CallError): string {
  const { code, params } = e.error;
  const key = `search.errors.${code}`;
  // The query's own words the message names (the operator, say) go in its placeholders.
  const message = t(key, params);
  if (message === key) return errorText(e.error);
  return typeof params?.position === 'number' ? t('search.error', { message, position: params.position + 1 }) : message;
}

export function ScopeFilters({ filters, onChange, documents }: {
  filters: Filters; onChange(f: Filters): void; documents: readonly { id: number; label: string }[];
}) {
  const { data } = useApp();
  const number = (value: string) => (value ? Number(value) : undefined);
  const attribute = data.attributes.find((a) => a.id === filters.attributeId);
  const documentLabel = documents.find((d) => d.id === filters.documentId)?.label;
  return (
    <div className="search-scope">
      <select aria-label={t('search.scopeCase')} value={filters.caseId ?? ''} onChange={(e) => onChange({ ...filters, caseId: number(e.target.value) })}>
        <option value="">{t('search.allCases')}</option>
        {casesInListOrder(data.cases, data.groups).map((c) => <option key={c.id} value={c.id}>{caseLabel(c, data.groups)}</option>)}
      </select>
      <select
        aria-label={t('search.scopeGroup')} value={filters.groupId === null ? 'none' : (filters.groupId ?? '')}
        onChange={(e) => onChange({ ...filters, groupId: e.target.value === 'none' ? null : number(e.target.value) })}
      >
        <option value="">{t('search.allGroups')}</option>
        {data.groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
        {data.cases.some((c) => c.groupId === null) && <option value="none">{t('search.noGroup')}</option>}
      </select>
      {/* A long name is cut to the drawer's width: whole on hover. */}
      <select
        className="scope-document" aria-label={t('search.scopeDocument')} value={filters.documentId ?? ''} title={documentLabel ?? t('search.allDocuments')}
        onChange={(e) => onChange({ ...filters, documentId: number(e.target.value) })}
      >
        <option value="">{t('search.allDocuments')}</option>
        {documents.map((d) => <option key={d.id} value={d.id} data-user-data="document">{d.label}</option>)}
      </select>
      {/* The attribute and its value wrap to a new line together. */}
      <span className="scope-attribute">
        <select
          aria-label={t('search.scopeAttribute')} value={filters.attributeId ?? ''}
          onChange={(e) => onChange({ ...filters, attributeId: number(e.target.value), attributeValue: undefined })}
        >
          <option value="">{t('search.anyAttribute')}</option>
          {data.attributes.filter((a) => presentValues(a, data.cases).length > 0).map((a) => <option key={a.id} value={a.id} data-user-data="attribute">{a.name}</option>)}
        </select>
        {attribute && (
          <select
            aria-label={t('search.scopeAttributeValue', { attribute: attribute.name })} value={filters.attributeValue ?? ''}
            onChange={(e) => onChange({ ...filters, attributeValue: e.target.value || undefined })}
          >
            <option value="">{t('search.pickValue')}</option>
            {orderedValues(attribute, presentValues(attribute, data.cases), currentLanguage()).map((value) => (
              <option key={value} value={value} data-user-data="value">{valueLabel(attribute, value)}</option>
            ))}
          </select>
        )}
      </span>
      <select aria-label={t('search.scopeCode')} value={filters.codeId ?? ''} onChange={(e) => onChange({ ...filters, codeId: number(e.target.value) })}>
        <option value="">{t('search.anyCode')}</option>
        {codeChoices(data.codebook).map((c) => <option key={c.id} value={c.id}>{t('search.insideCode', { code: c.label })}</option>)}
      </select>
    </div>
  );
}

/** The count a search found, as the results say it: "4 hits", "No hits.". */
function hitsSaid(result: SearchResult, stopped = false): string {
  if (result.totalHits === null && !result.complete) return t(stopped ? 'search.countStopped' : 'search.counting', { count: result.hits.length });
  const total = result.totalHits ?? result.hits.length;
  return total === 0 ? t('search.none') : t('search.hits', { count: total });
}

type FoundForm = NonNullable<SearchResult['forms']>[number];

/**
 * What the query found, each form with its hits, a tick box each: a stem matches words it was
 * not meant for («mobile» for mobilization), and unticking one searches again without its hits.
 * Listed when there is a choice, or a form is unticked (to tick it again).
 */
function FoundForms({ forms, leftOut, onToggle }: { forms: { list: FoundForm[]; more: number }; leftOut: ReadonlySet<string>; onToggle(form: string): void }) {
  if (forms.list.length < 2 && leftOut.size === 0) return null;
  return (
    <fieldset className="found-forms">
      <legend>{t('search.searchForms')}</legend>
      {forms.list.map(({ form, hits }) => (
        <label key={form}>
          <input type="checkbox" checked={!leftOut.has(form)} onChange={() => onToggle(form)} />
          {t('search.foundForm', { form, count: hits })}
        </label>
      ))}
      {forms.more > 0 && <span className="hint">{t('search.moreForms', { count: forms.more })}</span>}
    </fieldset>
  );
}

function Results({ result, stopped, forms, onOpen, onAutocode }: { result: SearchResult; stopped: boolean; forms: ReactNode; onOpen(hit: SearchHit): void; onAutocode(): void }) {
  const { data } = useApp();
  // Not counted yet (the first page came first): its hits, and the count to follow, or not, if stopped.
  const counting = result.totalHits === null && !result.complete;
  const total = result.totalHits ?? result.hits.length;
  return (
    <div className="search-results">
      <p>
        {counting ? <strong>{hitsSaid(result, stopped)}</strong> : <strong>{t('search.hits', { count: total })}</strong>}
        {!result.complete && !counting && <> · {t('search.shown', { count: result.hits.length })}</>}
        {total > 0 && <button className="autocode" onClick={onAutocode}>{t('search.autocode')}</button>}
      </p>
      {forms}
      {total === 0 && <p className="hint">{t('search.none')}</p>}
      {result.cases.length > 0 && (
        <details className="search-counts">
          <summary>{t('search.perCase')} · {t('search.perGroup')}</summary>
          <table>
            <tbody>
              {result.groups.map((g) => (
                <tr key={`g${g.groupId}`} className="group"><th>{g.groupName ?? t('search.noGroup')}</th><td>{g.hits}</td></tr>
              ))}
              {result.cases.map((c) => (
                <tr key={`c${c.caseId}`}><td>{caseLabelByName(c.caseName, c.groupName, data.groups)}</td><td>{c.hits}</td></tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <ol className="kwic">
        {result.hits.map((hit, i) => (
          <li key={`${hit.documentId}:${hit.start}:${i}`}>
            <button className="kwic-line" onClick={() => onOpen(hit)} title={t('search.openHit', { document: hit.documentName })}>
              <span className="kwic-source">{sourceLabel(hit.caseName, hit.documentName, caseLabelByName(hit.caseName, hit.groupName, data.groups))}</span>
              <span className="kwic-text"><Highlighted line={hit.line} own={hit.start - hit.line.start} /></span>
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The context line with its hits marked; positions are code points. The line is one hit's, at
 * `own`: other hits in it (each with a line of its own) are marked lightly, or two lines with the
 * same words marked alike would not say which hit each is.
 */
function Highlighted({ line, own }: { line: SearchHit['line']; own: number }) {
  const chars = [...line.text];
  const parts: ReactElement[] = [];
  let at = 0;
  line.highlights.forEach((h, i) => {
    if (h.start > at) parts.push(<span key={`t${i}`}>{withBreaks(chars.slice(at, h.start).join(''))}</span>);
    parts.push(<mark key={`m${i}`} className={h.start === own ? 'hit' : 'also'}>{withBreaks(chars.slice(h.start, h.end).join(''))}</mark>);
    at = h.end;
  });
  if (at < chars.length) parts.push(<span key="end">{withBreaks(chars.slice(at).join(''))}</span>);
  return <>{line.moreBefore && '…'}{parts}{line.moreAfter && '…'}</>;
}

/** The text with each paragraph break drawn as a muted ¶ set apart from the words around it. */
function withBreaks(text: string): ReactNode {
  if (!text.includes(PARAGRAPH_MARK)) return text;
  // The spaces standing for a blank line's breaks would widen the gap the mark's margins make.
  return text.split(PARAGRAPH_MARK).flatMap((piece, i) => (i === 0 ? [piece] : [<span key={i} className="paragraph-mark">{PARAGRAPH_MARK}</span>, piece.trimStart()]));
}
