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
import { NS } from './odf-namespaces.js';
import { attribute, integer, type OdtStyles } from './odt-styles.js';

const { text: TEXT, xml: XML } = NS;

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

  constructor(private readonly styles: OdtStyles) {}

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

  /** How many lists are open: 1 in a list that is not nested. */
  get depth(): number {
    return this.open.length;
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
