/**
 * Saves a chart drawn as SVG: the SVG itself (with the page's computed text styles written
 * in, so it looks the same elsewhere), or a PNG drawn from it at twice the size. Works under
 * the app's Content-Security-Policy: the image comes from a data: URL, no script is evaluated.
 * A saved chart is a figure on its own, in a paper: its title above the plot (the card's
 * heading is HTML, outside the SVG), its legend below, and the title and a description in the
 * SVG's <title> and <desc>, which screen readers and image catalogues read.
 */
import { appendHeading } from './chart-heading.js';
import { downloadBlob } from './download.js';

const STYLED = ['font-family', 'font-size', 'font-weight', 'fill', 'stroke', 'stroke-width', 'opacity'];
const UNDRAWN = new Set(['title', 'desc']);

/** What a saved chart says of itself besides its plot. */
export interface Figure {
  title: string;
  description: string;
  legend: readonly LegendEntry[];
}

export function svgText(svg: SVGSVGElement, figure: Figure): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const source = svg.querySelectorAll('*');
  copy.querySelectorAll('*').forEach((element, i) => {
    // Text styles mean nothing on the words of <title> and <desc>, which are read, not drawn.
    if (UNDRAWN.has(element.tagName)) return;
    const style = getComputedStyle(source[i]!);
    for (const name of STYLED) {
      const value = style.getPropertyValue(name);
      if (value) (element as SVGElement).style.setProperty(name, value);
    }
  });
  const { width, height } = svg.getBoundingClientRect();
  describe(copy, figure);
  const headingHeight = appendHeading(copy, figure.title, width);
  const legendHeight = appendLegend(copy, figure.legend, headingHeight + height);
  const whole = Math.round(headingHeight + height + legendHeight);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(whole));
  copy.setAttribute('viewBox', `0 0 ${Math.round(width)} ${whole}`);
  copy.style.background = 'white';
  // Recharts sizes its SVG to fill the card; opened alone, that stretched the figure to the window.
  copy.style.removeProperty('width');
  copy.style.removeProperty('height');
  return new XMLSerializer().serializeToString(copy);
}

export interface LegendEntry {
  label: string;
  color: string;
}

/** Fills the SVG's own <title> and <desc> (recharts leaves them empty), or adds them first. */
function describe(svg: SVGSVGElement, figure: Figure): void {
  const ns = 'http://www.w3.org/2000/svg';
  for (const [tag, text] of [['desc', figure.description], ['title', figure.title]] as const) {
    const element = svg.querySelector(`:scope > ${tag}`) ?? svg.insertBefore(document.createElementNS(ns, tag), svg.firstChild);
    element.textContent = text;
  }
}

/** The chart's legend is HTML on screen; a saved chart carries it as SVG below the plot. Returns its height. */
function appendLegend(svg: SVGSVGElement, legend: readonly LegendEntry[], top: number): number {
  if (legend.length === 0) return 0;
  const ns = 'http://www.w3.org/2000/svg';
  const group = document.createElementNS(ns, 'g');
  legend.forEach((entry, i) => {
    const y = top + 8 + i * 18;
    const swatch = document.createElementNS(ns, 'rect');
    Object.entries({ x: '10', y: String(y), width: '12', height: '12', fill: entry.color }).forEach(([k, v]) => swatch.setAttribute(k, v));
    const text = document.createElementNS(ns, 'text');
    Object.entries({ x: '28', y: String(y + 11), 'font-size': '12', 'font-family': 'sans-serif', fill: '#222' }).forEach(([k, v]) => text.setAttribute(k, v));
    text.textContent = entry.label;
    group.append(swatch, text);
  });
  svg.append(group);
  return 12 + legend.length * 18;
}

/** Saves the chart as SVG; what to say of the download, if anything (download.ts). */
export function saveSvg(svg: SVGSVGElement, figure: Figure, fileName: string): string | null {
  return downloadBlob(`${fileName}.svg`, new Blob([svgText(svg, figure)], { type: 'image/svg+xml' }));
}

/** Saves the chart as PNG at twice its size; what to say of the download, if anything. */
export async function savePng(svg: SVGSVGElement, figure: Figure, fileName: string): Promise<string | null> {
  const text = svgText(svg, figure);
  const width = Number(/width="(\d+)"/.exec(text)![1]);
  const height = Number(/height="(\d+)"/.exec(text)![1]);
  const image = new Image();
  image.src = `data:image/svg+xml;base64,${base64(new TextEncoder().encode(text))}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d')!;
  context.fillStyle = 'white';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.scale(scale, scale);
  context.drawImage(image, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  return blob && downloadBlob(`${fileName}.png`, blob);
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: one call with every byte as an argument overflows the stack on a large chart.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
