/**
 * The widths of the workspace's side columns, the case list and the codebook, which the user
 * drags (column-divider.tsx). A width dragged is remembered; one never dragged follows the window:
 * the codebook takes a quarter of a wide window, so that a code's name, its key, counts and tools
 * share one line («Әлеуметтік-мәдени» did not at 300 px).
 */
import { useCallback, useEffect, useState } from 'react';
import { storedPreference, storePreference } from './stored-preference.js';

export type SideColumn = 'cases' | 'codebook';

const MIN: Record<SideColumn, number> = { cases: 160, codebook: 240 };
/** Neither side takes more than this share of the window: the document comes first. */
const MAX_SHARE = 0.4;

export function preferredWidth(column: SideColumn, windowWidth: number): number {
  return column === 'cases' ? 240 : Math.min(420, Math.max(300, Math.round(windowWidth * 0.24)));
}

export function widthLimits(column: SideColumn, windowWidth: number): { min: number; max: number } {
  const min = MIN[column];
  return { min, max: Math.max(min, Math.floor(windowWidth * MAX_SHARE)) };
}

export function clampWidth(column: SideColumn, width: number, windowWidth: number): number {
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
  /** Back to the width that follows the window, forgetting the one dragged. */
  reset(column: SideColumn): void;
}

export function useColumnWidths(): ColumnWidths {
  const [windowWidth, setWindowWidth] = useState(() => window.innerWidth);
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
    width: (column) => clampWidth(column, dragged[column] ?? preferredWidth(column, windowWidth), windowWidth),
    limits: (column) => widthLimits(column, windowWidth),
    resize,
    reset,
  };
}
