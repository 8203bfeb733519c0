import { describe, expect, it } from 'vitest';
import { neighbourCase } from '../../../renderer/src/focus-case-list.js';

describe('the case the focus goes to once one is deleted', () => {
  const order = [{ id: 4 }, { id: 2 }, { id: 9 }];
  it('is the next in list order, else the one before, else none', () => {
    expect(neighbourCase(order, 4)).toBe(2);
    expect(neighbourCase(order, 2)).toBe(9);
    expect(neighbourCase(order, 9)).toBe(2);
    expect(neighbourCase([{ id: 4 }], 4)).toBeNull();
    expect(neighbourCase(order, 7)).toBeNull();
  });
});
