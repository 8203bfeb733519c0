/** A saved chart's title, drawn in its SVG above the plot (chart-export.ts). */
import { textPx } from './text-px.js';

const FONT_PX = 14;
const LINE_PX = 18;
const INSET_PX = 10;

/**
 * Moves the plot down and writes `title` above it, in lines as wide as the chart (a long
 * Russian title ran past a narrow one). Returns the room it took.
 */
export function appendHeading(svg: SVGSVGElement, title: string, width: number): number {
  const ns = 'http://www.w3.org/2000/svg';
  const font = `bold ${FONT_PX}px sans-serif`;
  const lines = wrap(title, width - 2 * INSET_PX, (text) => textPx(text, font));
  const height = INSET_PX + lines.length * LINE_PX;
  const plot = document.createElementNS(ns, 'g');
  plot.setAttribute('transform', `translate(0 ${height})`);
  plot.append(...[...svg.children].filter((child) => child.tagName !== 'title' && child.tagName !== 'desc'));
  const heading = document.createElementNS(ns, 'text');
  Object.entries({ x: String(INSET_PX), 'font-size': String(FONT_PX), 'font-weight': 'bold', 'font-family': 'sans-serif', fill: '#222' }).forEach(([k, v]) => heading.setAttribute(k, v));
  lines.forEach((line, i) => {
    const span = document.createElementNS(ns, 'tspan');
    span.setAttribute('x', String(INSET_PX));
    span.setAttribute('y', String(INSET_PX + (i + 1) * LINE_PX - 5));
    span.textContent = line;
    heading.append(span);
  });
  svg.append(heading, plot);
  return height;
}

/** Words in lines no wider than `room`; a word wider than that has a line of its own. */
function wrap(text: string, room: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && measure(`${last} ${word}`) <= room) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
