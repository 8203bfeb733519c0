/**
 * Reads Office Open XML back for the export tests: unzip with yauzl, parse with saxes into a
 * small element tree, and pull out a sheet's cells or a Word table's cells.
 */
import { text as streamText } from 'node:stream/consumers';
import { SaxesParser } from 'saxes';
import yauzl from 'yauzl';

export async function unzip(buffer: Buffer): Promise<Map<string, string>> {
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true });
  const files = new Map<string, string>();
  for await (const entry of zip.eachEntry()) {
    files.set(entry.fileName, await streamText(await zip.openReadStreamPromise(entry)));
  }
  return files;
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  /** Child elements and, as elements named '#text', the text between them, in order. */
  children: XmlElement[];
  /** Text directly inside this element. */
  text: string;
}

/** Text of an element and everything inside it, in document order. */
export function textOf(element: XmlElement): string {
  return element.name === '#text' ? element.text : element.children.map(textOf).join('');
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [], text: '' };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => stack.pop());
  parser.on('text', (text) => {
    const parent = stack.at(-1)!;
    parent.text += text;
    parent.children.push({ name: '#text', attributes: {}, children: [], text });
  });
  parser.write(xml).close();
  return root.children[0]!;
}

/** Every descendant element with this name, in document order. */
export function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);
}

export function first(element: XmlElement, name: string): XmlElement | undefined {
  return all(element, name)[0];
}

export interface SheetCell {
  /** The cell's value: shared strings resolved, numbers as numbers. */
  value: string | number;
  /** The `t` attribute: 's' for a shared string, undefined for a number. */
  type: string | undefined;
  style: number;
}

export interface Workbook {
  files: Map<string, string>;
  sheetNames: string[];
  /** Sheet XML by sheet name. */
  sheets: Map<string, XmlElement>;
  /** A sheet's cells as a grid, by sheet name; a missing cell is undefined. */
  grid(sheet: string): (SheetCell | undefined)[][];
  /** The cell format (`cellXfs` entry) of a style index, with its font. */
  format(style: number): { bold: boolean; wrap: boolean; right?: true };
}

export async function readWorkbook(buffer: Buffer): Promise<Workbook> {
  const files = await unzip(buffer);
  const workbook = parseXml(files.get('xl/workbook.xml')!);
  const rels = parseXml(files.get('xl/_rels/workbook.xml.rels')!);
  const targets = new Map(all(rels, 'Relationship').map((r) => [r.attributes.Id!, r.attributes.Target!]));
  const sheets = new Map<string, XmlElement>();
  for (const sheet of all(workbook, 'sheet')) {
    const target = targets.get(sheet.attributes['r:id']!)!.replace(/^\/?(xl\/)?/, '');
    sheets.set(sheet.attributes.name!, parseXml(files.get(`xl/${target}`)!));
  }
  const sharedXml = files.get('xl/sharedStrings.xml');
  const shared = sharedXml
    ? all(parseXml(sharedXml), 'si').map((si) => all(si, 't').map((t) => t.text).join(''))
    : [];
  const styles = parseXml(files.get('xl/styles.xml')!);
  const fonts = all(first(styles, 'fonts')!, 'font');
  const formats = all(first(styles, 'cellXfs')!, 'xf');

  return {
    files,
    sheetNames: [...sheets.keys()],
    sheets,
    grid(name) {
      const grid: (SheetCell | undefined)[][] = [];
      for (const c of all(sheets.get(name)!, 'c')) {
        const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(c.attributes.r!)!;
        const col = [...letters!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
        const row = Number(digits) - 1;
        const v = first(c, 'v')?.text;
        const type = c.attributes.t;
        const value =
          type === 's' ? shared[Number(v)]! : type === 'inlineStr' ? all(c, 't').map((t) => t.text).join('') : v === undefined ? '' : Number(v);
        (grid[row] ??= [])[col] = { value, type, style: Number(c.attributes.s ?? 0) };
      }
      return grid;
    },
    format(style) {
      const xf = formats[style]!;
      const font = fonts[Number(xf.attributes.fontId ?? 0)]!;
      const alignment = first(xf, 'alignment')?.attributes;
      return { bold: Boolean(first(font, 'b')), wrap: alignment?.wrapText === '1', ...(alignment?.horizontal === 'right' ? { right: true as const } : {}) };
    },
  };
}

/** A paragraph's text, with Word line breaks as "\n". */
export function paragraphText(p: XmlElement): string {
  const walk = (element: XmlElement): string =>
    element.children.map((child) => (child.name === 'w:t' ? child.text : child.name === 'w:br' ? '\n' : walk(child))).join('');
  return walk(p);
}

/** A Word table's rows of cells, each cell's paragraphs as its lines. */
export function wordTableCells(table: XmlElement): string[][][] {
  return all(table, 'w:tr').map((tr) => all(tr, 'w:tc').map((tc) => all(tc, 'w:p').map(paragraphText)));
}
