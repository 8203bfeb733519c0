import { createColumnHelper, FlexRender, rowSortingFeature, tableFeatures, useTable, type Row, type SortingState } from '@tanstack/react-table';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type UIEvent } from 'react';
import { segmentListFormats, type ListedSegmentRow as SegmentRow, type NotedCoding, type SegmentListFormat, type SegmentQuery, type SegmentSortKey } from '../../../shared/entities.js';
import { codeChoices } from '../code-name.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { useKeptScroll, useKeptState } from '../kept-state.js';
import { NO_ROWS, useCall } from '../use-call.js';
import { currentLanguage, formatDate, t } from '../i18n/index.js';
import { widthToShow } from '../placeholder-size.js';
import { useExport } from '../use-export.js';
import { CoderFilter, useCoders } from './coder-filter.js';
import { DateField } from './date-field.js';
import { caseLabel, caseLabelByName } from '../case-label.js';
import { documentChoices } from '../document-choices.js';
import { offeredScope, projectOffers } from '../offered-scope.js';
import { sourceLabel } from '../source-label.js';
import { useQuietVirtualizer, useSlots, useSteppedRange } from '../quiet-virtualizer.js';
import { inSlotOrder, joinPages, pagesAround, withPage, type JoinedPages, type LoadedPages } from '../segment-pages.js';
import { moveInGrid } from '../grid-keys.js';
import {
  DATE_EM, fittedColumns, fittedWidths, gridMinWidth, gridTemplate, hiddenColumns, segmentColumns, storeColumnChoices, storeColumnWidths, storedColumnChoices, storedColumnWidths, toggledColumn, withWidth,
  type ColumnTexts, type FittedColumn, type FittedTrack, type Fits, type SegmentColumn,
} from '../segment-columns.js';
import { LINE_PX, rowHeight, rowLayout } from '../segment-row-lines.js';
import { textPx } from '../text-px.js';
import { textPieces, wrappedWidth, type Piece } from '../wrapped-width.js';
import { codesOfSegment, codesWithCoders } from '../../../shared/codes-by-coder.js';
import { SegmentColumnEdge } from './segment-column-edge.js';
import { SegmentColumnMenu } from './segment-column-menu.js';
import { casesInListOrder } from '../case-order.js';
import { useMoreToTheRight } from '../more-to-the-right.js';
import { MemoMark } from './memo-mark.js';
import { useSegmentMemos } from './segment-memos.js';
import { CodesCell, codesCellPieces } from './codes-cell.js';
import { SegmentRowMenu, type RowMenuRequest } from './segment-row-menu.js';
import { RowPeek, useCutColumns, usePeekedRow, type PeekSource } from './segment-row-peek.js';
import { KeepFocusButton } from './keep-focus-button.js';

const PAGE_SIZE = 200;
/** The head stays at the top of the scrolled rows (sticky), so it scrolls sideways with them; the rows start below it. */
const HEAD_HEIGHT = 28;
/** Rows drawn past the visible ones on each side, at least. */
const OVERSCAN = 10;
/** The rows drawn change in steps of this many (segment-pages.ts, steadySteppedRows). */
const ROW_STEP = 16;
/** Rows past the drawn ones whose pages are fetched ahead (about 1.5 s of a fast wheel flick). */
const FETCH_AHEAD = 2 * PAGE_SIZE;
/** How far in from the row's left edge its menu opens from the keyboard. */
const ROW_MENU_INSET = 24;

/** A head's and a cell's sides' padding (styles.css .grid-head .sort, .cell), with a pixel for rounding; a head's room for its sort arrow. */
const CELL_PADDING_PX = 13;
const SORT_ARROW = ' ▲';

const features = tableFeatures({ rowSortingFeature });
const column = createColumnHelper<typeof features, SegmentRow>();

type CellTexts = Record<FittedColumn, (row: SegmentRow) => string>;

/**
 * What the name columns show, which their widths are fitted to. The case's name alone beside its
 * group's column (a label "Group · Case" cut to the column's width showed only the group); with
 * that column hidden, the case by its label in lists (case-label.ts), as each group numbers its
 * cases 1…n. The document's name beside its case's column; with it hidden, named after the
 * case's label, as search hits name a source: «1 — Positive facts» was there once per group.
 */
