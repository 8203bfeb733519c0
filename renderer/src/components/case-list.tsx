import { defaultRangeExtractor, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type FocusEvent, type KeyboardEvent } from 'react';
import type { CaseItem } from '../../../shared/entities.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { NO_ROWS, useCall } from '../use-call.js';
import { t } from '../i18n/index.js';
import { FilePicker } from './file-picker.js';
import { SHEET_EXTENSIONS } from './sheet-import-dialog.js';
import { breakableName } from '../breakable-name.js';
import { caseBeside, caseRowIndex, caseRows, caseSections, withKeptRows, type CaseRow, type CaseSection } from '../case-rows.js';
import { setCaseRevealer } from '../focus-case-list.js';
import { useQuietVirtualizer } from '../quiet-virtualizer.js';

// Estimates until a row is drawn and measured: a heading (its room above) and a case of one line.
const HEADING_PX = 33;
const CASE_PX = 22;
// Rows drawn beyond the view each way: Tab and Shift+Tab find the next case drawn, and its focus
// scrolls the list on before the one after is needed.
const OVERSCAN = 12;

/**
 * The left column: cases by group, the open case's documents, and ways to add cases. A case is
 * dragged onto a group's section (its heading or its cases) to move it there, or onto «Without
 * group» to take it out; the keyboard's way is the case sheet's Group select. Both are one
 * undoable 'cases.setGroup'. A drop is said to screen readers, and each case's description says
 * how it moves, by drag and by keyboard: a screen reader heard nothing of either.
 *
 * Only the rows in view are drawn (a sheet may bring 100,000 cases: drawn whole, each click took
 * 20 s), in the page's flow: each drawn row is set apart from the one before by a margin as tall as
 * the rows between them, so a group's section still holds its heading and cases. Each case says
 * its place in its group (aria-posinset, aria-setsize), as the group's list no longer holds them all.
 */
