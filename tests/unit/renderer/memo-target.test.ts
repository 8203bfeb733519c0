/**
 * The memo list names what a memo is on: a case, or a document, with the case's group once the
 * project has groups, as every list of several cases does; a code as it is; a passage (a segment,
 * a coding) by its quote and where it is, as two like quotes were told apart only by opening them.
 */
import { describe, expect, it } from 'vitest';
import { memoTarget } from '../../../renderer/src/memo-target.js';

const groups = [{ id: 1, name: 'Entrepreneurs' }];
const none = { caseName: null, groupName: null, documentName: null };

describe('memoTarget', () => {
  it('names a case and a document with the case\'s group', () => {
    expect(memoTarget({ targetKind: 'case', targetLabel: '4', caseName: '4', groupName: 'Entrepreneurs', documentName: null }, groups)).toBe('Entrepreneurs · 4');
    expect(memoTarget({ targetKind: 'document', targetLabel: '4 — Positive facts', caseName: '4', groupName: 'Entrepreneurs', documentName: null }, groups))
      .toBe('Entrepreneurs · 4 — Positive facts');
  });

  it('names a case alone without groups, and a code as it is', () => {
    expect(memoTarget({ targetKind: 'document', targetLabel: 'Interview', caseName: 'Anna', groupName: null, documentName: null }, [])).toBe('Anna — Interview');
    expect(memoTarget({ targetKind: 'code', targetLabel: 'Positive', ...none }, groups)).toBe('Positive');
  });

  it('names a segment and a coding by their quote, then their case and document', () => {
    const emil = { caseName: 'Emil', groupName: 'Entrepreneurs', documentName: 'Emil — interview' };
    expect(memoTarget({ targetKind: 'segment', targetLabel: 'Winter smog worries me.', ...emil }, groups))
      .toBe('Winter smog worries me. (Entrepreneurs · Emil — interview)');
    expect(memoTarget({ targetKind: 'coding', targetLabel: 'Negative · Winter smog worries me.', ...emil }, []))
      .toBe('Negative · Winter smog worries me. (Emil — interview)');
  });
});
