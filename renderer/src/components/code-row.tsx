import { memo, type DragEvent } from 'react';
import type { Code, Framework } from '../../../shared/entities.js';
import { t } from '../i18n/index.js';
import { DropMenu } from './drop-menu.js';

/** What a code's row can ask of the codebook; one object for the codebook's whole life, so rows stay memoised. */
export interface CodeRowActions {
  applyCode(codeId: number): void;
  addCode(framework: Framework, parent: Code): void;
  editCode(code: Code): void;
  deleteCode(code: Code): void;
  moveCode(code: Code): void;
  mergeCode(code: Code): void;
  showSegments(code: Code): void;
  toggleFold(codeId: number): void;
  toggleMemos(codeId: number): void;
  dragStart(code: Code): void;
  dragOver(code: Code, event: DragEvent): void;
  dragLeave(code: Code): void;
  drop(code: Code, event: DragEvent): void;
  dragEnd(): void;
}

interface CodeRowProps {
  code: Code;
  framework: Framework;
  /** Its number key in the active framework; 0 for none. */
  shortcut: number;
  hasChildren: boolean;
  open: boolean;
  count: { segments: number; cases: number } | undefined;
  /** Where a code dragged over this row would go, when one is. */
  dropPlace: 'before' | 'into' | 'after' | null;
  canCode: boolean;
  /** Only re-renders the row's words when the UI's language changes. */
  language: string;
  actions: CodeRowActions;
}

/**
 * One code's row in the codebook. Memoised, and its words are in memoised parts of their own
 * (FoldButton, RowTools): a new text selection changes only whether codes can be applied, so with
 * 500 codes a selection re-renders each row's code button and nothing else. Rendering every row's
 * nine labels again took some 60 ms of the 300,000-character document's time to be ready to code.
 */
export const CodeRow = memo(function CodeRow({ code, framework, shortcut, hasChildren, open, count, dropPlace, canCode, language, actions }: CodeRowProps) {
  return (
    <div
      className={`code-row${dropPlace ? ` drop-${dropPlace}` : ''}`}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', code.name);
        actions.dragStart(code);
      }}
      onDragOver={(e) => actions.dragOver(code, e)}
      onDragLeave={() => actions.dragLeave(code)}
      onDrop={(e) => actions.drop(code, e)}
      onDragEnd={() => actions.dragEnd()}
    >
      {hasChildren ? <FoldButton code={code} open={open} language={language} actions={actions} /> : <span className="fold" />}
      <button
        className="code"
        // A long name is cut short in a narrow codebook: the whole name on hover, or its description.
        title={code.description || code.name}
        // Its name and description are the project's words, not the UI's.
        data-user-data="code"
        // Keep the text selection: the button must not take focus from the document.
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => actions.applyCode(code.id)}
        disabled={!canCode}
        // The digit that codes with it is its shortcut, not part of its name («Позитивное 1»).
        aria-keyshortcuts={shortcut > 0 ? String(shortcut) : undefined}
      >
        <span className="swatch" style={{ background: code.color }} />
        <span className="code-name">{code.name}</span>
        {shortcut > 0 && <kbd aria-hidden="true">{shortcut}</kbd>}
      </button>
      <RowTools code={code} framework={framework} count={count} language={language} actions={actions} />
    </div>
  );
});

interface WordsProps {
  code: Code;
  /** Only re-renders the words when the UI's language changes. */
  language: string;
  actions: CodeRowActions;
}

const FoldButton = memo(function FoldButton({ code, open, actions }: WordsProps & { open: boolean }) {
  return (
    <button
      className="icon fold"
      aria-label={t(open ? 'codebookTree.collapse' : 'codebookTree.expand', { code: code.name })}
      aria-expanded={open}
      onClick={() => actions.toggleFold(code.id)}
    >
      {open ? '▾' : '▸'}
    </button>
  );
});

/**
 * The counts after a code's name, and its tools: add a sub-code, edit, delete, and the ⋯ menu. One
 * group, so that where they do not fit beside a long name they move under it together.
 */
const RowTools = memo(function RowTools({ code, framework, count, actions }: WordsProps & Pick<CodeRowProps, 'framework' | 'count'>) {
  return (
    <span className="code-tools">
      {count && (
        <span className="counts" data-testid="code-counts" title={t('codebookTree.countsTitle', { count: count.segments, cases: count.cases })}>
          {t('codebookTree.counts', { segments: count.segments, cases: count.cases })}
        </span>
      )}
      {/* The mouse's shortcuts to what the ⋯ menu also holds: out of the tab order, so a code
          costs the keyboard one stop, not four (crossing nine codes took ~45 Tabs). */}
      <button className="icon" tabIndex={-1} aria-label={t('codebook.addSubcode', { code: code.name })} onClick={() => actions.addCode(framework, code)}>+</button>
      <button className="icon" tabIndex={-1} aria-label={t('codebook.editCode', { code: code.name })} onClick={() => actions.editCode(code)}>✎</button>
      <button className="icon" tabIndex={-1} aria-label={t('codebook.deleteCode', { code: code.name })} onClick={() => actions.deleteCode(code)}>×</button>
      <DropMenu label="⋯" title={t('codebookTree.more', { code: code.name })} className="code-more">
        <button onClick={() => actions.addCode(framework, code)}>{t('codebook.addSubcode', { code: code.name })}</button>
        <button onClick={() => actions.editCode(code)}>{t('codebook.editCode', { code: code.name })}</button>
        <button onClick={() => actions.deleteCode(code)}>{t('codebook.deleteCode', { code: code.name })}</button>
        <button onClick={() => actions.moveCode(code)}>{t('codebookTree.move')}</button>
        <button onClick={() => actions.mergeCode(code)}>{t('codebookTree.merge')}</button>
        <button onClick={() => actions.showSegments(code)}>{t('codebookTree.segments')}</button>
        <button onClick={() => actions.toggleMemos(code.id)}>{t('memoList.codeMemos')}</button>
      </DropMenu>
    </span>
  );
});
