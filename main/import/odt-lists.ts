/**
 * The bullets and numbers of an OpenDocument text's lists, which the text does not hold: ODF
 * keeps them in list styles (text:list-style, in content.xml's automatic styles or styles.xml),
 * one per level, and a list names its style (a list inside one takes its parent's). Numbers
 * count from the level's start value, an item's own start value resets them, display-levels
 * shows the parents' numbers too (1.2.), and a list that continues numbering takes up where the
 * last one of its style (or the one named by continue-list) stopped. A list whose style is not
 * found gets no marker rather than a guessed one.
 */
import type { SaxesTagNS } from 'saxes';
import { numbered } from './list-markers.js';

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
const XML = 'http://www.w3.org/XML/1998/namespace';

interface Level {
  /** A bullet level's character; undefined for a numbered level. */
  bullet?: string;
  format: string;
  prefix: string;
  suffix: string;
  start: number;
  displayLevels: number;
}

function attribute(tag: SaxesTagNS, uri: string, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.uri === uri && a.local === local) return a.value;
  return undefined;
}

function integer(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
}

/** The list styles of a document, gathered from the elements of its style sections. */
export class OdtListStyles {
  private readonly styles = new Map<string, Map<number, Level>>();
  private current: Map<number, Level> | undefined;

  /** Notes a list style or one of its levels; any other element is let be. */
  open(tag: SaxesTagNS): void {
    if (tag.uri !== TEXT) return;
    if (tag.local === 'list-style') {
      const name = attribute(tag, STYLE, 'name');
      this.current = new Map();
      if (name !== undefined) this.styles.set(name, this.current);
      return;
    }
    if (!this.current || !tag.local.startsWith('list-level-style-')) return;
    const level = integer(attribute(tag, TEXT, 'level'), 1);
    const numberedLevel = tag.local === 'list-level-style-number';
    this.current.set(level, {
      // An image bullet reads as the usual bullet.
      bullet: numberedLevel ? undefined : (attribute(tag, TEXT, 'bullet-char') || '•'),
      format: attribute(tag, STYLE, 'num-format') ?? '1',
      prefix: attribute(tag, STYLE, 'num-prefix') ?? '',
      suffix: attribute(tag, STYLE, 'num-suffix') ?? '',
      start: integer(attribute(tag, TEXT, 'start-value'), 1),
      displayLevels: integer(attribute(tag, TEXT, 'display-levels'), 1),
    });
  }

  close(tag: SaxesTagNS): void {
    if (tag.uri === TEXT && tag.local === 'list-style') this.current = undefined;
  }

  level(style: string | undefined, level: number): Level | undefined {
    return style === undefined ? undefined : this.styles.get(style)?.get(level);
  }
}

interface OpenList {
  style: string | undefined;
  id: string | undefined;
  /** The number the next item takes; undefined until the first item. */
  next: number | undefined;
  /** The number of the item last given one. */
  current: number;
}

/** Numbers the items of a document's lists as they open. */
export class OdtListMarkers {
  private readonly open: OpenList[] = [];
  /** Where each style's (and each identified) outermost list stopped, for lists that continue it. */
  private readonly stoppedAt = new Map<string, number>();

  constructor(private readonly styles: OdtListStyles) {}

  openList(tag: SaxesTagNS): void {
    const outer = this.open[this.open.length - 1];
    const style = attribute(tag, TEXT, 'style-name') ?? outer?.style;
    const continued = outer ? undefined
      : attribute(tag, TEXT, 'continue-list') !== undefined ? this.stoppedAt.get(`#${attribute(tag, TEXT, 'continue-list')}`)
      : attribute(tag, TEXT, 'continue-numbering') === 'true' && style !== undefined ? this.stoppedAt.get(style)
      : undefined;
    this.open.push({ style, id: attribute(tag, XML, 'id'), next: continued === undefined ? undefined : continued + 1, current: 0 });
  }

  closeList(): void {
    const list = this.open.pop();
    if (!list || this.open.length > 0 || list.next === undefined) return;
    if (list.style !== undefined) this.stoppedAt.set(list.style, list.current);
    if (list.id !== undefined) this.stoppedAt.set(`#${list.id}`, list.current);
  }

  /** The marker of a list item opening now (text:list-item), or undefined. */
  item(tag: SaxesTagNS): string | undefined {
    const list = this.open[this.open.length - 1];
    if (!list) return undefined;
    const depth = this.open.length;
    const level = this.styles.level(list.style, depth);
    if (!level) return undefined;
    const n = integer(attribute(tag, TEXT, 'start-value'), list.next ?? level.start);
    list.current = n;
    list.next = n + 1;
    if (level.bullet !== undefined) return level.bullet;
    if (level.format === '') return undefined;
    const shown = Math.max(1, Math.min(level.displayLevels, depth));
    const numbers = this.open.slice(depth - shown).map((open, i) => {
      const format = this.styles.level(open.style, depth - shown + i + 1)?.format ?? '1';
      return numbered(open.current, format);
    });
    return `${level.prefix}${numbers.join('.')}${level.suffix}`;
  }
}
