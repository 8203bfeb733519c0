import { describe, expect, it } from 'vitest';
import { hitLeftOut, holdsOnlyLeftOut, spanForms } from '../../../shared/search.js';

describe('holdsOnlyLeftOut', () => {
  const leftOut = new Set(['политес']);

  it('leaves out a span whose every hit is left out, and keeps one holding a hit kept too', () => {
    expect(holdsOnlyLeftOut({ found: [['политес']] }, leftOut)).toBe(true);
    // A sentence with политика and политес in it: what was searched for is there, so it is coded.
    expect(holdsOnlyLeftOut({ found: [['политика'], ['политес']] }, leftOut)).toBe(false);
    expect(holdsOnlyLeftOut({ found: [['политика']] }, leftOut)).toBe(false);
  });

  it('keeps every span when nothing is left out', () => {
    expect(holdsOnlyLeftOut({ found: [['политес']] }, new Set())).toBe(false);
    expect(holdsOnlyLeftOut({ found: [] }, leftOut)).toBe(false);
  });

  it('leaves out a NEAR hit found by a form left out, whatever its other phrase', () => {
    const stray = new Set(['справочник']);
    expect(hitLeftOut(['бюрократия', 'справочник'], stray)).toBe(true);
    expect(hitLeftOut(['бюрократия', 'справку'], stray)).toBe(false);
    expect(holdsOnlyLeftOut({ found: [['бюрократия', 'справочник']] }, stray)).toBe(true);
    expect(holdsOnlyLeftOut({ found: [['бюрократия', 'справочник'], ['бюрократии', 'справка']] }, stray)).toBe(false);
  });
});

describe('spanForms', () => {
  it('lists the forms of every hit in the span, each once', () => {
    expect(spanForms({ found: [['бюрократия', 'справку'], ['справку']] })).toEqual(['бюрократия', 'справку']);
  });
});
