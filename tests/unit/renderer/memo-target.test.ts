/**
 * The memo list names what a memo is on: a case, or a document, with the case's group once the
 * project has groups, as every list of several cases does; a code or a segment's quote as it is.
 */
import { describe, expect, it } from 'vitest';
import { memoTarget } from '../../../renderer/src/memo-target.js';

const groups = [{ id: 1, name: 'Entrepreneurs' }];

describe('memoTarget', () => {
  it('names a case and a document with the case\'s group', () => {
    expect(memoTarget({ targetKind: 'case', targetLabel: '4', caseName: '4', groupName: 'Entrepreneurs' }, groups)).toBe('Entrepreneurs · 4');
    expect(memoTarget({ targetKind: 'document', targetLabel: '4 — Positive facts', caseName: '4', groupName: 'Entrepreneurs' }, groups))
      .toBe('Entrepreneurs · 4 — Positive facts');
  });

  it('names a case alone without groups, and a code or a quote as it is', () => {
    expect(memoTarget({ targetKind: 'document', targetLabel: 'Interview', caseName: 'Anna', groupName: null }, [])).toBe('Anna — Interview');
    expect(memoTarget({ targetKind: 'code', targetLabel: 'Positive', caseName: null, groupName: null }, groups)).toBe('Positive');
    expect(memoTarget({ targetKind: 'segment', targetLabel: 'Low wages.', caseName: null, groupName: null }, groups)).toBe('Low wages.');
  });
});
