/**
 * What an OpenDocument text's styles say about its plain text: each list style's markers, one
 * per level (a bullet, or a number in a format between a prefix and a suffix, from a start
 * value), found in content.xml's automatic styles or in styles.xml; and the text styles that
 * set their text as superscript or subscript (м², CO₂).
 */
import type { SaxesTagNS } from 'saxes';
import { NS } from './odf-namespaces.js';
import { normaliseBullets } from './private-use-bullets.js';

const { text: TEXT, style: STYLE } = NS;

/** Superscript, subscript, or back on the line (a span inside a raised one can say so). */
export type TextPosition = 'sup' | 'sub' | 'normal';

export interface Level {
  /** A bullet level's character; undefined for a numbered level. */
  bullet?: string;
  format: string;
  prefix: string;
  suffix: string;
  start: number;
  displayLevels: number;
}

/** An attribute of an element by its namespace and local name, whatever prefix the file gives it. */
export function attribute(tag: SaxesTagNS, uri: string, local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.uri === uri && a.local === local) return a.value;
  return undefined;
}

/** An integer attribute's value, or `fallback` for one missing or not a number. */
export function integer(value: string | undefined, fallback: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) ? n : fallback;
}

/**
 * The styles of a document that change its plain text, gathered from the elements of its style
 * sections: list styles, and text styles that raise or lower their text.
 */
export class OdtStyles {
  private readonly lists = new Map<string, Map<number, Level>>();
  private current: Map<number, Level> | undefined;
  private readonly raised = new Map<string, TextPosition>();
  /** The text style whose properties come next. */
  private textStyle: string | undefined;

  /** Notes a list style or one of its levels, or a text style's position; any other element is let be. */
  open(tag: SaxesTagNS): void {
    if (tag.uri === STYLE) return this.openStyle(tag);
    if (tag.uri !== TEXT) return;
    if (tag.local === 'list-style') {
      const name = attribute(tag, STYLE, 'name');
      this.current = new Map();
      if (name !== undefined) this.lists.set(name, this.current);
      return;
    }
    if (!this.current || !tag.local.startsWith('list-level-style-')) return;
    const level = integer(attribute(tag, TEXT, 'level'), 1);
    const numberedLevel = tag.local === 'list-level-style-number';
    this.current.set(level, {
      // An image bullet reads as the usual bullet; Word's Symbol-font bullets as what they draw.
      bullet: numberedLevel ? undefined : normaliseBullets(attribute(tag, TEXT, 'bullet-char') || '•'),
      format: attribute(tag, STYLE, 'num-format') ?? '1',
      prefix: attribute(tag, STYLE, 'num-prefix') ?? '',
      suffix: attribute(tag, STYLE, 'num-suffix') ?? '',
      start: integer(attribute(tag, TEXT, 'start-value'), 1),
      displayLevels: integer(attribute(tag, TEXT, 'display-levels'), 1),
    });
  }

  close(tag: SaxesTagNS): void {
    if (tag.uri === TEXT && tag.local === 'list-style') this.current = undefined;
    else if (tag.uri === STYLE && tag.local === 'style') this.textStyle = undefined;
  }

  /** A list style's level (1 the outermost); undefined when the style or the level is not known. */
  level(style: string | undefined, level: number): Level | undefined {
    return style === undefined ? undefined : this.lists.get(style)?.get(level);
  }

  /** Where a text style (a span's) sets its text; undefined when it does not say. */
  position(style: string | undefined): TextPosition | undefined {
    return style === undefined ? undefined : this.raised.get(style);
  }

  /** ODF's text-position: "super", "sub" or a percentage of the font's height, then the size. */
  private openStyle(tag: SaxesTagNS): void {
    if (tag.local === 'style') {
      this.textStyle = attribute(tag, STYLE, 'family') === 'text' ? attribute(tag, STYLE, 'name') : undefined;
      return;
    }
    if (tag.local !== 'text-properties' || this.textStyle === undefined) return;
    const position = attribute(tag, STYLE, 'text-position')?.trim().split(/\s+/)[0];
    if (position === undefined) return;
    const raise = position === 'super' ? 1 : position === 'sub' ? -1 : Number.parseFloat(position);
    if (Number.isNaN(raise)) return;
    this.raised.set(this.textStyle, raise > 0 ? 'sup' : raise < 0 ? 'sub' : 'normal');
  }
}