export function CaseList() {
  const { data, view, setView, act, ask, importSheet, announce } = useApp();
  const hintId = useId();
  const documents = useCall('documents.list', {}) ?? NO_ROWS;
  const openCaseId =
    view.kind === 'case' ? view.caseId : view.kind === 'document' ? documents.find((d) => d.id === view.documentId)?.caseId : undefined;
  // The case being dragged, and the section (a group's id, or null for none) it is over, when one is.
  const [drag, setDrag] = useState<{ caseId: number; groupId: number | null; over: number | null | undefined } | null>(null);
  // The case whose row holds or last held the focus (its button or one of its documents').
  const [focusedCase, setFocusedCase] = useState<number | null>(null);

  // «Without group» is shown while a grouped case is dragged, empty or not: it is where the case leaves its group.
  const withUngrouped = drag !== null && drag.groupId !== null;
  const ungroupedName = t('cases.ungrouped');
  const rows = useMemo(() => caseRows(caseSections(data.cases, data.groups, ungroupedName, withUngrouped)), [data.cases, data.groups, ungroupedName, withUngrouped]);
  const rowOfCase = useMemo(() => caseRowIndex(rows), [rows]);

  const aside = useRef<HTMLElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLDivElement>(null);
  // Where the rows start in the column's scroll: below its head, which wraps in Russian or when narrowed.
  const [rowsTop, setRowsTop] = useState(0);
  useLayoutEffect(() => {
    const measure = () => {
      if (!aside.current || !list.current) return;
      setRowsTop(list.current.getBoundingClientRect().top - aside.current.getBoundingClientRect().top + aside.current.scrollTop);
    };
    measure();
    const observer = new ResizeObserver(measure);
    if (head.current) observer.observe(head.current);
    return () => observer.disconnect();
  }, []);

  // Drawn wherever the list is scrolled (withKeptRows): the focused case's row and the dragged one's,
  // and the heading of the group at the top of the view, which stays there (sticky) while its
  // cases pass under it: scrolled into a group of thousands, nothing said whose cases they were.
  const kept = [focusedCase, drag?.caseId].flatMap((id) => (id == null ? [] : (rowOfCase.get(id) ?? [])));
  const headingInView = (first: number) => rows[first]?.heading ?? [];
  const virtualizer = useQuietVirtualizer({
    count: rows.length,
    getScrollElement: () => aside.current,
    estimateSize: (index) => (rows[index]?.kind === 'heading' ? HEADING_PX : CASE_PX),
    // A row's size is known by its case or group, wherever the row moves to.
    getItemKey: (index) => rows[index]?.key ?? index,
    // Unrounded: rounded heights added up to a drift between a row's place and the virtualiser's.
    measureElement: (element) => element.getBoundingClientRect().height,
    overscan: OVERSCAN,
    scrollMargin: rowsTop,
    rangeExtractor: (range) => withKeptRows(defaultRangeExtractor(range), [...kept, headingInView(range.startIndex)].flat()),
    // A case scrolled to (by the keyboard) is not left under that heading.
    scrollPaddingStart: HEADING_PX,
  });
  const items = virtualizer.getVirtualItems();

  // A case to focus once it is drawn (focusCaseInList): scrolled to first.
  const toFocus = useRef<number | null>(null);
  const focusWhenDrawn = () => {
    const caseId = toFocus.current;
    const button = caseId === null ? null : aside.current?.querySelector<HTMLElement>(`button[data-case-id="${caseId}"]`);
    if (!button) return;
    toFocus.current = null;
    button.focus();
  };
  useEffect(focusWhenDrawn);
  const reveal = (caseId: number): boolean => {
    const index = rowOfCase.get(caseId);
    if (index === undefined) return false;
    toFocus.current = caseId;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    focusWhenDrawn();
    return true;
  };
  useEffect(() => setCaseRevealer(reveal));

  // Up and Down go from case to case, through the open case's documents; Home and End to the
  // first and last case. Tab alone took a keyboard through every case before the rest of the app.
  const moveFocus = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const button = event.target as HTMLElement;
    const row = button.closest<HTMLElement>('[data-row-case]');
    if (!row || button.tagName !== 'BUTTON') return;
    // A case being scrolled to and not yet drawn is where the next key goes on from: keys pressed
    // faster than the list draws went on from the case still focused, and were lost.
    const pending = toFocus.current;
    const inRow = pending === null ? [...row.querySelectorAll<HTMLElement>('button')] : [];
    const at = inRow.indexOf(button);
    const index = rowOfCase.get(pending ?? Number(row.dataset.rowCase));
    if (index === undefined) return;
    let next: HTMLElement | CaseItem | undefined;
    if (event.key === 'ArrowDown') next = inRow[at + 1] ?? caseBeside(rows, index, 1);
    else if (event.key === 'ArrowUp') next = at > 0 ? inRow[at - 1] : caseBeside(rows, index, -1);
    else if (event.key === 'Home') next = caseBeside(rows, -1, 1);
    else if (event.key === 'End') next = caseBeside(rows, rows.length, -1);
    else return;
    event.preventDefault();
    if (next instanceof HTMLElement) next.focus();
    else if (next) reveal(next.id);
  };

  // Kept once the focus has left the list too: F6 comes back to it (region-cycle.ts), as it did
  // when every case was drawn.
  const noteFocus = (event: FocusEvent<HTMLElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-row-case]');
    setFocusedCase(row ? Number(row.dataset.rowCase) : null);
  };

  // A section takes the dragged case only when it is another group than the case's own.
  const dragOver = (groupId: number | null, event: DragEvent) => {
    if (!drag || drag.groupId === groupId) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (drag.over !== groupId) setDrag({ ...drag, over: groupId });
  };
  const dragLeave = (groupId: number | null, event: DragEvent) => {
    // Crossing from the heading to a case within the same section is not leaving it.
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    if (drag?.over === groupId) setDrag({ ...drag, over: undefined });
  };
  const drop = (groupId: number | null, event: DragEvent) => {
    event.preventDefault();
    const moving = drag;
    setDrag(null);
    if (!moving || moving.groupId === groupId) return;
    const name = data.cases.find((c) => c.id === moving.caseId)?.name ?? '';
    const group = data.groups.find((g) => g.id === groupId)?.name;
    void act(() => call('cases.setGroup', { id: moving.caseId, groupId })).then((moved) => {
      if (moved) announce(group === undefined ? t('cases.movedOutOfGroup', { case: name }) : t('cases.movedToGroup', { case: name, group }));
    });
  };
  // The hint shows where there is somewhere to move a case to.
  const canMove = data.groups.length > 0 && data.cases.length > 1;

  const addCase = () =>
    ask({
      title: t('cases.addTitle'),
      fields: [
        { kind: 'text', name: 'name', label: t('cases.name') },
        // Typed, as the import dialogs take a group: one of the project's, or a new one made with the case.
        { kind: 'text', name: 'group', label: t('cases.group'), hint: t('cases.groupHint'), suggestions: data.groups.map((g) => g.name) },
      ],
      onSubmit: ({ name, group }) => {
        let created: number | null = null;
        const groupName = String(group).trim();
        // Shown once the case list has it: before, its page said for a moment that it no longer existed.
        void act(async () => {
          created = (await call('cases.create', { name: String(name), ...(groupName ? { groupName } : {}) })).id;
        }).then(() => {
          if (created !== null) setView({ kind: 'case', caseId: created });
        });
      },
    });

  // The drawn rows by section, in order, each with the gap above it: the rows not drawn before it.
  const drawn: { section: CaseSection<CaseItem>; rows: { row: CaseRow<CaseItem>; item: VirtualItem; gap: number }[] }[] = [];
  let end = rowsTop;
  for (const item of items) {
    const row = rows[item.index];
    if (!row) continue;
    const last = drawn[drawn.length - 1];
    const entry = { row, item, gap: item.start - end };
    if (last?.section === row.section) last.rows.push(entry);
    else drawn.push({ section: row.section, rows: [entry] });
    end = item.end;
  }

  const caseRow = (row: Extract<CaseRow<CaseItem>, { kind: 'case' }>, item: VirtualItem, gap: number) => (
    <li
      key={row.key}
      data-index={item.index}
      ref={virtualizer.measureElement}
      data-row-case={row.item.id}
      style={{ marginTop: gap }}
      aria-setsize={row.section.cases.length}
      aria-posinset={row.position}
    >
      <button
        className={openCaseId === row.item.id ? 'case active' : 'case'}
        data-case-id={row.item.id}
        // The open case and document are marked for screen readers too, not by colour alone.
        aria-current={openCaseId === row.item.id || undefined}
        onClick={() => setView({ kind: 'case', caseId: row.item.id })}
        draggable
        aria-describedby={canMove ? `${hintId}-drag ${hintId}-keys` : undefined}
        onDragStart={(e) => {
          e.dataTransfer.effectAllowed = 'move';
          e.dataTransfer.setData('text/plain', row.item.name);
          setDrag({ caseId: row.item.id, groupId: row.item.groupId, over: undefined });
        }}
        onDragEnd={() => setDrag(null)}
      >
        <span data-user-data="case">{row.item.name}</span> <span className="count" aria-hidden="true">{row.item.segmentCount}</span>
        <span className="visually-hidden">{t('segments.total', { count: row.item.segmentCount })}</span>
      </button>
      {openCaseId === row.item.id && (
        <ul className="documents">
          {documents.filter((d) => d.caseId === row.item.id).map((d) => (
            <li key={d.id}>
              <button
                className={view.kind === 'document' && view.documentId === d.id ? 'document active' : 'document'}
                aria-current={(view.kind === 'document' && view.documentId === d.id) || undefined}
                onClick={() => setView({ kind: 'document', documentId: d.id })}
                data-user-data="document-name"
              >
                {breakableName(d.name)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );

  return (
    <aside className="case-list" aria-label={t('cases.title')} ref={aside}>
      <div className="panel-head" ref={head}>
        <h2>{t('cases.title')}</h2>
        <button onClick={addCase}>{t('cases.add')}</button>
        {/* The spreadsheet import, with this file: its preview, mapping and checks are the same. */}
        <FilePicker label={t('import.caseTable')} accept={SHEET_EXTENSIONS} onFile={importSheet} />
      </div>
      <div className="case-rows" ref={list} style={{ height: virtualizer.getTotalSize() }} onFocus={noteFocus} onKeyDown={moveFocus}>
        {drawn.map(({ section, rows: sectionRows }) => {
          const heading = sectionRows[0]?.row.kind === 'heading' ? sectionRows[0] : undefined;
          return (
            <section
              key={section.id ?? 'none'}
              className={drag && drag.over === section.id ? 'group drop-into' : 'group'}
              onDragOver={(e) => dragOver(section.id, e)}
              onDragLeave={(e) => dragLeave(section.id, e)}
              onDrop={(e) => drop(section.id, e)}
            >
              {heading && (
                <h3 data-index={heading.item.index} ref={virtualizer.measureElement} style={{ marginTop: heading.gap }}>
                  <span {...(section.id !== null ? { 'data-user-data': 'group' } : {})}>{section.name}</span> <span className="count">{section.cases.length}</span>
                </h3>
              )}
              <ul>{sectionRows.flatMap(({ row, item, gap }) => (row.kind === 'case' ? [caseRow(row, item, gap)] : []))}</ul>
            </section>
          );
        })}
      </div>
      {/* As the codebook says how its codes move: nothing else shows that a case can be dragged. */}
      {canMove && <p className="drag-hint" id={`${hintId}-drag`}>{t('cases.dragHint')}</p>}
      {/* Said with each case, not shown: the case sheet's Group select is where sighted keyboard users already look. */}
      {canMove && <p className="visually-hidden" id={`${hintId}-keys`}>{t('cases.groupByKeyboard')}</p>}
    </aside>
  );
}
