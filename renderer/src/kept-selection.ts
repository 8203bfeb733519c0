/**
 * The selection the app keeps for coding while the browser's own is elsewhere (in a dialog's
 * field, the codebook's filter), drawn in the text with the CSS Custom Highlight API, so the text
 * a code will go to is the text shown selected. Without it, adding a sub-code took the selection
 * off the text while the codebook still said «8 characters selected», and the next code clicked
 * landed on text the user no longer saw selected.
 */
const NAME = 'kept-selection';

/** Draws `range` as the kept selection, or none. */
export function showKeptSelection(range: Range | null): void {
  // An engine without the API draws nothing (Chromium has it from 105).
  if (typeof Highlight === 'undefined' || !CSS.highlights) return;
  if (range) CSS.highlights.set(NAME, new Highlight(range));
  else CSS.highlights.delete(NAME);
}
