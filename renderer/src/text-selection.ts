/**
 * Between the DOM's selection and UTF-16 positions in a container whose text content is
 * exactly the document's text.
 */
import { snapToGraphemes } from '../../shared/offsets.js';

/** UTF-16 position of a DOM point inside the container. */
export function offsetWithin(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The DOM point at a UTF-16 position inside the container. */
export function pointAt(container: Node, position: number): { node: Node; offset: number } {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let remaining = position;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (remaining <= node.data.length) return { node, offset: remaining };
    remaining -= node.data.length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : { node: container, offset: 0 };
}

/** Selects [start, end) of the container's text and returns the range. */
export function selectWithin(container: Node, start: number, end: number): Range {
  const range = rangeWithin(container, start, end);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return range;
}

/** Lets the browser's selection go if it lies in the container, and leaves one elsewhere (a field's) as it is. */
export function dropSelectionIn(container: Node): void {
  const selection = window.getSelection();
  if (selection && selection.rangeCount > 0 && container.contains(selection.getRangeAt(0).commonAncestorContainer)) selection.removeAllRanges();
}

/**
 * Moves the selection's focus to a UTF-16 position of the container's text: the caret alone
 * there, or (extend) the selection from its anchor to there, as Shift with a key does.
 */
export function moveFocusTo(container: Node, position: number, extend: boolean): void {
  const selection = window.getSelection();
  if (!selection) return;
  const { node, offset } = pointAt(container, position);
  if (extend && selection.rangeCount > 0) selection.extend(node, offset);
  else selection.collapse(node, offset);
}

/** A range over [start, end) of the container's text, without selecting it. */
export function rangeWithin(container: Node, start: number, end: number): Range {
  const range = document.createRange();
  const from = pointAt(container, start);
  const to = pointAt(container, end);
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * `snapToGraphemes` for a selection in a long text, segmenting from the start of the line the
 * selection starts in rather than from the text's start: a grapheme cluster never spans a line
 * break, so the answer is the same, and a selection near the end of a long interview does not
 * walk the whole text on every selection change.
 */
export function snapSelection(text: string, start: number, end: number): [number, number] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const [from, to] = snapToGraphemes(text.slice(lineStart), start - lineStart, end - lineStart);
  return [from + lineStart, to + lineStart];
}

/**
 * The selection without the white space at its ends (spaces, tabs, line breaks): a drag that
 * starts before a word, or a double-click that takes the space after it, would otherwise code the
 * space, and every table and export would quote « Но интернет…». A selection of white space
 * only is empty (start = end).
 */
export function trimSelection(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/** UTF-16 position of the character boundary nearest a window point, if that is in the container's text. */
export function offsetAtPoint(container: Node, x: number, y: number): number | null {
  const point = caretAt(x, y);
  return point && container.contains(point.node) ? offsetWithin(container, point.node, point.offset) : null;
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  // The standard's; Chromium before 128 (an older Electron) has only caretRangeFromPoint.
  const caret = document.caretPositionFromPoint?.(x, y);
  if (caret) return { node: caret.offsetNode, offset: caret.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
