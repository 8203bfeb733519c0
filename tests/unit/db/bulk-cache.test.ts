/** A bulk write's larger page cache is the write's alone: the connection gets its own back, even when the write fails. */
import { expect, it } from 'vitest';
import { withBulkCache } from '../../../main/db/bulk-cache.js';
import { Store } from '../../../main/db/store.js';

it('gives the bulk write a larger cache and the connection its own back after, even after a failure', () => {
  const store = Store.memory();
  const cache = () => store.db.pragma('cache_size', { simple: true }) as number;
  const before = cache();
  expect(withBulkCache(store, () => cache())).toBeLessThan(Math.min(before, -65536 + 1));
  expect(cache()).toBe(before);
  expect(() => withBulkCache(store, () => { throw new Error('refused'); })).toThrow('refused');
  expect(cache()).toBe(before);
  store.close();
});
