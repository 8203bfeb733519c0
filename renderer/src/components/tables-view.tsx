import { useEffect, useMemo, useRef } from 'react';
import { countings, exportFormats, isFrameworkAgainstItself, tableKinds, tableLabel, TableNumber, type CellSegment, type Counting, type ExportFormat, type TableKind, type TableRequest } from '../../../shared/tables.js';
import { call } from '../api.js';
import { attributeFilterOptions, filterKey, requestFilter, type AttributeFilter } from '../attribute-filter-options.js';
import { useApp } from '../app-context.js';
import { useKeptState } from '../kept-state.js';
import { offered } from '../offered-choice.js';
import { offersAll, requestedFrameworks, requestedLeftOut, tableFrameworks, type FrameworkChoice, type LeftOutCodes, type TableFrameworks } from '../table-frameworks.js';
import { currentLanguage, t } from '../i18n/index.js';
import { CoderFilter, useCoders } from './coder-filter.js';
import { CrossTableView } from './cross-table.js';
import { CaptionFields } from './caption-fields.js';
import { largest } from '../../../shared/extremes.js';
import { useCallAnswer } from '../use-call.js';
import { jobLabel } from '../job-labels.js';
import { useExport } from '../use-export.js';
import { KeepFocusButton } from './keep-focus-button.js';
import { TableCodesMenu } from './table-codes-menu.js';

// Segments of an opened cell read per call; a cell of a large corpus can hold thousands.
const EVIDENCE_PAGE = 200;

