/**
 * The bullets and numbers of HTML lists (and so of a Word document's, through mammoth), which
 * the page draws but the text does not hold: without them "1. Rent 2. Visa" came in as two
 * bare lines, and a researcher quoting an answer could not tell a list from paragraphs.
 * As browsers number them: from `start`, with `value` resetting the count, in the `type` asked
 * for (1, a, A, i, I); bullets change with depth as browsers draw them (•, ◦, ▪).
 */

interface List {
  ordered: boolean;
  type: string;
  next: number;
}

const BULLETS = ['•', '◦', '▪'];

export class ListMarkers {
  private readonly lists: List[] = [];

  openList(name: 'ul' | 'ol', attributes: Record<string, string>): void {
    const start = Number.parseInt(attributes.start ?? '', 10);
    this.lists.push({ ordered: name === 'ol', type: attributes.type ?? '1', next: Number.isFinite(start) ? start : 1 });
  }

  closeList(): void {
    this.lists.pop();
  }

  /** How many lists are open: 1 in a list that is not nested. */
  get depth(): number {
    return this.lists.length;
  }

  /**
   * The marker of a list item opening now; undefined for an item outside any list. An item's
   * `data-marker` is its own (docx.ts gives Word's notes their «[1]»).
   */
  item(attributes: Record<string, string>): string | undefined {
    const list = this.lists[this.lists.length - 1];
    if (!list) return undefined;
    if (attributes['data-marker']) return attributes['data-marker'];
    if (!list.ordered) return BULLETS[Math.min(this.lists.length, BULLETS.length) - 1];
    const value = Number.parseInt(attributes.value ?? '', 10);
    const n = Number.isFinite(value) ? value : list.next;
    list.next = n + 1;
    return `${numbered(n, list.type)}.`;
  }
}

/** n in a list numbering format: 1, a, A, i or I (HTML's type, ODF's num-format); decimal for any other. */
export function numbered(n: number, type: string): string {
  if (n < 1 || type === '1') return String(n);
  if (type === 'a' || type === 'A') {
    let letters = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(97 + ((k - 1) % 26)) + letters;
    return type === 'A' ? letters.toUpperCase() : letters;
  }
  if (type === 'i' || type === 'I') {
    const roman = toRoman(n);
    return type === 'i' ? roman.toLowerCase() : roman;
  }
  return String(n);
}

const ROMAN: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];

function toRoman(n: number): string {
  // Browsers fall back to decimal past 3999; so does this.
  if (n > 3999) return String(n);
  let out = '';
  for (const [value, letters] of ROMAN) {
    for (; n >= value; n -= value) out += letters;
  }
  return out;
}
