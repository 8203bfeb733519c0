import { describe, expect, it } from 'vitest';
import { closestName } from '../../../main/cli/closest-name.js';

describe('closestName', () => {
  const names = ['table', 'cases', 'code', 'codes', 'search', 'segments', 'qca'];
  it('counts a swap of neighbours as one edit, and picks the nearest', () => {
    expect(closestName('tabel', names)).toBe('table');
    expect(closestName('serach', names)).toBe('search');
    expect(closestName('cdoes', names)).toBe('codes');
    expect(closestName('SEGMENT', names)).toBe('segments');
  });

  it('guesses nothing further than an edit per three letters', () => {
    expect(closestName('ab', names)).toBeUndefined();
    expect(closestName('tbl', names)).toBeUndefined();
    expect(closestName('sgmnts', names)).toBe('segments');
    expect(closestName('sgmt', names)).toBeUndefined();
  });
});
