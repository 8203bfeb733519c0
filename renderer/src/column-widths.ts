/**
 * The widths of the workspace's side columns, the case list and the codebook, which the user
 * drags (column-divider.tsx). A width dragged is remembered; the codebook's, never dragged, is
 * what its rows need to keep each code on one line (codebook-width.ts), 300 to 420 px: at a
 * fixed 300 px «Әлеуметтік-мәдени» put its counts and tools on a second line.
 */
import { useCallback, useEffect, useState } from 'react';
import { storedPreference, storePreference } from './stored-preference.js';

export type SideColumn = 'cases' | 'codebook';

const MIN: Record<SideColumn, number> = { cases: 160, codebook: 240 };
/** Neither side takes more than this share of the window: the document comes first. */
const MAX_SHARE = 0.4;

function preferredWidth(column: SideColumn, codebookNeeds: number): number {
  return column === 'cases' ? 240 : Math.min(420, Math.max(300, codebookNeeds));
}

function widthLimits(column: SideColumn, windowWidth: number): { min: number; max: number } {
  const min = MIN[column];
  return { min, max: Math.max(min, Math.floor(windowWidth * MAX_SHARE)) };
}

function clampWidth(column: SideColumn, width: number, windowWidth: number): number {
  const { min, max } = widthLimits(column, windowWidth);
  return Math.min(max, Math.max(min, Math.round(width)));
}

const key = (column: SideColumn) => `casecoder.columnWidth.${column}`;

function storedWidth(column: SideColumn): number | null {
  const value = Number(storedPreference(key(column)));
  return Number.isFinite(value) && value > 0 ? value : null;
}

export interface ColumnWidths {
  width(column: SideColumn): number;
  limits(column: SideColumn): { min: number; max: number };
  resize(column: SideColumn, width: number): void;
  /** Back to the default width, forgetting the one dragged. */
  reset(column: SideColumn): void;
  /** What the codebook's rows need (codebook-width.ts), for its default width. */
  codebookNeeds(width: number): void;
}

export function useColumnWidths(): ColumnWidths {
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth);
  const [needs, setNeeds] = useState(0);
  const [dragged, setDragged] = useState(() => ({ cases: storedWidth('cases'), codebook: storedWidth('codebook') }));
  useEffect(() => {
    const onResize = () => setWindowWidth(window.innerWidth);
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  const resize = useCallback((column: SideColumn, width: number) => {
    const value = clampWidth(column, width, window.innerWidth);
    setDragged((before) => ({ ...before, [column]: value }));
    storePreference(key(column), String(value));
  }, []);
  const reset = useCallback((column: SideColumn) => {
    setDragged((before) => ({ ...before, [column]: null }));
    storePreference(key(column), null);
  }, []);
  return {
    width: (column) => clampWidth(column, dragged[column] ?? preferredWidth(column, needs), windowWidth),
    limits: (column) => widthLimits(column, windowWidth),
    resize,
    reset,
    codebookNeeds: setNeeds,
  };
}
