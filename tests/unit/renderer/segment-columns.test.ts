/** The segment table's column tracks: a width the user set replaces a column's default, within limits; the quote always takes the rest, and the date keeps its day's width. */
import { describe, expect, it } from 'vitest';
import { COLUMN_MAX_PX, COLUMN_MIN_PX, gridTemplate, withWidth } from '../../../renderer/src/segment-columns.js';

describe('the segment table columns', () => {
  it('sets a width within the limits, never for the quote, and takes it back on null', () => {
    expect(withWidth({}, 'codes', 180.4)).toEqual({ codes: 180 });
    expect(withWidth({}, 'codes', 5)).toEqual({ codes: COLUMN_MIN_PX });
    expect(withWidth({}, 'codes', 5000)).toEqual({ codes: COLUMN_MAX_PX });
    expect(withWidth({}, 'quote', 400)).toEqual({});
    expect(withWidth({}, 'date', 400)).toEqual({});
    expect(withWidth({ codes: 180, case: 90 }, 'codes', null)).toEqual({ case: 90 });
  });

  it('lays out the columns shown, a set width as pixels', () => {
    expect(gridTemplate(['case', 'quote', 'codes'], { codes: 180 })).toBe('minmax(64px, 1fr) minmax(240px, 8fr) 180px');
    expect(gridTemplate(['quote', 'date'])).toBe('minmax(240px, 8fr) 7.4em');
  });
});