/** Cross-case tables: choose one, filter it, read it, open the segments behind a cell, export it. */
export function TablesView() {
  const { data, revision, setView, session, showError, announce } = useApp();
  const frameworks = data.codebook.frameworks;
  // The table asked for, kept while the user looks elsewhere (the Tables view went back to its
  // first table each time); per project, whose frameworks and groups these name by id.
  const kept = (name: string) => `tables:${session.project?.path ?? ''}:${name}`;
  const [kind, setKind] = useKeptState<TableKind>(kept('kind'), 'case-matrix');
  // Each kind keeps its own: one choice served two kinds' selects, so STEEPL chosen as the code ×
  // case table's Codes made the cross-tab of Table 3 STEEPL × STEEPL (review-study-1207 #2).
  const [keptFrameworks, setFrameworks] = useKeptState<Partial<Record<TableKind, TableFrameworks>>>(kept('frameworks'), {});
  // What the selects show and the table is built of.
  const shownFrameworks = tableFrameworks(kind, keptFrameworks[kind] ?? {}, frameworks);
  const choose = (role: keyof TableFrameworks, choice: FrameworkChoice) =>
    setFrameworks((chosen) => ({ ...chosen, [kind]: { ...chosen[kind], [role]: choice } }));
  // The codes unticked beside each select, kept per kind as its frameworks are (a paper's Table 3
  // leaves Forecast out of the cross-tab, while its Tables 1–2 show it in the case matrix).
  const [keptLeftOut, setLeftOut] = useKeptState<Partial<Record<TableKind, LeftOutCodes>>>(kept('leftOut'), {});
  const leftOutOf = (role: keyof TableFrameworks) => keptLeftOut[kind]?.[role] ?? [];
  const toggleCode = (role: keyof TableFrameworks, codeId: number) =>
    setLeftOut((all) => {
      const before = all[kind]?.[role] ?? [];
      const after = before.includes(codeId) ? before.filter((id) => id !== codeId) : [...before, codeId];
      return { ...all, [kind]: { ...all[kind], [role]: after } };
    });
  // The other choices kept are read as their selects offer them too: an attribute or a group
  // deleted, or «Nothing», which the code × case table does not offer, are what the select shows.
  const [keptGroupBy, setGroupBy] = useKeptState<string>(kept('groupBy'), 'group');
  const groupBy = offered(keptGroupBy, [...(kind === 'case-matrix' ? ['none'] : []), 'group', ...data.attributes.map((a) => String(a.id))], 'group');
  const [countsOnly, setCountsOnly] = useKeptState(kept('countsOnly'), false);
  // null: the cases in no group.
  const [keptGroupId, setGroupId] = useKeptState<number | null | undefined>(kept('groupId'), undefined);
  const anyLoose = data.cases.some((c) => c.groupId === null);
  const groupId = offered(keptGroupId, [undefined, ...data.groups.map((g) => g.id), ...(anyLoose ? [null] : [])], undefined);
  const [coder, setCoder] = useKeptState(kept('coder'), '');
  // People: a table read for a coder counts their codings on the case table's valence, which is
  // everyone's material (main/db/repos/table-codings.ts), and the table adds no passage twice.
  const coders = useCoders(true);
  const [keptAttributeFilter, setAttributeFilter] = useKeptState<AttributeFilter | null>(kept('attributeFilter'), null);
  const [includeAllCases, setIncludeAllCases] = useKeptState(kept('includeAllCases'), false);
  const [counting, setCounting] = useKeptState<Counting>(kept('counting'), 'segments');
  const [appendix, setAppendix] = useKeptState(kept('appendix'), false);
  const [format, setFormat] = useKeptState<ExportFormat>(kept('format'), 'xlsx');
  // A cell's segments, read a page at a time when it is opened (a table of counts carries none).
  // Kept while the view is left for a quote and come back to, for the table as it was when opened.
  const [openedEvidence, setEvidence] = useKeptState<Evidence | null>(kept('evidence'), null);
  // The builder writes titles, headers and totals in the UI's language (the app re-renders on a switch).
  const language = currentLanguage();
  const filterOptions = useMemo(() => attributeFilterOptions(data.attributes, data.cases, language), [data.attributes, data.cases, language]);
  // A range kept from before the project changed may no longer be one of its ranges: the list
  // would show «any value» while the table stayed filtered, so it is dropped as the list shows.
  const attributeFilter = keptAttributeFilter && filterOptions.some((o) => o.key === filterKey(keptAttributeFilter)) ? keptAttributeFilter : null;
  // A journal's presentation: number, title and note (empty: as today), kept per table: its kind,
  // frameworks and cases (Tables 1 and 2 of a paper are one kind for two groups). Another table
  // starts without them, else an export went out as «Таблица 4. <the previous table's title>»;
  // back at a table, its own are there again (they were typed anew on every pass).
  const shownTable = `${kind}:${shownFrameworks.rows}:${shownFrameworks.columns}:${groupId}:${attributeFilter ? filterKey(attributeFilter) : ''}`;
  const [captions, setCaptions] = useKeptState<Record<string, Caption>>(kept('captions'), {});
  const { number, title, note } = captions[shownTable] ?? NO_CAPTION;
  const setCaption = (part: keyof Caption) => (value: string) =>
    setCaptions((all) => ({ ...all, [shownTable]: { ...(all[shownTable] ?? NO_CAPTION), [part]: value } }));
  const [setNumber, setTitle, setNote] = [setCaption('number'), setCaption('title'), setCaption('note')];

  const { rowFramework, columnFramework } = requestedFrameworks(shownFrameworks);
  const leaveOut = useMemo(
    () => requestedLeftOut(shownFrameworks, keptLeftOut[kind] ?? {}, data.codebook.codes),
    [shownFrameworks.rows, shownFrameworks.columns, keptLeftOut, kind, data.codebook.codes],
  );
  const request = useMemo<TableRequest>(() => {
    return {
      kind,
      ...(columnFramework !== undefined ? { columnFramework } : {}),
      ...(rowFramework !== undefined ? { rowFramework } : {}),
      ...(leaveOut ? { leaveOut } : {}),
      groupBy: groupBy === 'none' || groupBy === 'group' ? groupBy : { attributeId: Number(groupBy) },
      countsOnly,
      filters: {
        ...(groupId !== undefined ? { groupIds: [groupId] } : {}),
        ...(coder ? { coders: [coder] } : {}),
        ...(attributeFilter ? { attributes: [requestFilter(attributeFilter)] } : {}),
        ...(includeAllCases ? { statuses: ['selected', 'candidate', 'excluded'] as const } : {}),
      },
      ...(counting !== 'segments' ? { count: counting } : {}),
      language,
    };
  }, [kind, columnFramework, rowFramework, leaveOut, groupBy, countsOnly, groupId, coder, attributeFilter, includeAllCases, counting, language]);

  // Built by a job: an earlier request may answer after this one (useCallAnswer keeps the newest).
  // Until this one's comes, the last table is shown as being built again, not as this one.
  const { answer: table, stale } = useCallAnswer('tables.build', request);
  // The open cell belongs to the table as it was: another request, or a change to the project, closes it.
  const tableAsIs = `${JSON.stringify(request)}#${revision}`;
  const evidence = openedEvidence?.tableAsIs === tableAsIs ? openedEvidence : null;

  const maxCount = useMemo(
    () => largest(table?.cells.flatMap((row, r) => (table.rows[r]!.role === 'data' ? row.map((c) => c.count) : [])) ?? [], 1),
    [table],
  );

  // Reading only: not through act(), whose reload would rebuild the table and close the cell.
  const openCell = (title: string, row: string, column: string) =>
    void call('tables.cellEvidence', { request, row, column, offset: 0, limit: EVIDENCE_PAGE }).then(
      (page) => {
        setEvidence({ title, row, column, total: page.total, segments: page.segments, tableAsIs });
        // Said: they open below the table, out of the keyboard's way (the focus stays on the cell).
        announce(`${title}: ${t('segments.total', { count: page.total })}`);
      },
      showError,
    );

  // A cell opened shows its segments below the table, often under the window's edge: they are brought into view (not on "more").
  const evidenceView = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Not returned: Chromium's scrollIntoView now returns a promise, which React would take for a clean-up.
    void evidenceView.current?.scrollIntoView({ block: 'nearest' });
  }, [evidence?.row, evidence?.column]);

  const moreEvidence = () => {
    if (!evidence) return;
    const { row, column, segments } = evidence;
    void call('tables.cellEvidence', { request, row, column, offset: segments.length, limit: EVIDENCE_PAGE }).then(
      (page) => setEvidence({ ...evidence, total: page.total, segments: [...segments, ...page.segments] }),
      showError,
    );
  };

  // A paper numbers tables 3, 1.2 or П1 (an appendix's): the label as typed, checked as the export will check it.
  const tableNumber = number.trim() ? TableNumber.safeParse(number) : null;
  const numberLabel = tableNumber?.success ? tableLabel(language, tableNumber.data) : '';

  const { exporting, run: runExport } = useExport();
  const exportTable = () => {
    const journal = {
      ...(tableNumber?.success ? { number: tableNumber.data } : {}),
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(appendix ? { appendix } : {}),
    };
    runExport(() => call('tables.export', { request: { ...request, ...journal }, format }));
  };

  const titlePlaceholder = table?.title ?? t('journal.titlePlaceholder');

  // A framework's option is its id; «all frameworks»'s, the empty value.
  // Beside it, which of its codes the table shows.
  const frameworkSelect = (label: string, role: keyof TableFrameworks) => (
    <>
      <label>
        {label}{' '}
        <select aria-label={label} value={shownFrameworks[role] === 'all' ? '' : (shownFrameworks[role] ?? '')} onChange={(e) => choose(role, e.target.value ? Number(e.target.value) : 'all')}>
          {offersAll(kind, role) && <option value="">{t('tables.allCodes')}</option>}
          {frameworks.map((f) => <option key={f.id} value={f.id} data-user-data>{f.name}</option>)}
        </select>
      </label>
      {shownFrameworks[role] !== undefined && (
        <TableCodesMenu codebook={data.codebook} choice={shownFrameworks[role]} of={label} leftOut={leftOutOf(role)} onToggle={(codeId) => toggleCode(role, codeId)} />
      )}
    </>
  );

  return (
    <div className={stale ? 'tables-view table-read-again' : 'tables-view'} aria-busy={stale}>
      <div className="filters">
        <label>
          {t('tables.kind')}{' '}
          <select className="whole" aria-label={t('tables.kind')} value={kind} onChange={(e) => setKind(e.target.value as TableKind)}>
            {tableKinds.map((k) => <option key={k} value={k}>{t(`tables.kinds.${k}`)}</option>)}
          </select>
        </label>
        {kind === 'crosstab' && frameworkSelect(t('tables.rows'), 'rows')}
        {kind === 'cooccurrence' && frameworkSelect(t('tables.codes'), 'rows')}
        {kind === 'code-case' && frameworkSelect(t('tables.codes'), 'columns')}
        {(kind === 'case-matrix' || kind === 'crosstab') && frameworkSelect(t('tables.columns'), 'columns')}
        {(kind === 'case-matrix' || kind === 'code-case') && (
          <label>
            {t('tables.groupBy')}{' '}
            <select aria-label={t('tables.groupBy')} value={groupBy} onChange={(e) => setGroupBy(e.target.value)}>
              {kind === 'case-matrix' && <option value="none">{t('tables.groupByNone')}</option>}
              <option value="group">{t('tables.groupByGroup')}</option>
              {data.attributes.map((a) => <option key={a.id} value={a.id} data-user-data>{a.name}</option>)}
            </select>
          </label>
        )}
        {kind === 'crosstab' && (
          <label>
            <input type="checkbox" checked={countsOnly} onChange={(e) => setCountsOnly(e.target.checked)} /> {t('tables.countsOnly')}
          </label>
        )}
      </div>
      <div className="filters">
        <span className="hint">{t('tables.filters')}</span>
        <select
          aria-label={t('segments.filterGroup')} value={groupId === null ? 'none' : (groupId ?? '')}
          onChange={(e) => setGroupId(e.target.value === 'none' ? null : e.target.value ? Number(e.target.value) : undefined)}
        >
          <option value="">{t('segments.allGroups')}</option>
          {data.groups.map((g) => <option key={g.id} value={g.id} data-user-data>{g.name}</option>)}
          {anyLoose && <option value="none">{t('segments.noGroup')}</option>}
        </select>
        <select
          aria-label={t('tables.filterAttribute')}
          value={attributeFilter ? filterKey(attributeFilter) : ''}
          onChange={(e) => setAttributeFilter(filterOptions.find((o) => o.key === e.target.value)?.filter ?? null)}
        >
          <option value="">{t('tables.anyAttribute')}</option>
          {filterOptions.map((o) => <option key={o.key} value={o.key} data-user-data>{o.label}</option>)}
        </select>
        <CoderFilter value={coder} coders={coders} onChange={setCoder} />
        <label>
          <input type="checkbox" checked={includeAllCases} onChange={(e) => setIncludeAllCases(e.target.checked)} /> {t('journal.includeAllCases')}
        </label>
        {kind !== 'cooccurrence' && (
          <label>
            {t('journal.count')}{' '}
            <select aria-label={t('journal.count')} value={counting} onChange={(e) => setCounting(e.target.value as Counting)}>
              {countings.map((c) => <option key={c} value={c}>{t(`journal.counts.${c}`)}</option>)}
            </select>
          </label>
        )}
      </div>
      <div className="filters">
        <CaptionFields
          number={number} numberInvalid={tableNumber?.success === false} onNumber={setNumber}
          title={title} defaultTitle={titlePlaceholder} onTitle={setTitle} note={note} onNote={setNote}
        />
        <label>
          <input type="checkbox" checked={appendix} onChange={(e) => setAppendix(e.target.checked)} /> {t('journal.appendix')}
        </label>
        <span className="spacer" />
        <select aria-label={t('tables.format')} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {/* File formats are named alike in every language. */}
          {exportFormats.map((f) => <option key={f} value={f} data-untranslated="format">{f.toUpperCase()}</option>)}
        </select>
        <KeepFocusButton inactive={exporting} unavailable={tableNumber?.success === false} onPress={exportTable}>{t('tables.export')}</KeepFocusButton>
      </div>
      {tableNumber?.success === false && <p className="hint number-hint" role="alert">{t('journal.numberHint')}</p>}
      {/* Above the table, not in its caption: a wide table's caption runs off the visible part. */}
      {table?.quotesLeftOut && <p className="hint quotes-left-out">{t('tableCells.quotesLeftOut')}</p>}
      {/* Its cells are pairs, not segments: opened, a cell of 2 lists the 4 segments of its pairs. */}
      {table?.kind === 'cooccurrence' && <p className="hint">{t('tables.pairsNote')}</p>}
      {/* A framework against itself, asked for: its diagonal and its other cells read otherwise than a cross-tab's. */}
      {table && isFrameworkAgainstItself(table) && <p className="hint same-framework">{t('tables.sameFramework')}</p>}
      {/* After a merge, two coders' segments of one passage are two segments: the sum says so where it is read. */}
      {table && table.kind !== 'cooccurrence' && counting === 'segments' && !coder && coders.length > 1 && (
        <p className="hint coders-added">
          {t('tables.codersAdded', { count: coders.length })}{' '}
          <button className="link" onClick={() => setCounting('passages')}>{t('tables.countPassages')}</button>
        </p>
      )}
      {/* The first table of a view: seconds for 500 codes on a large project, said meanwhile. */}
      {!table && <p className="hint" role="status">{jobLabel('tables.build')}</p>}
      {table && (
        <CrossTableView
          table={table}
          place={kept(`place:${JSON.stringify(request)}`)}
          name={title.trim() || table.title}
          maxCount={maxCount}
          openCell={openCell}
          openQuote={(s) => setView({ kind: 'document', documentId: s.documentId, focus: { start: s.start, end: s.end } })}
          caption={
            // As the export will caption it: its number ("Таблица 1.2.") and the researcher's title where given.
            <>
              {numberLabel && <span className="table-label">{numberLabel} </span>}
              {title.trim() || table.title} <span className="hint">{table.filterNote}</span>
              {/* The codes left out by choice, as the export's note names them: the table is not the whole framework. */}
              {table.leftOutNote && <> <span className="hint left-out">{table.leftOutNote}</span></>}
              {/* What the export's note will say of segments in no cell: a reader comparing the rows with the codebook's counts sees why they differ. */}
              {table.uncountedNote && <> <span className="hint uncounted">{table.uncountedNote}</span></>}
            </>
          }
        />
      )}
      {evidence && (
        <div className="evidence" role="region" aria-label={t('tables.evidence')} ref={evidenceView}>
          <h3>{evidence.title}: {t('segments.total', { count: evidence.total })}</h3>
          <ul>
            {evidence.segments.map((s) => (
              <li key={s.id}>
                <button className="link" onClick={() => setView({ kind: 'document', documentId: s.documentId, focus: { start: s.start, end: s.end } })}>
                  {s.caseLabel ?? s.caseName}: {s.quote}
                </button>
              </li>
            ))}
          </ul>
          {evidence.segments.length < evidence.total && (
            <p>
              {t('jobs.shown', { shown: evidence.segments.length, total: evidence.total })}{' '}
              <button className="link" onClick={moreEvidence}>{t('jobs.more')}</button>
            </p>
          )}
        </div>
      )}
    </div>
  );
}

/** A cell's segments as far as read, and the table (request and project revision) they belong to. */
interface Evidence { title: string; row: string; column: string; total: number; segments: CellSegment[]; tableAsIs: string }

interface Caption { number: string; title: string; note: string }
const NO_CAPTION: Caption = { number: '', title: '', note: '' };
