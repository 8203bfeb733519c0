/**
 * The preview's word forms: each with the spans holding it, most first; a form's box ticked
 * while any of its spans is, and a click on it leaving out or keeping all of them.
 */
import { describe, expect, it } from 'vitest';
import { foundForms, formTicked, withFormToggled } from '../../../renderer/src/found-forms.js';

// Span 1 holds two hits of «move» and one of «moves»; a NEAR hit (span 3) is found by a form of each phrase.
const spans = [{ found: [['move']] }, { found: [['move'], ['move'], ['moves']] }, { found: [['visits']] }, { found: [['move', 'visits']] }];

describe('foundForms', () => {
  it('lists each form with the spans holding it, counted once a span, most spans first and then by name', () => {
    expect(foundForms(spans)).toEqual([
      { form: 'move', spans: [0, 1, 3] },
      { form: 'visits', spans: [2, 3] },
      { form: 'moves', spans: [1] },
    ]);
    expect(foundForms([])).toEqual([]);
  });
});

describe('a form box', () => {
  const [move, visits] = foundForms(spans);

  it('is ticked while any of its spans is', () => {
    expect(formTicked(move!, new Set())).toBe(true);
    expect(formTicked(move!, new Set([0, 1]))).toBe(true);
    expect(formTicked(move!, new Set([0, 1, 3]))).toBe(false);
  });

  it('unticked, leaves out all its spans; ticked again, keeps them all, other spans left as they were', () => {
    const off = withFormToggled(visits!, new Set([0]));
    expect([...off].sort()).toEqual([0, 2, 3]);
    expect([...withFormToggled(visits!, off)]).toEqual([0]);
    // Partly unticked by its spans' own boxes, it is still ticked: a click leaves the rest out.
    expect([...withFormToggled(move!, new Set([1]))].sort()).toEqual([0, 1, 3]);
  });

  it('does not change the set it is given', () => {
    const unticked = new Set([0]);
    withFormToggled(move!, unticked);
    expect([...unticked]).toEqual([0]);
  });
});
