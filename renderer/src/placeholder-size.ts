import type { CSSProperties } from 'react';

/**
 * The width of a text field that shows its whole placeholder, with a few letters to spare, and
 * at least `min` letters: Kazakh and Russian hints run longer than English ones, and a cut hint
 * («Кесте астындағы ескер…») says nothing. In `ch` (the width of a digit, wider than most
 * letters) rather than the `size` attribute, whose average letter is narrower than Cyrillic's.
 */
export function widthToShow(placeholder: string, min = 20): CSSProperties {
  return { width: `${Math.max(min, [...placeholder].length + 3)}ch`, maxWidth: '100%' };
}
