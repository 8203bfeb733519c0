/**
 * A coded segment opened from its bracket: its codes, each removable or changed to another code
 * (another coder's after asking: coding-actions.ts), another code added, and its memos; a coding
 * with memos of its own (REFI-QDA packages carry them) has their mark, which opens them, and one
 * without an empty mark, which writes its first (why this code here).
 *
 * A code is changed or added from a menu button's list (popup-menu.tsx), browsed with the arrows
 * and chosen with Enter or a click: with a <select> acting on `change`, the first ↓ pressed on it
 * coded at once (WCAG 3.2.2), and a keyboard user could not look through the codes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { codeTree } from '../../../shared/code-tree.js';
import type { Code, DocumentCoding, DocumentSegment } from '../../../shared/entities.js';
import { useApp } from '../app-context.js';
import { useApplyCode, useChangeCoding, useRemoveCoding } from '../coding-actions.js';
import { t } from '../i18n/index.js';
import { useFocusReturn } from '../focus-return.js';
import { CodingMemoMark } from './memo-mark.js';
import { PopupMenu } from './popup-menu.js';

/** A list of codes opened from one of the card's menu buttons: what it is for, and what a code chosen in it does. */
interface CodeMenu {
  /** The button it opened from (a coding's id, or 'add'). */
  owner: number | 'add';
  label: string;
  at: { x: number; y: number };
  except: number | null;
  choose(codeId: number): void;
}

export function SegmentCard({ segment, at, onClose, onMemo, onCodingMemo }: {
  segment: DocumentSegment;
  at: { x: number; y: number };
  onClose(): void;
  onMemo(): void;
  onCodingMemo(coding: DocumentCoding): void;
}) {
  const { data } = useApp();
  const removeCoding = useRemoveCoding();
  const changeCoding = useChangeCoding();
  const applyCode = useApplyCode();
  const [menu, setMenu] = useState<CodeMenu | null>(null);
  // The same function each render: the menu focuses its first item whenever its onClose changes.
  const closeMenu = useCallback(() => setMenu(null), []);
  const card = useRef<HTMLDivElement>(null);
  useFocusReturn(card);
  const codes = useMemo(() => new Map(data.codebook.codes.map((c) => [c.id, c])), [data.codebook.codes]);
  const options = useMemo(() => codeTree(data.codebook).entries.map((e) => ({ id: e.code.id, label: e.path.split('/').join(' › ') })), [data.codebook]);
  const span = { documentId: segment.documentId, start: segment.start, end: segment.end };

  useEffect(() => {
    // The first coding's change of code, not the memo mark before it.
    (card.current?.querySelector<HTMLElement>('[aria-haspopup=menu]') ?? card.current?.querySelector('button'))?.focus();
    const close = (event: Event) => {
      if (!card.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [onClose]);

  /** A button that opens a list of codes below it, as a menu button: a click, Enter, Space or ↓ opens it. */
  const menuButton = (open: Omit<CodeMenu, 'at'>, text: string, className?: string) => {
    const show = (button: HTMLElement) => {
      const box = button.getBoundingClientRect();
      setMenu({ ...open, at: { x: box.left, y: box.bottom } });
    };
    return (
      <button
        className={className}
        aria-label={open.label}
        aria-haspopup="menu"
        aria-expanded={menu?.owner === open.owner}
        onClick={(e) => show(e.currentTarget)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
          e.preventDefault();
          show(e.currentTarget);
        }}
      >
        {text}
        <span aria-hidden="true"> ▾</span>
      </button>
    );
  };

  return (
    <div
      ref={card}
      className="segment-card"
      role="dialog"
      aria-label={t('codingTools.segmentTitle')}
      style={{ left: Math.min(at.x + 8, window.innerWidth - 340), top: Math.min(at.y, window.innerHeight - 260) }}
      // Escape in a list of codes closes the list alone (the menu took it: popup-menu.tsx).
      onKeyDown={(e) => e.key === 'Escape' && !e.defaultPrevented && onClose()}
    >
      <h3>{t('codingTools.segmentCodes')}</h3>
      <ul>
        {segment.codings.map((coding) => {
          const code = codes.get(coding.codeId) as Code | undefined;
          if (!code) return null;
          return (
            <li key={coding.id}>
              <span className="swatch" style={{ background: code.color }} />
              <span data-user-data="code">{code.name}</span>
              <small data-user-data="coder">{coding.coder}</small>
              <CodingMemoMark code={code.name} coder={coding.coder} count={coding.memoCount} onOpen={() => (onClose(), onCodingMemo(coding))} />
              {menuButton(
                {
                  owner: coding.id,
                  label: t('codingTools.changeLabel', { code: code.name }),
                  except: code.id,
                  choose: (codeId) => changeCoding(coding, code.name, codeId, onClose),
                },
                t('codingTools.change'),
                'change-code',
              )}
              <button className="icon" aria-label={t('coding.remove', { code: code.name })} onClick={() => removeCoding(coding, code.name, onClose)}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {menuButton({ owner: 'add', label: t('codingTools.addCode'), except: null, choose: (codeId) => applyCode(codeId, span, onClose) }, t('codingTools.addCode'))}
      <button onClick={() => (onClose(), onMemo())}>{t('codingTools.memo')}</button>
      {menu && (
        <PopupMenu label={menu.label} at={menu.at} onClose={closeMenu}>
          {options
            .filter((o) => o.id !== menu.except)
            .map((o) => (
              <button key={o.id} role="menuitem" data-find-name={codes.get(o.id)?.name} onClick={() => (closeMenu(), menu.choose(o.id))}>
                <span className="swatch" style={{ background: codes.get(o.id)?.color }} />
                <span data-user-data="code">{o.label}</span>
              </button>
            ))}
        </PopupMenu>
      )}
    </div>
  );
}
