import { useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { codeTree, type CodeTree } from '../../../shared/code-tree.js';
import type { Code, Framework } from '../../../shared/entities.js';
import { call } from '../api.js';
import { useApp, type Act } from '../app-context.js';
import { nextCodeColor } from '../code-colors.js';
import { useApplyCode, useShortcutCodes } from '../coding-actions.js';
import { t } from '../i18n/index.js';
import { codebookNeededWidth, countsShape } from '../codebook-width.js';
import { CodeRow, type CodeRowActions } from './code-row.js';
import { MemoPanel } from './memo-panel.js';
import type { ModalRequest } from './modal.js';

type Place = 'before' | 'into' | 'after';

/**
 * The right column: frameworks and their code trees. A click on a code codes the selection;
 * branches fold; a filter keeps the matching codes and their ancestors; each code shows how
 * many segments and cases carry it. Codes are dragged to reorder or to nest, or moved and
 * merged from their menu (the keyboard way to do the same).
 */
/** `onNeededWidth` hears what width the rows need to keep each code on one line, as they change. */
export function CodebookPanel({ onNeededWidth }: { onNeededWidth(width: number): void }) {
  const { data, act, ask, activeFrameworkId, setActiveFrameworkId, selection, language, setView } = useApp();
  const applyCode = useApplyCode();
  const shortcuts = useShortcutCodes();
  const tree = useMemo(() => codeTree(data.codebook), [data.codebook]);
  const counts = useMemo(() => new Map(data.counts.map((c) => [c.codeId, c])), [data.counts]);
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [drag, setDrag] = useState<{ id: number; over: number | null; place: Place } | null>(null);
  /** The code whose memos show under its row (from its ⋯ menu). */
  const [memosOf, setMemosOf] = useState<number | null>(null);

  // With a filter: the codes whose name matches, and their ancestors so each stays in place.
  const visible = useMemo(() => {
    const words = filter.toLocaleLowerCase(language).split(/\s+/).filter(Boolean);
    if (words.length === 0) return null;
    const keep = new Set<number>();
    for (const { code } of tree.entries) {
      const name = code.name.toLocaleLowerCase(language);
      if (words.every((w) => name.includes(w))) {
        keep.add(code.id);
        for (const a of tree.ancestors(code.id)) keep.add(a.id);
      }
    }
    return keep;
  }, [filter, tree, language]);

  /** Codings that go with the code: its own and its sub-codes'. */
  const codingsWith = (code: Code) => [code, ...tree.descendants(code.id)].reduce((n, c) => n + (counts.get(c.id)?.codings ?? 0), 0);

  const addFramework = () => askNewFramework(ask, act);

  const addCode = (framework: Framework, parent: Code | null) =>
    ask({
      title: parent ? t('codebook.addSubcodeTitle', { parent: parent.name }) : t('codebook.addCodeTitle', { framework: framework.name }),
      fields: [
        { kind: 'text', name: 'name', label: t('codebook.codeName') },
        { kind: 'color', name: 'color', label: t('codebook.color'), value: parent?.color ?? nextCodeColor(data.codebook.codes.map((c) => c.color)) },
        { kind: 'text', name: 'description', label: t('codebook.description') },
      ],
      onSubmit: ({ name, color, description }) =>
        void act(() =>
          call('codes.create', {
            frameworkId: framework.id, parentId: parent?.id ?? null, name: String(name), color: String(color), description: String(description),
          }),
        ),
    });

  const editCode = (code: Code) =>
    ask({
      title: t('codebook.editCodeTitle', { code: code.name }),
      fields: [
        { kind: 'text', name: 'name', label: t('codebook.codeName'), value: code.name },
        { kind: 'color', name: 'color', label: t('codebook.color'), value: code.color },
        { kind: 'text', name: 'description', label: t('codebook.description'), value: code.description },
      ],
      onSubmit: ({ name, color, description }) =>
        void act(() => call('codes.update', { id: code.id, name: String(name), color: String(color), description: String(description) })),
    });

  const deleteCode = (code: Code) =>
    ask({
      title: t('codebook.deleteCodeTitle', { code: code.name }),
      message: t('codebookTree.deleteMessage', { count: codingsWith(code) }),
      okLabel: t('common.delete'),
      danger: true,
      onSubmit: () => void act(() => call('codes.delete', { id: code.id })),
    });

  /** Codes of the framework a code can go under: not itself, not its own sub-codes. */
  const possibleParents = (code: Code) => {
    const inside = new Set([code.id, ...tree.descendants(code.id).map((c) => c.id)]);
    return tree.codesOf(code.frameworkId).filter((c) => !inside.has(c.id));
  };
  const label = (c: Code) => (tree.entry(c.id)?.path ?? c.name).split('/').slice(1).join(' › ');

  const moveCode = (code: Code) =>
    ask({
      title: t('codebookTree.moveTitle', { code: code.name }),
      fields: [
        {
          kind: 'select', name: 'parent', label: t('codebookTree.moveUnder'), value: String(code.parentId ?? ''),
          options: [{ value: '', label: t('codebookTree.topLevel') }, ...possibleParents(code).map((c) => ({ value: String(c.id), label: label(c) }))],
        },
        { kind: 'text', name: 'index', label: t('codebookTree.position'), value: String(siblingsOf(tree, code.frameworkId, code.parentId).findIndex((c) => c.id === code.id) + 1) },
      ],
      onSubmit: ({ parent, index }) =>
        void act(() =>
          call('codes.move', { id: code.id, parentId: parent ? Number(parent) : null, index: Math.max(0, (Number.parseInt(String(index), 10) || 1) - 1) }),
        ),
    });

  const mergeCode = (code: Code) => {
    // In codebook order, as the Move dialog lists them: a sub-code under its parent, not by `sort` alone.
    const merged = new Set([code.id, ...tree.descendants(code.id).map((c) => c.id)]);
    const targets = tree.entries.map((e) => e.code).filter((c) => !merged.has(c.id));
    if (targets.length === 0) return;
    ask({
      title: t('codebookTree.mergeTitle', { code: code.name }),
      message: t('codebookTree.mergeMessage', { count: codingsWith(code), code: code.name }),
      fields: [
        {
          // No target chosen beforehand: any default (once, Valence's first code for every code) is one click from a wrong merge.
          kind: 'select', name: 'target', label: t('codebookTree.mergeInto'), placeholder: t('codebookTree.mergeChoose'),
          options: targets.map((c) => ({ value: String(c.id), label: (tree.entry(c.id)?.path ?? c.name).split('/').join(' › ') })),
        },
      ],
      okLabel: t('codebookTree.mergeOk'),
      onSubmit: ({ target }) => void act(() => call('codes.merge', { sourceId: code.id, targetId: Number(target) })),
    });
  };

  const toggleExclusive = (framework: Framework) =>
    void act(() => call('frameworks.update', { id: framework.id, exclusive: !framework.exclusive }));

  const toggle = (id: number) =>
    setCollapsed((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  // Dragging: the upper or lower quarter of a row places the code before or after it, the middle puts it under it.
  const placeOf = (event: DragEvent): Place => {
    const box = (event.currentTarget as HTMLElement).getBoundingClientRect();
    const y = (event.clientY - box.top) / box.height;
    return y < 0.25 ? 'before' : y > 0.75 ? 'after' : 'into';
  };
  const drop = (target: Code, place: Place) => {
    const moving = drag ? tree.entry(drag.id)?.code : undefined;
    setDrag(null);
    if (!moving || moving.id === target.id || moving.frameworkId !== target.frameworkId) return;
    if (tree.descendants(moving.id).some((d) => d.id === target.id)) return;
    if (place === 'into') {
      void act(() => call('codes.move', { id: moving.id, parentId: target.id, index: tree.children(target.id).length }));
      return;
    }
    const parentId = tree.entry(target.id)?.parentId ?? null;
    const siblings = siblingsOf(tree, target.frameworkId, parentId).filter((c) => c.id !== moving.id);
    const at = siblings.findIndex((c) => c.id === target.id) + (place === 'after' ? 1 : 0);
    void act(() => call('codes.move', { id: moving.id, parentId, index: at }));
  };

  // The rows' actions read this render's state through a ref, so one stable object serves every
  // render and a row re-renders only when its own props change (CodeRow is memoised).
  const latest = useRef<CodeRowActions>(null!);
  latest.current = {
    applyCode,
    addCode,
    editCode,
    deleteCode,
    moveCode,
    mergeCode,
    showSegments: (code) => setView({ kind: 'segments', codeId: code.id }),
    toggleFold: toggle,
    toggleMemos: (id) => setMemosOf(memosOf === id ? null : id),
    dragStart: (code) => setDrag({ id: code.id, over: null, place: 'into' }),
    dragOver: (code, event) => {
      if (!drag) return;
      event.preventDefault();
      const place = placeOf(event);
      if (drag.over !== code.id || drag.place !== place) setDrag({ ...drag, over: code.id, place });
    },
    dragLeave: (code) => {
      if (drag?.over === code.id) setDrag({ ...drag, over: null });
    },
    drop: (code, event) => {
      event.preventDefault();
      drop(code, placeOf(event));
    },
    dragEnd: () => setDrag(null),
  };
  const actions = useMemo<CodeRowActions>(() => ({
    applyCode: (id) => latest.current.applyCode(id),
    addCode: (framework, parent) => latest.current.addCode(framework, parent),
    editCode: (code) => latest.current.editCode(code),
    deleteCode: (code) => latest.current.deleteCode(code),
    moveCode: (code) => latest.current.moveCode(code),
    mergeCode: (code) => latest.current.mergeCode(code),
    showSegments: (code) => latest.current.showSegments(code),
    toggleFold: (id) => latest.current.toggleFold(id),
    toggleMemos: (id) => latest.current.toggleMemos(id),
    dragStart: (code) => latest.current.dragStart(code),
    dragOver: (code, event) => latest.current.dragOver(code, event),
    dragLeave: (code) => latest.current.dragLeave(code),
    drop: (code, event) => latest.current.drop(code, event),
    dragEnd: () => latest.current.dragEnd(),
  }), []);

  function renderCodes(framework: Framework, codes: readonly Code[], depth: number) {
    const shown = visible ? codes.filter((c) => visible.has(c.id)) : codes;
    if (shown.length === 0) return null;
    // Nested lists, not an ARIA tree: a tree's items would have to move by the arrow keys and hold
    // no buttons of their own, where each row here holds five. The fold button says open or shut.
    return (
      <ul className="codes" aria-label={depth === 0 ? framework.name : undefined} style={{ paddingLeft: depth ? 14 : 0 }}>
        {shown.map((code) => {
          const shortcut = framework.id === activeFrameworkId ? shortcuts.indexOf(code.id) + 1 : 0;
          const children = tree.children(code.id);
          const open = visible !== null || !collapsed.has(code.id);
          const count = counts.get(code.id);
          return (
            <li key={code.id}>
              <CodeRow
                code={code}
                framework={framework}
                shortcut={shortcut}
                hasChildren={children.length > 0}
                open={open}
                count={count}
                dropPlace={drag?.over === code.id ? drag.place : null}
                canCode={selection !== null}
                language={language}
                actions={actions}
              />
              {memosOf === code.id && <MemoPanel target={{ kind: 'code', id: code.id }} />}
              {children.length > 0 && open && renderCodes(framework, children, depth + 1)}
            </li>
          );
        })}
      </ul>
    );
  }

  const aside = useRef<HTMLElement>(null);
  const shapeOfCounts = useMemo(() => countsShape(data.counts), [data.counts]);
  // Measured after each change that can widen a row. A drawer hiding the column leaves nothing
  // to measure: the change is measured when the column shows again (its size goes from none).
  const unmeasured = useRef(false);
  useLayoutEffect(() => {
    unmeasured.current = !aside.current?.offsetParent;
    if (!unmeasured.current) onNeededWidth(codebookNeededWidth(aside.current!));
  }, [onNeededWidth, data.codebook, shapeOfCounts, activeFrameworkId, language]);
  useEffect(() => {
    const element = aside.current;
    if (!element) return;
    const shown = new ResizeObserver(() => {
      if (!unmeasured.current || !element.offsetParent) return;
      unmeasured.current = false;
      onNeededWidth(codebookNeededWidth(element));
    });
    shown.observe(element);
    return () => shown.disconnect();
  }, [onNeededWidth]);

  const nothingMatches = visible !== null && visible.size === 0;
  return (
    <aside ref={aside} className="codebook" aria-label={t('codebook.title')}>
      <div className="panel-head">
        <h2>{t('codebook.title')}</h2>
        <button onClick={addFramework}>{t('codebook.addFramework')}</button>
      </div>
      <p className="hint">{selection ? t('codebook.selectionReady', { count: selection.end - selection.start }) : t('codebook.selectFirst')}</p>
      <input type="search" className="code-filter" aria-label={t('codebookTree.filter')} placeholder={t('codebookTree.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
      {nothingMatches && <p className="hint">{t('codebookTree.noMatch')}</p>}
      {data.codebook.frameworks.map((framework) => (
        <section key={framework.id} className={framework.id === activeFrameworkId ? 'framework active' : 'framework'}>
          <h3>
            <button className="link" onClick={() => setActiveFrameworkId(framework.id)} title={t('codebook.makeActive')}>
              <span data-user-data="framework">{framework.name}</span>
            </button>
            {framework.id === activeFrameworkId && <span className="active-badge">{t('codingTools.activeBadge')}</span>}
            <span className="framework-tools">
              <label className="exclusive" title={t('codebook.exclusiveHint')}>
                {/* Read whole: the label's abbreviation («взаимоискл.») was read as written. */}
                <input type="checkbox" aria-label={t('codebook.exclusive')} checked={framework.exclusive} onChange={() => toggleExclusive(framework)} /> {t('codebook.exclusiveShort')}
              </label>
              <button className="icon" aria-label={t('codebook.addCodeTo', { framework: framework.name })} onClick={() => addCode(framework, null)}>+</button>
            </span>
          </h3>
          {renderCodes(framework, tree.roots(framework.id), 0)}
        </section>
      ))}
      <p className="drag-hint">{t('codebookTree.dragHint')}</p>
    </aside>
  );
}

function siblingsOf(tree: CodeTree<Code>, frameworkId: number, parentId: number | null): readonly Code[] {
  return parentId === null ? tree.roots(frameworkId) : tree.children(parentId);
}

/** The new-framework dialog; the codebook's button and the Code menu both open it. */
export function askNewFramework(ask: (request: ModalRequest) => void, act: Act): void {
  ask({
    title: t('codebook.addFrameworkTitle'),
    fields: [
      { kind: 'text', name: 'name', label: t('codebook.frameworkName') },
      { kind: 'checkbox', name: 'exclusive', label: t('codebook.exclusive') },
    ],
    onSubmit: ({ name, exclusive }) => void act(() => call('frameworks.create', { name: String(name), exclusive: exclusive === true })),
  });
}
