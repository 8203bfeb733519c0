/**
 * The words of a Markdown file as the researcher reads them: headings, paragraphs, list items
 * (with their bullets and numbers), block quotes and table rows each a line, and each line
 * break inside a paragraph kept; emphasis, code
 * spans and links reduced to their words. markdown-it (maintained, CommonMark) renders the
 * file to HTML, and htmlToText reads that as the HTML importer reads a page, so HTML written
 * inside the Markdown is treated as an HTML file would be: no scripts, styles, comments or
 * hidden text.
 */
import MarkdownIt from 'markdown-it';
import type { Env, StateBlock, Token } from 'markdown-it';
import { htmlTextReader } from './html-text.js';
import { importLimits } from './limits.js';
import { refuse } from './refusal.js';

/**
 * Blocks nested deeper than the limit are refused. markdown-it itself stops at its maxNesting
 * and silently drops everything after that point, so its own cap is set above ours and ours is
 * enforced first, by a rule that fails loudly.
 */
const MAX_NESTING = importLimits.markdownNesting;

/**
 * Characters of Markdown parsed at once. Parsed whole, a 50 MB file (the limit) peaked at 960 MB
 * of tokens and HTML, against the worker's 1 GB heap; in runs, at 300 MB.
 */
const RUN_CHARS = 256 * 1024;

const markdown = new MarkdownIt('default', {
  html: true,
  // Text as written: no links made of bare addresses, no quotes or dashes changed.
  linkify: false,
  typographer: false,
  // Each line break of the source stays one (as GitHub's comments keep them): transcripts are
  // written a speaker's turn per line, which CommonMark's soft breaks would join into one paragraph.
  breaks: true,
  // Each nested block adds at most two levels (a list and its item) past the guard's check.
  maxNesting: MAX_NESTING + 10,
});

class TooDeep extends Error {}

markdown.block.ruler.before('table', 'nesting_guard', (state: StateBlock) => {
  if (state.level >= MAX_NESTING) throw new TooDeep();
  return false;
});

/**
 * `runChars`: how much is parsed at once (a parameter so tests can cut a short text into many
 * runs and see the same words).
 */
export function markdownToText(source: string, fileName: string, runChars = RUN_CHARS): string {
  // markdown-it keeps link reference definitions ([label]: url) here; a reference used before
  // its definition needs every definition gathered before any run is rendered.
  const env: Env = {};
  try {
    const runs = blockRuns(source, env, runChars);
    const reader = htmlTextReader(fileName);
    for (const [start, end] of runs) reader.write(markdown.render(source.slice(start, end), env));
    return reader.finish();
  } catch (error) {
    if (error instanceof TooDeep) throw refuse('tooLarge', fileName, `its blocks are nested deeper than ${MAX_NESTING} levels`, { limit: MAX_NESTING });
    throw error;
  }
}

/**
 * The file cut into runs of whole top-level blocks, [start, end) in UTF-16 units, each about
 * `runChars` long, cut where markdown-it's own block parser says a top-level block begins, so
 * each run renders as it would inside the whole file. A block longer than a run (one huge
 * paragraph) makes its run as long as the block.
 */
function blockRuns(source: string, env: Env, runChars: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  let length = runChars;
  while (start < source.length) {
    const lineEnd = source.indexOf('\n', start + length);
    const end = lineEnd === -1 ? source.length : lineEnd + 1;
    const text = source.slice(start, end);
    const tokens: Token[] = [];
    markdown.block.parse(text, markdown, env, tokens);
    if (end === source.length) {
      runs.push([start, end]);
      break;
    }
    // The last block may go on past the cut: it starts the next run, parsed again there.
    const lastLine = lastBlockLine(tokens);
    if (lastLine === 0) {
      length *= 2;
      continue;
    }
    const cut = start + lineStart(text, lastLine);
    runs.push([start, cut]);
    start = cut;
    length = runChars;
  }
  return runs;
}

/** The line the last top-level block begins on (0 when there is one block, or none). */
function lastBlockLine(tokens: readonly Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const { level, map } = tokens[i]!;
    if (level === 0 && map) return map[0];
  }
  return 0;
}

/** Where line `line` (0-based) of `text` begins. */
function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let i = 0; i < line; i++) offset = text.indexOf('\n', offset) + 1;
  return offset;
}
