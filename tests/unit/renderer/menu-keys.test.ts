/**
 * The keys that move in a menu: the arrows round its items, and letters typed to an item whose
 * name starts with them (the segment card's lists of codes had lost the old select's type-to-find).
 */
import { describe, expect, it } from 'vitest';
import { menuItemIndex, TypeAhead } from '../../../renderer/src/menu-keys.js';

const codes = ['Позитивное', 'Негативное', 'Прогноз', 'Экономические', 'Экологические', 'Правовые'];

describe('a menu', () => {
  it('goes round its items with the arrows, to the ends with Home and End', () => {
    expect([menuItemIndex('ArrowDown', 5, 6), menuItemIndex('ArrowUp', -1, 6), menuItemIndex('Home', 3, 6), menuItemIndex('End', 0, 6)]).toEqual([0, 5, 0, 5]);
    expect(menuItemIndex('x', 0, 6)).toBeNull();
  });

  it('goes to the next item starting with a letter, round past the last, in any case', () => {
    const find = new TypeAhead();
    expect(find.next('п', 0, -1, codes)).toBe(0);
    expect(find.next('п', 1000, 0, codes)).toBe(2);
    expect(find.next('П', 2000, 2, codes)).toBe(5);
    expect(find.next('п', 3000, 5, codes)).toBe(0);
  });

  it('adds letters typed in quick succession into one prefix, and starts again after a pause', () => {
    const find = new TypeAhead();
    expect(find.next('э', 0, -1, codes)).toBe(3);
    expect(find.next('к', 200, 3, codes)).toBe(3);
    expect(find.next('о', 400, 3, codes)).toBe(3);
    expect(find.next('л', 600, 3, codes)).toBe(4);
    expect(find.next('н', 2000, 4, codes)).toBe(1);
  });

  it('takes the same letter again as the next item starting with it, and leaves keys that are no letter', () => {
    const find = new TypeAhead();
    expect(find.next('э', 0, -1, codes)).toBe(3);
    expect(find.next('э', 100, 3, codes)).toBe(4);
    expect(find.next('1', 200, 4, codes)).toBeNull();
    expect(find.next('Enter', 300, 4, codes)).toBeNull();
    expect(find.next('ж', 400, 4, codes)).toBeNull();
  });
});
