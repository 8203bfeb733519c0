/**
 * Collects a document's words as the researcher reads them: each paragraph, heading, list
 * item or table row one line (no blank lines between), table cells separated by a tab,
 * paragraphs inside a cell joined by a space, whitespace collapsed as a browser or word
 * processor does (except where the format keeps it: <pre>).
 */
/** What a list item is indented by for each level it lies below the outermost, as a word processor draws it. */
const LEVEL_INDENT = '    ';

export class LineBuilder {
  private readonly lines: string[] = [];
  private line = '';
  private cellDepth = 0;
  private cellInRow = 0;
  /** While > 0 (inside <pre>), whitespace is kept as written. */
  preserveDepth = 0;
  /**
   * The bullet or number of the list item just opened, written before its first words: the
   * item's words may come in a paragraph of their own, and an item with none leaves no marker.
   */
  private marker: string | undefined;
  /** The indent of the list item just opened, for its marker's line. */
  private itemIndent = '';
  /** Spaces the current line starts with, kept when its edges are trimmed: a nested item's indent. */
  private lineIndent = '';
  /**
   * The line's last character, and whether it is all whitespace so far. Asking the line itself
   * (endsWith, a regex) makes V8 flatten the string built by += each time: a paragraph of a
   * million characters in many inline pieces (<b>, <a>) took minutes instead of milliseconds.
   */
  private lastChar = '';
  private blank = true;

  /** A list item opens at `depth` (1: not nested), with its marker (undefined: none). */
  listItem(marker: string | undefined, depth: number): void {
    this.marker = marker;
    this.itemIndent = LEVEL_INDENT.repeat(Math.max(0, depth - 1));
  }

  /** A list item (or its list) closes: a marker not yet written is dropped. */
  endListItem(): void {
    this.marker = undefined;
  }

  text(text: string): void {
    if (this.marker !== undefined && text.trim() !== '') {
      const marker = this.marker;
      this.marker = undefined;
      if (this.blank) this.lineIndent = this.itemIndent;
      this.text(`${marker} `);
    }
    if (this.preserveDepth > 0) {
      this.append(text);
      return;
    }
    const collapsed = text.replace(/[ \t\n\r\f]+/g, ' ');
    this.append(this.lastChar === ' ' && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed);
  }

  /** Text a format means literally (ODF's <text:s/> spaces and <text:tab/>). */
  literal(text: string): void {
    this.append(text);
  }

  breakLine(): void {
    if (this.cellDepth === 0) this.endLine();
    else if (this.lastChar !== ' ' && this.lastChar !== '\t') this.append(' ');
  }

  rowStart(): void {
    if (this.cellDepth === 0) {
      this.endLine();
      this.cellInRow = 0;
    }
  }

  cellStart(): void {
    if (this.cellDepth === 0 && this.cellInRow++ > 0) this.append('\t');
    this.cellDepth++;
  }

  cellEnd(): void {
    this.cellDepth = Math.max(0, this.cellDepth - 1);
  }

  finish(): string {
    this.endLine();
    return this.lines.join('\n');
  }

  private endLine(): void {
    const trimmed = this.preserveDepth > 0 ? this.line : this.line.replace(/ *\t */g, '\t').replace(/^ +| +$/g, '');
    // A row whose cells are all empty, or a line of only spaces, is no line.
    if (trimmed.trim() !== '') this.lines.push(this.lineIndent + trimmed);
    this.line = '';
    this.lineIndent = '';
    this.lastChar = '';
    this.blank = true;
  }

  private append(text: string): void {
    if (text === '') return;
    this.line += text;
    this.lastChar = text[text.length - 1]!;
    if (this.blank && text.trim() !== '') this.blank = false;
  }
}
