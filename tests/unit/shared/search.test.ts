import { describe, expect, it } from 'vitest';
import { holdsOnlyLeftOut } from '../../../shared/search.js';

describe('holdsOnlyLeftOut', () => {
  const leftOut = new Set(['политес']);

  it('leaves out a span whose every form is left out, and keeps one holding a form kept too', () => {
    expect(holdsOnlyLeftOut({ found: ['политес'] }, leftOut)).toBe(true);
    // A sentence with политика and политес in it: what was searched for is there, so it is coded.
    expect(holdsOnlyLeftOut({ found: ['политика', 'политес'] }, leftOut)).toBe(false);
    expect(holdsOnlyLeftOut({ found: ['политика'] }, leftOut)).toBe(false);
  });

  it('keeps every span when nothing is left out', () => {
    expect(holdsOnlyLeftOut({ found: ['политес'] }, new Set())).toBe(false);
    expect(holdsOnlyLeftOut({ found: [] }, leftOut)).toBe(false);
  });
});
