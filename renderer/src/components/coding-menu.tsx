/**
 * The menu a right-click (or the context-menu key, Shift+F10) opens on selected text: the
 * active framework's codes with their digit keys, the codes used last, a new code made and
 * applied at once, a memo on the passage and, in a coded segment, one on each of its codings.
 * Arrow keys move, Enter chooses, Escape closes (popup-menu.tsx).
 */
import type { Code, SegmentCoding } from '../../../shared/entities.js';
import { call } from '../api.js';
import { useApp } from '../app-context.js';
import { nextCodeColor } from '../code-colors.js';
import { useApplyCode, useShortcutCodes, type Span } from '../coding-actions.js';
import { t } from '../i18n/index.js';
import { useRecentCodes } from '../recent-codes.js';
import { memoDialog } from '../memo-dialog.js';
import { CodingNoteItems } from './coding-note-items.js';
import { PopupMenu } from './popup-menu.js';
import type { MemoSegment } from './segment-memos.js';

export interface CodingMenuRequest {
  x: number;
  y: number;
  span: Span;
  /** The segment the span is in (passage-segment.ts), coded or holding a memo alone, if any: a memo goes on it. */
  segment: MemoSegment | null;
  /** The span is a part of that segment, not all of it: a memo may go on the words selected instead. */
  withinSegment: boolean;
  /** That segment's codings, each of which may have a memo of its own. */
  codings: readonly SegmentCoding[];
  quote: string;
}

export function CodingMenu({ request, onClose, onSegmentMemo, onCodingMemo }: {
  request: CodingMenuRequest;
  onClose(): void;
  onSegmentMemo(segment: MemoSegment): void;
  onCodingMemo(segment: MemoSegment, coding: SegmentCoding): void;
}) {
  const { data, session, act, ask, announce, activeFrameworkId } = useApp();
  const applyCode = useApplyCode();
  const shortcuts = useShortcutCodes();
  const recent = useRecentCodes(session.project?.path ?? '');
  const codes = new Map(data.codebook.codes.map((c) => [c.id, c]));
  const framework = data.codebook.frameworks.find((f) => f.id === activeFrameworkId);
  // The active framework's codes are all listed above, each once.
  const recentCodes = recent.map((id) => codes.get(id)).filter((c): c is Code => !!c && c.frameworkId !== framework?.id);

  const choose = (action: () => void) => () => {
    onClose();
    action();
  };

  const newCode = () => {
    if (!framework) return;
    ask({
      title: t('codingTools.newCodeTitle', { framework: framework.name }),
      fields: [
        { kind: 'text', name: 'name', label: t('codebook.codeName') },
        { kind: 'color', name: 'color', label: t('codebook.color'), value: nextCodeColor(data.codebook.codes.map((c) => c.color)) },
      ],
      onSubmit: ({ name, color }) =>
        void act(async () => {
          const code = await call('codes.create', { frameworkId: framework.id, parentId: null, name: String(name), color: String(color) });
          await call('coding.apply', { ...request.span, codeId: code.id });
        }),
    });
  };

  // The words selected made a segment that holds the memo (memos.createOnPassage): uncoded text
  // has none, and a few words of a long coded passage (a case table's cell) are not all of it.
  const passageMemo = () => {
    const { documentId, start, end } = request.span;
    ask(memoDialog(act, { title: t('codingTools.memoTitle'), passage: { documentId, start, end }, quote: request.quote, name: request.quote.slice(0, 80) }, announce));
  };
  const memo = () => (request.segment ? onSegmentMemo(request.segment) : passageMemo());

  const codeItem = (code: Code, key?: number) => (
    <button key={code.id} role="menuitem" onMouseDown={(e) => e.preventDefault()} onClick={choose(() => applyCode(code.id, request.span))}>
      <span className="swatch" style={{ background: code.color }} />
      <span data-user-data="code">{code.name}</span>
      {key !== undefined && key > 0 && <kbd data-untranslated="key">{key}</kbd>}
    </button>
  );

  const { segment } = request;
  return (
    <PopupMenu label={t('codingTools.menuLabel')} at={request} onClose={onClose}>
      {framework && (
        <>
          <div className="menu-heading" role="presentation">{t('codingTools.activeCodes', { framework: framework.name })}</div>
          {data.codebook.codes.filter((c) => c.frameworkId === framework.id).map((code) => codeItem(code, shortcuts.indexOf(code.id) + 1))}
        </>
      )}
      {recentCodes.length > 0 && (
        <>
          <div className="menu-heading" role="presentation">{t('codingTools.recent')}</div>
          {recentCodes.map((code) => codeItem(code))}
        </>
      )}
      <hr />
      {framework && (
        <button role="menuitem" onClick={choose(newCode)}>
          {t('codingTools.newCode')}
        </button>
      )}
      {segment && request.withinSegment ? (
        <>
          <button role="menuitem" onClick={choose(memo)}>{t('codingTools.memoOnSegment')}</button>
          <button role="menuitem" onClick={choose(passageMemo)}>{t('codingTools.memoOnSelection')}</button>
        </>
      ) : (
        <button role="menuitem" onClick={choose(memo)}>
          {t('codingTools.memo')}
        </button>
      )}
      {segment && <CodingNoteItems codings={request.codings} onChoose={(coding) => choose(() => onCodingMemo(segment, coding))()} />}
    </PopupMenu>
  );
}
