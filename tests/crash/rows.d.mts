// Types for rows.mjs, which the plain-Node crash worker shares with the TypeScript checker.
import type { Database } from 'better-sqlite3';

export type TrackedTables = Record<string, readonly string[]>;
export interface HistoryEntry { id: number; undone: boolean }
export interface StepImage { before: string | null; after: string | null }

export function rowKey(table: string, id: number): string;
export function rowHash(columns: readonly string[], row: Record<string, unknown>): string;
export function readAllRows(db: Database, trackedTables: TrackedTables): Map<string, string>;
export function readStepRows(db: Database, trackedTables: TrackedTables, stepId: number): Record<string, string | null>;
export function readStepImages(db: Database, trackedTables: TrackedTables, stepId: number): Map<string, StepImage>;
export function readHistory(db: Database): HistoryEntry[];
