import { useId, useState, type DragEvent } from 'react';
import type { CaseItem } from '../../../shared/entities.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { NO_ROWS, useCall } from '../use-call.js';
import { t } from '../i18n/index.js';
import { FilePicker } from './file-picker.js';
import { SHEET_EXTENSIONS } from './sheet-import-dialog.js';
import { breakableName } from '../breakable-name.js';

/**
 * The left column: cases by group, the open case's documents, and ways to add cases. A case is
 * dragged onto a group's section (its heading or its cases) to move it there, or onto «Without
 * group» to take it out; the keyboard's way is the case sheet's Group select. Both are one
 * undoable 'cases.setGroup'. A drop is said to screen readers, and each case's description says
 * how it moves, by drag and by keyboard: a screen reader heard nothing of either.
 */
export function CaseList() {
  const { data, view, setView, act, ask, importSheet, announce } = useApp();
  const hintId = useId();
  const documents = useCall('documents.list', {}) ?? NO_ROWS;
  const openCaseId =
    view.kind === 'case' ? view.caseId : view.kind === 'document' ? documents.find((d) => d.id === view.documentId)?.caseId : undefined;
  // The case being dragged, and the section (a group's id, or null for none) it is over, when one is.
  const [drag, setDrag] = useState<{ caseId: number; groupId: number | null; over: number | null | undefined } | null>(null);

  // «Without group» is shown while a grouped case is dragged, empty or not: it is where the case leaves its group.
  const sections: { id: number | null; name: string; cases: CaseItem[] }[] = [
    ...data.groups.map((g) => ({ id: g.id, name: g.name, cases: data.cases.filter((c) => c.groupId === g.id) })),
    { id: null, name: t('cases.ungrouped'), cases: data.cases.filter((c) => c.groupId === null) },
  ].filter((s) => s.cases.length > 0 || s.id !== null || (drag !== null && drag.groupId !== null));

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

  return (
    <aside className="case-list" aria-label={t('cases.title')}>
      <div className="panel-head">
        <h2>{t('cases.title')}</h2>
        <button onClick={addCase}>{t('cases.add')}</button>
        {/* The spreadsheet import, with this file: its preview, mapping and checks are the same. */}
        <FilePicker label={t('import.caseTable')} accept={SHEET_EXTENSIONS} onFile={importSheet} />
      </div>
      {sections.map((section) => (
        <section
          key={section.id ?? 'none'}
          className={drag && drag.over === section.id ? 'group drop-into' : 'group'}
          onDragOver={(e) => dragOver(section.id, e)}
          onDragLeave={(e) => dragLeave(section.id, e)}
          onDrop={(e) => drop(section.id, e)}
        >
          <h3><span {...(section.id !== null ? { 'data-user-data': 'group' } : {})}>{section.name}</span> <span className="count">{section.cases.length}</span></h3>
          <ul>
            {section.cases.map((item) => (
              <li key={item.id}>
                <button
                  className={openCaseId === item.id ? 'case active' : 'case'}
                  data-case-id={item.id}
                  // The open case and document are marked for screen readers too, not by colour alone.
                  aria-current={openCaseId === item.id || undefined}
                  onClick={() => setView({ kind: 'case', caseId: item.id })}
                  draggable
                  aria-describedby={canMove ? `${hintId}-drag ${hintId}-keys` : undefined}
                  onDragStart={(e) => {
                    e.dataTransfer.effectAllowed = 'move';
                    e.dataTransfer.setData('text/plain', item.name);
                    setDrag({ caseId: item.id, groupId: item.groupId, over: undefined });
                  }}
                  onDragEnd={() => setDrag(null)}
                >
                  <span data-user-data="case">{item.name}</span> <span className="count" aria-hidden="true">{item.segmentCount}</span>
                  <span className="visually-hidden">{t('segments.total', { count: item.segmentCount })}</span>
                </button>
                {openCaseId === item.id && (
                  <ul className="documents">
                    {documents.filter((d) => d.caseId === item.id).map((d) => (
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
            ))}
          </ul>
        </section>
      ))}
      {/* As the codebook says how its codes move: nothing else shows that a case can be dragged. */}
      {canMove && <p className="drag-hint" id={`${hintId}-drag`}>{t('cases.dragHint')}</p>}
      {/* Said with each case, not shown: the case sheet's Group select is where sighted keyboard users already look. */}
      {canMove && <p className="visually-hidden" id={`${hintId}-keys`}>{t('cases.groupByKeyboard')}</p>}
    </aside>
  );
}
