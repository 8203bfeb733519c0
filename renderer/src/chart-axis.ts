/** The axis of code names under a bar chart (charts-view.tsx). */
import { largest } from '../../shared/extremes.js';

/** Average width of a 12 px tick label's letter, Cyrillic and Latin alike: the measure where none is given (tests). */
const TICK_LETTER_PX = 6.5;
/** A code's name longer than this is cut on the axis; its bar's tooltip has it whole. */
const TICK_LETTERS = 28;
const TICK_ANGLE = 35;
/** Room between two level names: less, and they read as one («Социокультурные» touching «Технологические»). */
const TICK_GAP_PX = 14;
/** Room above the plot: the top value's label is centred on the top line, and at 5 px its top was cut off. */
const TOP_PX = 12;
/** The axis's own label under its names (what they are: the codes of which framework). */
const LABEL_LINE_PX = 18;

const cut = (name: string) => ([...name].length > TICK_LETTERS ? `${[...name].slice(0, TICK_LETTERS - 1).join('')}…` : name);

/**
 * A bar chart's size and its axis of code names: the names turned, with room below them, when
 * they are wider than their bars (a framework of many or long-named codes ran its names together
 * into one line). The plot keeps its height either way; the axis keeps a line for its label. `measure` gives a name's width as the
 * axis draws it (the view measures the page's font; an average letter ran Russian names together).
 */
export function codeAxis(names: readonly string[], width: number, plotHeight: number, measure = (name: string) => [...name].length * TICK_LETTER_PX) {
  const longest = largest(names.map((name) => Math.ceil(measure(cut(name)))), 0);
  const turned = longest > width / Math.max(1, names.length) - TICK_GAP_PX;
  const radians = (TICK_ANGLE * Math.PI) / 180;
  const height = (turned ? Math.ceil(longest * Math.sin(radians)) + 16 : 30) + LABEL_LINE_PX;
  // The first name reaches left of its bar, past the value axis (~60 px) when long.
  const left = turned ? Math.max(5, Math.ceil(longest * Math.cos(radians)) - 60) : 5;
  return {
    chart: { width, height: plotHeight + height - 30, margin: { top: TOP_PX, right: 5, bottom: 5, left } },
    axis: {
      interval: 0 as const, height, tick: { fontSize: 12 },
      ...(turned ? { angle: -TICK_ANGLE, textAnchor: 'end' as const } : {}),
      tickFormatter: cut,
    },
  };
}