function cellTexts(shown: readonly SegmentColumn[], groups: readonly { id: number; name: string }[]): CellTexts {
  const caseText = shown.includes('group') ? (row: SegmentRow) => row.caseName : (row: SegmentRow) => caseLabelByName(row.caseName, row.groupName, groups);
  return {
    case: caseText,
    group: (row) => row.groupName ?? t('segments.noGroup'),
    document: shown.includes('case') ? (row) => row.documentName : (row) => sourceLabel(row.caseName, row.documentName, caseText(row)),
    codes: (row) => codesWithCoders(row),
    coder: (row) => row.coders.join(', '),
  };
}

/** Column ids are the services' sort keys, so a header click sorts in SQL. */
function tableColumns(cellText: CellTexts) {
  return column.columns([
    column.accessor(cellText.case, { id: 'case', header: () => t('segments.case') }),
    column.accessor(cellText.group, { id: 'group', header: () => t('segments.group') }),
    column.accessor(cellText.document, { id: 'document', header: () => t('segments.document') }),
    column.accessor('quote', { id: 'quote', header: () => t('segments.quote') }),
    // Drawn by CodesCell (its texts are the cell's title and what the column is fitted to).
    column.accessor(cellText.codes, { id: 'codes', header: () => t('segments.codes') }),
    column.accessor(cellText.coder, { id: 'coder', header: () => t('segments.coder') }),
    // The day in digits, whole in a narrow column (05.03.2026); the cell's title has it in words with the time.
    column.accessor('codedAt', { id: 'date', header: () => t('segments.date'), cell: (c) => formatDate(c.getValue(), false, true) }),
  ]);
}

/** The name columns' texts on these rows, measured in the fonts the grid draws its heads and cells in. */
function columnTexts(grid: HTMLElement, rows: readonly SegmentRow[], cellText: CellTexts): ColumnTexts {
  const headFont = getComputedStyle(grid.querySelector('.grid-head .sort') ?? grid).font;
  const cellFont = getComputedStyle(grid).font;
  const heads = {} as Record<FittedColumn, string>;
  const cells = {} as Record<FittedColumn, string[]>;
  for (const name of fittedColumns) {
    heads[name] = t(`segments.${name}`);
    cells[name] = rows.map(cellText[name]);
  }
  // Each cell's text in the pieces it breaks into lines at: the codes' with their memo marks, and
  // with their coders after them for the codes' track folding the coder's (segment-row-lines.ts).
  // A page names the same codes and groups again and again: each piece is measured once.
  const measured = new Map<string, number>();
  const cellPx = (text: string) => measured.get(text) ?? measured.set(text, textPx(text, cellFont)).get(text)!;
  const pieces = { codesAndCoders: rows.map((row) => codesCellPieces(row, cellPx, true)) } as Record<FittedTrack, Piece[][]>;
  for (const name of fittedColumns) {
    pieces[name] = name === 'codes' ? rows.map((row) => codesCellPieces(row, cellPx)) : [...new Set(cells[name])].map((text) => textPieces(text, cellPx));
  }
  return {
    heads, cells, headPx: (text) => textPx(text, headFont) + CELL_PADDING_PX, cellPx: (text) => cellPx(text) + CELL_PADDING_PX, arrowPx: textPx(SORT_ARROW, headFont),
    codesNameCoders: rows.some((row) => codesOfSegment(row).some((code) => code.coders !== null)),
    wrappedPx: (track, lines) => pieces[track].reduce((widest, cell) => Math.max(widest, wrappedWidth(cell, lines)), 0) + CELL_PADDING_PX,
  };
}

type Filters = Pick<SegmentQuery, 'caseId' | 'groupId' | 'documentId' | 'codeId' | 'coder' | 'quote' | 'dateFrom' | 'dateTo'>;

/**
 * Every coded segment of the project. Sorting, filtering and paging happen in SQL; only the
 * pages near the visible rows are fetched, and only the visible rows are in the DOM.
 */
