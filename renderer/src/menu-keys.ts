/**
 * The keys that move among a menu's items (the WAI-ARIA menu pattern): the arrows one step, round
 * from the last to the first and back, Home and End to the first and the last. Shared by the
 * menus opened at a point (popup-menu.tsx) and the top bar's (drop-menu.tsx).
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
