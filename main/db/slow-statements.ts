/**
 * In development, statements slower than a threshold are logged with their SQL head and time,
 * so a query that grew slow on a large project shows up while it is being written. When off,
 * statements are not wrapped at all: no cost on the hot paths.
 */
import type { Statement } from 'better-sqlite3';

const DEFAULT_THRESHOLD_MS = 40;
const SQL_HEAD_CHARS = 120;

/** The threshold in ms when slow statements are to be logged, else null. */
export function slowStatementThreshold(env: NodeJS.ProcessEnv = process.env): number | null {
  const configured = env.CASECODER_SLOW_SQL_MS;
  if (configured !== undefined && configured !== '') {
    const ms = Number(configured);
    return Number.isFinite(ms) && ms >= 0 ? ms : DEFAULT_THRESHOLD_MS;
  }
  return env.NODE_ENV === 'development' ? DEFAULT_THRESHOLD_MS : null;
}

export type SlowStatementLog = (message: string) => void;

/**
 * Times the statement's run, get and all. They are replaced on this one statement object
 * (`pluck()` and friends return the same object, so chained calls are timed too).
 */
export function watchStatement(statement: Statement, sql: string, thresholdMs: number, log: SlowStatementLog): void {
  const head = sql.replace(/\s+/g, ' ').trim().slice(0, SQL_HEAD_CHARS);
  for (const method of ['run', 'get', 'all'] as const) {
    const original = statement[method] as (...params: unknown[]) => unknown;
    Object.defineProperty(statement, method, {
      configurable: true,
      value(this: Statement, ...params: unknown[]) {
        const started = performance.now();
        try {
          return original.apply(this, params);
        } finally {
          const ms = performance.now() - started;
          if (ms > thresholdMs) log(`slow SQL (${ms.toFixed(1)} ms): ${head}`);
        }
      },
    });
  }
}
