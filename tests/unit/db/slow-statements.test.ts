import { afterEach, describe, expect, it, vi } from 'vitest';
import { slowStatementThreshold } from '../../../main/db/slow-statements.js';
import { Store } from '../../../main/db/store.js';

// About a hundred thousand rows counted: tens of milliseconds, never zero.
const SLOW_SQL = 'WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100000) SELECT count(*) FROM n';

describe('slow-statement log', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it('is on in development or when a threshold is set, and off otherwise', () => {
    expect(slowStatementThreshold({})).toBeNull();
    expect(slowStatementThreshold({ NODE_ENV: 'production' })).toBeNull();
    expect(slowStatementThreshold({ NODE_ENV: 'development' })).toBe(40);
    expect(slowStatementThreshold({ CASECODER_SLOW_SQL_MS: '5' })).toBe(5);
    expect(slowStatementThreshold({ CASECODER_SLOW_SQL_MS: 'soon' })).toBe(40);
  });

  it('logs a statement slower than the threshold with its SQL head and time', () => {
    vi.stubEnv('CASECODER_SLOW_SQL_MS', '0');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = Store.memory();
    expect(store.prepare(SLOW_SQL).pluck().get()).toBe(100000);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/^slow SQL \(\d+\.\d ms\): WITH RECURSIVE n\(x\)/));
    store.close();
  });

  it('leaves statements unwrapped when off', () => {
    vi.stubEnv('CASECODER_SLOW_SQL_MS', '');
    vi.stubEnv('NODE_ENV', 'test');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = Store.memory();
    const statement = store.prepare(SLOW_SQL);
    expect(Object.hasOwn(statement, 'get')).toBe(false);
    statement.pluck().get();
    expect(warn).not.toHaveBeenCalled();
    store.close();
  });
});
