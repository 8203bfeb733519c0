import { useCallback, useState, type KeyboardEvent, type ReactNode } from 'react';
import { t } from '../i18n/index.js';
import { useSplitterDrag } from '../splitter-drag.js';
import { storedPreference, storePreference } from '../stored-preference.js';

const HEIGHT_KEY = 'casecoder.documentPaneHeight';
const OPEN_KEY = 'casecoder.documentPaneOpen';
const MIN_HEIGHT = 80;
// Three or four coded segments: 180 left the text under half of a 700-pixel window when the tabs
// above wrap (Russian at 1,024 px).
const DEFAULT_HEIGHT = 150;

/** The pane may never take more than a third of the window: the text comes first. */
const maxHeight = () => Math.max(MIN_HEIGHT, Math.floor(window.innerHeight / 3));
const clamp = (height: number) => Math.min(maxHeight(), Math.max(MIN_HEIGHT, Math.round(height)));

type Tab = 'segments' | 'memos';

/**
 * Under the document: its coded segments and its memos, in tabs, in a pane whose height the
 * user drags (or sets with the arrow keys on the divider) and which can be hidden. The
 * height and whether it is open are remembered.
 */
export function DocumentSidePane({ segmentCount, segments, memos }: { segmentCount: number; segments: ReactNode; memos: ReactNode }) {
  const [open, setOpen] = useState(() => storedPreference(OPEN_KEY) !== 'false');
  const [height, setHeight] = useState(() => clamp(Number(storedPreference(HEIGHT_KEY)) || DEFAULT_HEIGHT));
  const [tab, setTab] = useState<Tab>('segments');

  const resize = useCallback((next: number) => {
    const value = clamp(next);
    setHeight(value);
    storePreference(HEIGHT_KEY, String(value));
  }, []);
  // Dragged up, the pane grows.
  const dragging = useSplitterDrag(height, resize, 'y', -1);
  const toggle = (next: boolean) => {
    setOpen(next);
    storePreference(OPEN_KEY, String(next));
  };

  if (!open) {
    return (
      <div className="side-pane closed">
        <button className="link" onClick={() => toggle(true)}>{t('coding.showPane')}</button>
      </div>
    );
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      resize(height + (e.key === 'ArrowUp' ? 20 : -20));
    }
  };

  // Two tabs: every arrow, Home and End go to the other one, which takes the focus and is shown.
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
    e.preventDefault();
    const next: Tab = e.key === 'Home' ? 'segments' : e.key === 'End' ? 'memos' : tab === 'segments' ? 'memos' : 'segments';
    setTab(next);
    e.currentTarget.querySelector<HTMLElement>(`#pane-tab-${next}`)?.focus();
  };

  return (
    <section className="side-pane" aria-label={t('coding.paneLabel')} style={{ height }}>
      <div
        className="pane-divider"
        role="separator"
        aria-orientation="horizontal"
        aria-valuemin={MIN_HEIGHT}
        aria-valuemax={maxHeight()}
        aria-valuenow={height}
        aria-label={t('coding.paneLabel')}
        tabIndex={0}
        {...dragging}
        onKeyDown={onKeyDown}
      />
      <div className="pane-tabs">
        {/* Only tabs may sit in a tablist; the Hide button stands beside it. */}
        {/* The tab pattern: one Tab stop, the arrows (and Home, End) move between the two. */}
        <div role="tablist" className="pane-tablist" onKeyDown={onTabKey}>
        <button
          role="tab" id="pane-tab-segments" aria-controls="pane-body" aria-selected={tab === 'segments'} tabIndex={tab === 'segments' ? 0 : -1}
          className={tab === 'segments' ? 'tab active' : 'tab'} onClick={() => setTab('segments')}
        >
          {t('coding.segmentsTab', { count: segmentCount })}
        </button>
        <button
          role="tab" id="pane-tab-memos" aria-controls="pane-body" aria-selected={tab === 'memos'} tabIndex={tab === 'memos' ? 0 : -1}
          className={tab === 'memos' ? 'tab active' : 'tab'} onClick={() => setTab('memos')}
        >
          {t('coding.memosTab')}
        </button>
        </div>
        <button className="link hide" onClick={() => toggle(false)}>{t('coding.hidePane')}</button>
      </div>
      <div className="pane-body" id="pane-body" role="tabpanel" aria-labelledby={`pane-tab-${tab}`}>{tab === 'segments' ? segments : memos}</div>
    </section>
  );
}
