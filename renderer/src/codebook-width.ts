/** Widths are fractional and scrollWidth is rounded: a pixel or two spare keeps the row whole. */
const SPARE_PX = 2;

/**
 * The width the codebook's column needs for every code's row to keep its name, key, counts and
 * tools on one line: the column's default width grows to it (column-widths.ts), so a project of
 * short names leaves the middle its room and a Kazakh one («Әлеуметтік-мәдени») is not wrapped.
 *
 * A code's button stretches to fill its row, so its natural width is summed from what it holds
 * (the swatch, the name's full width even where cut, the key) with its gaps and padding.
 */
export function codebookNeededWidth(aside: HTMLElement): number {
  const left = aside.getBoundingClientRect().left;
  const style = getComputedStyle(aside);
  const scrollbar = aside.offsetWidth - aside.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
  const right = parseFloat(style.paddingRight) + scrollbar;
  let needed = 0;
  for (const row of aside.querySelectorAll<HTMLElement>('.code-row')) {
    const button = row.querySelector<HTMLElement>('button.code');
    const tools = row.querySelector<HTMLElement>('.code-tools');
    if (!button || !tools) continue;
    const buttonStyle = getComputedStyle(button);
    const parts = [...button.children] as HTMLElement[];
    const content = parts.reduce((sum, part) => sum + (part.classList.contains('code-name') ? part.scrollWidth : part.getBoundingClientRect().width), 0);
    const edges = ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth'] as const;
    const natural = content + parseFloat(buttonStyle.columnGap || '0') * Math.max(0, parts.length - 1) + edges.reduce((sum, edge) => sum + parseFloat(buttonStyle[edge]), 0);
    needed = Math.max(needed, button.getBoundingClientRect().left - left + natural + tools.getBoundingClientRect().width + right);
  }
  return Math.ceil(needed) + SPARE_PX;
}

/**
 * What of the codebook's counts can change a row's width: the number of digits of each count
 * shown (they are set in tabular figures, and grouping follows the digits). A coding that leaves
 * them as they were (5 → 6 segments) need not measure every row again: on 509 codes that took
 * 8–11 ms after each coding.
 */
export function countsShape(counts: readonly { codeId: number; segments: number; cases: number }[]): string {
  return counts.map((c) => `${c.codeId}:${String(c.segments).length}:${String(c.cases).length}`).join(' ');
}