export function SegmentTable() {
  const { data, revision, language, setView, session, view } = useApp();
  const coders = useCoders();
  // What the list showed, kept while the view is left (opening a segment and coming back cleared the filters and went to the top).
  const kept = (name: string) => `segments:${session.project?.path ?? ''}:${name}`;
  // The memos of the row's segment, from its mark or its menu (right click, or the menu key), with
  // its codings' memos; a coding's alone from the mark after its code, or written from the menu.
  const { openSegmentMemos, openCodingMemos, openCodingNote, segmentMemoList } = useSegmentMemos();
  const [rowMenu, setRowMenu] = useState<RowMenuRequest | null>(null);
  const closeRowMenu = useCallback(() => setRowMenu(null), []);
  const openSegment = useCallback(
    (row: SegmentRow) => setView({ kind: 'document', documentId: row.documentId, focus: { start: row.start, end: row.end } }),
    [setView],
  );
  const [sorting, setSorting] = useKeptState<SortingState>(kept('sorting'), []);
  const [choices, setChoices] = useState(storedColumnChoices);
  const coderCount = coders.length;
  const hidden = useMemo(() => hiddenColumns(choices, coderCount), [choices, coderCount]);
  const toggleColumn = useCallback((column: SegmentColumn) => setChoices((before) => {
    const after = toggledColumn(before, column, coderCount);
    storeColumnChoices(after);
    return after;
  }), [coderCount]);
  const [widths, setWidths] = useState(storedColumnWidths);
  const resizeColumn = useCallback((column: SegmentColumn, width: number | null) => setWidths((before) => {
    const after = withWidth(before, column, width);
    storeColumnWidths(after);
    return after;
  }), []);
  const shown = useMemo(() => segmentColumns.filter((c) => !hidden.has(c)), [hidden]);
  const shownKey = shown.join();
  // The case's label says its group once the project has groups (case-label.ts).
  const grouped = data.groups.length > 0;
  const cellText = useMemo(() => cellTexts(shown, data.groups), [shownKey, grouped]);
  const shownColumns = useMemo(() => tableColumns(cellText).filter((c) => !hidden.has(c.id as SegmentColumn)), [cellText]);
  const [keptFilters, setFilters] = useKeptState<Filters>(kept('filters'), {});
  const [quoteInput, setQuoteInput] = useKeptState(kept('quote'), '');
  // Opened on a code's segments (its ⋯ menu, its memo): that code alone, whatever was filtered before.
  const openedOnCode = view.kind === 'segments' ? view.codeId : undefined;
  useEffect(() => {
    if (openedOnCode === undefined) return;
    setFilters({ codeId: openedOnCode });
    setQuoteInput('');
  }, [view, openedOnCode, setFilters, setQuoteInput]);
  // Unknown until the first page answers: "0 segments" meanwhile read as an empty project.
  const [counted, setTotal] = useState<number | null>(null);
  const total = counted ?? 0;
  const [loaded, setLoaded] = useState<LoadedPages<SegmentRow>>({ generation: 0, pages: new Map() });
  const pages = loaded.pages;
  // The name columns as wide as the first page's texts, once it has come (segment-columns.ts).
  const grid = useRef<HTMLDivElement>(null);
  const [fitted, setFitted] = useState<Fits>({});
  const firstPage = pages.get(0);
  useLayoutEffect(() => {
    const element = grid.current;
    if (firstPage && element) setFitted((before) => fittedWidths(columnTexts(element, firstPage, cellText), before));
  }, [firstPage, language, cellText]);
  // Null until the documents come: a document chosen is kept meanwhile.
  const documentsRead = useCall('documents.list', {});
  const documentList = useMemo(() => documentChoices(documentsRead ?? NO_ROWS, data.cases, data.groups), [documentsRead, data.cases, data.groups]);
  // A case, group, document or code gone (deleted, merged, undone, its case deleted) is «all» in
  // its select and in the list asked for alike: the select showed «All cases» over no segments.
  const offers = useMemo(() => ({ ...projectOffers(data), documentId: documentsRead && documentList.map((d) => d.id) }), [data, documentsRead, documentList]);
  const filters = useMemo(() => offeredScope(keptFilters, offers), [keptFilters, offers]);
  const requested = useRef(new Set<number>());
  const scroller = useRef<HTMLDivElement>(null);
  const watchScroller = useMoreToTheRight(scroller);
  // The row's width inside the pane's scrollbar, which the name columns share with the quote and
  // the date, and the date's in pixels: read as the pane is resized, not on every scrolled frame.
  const [room, setRoom] = useState({ rowPx: 0, datePx: 0 });
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(() =>
      setRoom({ rowPx: element.clientWidth, datePx: DATE_EM * parseFloat(getComputedStyle(element).fontSize) }));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // How many lines the rows take for the codes to be whole, and the tracks at that many (segment-row-lines.ts).
  const layout = room.rowPx > 0 ? rowLayout(shown, widths, fitted, room.rowPx, room.datePx) : { lines: 1, fitted, widths, cap: Infinity, unbroken: [], columns: shown, stacked: false, folded: false };
  const height = rowHeight(layout.lines);
  // A group stacked under its case (segment-row-lines.ts) has its head under the case's, in one
  // column header of two lines: side by side they were cut to «C…» and «Gr…» in the track. So
  // has the coder's, folded into the codes' track, under the codes'.
  const { stacked, folded } = layout;
  const headHeight = stacked || folded ? HEAD_HEIGHT + LINE_PX : HEAD_HEIGHT;
  // The row in the tab order, which the arrow keys move (the rows could not be reached without a mouse).
  const [activeRow, setActiveRow] = useState(0);
  const focusActiveRow = useRef(false);

  // Names sort in the UI language's alphabet (Әлия after Анна in Kazakh), so a language change sorts again.
  const query = useMemo(() => {
    const sort = sorting[0];
    return { ...filters, sort: (sort?.id ?? 'position') as SegmentSortKey, descending: sort?.desc ?? false, language };
  }, [sorting, filters, language]);

  // The list as it is filtered and sorted, every row, as a file; headed in the UI's language. Reading
  // only: not through act(), whose reload would start the list again from its top. Its button
  // waits while it is made (every segment as XLSX takes seconds on a large project).
  const [exportFormat, setExportFormat] = useState<SegmentListFormat>('xlsx');
  const { exporting, run: runExport } = useExport();
  const exportList = useCallback(() => {
    runExport(() => call('segments.export', { query, format: exportFormat, language: currentLanguage() }));
  }, [query, exportFormat, runExport]);

  // Typing in the quote filter queries once the user pauses.
  useEffect(() => {
    // The same quote leaves the filters as they are: a new object would start the list again
    // from its top, taking the focus from a row the user had moved to.
    const quote = quoteInput || undefined;
    const timer = setTimeout(() => setFilters((f) => (f.quote === quote ? f : { ...f, quote })), 250);
    return () => clearTimeout(timer);
  }, [quoteInput]);

  // A new query or a change in the project starts from the first page again; answers to an
  // earlier generation of the query are dropped.
  const generation = useRef(0);
  // While a new query's first page is read, the rows shown are the last query's: said (aria-busy)
  // and, if it takes a moment, shown dimmed. A quote filter reads every quote, a second and more
  // on the reference corpus, and the list looked as if the word had matched everything.
  const [updating, setUpdating] = useState(false);
  // A new filter or sort is read from its first row, where a change in the project keeps the
  // place: a list filtered to 60 segments opened at their end, scrolled as the whole list had been.
  const shownQuery = useRef(query);
  useEffect(() => {
    if (shownQuery.current !== query && scroller.current) scroller.current.scrollTop = 0;
    shownQuery.current = query;
    const current = ++generation.current;
    requested.current = new Set([0]);
    setActiveRow(0);
    setUpdating(true);
    void call('segments.query', { ...query, offset: 0, limit: PAGE_SIZE }).then((page) => {
      if (current !== generation.current) return;
      setUpdating(false);
      setTotal(page.total);
      setLoaded((loaded) => withPage(loaded, current, 0, page.rows));
    });
  }, [query, revision]);

  // Where the list was scrolled to, put back once its rows have a height again: their lines are
  // known once the first page is measured and the pane's width read.
  const keepScroll = useKeptScroll(scroller, kept('scroll'), total > 0 && fitted.codes !== undefined && room.rowPx > 0);
  // The row whose cut names and codes show whole in a card (segment-row-peek.tsx).
  const { peeked, onPeek, onScroll: putPeekAway } = usePeekedRow();
  const onScroll = useCallback((event: UIEvent<HTMLElement>) => {
    keepScroll(event);
    putPeekAway();
  }, [keepScroll, putPeekAway]);

  const drawnRows = useSteppedRange(ROW_STEP);
  const virtualizer = useQuietVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => height,
    overscan: OVERSCAN,
    rangeExtractor: drawnRows,
    // The rows start below the head, and a row scrolled to by a key is not left under it.
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
  });
  // Rows of another height: the row at the top stays there, and the rows are placed anew. The
  // rows' box is already as tall as they are now (below), so taller rows' scroll is not cut
  // short. Shorter, the page cuts the box's scrollTop to their end as soon as it lays them out,
  // which it does at once where the head's height changes with them (the virtualizer places the
  // rows anew below it): the 13th row scrolled to showed the 8th. So the place is read as the
  // render begins, before the page changes.
  const drawnHeight = useRef(height);
  const scrolledTop = useRef(0);
  scrolledTop.current = scroller.current?.scrollTop ?? 0;
  useLayoutEffect(() => {
    const before = drawnHeight.current;
    if (before === height) return;
    drawnHeight.current = height;
    const element = scroller.current;
    if (element) element.scrollTop = (scrolledTop.current / before) * height;
    virtualizer.measure();
  }, [height, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const slots = useSlots(items.length);
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  // Scrolled away from the active row, the first row drawn takes its place in the tab order.
  const tabRow = items.some((item) => item.index === activeRow) ? activeRow : first;

  // A row moved to by a key is scrolled to, drawn, then focused. While the focus is in the rows
  // it stays on the active row whenever that is drawn: rows lend their elements to the rows
  // scrolled in, and the focus must not go along with its element to another row.
  useEffect(() => {
    const body = scroller.current;
    const focused = document.activeElement;
    if (!body || !(focusActiveRow.current || (focused?.getAttribute('role') === 'row' && body.contains(focused)))) return;
    const element = body.querySelector<HTMLElement>(`[aria-rowindex="${activeRow + 2}"]`);
    if (!element) return;
    focusActiveRow.current = false;
    if (element !== focused) element.focus({ preventScroll: true });
  });
  const keys = useRef<(event: KeyboardEvent<HTMLElement>, index: number, row: SegmentRow | undefined) => void>(() => {});
  keys.current = (event, index, row) => {
    if (event.key === 'Enter') {
      if (row) openSegment(row);
    } else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
      // Under the row's start, where the keyboard is.
      const box = event.currentTarget.getBoundingClientRect();
      if (row) setRowMenu({ row, at: { x: box.left + ROW_MENU_INSET, y: box.bottom } });
    } else {
      const pageRows = Math.max(1, Math.floor(((scroller.current?.clientHeight ?? 0) - headHeight) / height) - 1);
      // One column: Home and End go to the first and last rows.
      const home = event.key === 'Home' || event.key === 'End';
      const to = moveInGrid(event.key, home || event.ctrlKey, { row: index, column: 0 }, { rows: total, columns: 1, pageRows, hasCells: () => true });
      if (!to) return;
      focusActiveRow.current = true;
      setActiveRow(to.row);
      virtualizer.scrollToIndex(to.row, { align: 'auto' });
    }
    event.preventDefault();
  };
  const onRowKey = useCallback((event: KeyboardEvent<HTMLElement>, index: number, row: SegmentRow | undefined) => keys.current(event, index, row), []);
  const wanted = pagesAround(first, last, total, PAGE_SIZE, FETCH_AHEAD);
  const wantedFrom = wanted[0] ?? 0;
  const wantedTo = wanted[wanted.length - 1] ?? -1;

  // Every page in view or just ahead of it is fetched once per generation, after a reload too.
  useEffect(() => {
    const current = generation.current;
    for (let page = wantedFrom; page <= wantedTo; page++) {
      if (requested.current.has(page)) continue;
      requested.current.add(page);
      void call('segments.query', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE, countTotal: false }).then((result) => {
        if (current === generation.current) setLoaded((loaded) => withPage(loaded, current, page, result.rows));
      });
    }
  }, [wantedFrom, wantedTo, query, revision]);

  const rowAt = (index: number) => pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  // The table holds the rows of the pages being drawn: the same list (and row objects) while
  // the scroll stays within them, so only the rows that come into view are drawn anew.
  const joined = useRef<JoinedPages<SegmentRow> | null>(null);
  joined.current = joinPages(pages, Math.floor(first / PAGE_SIZE), Math.floor(last / PAGE_SIZE), joined.current);

  // The table keeps each row's cell values: a copy of the list when the cells' texts change (a
  // column hidden or shown) makes new rows, else they kept the texts of before.
  const joinedRows = joined.current.rows;
  const tableRows = useMemo(() => [...joinedRows], [joinedRows, cellText]);
  const table = useTable({
    features,
    columns: shownColumns,
    data: tableRows,
    getRowId: (row) => String(row.id),
    state: { sorting },
    onSortingChange: setSorting,
    manualSorting: true,
    enableMultiSort: false,
  });
  const rowModel = table.getRowModel().rows;
  const rowsById = useMemo(() => new Map(rowModel.map((row) => [row.original.id, row])), [rowModel]);

  // The filters are drawn again only when what they show changes, not on every scrolled frame.
  const filterBar = useMemo(() => {
    // A choice is made over what the selects show: a choice gone is then let go.
    const setFilter = (key: keyof Filters, value: string | undefined, numeric = true) =>
      setFilters({ ...filters, [key]: value ? (numeric ? Number(value) : value) : undefined });
    return (
      <div className="filters">
        <input
          aria-label={t('segments.filterQuote')} placeholder={t('segments.filterQuote')} style={widthToShow(t('segments.filterQuote'))}
          value={quoteInput} onChange={(e) => setQuoteInput(e.target.value)}
        />
        {/* Controlled: the filters are kept while another view is open, and the lists must show them on return (they read «All groups» over a filtered list). */}
        <select aria-label={t('segments.filterCase')} value={filters.caseId ?? ''} onChange={(e) => setFilter('caseId', e.target.value)}>
          <option value="">{t('segments.allCases')}</option>
          {casesInListOrder(data.cases, data.groups).map((c) => <option key={c.id} value={c.id} data-user-data="case">{caseLabel(c, data.groups)}</option>)}
        </select>
        <select
          aria-label={t('segments.filterGroup')} value={filters.groupId === null ? 'none' : (filters.groupId ?? '')}
          onChange={(e) => (e.target.value === 'none' ? setFilters({ ...filters, groupId: null }) : setFilter('groupId', e.target.value))}
        >
          <option value="">{t('segments.allGroups')}</option>
          {data.groups.map((g) => <option key={g.id} value={g.id} data-user-data="group">{g.name}</option>)}
          {data.cases.some((c) => c.groupId === null) && <option value="none">{t('segments.noGroup')}</option>}
        </select>
        {/* A long name is cut to the list's width (styles.css .filters select): whole on hover. */}
        <select
          aria-label={t('segments.filterDocument')} value={filters.documentId ?? ''} onChange={(e) => setFilter('documentId', e.target.value)}
          title={documentList.find((d) => d.id === filters.documentId)?.label ?? t('segments.allDocuments')}
        >
          <option value="">{t('segments.allDocuments')}</option>
          {documentList.map((d) => <option key={d.id} value={d.id} data-user-data="document">{d.label}</option>)}
        </select>
        <select aria-label={t('segments.filterCode')} value={filters.codeId ?? ''} onChange={(e) => setFilter('codeId', e.target.value)}>
          <option value="">{t('segments.allCodes')}</option>
          {codeChoices(data.codebook).map((c) => <option key={c.id} value={c.id} data-user-data="code">{c.label}</option>)}
        </select>
        <CoderFilter value={filters.coder ?? ''} coders={coders} onChange={(coder) => setFilter('coder', coder, false)} />
        <DateField label={t('segments.dateFrom')} value={filters.dateFrom ?? null} onChange={(day) => setFilter('dateFrom', day ?? undefined, false)} />
        <DateField label={t('segments.dateTo')} value={filters.dateTo ?? null} onChange={(day) => setFilter('dateTo', day ?? undefined, false)} />
        {filters.dateFrom && filters.dateTo && filters.dateFrom > filters.dateTo && <span className="field-error" role="alert">{t('segments.datesReversed')}</span>}
        <SegmentColumnMenu hidden={hidden} onToggle={toggleColumn} />
        <span className={updating ? 'count updating' : 'count'} data-testid="segment-total" role="status" aria-busy={counted === null || updating}>{counted === null ? '…' : t('segments.total', { count: counted })}</span>
        <span className="spacer" />
        <select aria-label={t('segments.exportFormat')} value={exportFormat} onChange={(e) => setExportFormat(e.target.value as SegmentListFormat)}>
          {/* File formats are named alike in every language. */}
          {segmentListFormats.map((f) => <option key={f} value={f} data-untranslated="format">{f.toUpperCase()}</option>)}
        </select>
        <KeepFocusButton inactive={exporting} unavailable={total === 0} onPress={exportList}>{t('segments.export')}</KeepFocusButton>
      </div>
    );
    // The language is read by t() inside.
  }, [quoteInput, data.cases, data.groups, data.codebook, documentList, coders, counted, updating, language, filters, hidden, toggleColumn, exportFormat, exportList, exporting]);

  // Likewise the column heads: only a sort or the language changes them. (`table` is a new
  // wrapper every render around the one table, so it is not a reason to draw them again.)
  // A column drawn in another's track (the group under its case, the coders after the codes), by the column whose track it is.
  const partners = useMemo(() => new Map<string, SegmentColumn>([...(stacked ? [['case', 'group'] as const] : []), ...(folded ? [['codes', 'coder'] as const] : [])]), [stacked, folded]);
  const head = useMemo(() => (
    <div className="grid-head" role="rowgroup" style={{ height: headHeight }}>
      {table.getHeaderGroups().map((group) => (
        <div key={group.id} className="grid-row" role="row">
          {group.headers.filter((header) => ![...partners.values()].includes(header.column.id as SegmentColumn)).map((header) => {
            const heads = group.headers.filter((h) => h === header || h.column.id === partners.get(header.column.id));
            const sortedHead = heads.find((h) => h.column.getIsSorted() !== false);
            const sorted = sortedHead?.column.getIsSorted() ?? false;
            const name = heads.map((h) => t(`segments.${h.column.id}`)).join(' · ');
            // One header over two columns has one aria-sort: its name says which of them is sorted.
            const label = heads.length > 1 && sortedHead ? t('segments.sortedBy', { heads: name, column: t(`segments.${sortedHead.column.id}`) }) : name;
            return (
              // The column ids are the heads' keys: a head cut short in a narrow column says itself whole on hover.
              <div key={header.id} role="columnheader" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined} className={`cell col-${header.column.id}`} title={name}
                // Named by its column alone, not also by the edge inside it.
                aria-label={label}
              >
                {/* The head is the column header; the button in it sorts (a button may not be a header itself). */}
                {heads.map((h) => (
                  <button key={h.id} className="sort" onClick={h.column.getToggleSortingHandler()}>
                    <FlexRender header={h} />
                    {/* Drawn, not read: the head's aria-sort says it. */}
                    {h.column.getIsSorted() !== false && <span aria-hidden="true">{h.column.getIsSorted() === 'asc' ? ' ▲' : ' ▼'}</span>}
                  </button>
                ))}
                {/* The quote takes what the others leave; the date's width fits a day and its edge is the table's. */}
                {header.column.id !== 'quote' && header.column.id !== 'date' && (
                  <SegmentColumnEdge column={header.column.id as SegmentColumn} name={name} width={widths[header.column.id as SegmentColumn]} onResize={resizeColumn} />
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  ), [sorting, language, shown, widths, resizeColumn, partners]);

  return (
    <div className="segment-table">
      {filterBar}
      {/* An empty list says why: a quote typed in another form of the word matched nothing, and looked like a fault. */}
      {counted === 0 && <p className="hint grid-empty" role="status">{t(Object.values(filters).some((value) => value !== undefined && value !== '') ? 'segments.noneMatch' : 'segments.none')}</p>}
      <div
        ref={grid} className={updating ? 'grid updating' : 'grid'} role="grid" aria-readonly="true" aria-busy={updating} aria-label={t('segments.title')} aria-rowcount={total + 1}
        data-row-lines={layout.lines} data-unbroken={layout.unbroken.join(' ')} data-stacked={stacked || undefined} data-folded={folded || undefined}
        style={{ '--segment-columns': gridTemplate(layout.columns, layout.widths, layout.fitted, layout.cap, layout.lines), '--segment-min-width': gridMinWidth(layout.columns, layout.widths, layout.fitted, layout.lines), '--row-lines': layout.lines } as CSSProperties}
      >
        <div ref={watchScroller} className="grid-body" onScroll={onScroll}>
          {head}
          {/* Every row is as tall (segment-row-lines.ts): as tall as they are at once when their lines change, before the virtualizer has placed them anew. */}
          <div className="segment-rows" role="rowgroup" style={{ height: total * height, position: 'relative' }}>
            {inSlotOrder(items, slots).map((item) => {
              const original = rowAt(item.index);
              const row = original ? rowsById.get(original.id) : undefined;
              // Keyed by slot, not by row: a row scrolled out lends its elements to the row
              // scrolled in, so a frame updates a few texts instead of building new rows.
              return (
                <BodyRow
                  key={item.index % slots} row={row} index={item.index} top={item.start - headHeight} height={height} language={language} columns={`${shownKey}:${grouped}:${stacked}:${folded}`} stacked={stacked} folded={folded} tabbable={item.index === tabRow}
                  onOpen={openSegment} onMemo={openSegmentMemos} onMenu={setRowMenu} onCodingMemo={openCodingMemos} onKey={onRowKey} onFocusRow={setActiveRow} peeked={item.index === peeked} onPeek={onPeek}
                />
              );
            })}
          </div>
        </div>
      </div>
      {rowMenu && <SegmentRowMenu request={rowMenu} onClose={closeRowMenu} onSegmentMemo={openSegmentMemos} onCodingMemo={openCodingNote} />}
      {segmentMemoList}
    </div>
  );
}

type TableRow = Row<typeof features, SegmentRow>;

/**
 * One row of the table, drawn again only when its segment, its place or the language (its
 * date's format) changes: a scrolled frame draws just the rows that came into view.
 */
const BodyRow = memo(function BodyRow({ row, index, top, height, stacked, folded, tabbable, peeked, onOpen, onMemo, onMenu, onCodingMemo, onKey, onFocusRow, onPeek }: {
  row: TableRow | undefined;
  /** The row's place in the whole list: the page holds the rows in slot order, not in this order. */
  index: number;
  top: number;
  height: number;
  language: string;
  /** The columns shown (their ids joined), whether cases have groups, whether the group is stacked and the coder folded: a row draws its cells again when they change. */
  columns: string;
  /** Whether the group's name is drawn under the case's, in its cell. */
  stacked: boolean;
  /** Whether the segment's coders are drawn after its codes, in their cell. */
  folded: boolean;
  /** The one row in the tab order. */
  tabbable: boolean;
  onOpen(row: SegmentRow): void;
  onMemo(row: SegmentRow): void;
  onMenu(request: RowMenuRequest): void;
  onCodingMemo(row: SegmentRow, codings: readonly NotedCoding[]): void;
  onKey(event: KeyboardEvent<HTMLElement>, index: number, row: SegmentRow | undefined): void;
  onFocusRow(index: number): void;
  /** Whether the row's cut texts show whole in a card, and what the row says when pointed at or focused, and when no more. */
  peeked: boolean;
  onPeek(index: number, source: PeekSource, on: boolean): void;
}) {
  const original = row?.original;
  const peek = useCutColumns(peeked);
  const all = row?.getAllCells() ?? [];
  const groupName = stacked ? String(all.find((cell) => cell.column.id === 'group')?.getValue() ?? '') : '';
  const cells = all.filter((cell) => !(stacked && cell.column.id === 'group') && !(folded && cell.column.id === 'coder'));
  const title = (id: string, value: unknown) => {
    if (id === 'date') return formatDate(String(value));
    // The coders said on a line of their own, as the head says them apart.
    return id === 'codes' && folded && original ? `${String(value)}\n${original.coders.join(', ')}` : String(value ?? '');
  };
  return (
    <div
      ref={peek.row}
      role="row"
      // After the head row (1): assistive technology reads the rows in this order.
      aria-rowindex={index + 2}
      // Over the rows after it while its card shows (their slots may come later in the page).
      className={peek.cut.length > 0 ? 'grid-row body-row peeking' : 'grid-row body-row'}
      // readingOrder: screen readers take the rows in this order (styles.css .segment-rows), not the page's. A string: React would write a number as "12px".
      style={{ position: 'absolute', top: 0, transform: `translateY(${top}px)`, height, width: '100%', readingOrder: String(index) } as CSSProperties}
      tabIndex={tabbable ? 0 : -1}
      onKeyDown={(event) => onKey(event, index, original)}
      onFocus={() => {
        onFocusRow(index);
        onPeek(index, 'focus', true);
      }}
      // Not when the focus moves inside the row (to a memo mark).
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && onPeek(index, 'focus', false)}
      // On moving, not on entering: after a scroll the row under a resting pointer is another.
      onPointerMove={() => onPeek(index, 'pointer', true)}
      onPointerLeave={() => onPeek(index, 'pointer', false)}
      onClick={() => original && onOpen(original)}
      onContextMenu={(event) => {
        if (!original) return;
        event.preventDefault();
        onMenu({ row: original, at: { x: event.clientX, y: event.clientY } });
      }}
    >
      {row
        ? cells.map((cell) => (
            stacked && cell.column.id === 'case' ? (
              <div key="case" role="gridcell" className="cell col-case" title={[String(cell.getValue()), groupName].filter(Boolean).join('\n')}>
                <span className="stacked-case" data-user-data="case"><FlexRender cell={cell} /></span>
                <span className="stacked-group" data-user-data="group">{groupName}</span>
              </div>
            ) : (
              <div key={cell.column.id} role="gridcell" data-user-data={cell.column.id === 'date' ? undefined : cell.column.id} className={`cell col-${cell.column.id}`} title={title(cell.column.id, cell.getValue())}>
                {cell.column.id === 'quote' && original && original.memoCount > 0 && <MemoMark count={original.memoCount} onOpen={() => onMemo(original)} tabbable={false} />}
                {cell.column.id === 'codes' && original ? <CodesCell row={original} onMemo={(codings) => onCodingMemo(original, codings)} withCoders={folded} /> : <FlexRender cell={cell} />}
              </div>
            )
          ))
        : <div role="gridcell" className="cell loading-row">…</div>}
      {original && peek.cut.length > 0 && (
        <RowPeek segment={original} columns={peek.cut} texts={Object.fromEntries(all.map((cell) => [cell.column.id, String(cell.getValue() ?? '')]))} />
      )}
    </div>
  );
});
