/**
 * The keys that move among a menu's items (the WAI-ARIA menu pattern): the arrows one step, round
 * from the last to the first and back, Home and End to the first and the last, a letter to an
 * item starting with it. Shared by the menus opened at a point (popup-menu.tsx) and the top
 * bar's (drop-menu.tsx).
 */

/** The item `key` moves to from `current` (-1: none focused) among `count`; null when `key` moves nothing. */
export function menuItemIndex(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return current < 0 ? count - 1 : (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** How long typed letters add up to one prefix, in ms. */
const TYPE_AHEAD_MS = 700;

/**
 * The pattern's type-ahead: a letter typed in a menu moves to the next item whose name starts
 * with it, and letters typed in quick succession to the item starting with all of them, so a code
 * is found in a long list of codes ("эк" for Экономические). One per menu, as it keeps what was typed.
 */
export class TypeAhead {
  private typed = '';
  private at = 0;

  /** The item `key`, typed at `now` (ms), moves to from `current` (-1: none); null when it is no letter or no item matches. */
  next(key: string, now: number, current: number, names: readonly string[]): number | null {
    if (!/^\p{L}$/u.test(key)) return null;
    const letter = key.toLocaleLowerCase();
    this.typed = now - this.at <= TYPE_AHEAD_MS && this.typed !== letter ? this.typed + letter : letter;
    this.at = now;
    // Typed afresh, the search starts past the item focused, so the same letter again goes on to the next.
    const from = this.typed.length === 1 ? current + 1 : Math.max(current, 0);
    for (let step = 0; step < names.length; step++) {
      const i = (from + step) % names.length;
      if (names[i]!.trim().toLocaleLowerCase().startsWith(this.typed)) return i;
    }
    return null;
  }
}

/** The name a menu item is found by: its own data-find-name (a code's name, where the item shows its path), else its text. */
export function findName(item: HTMLElement): string {
  return item.dataset.findName ?? item.textContent ?? '';
}
