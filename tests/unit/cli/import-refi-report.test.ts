/**
 * How `casecoder import` words a REFI-QDA report: what was not carried reads as a count and
 * the kind as written ("2 × duplicate coding (…)"), never the kind with an s stuck on; notes in
 * their English words.
 */
import { describe, expect, it } from 'vitest';
import { describeRefi } from '../../../main/cli/commands/import.js';
import type { RefiImportReport } from '../../../shared/refi-report.js';

const report = (notCarried: RefiImportReport['notCarried']): RefiImportReport => ({
  fileName: 'study.qdpx', format: 'qdpx', origin: 'QualCoder 3.6',
  created: { cases: 1, documents: 2, codes: 3, segments: 4, codings: 5, coders: 1, attributes: 0, memos: 0, frameworks: 0, groups: 0, sets: 0 },
  notCarried, notes: [{ code: 'sourceOwnCase', params: { count: 1, examples: 'Anna' }, text: '1 source(s) in no case became a case of their own name: Anna.' }],
});

describe('the REFI-QDA import report on the command line', () => {
  it('counts each kind not carried without changing its words, with a few examples', () => {
    const outcome = describeRefi(report([
      { kind: 'duplicate coding (same span, code and coder)', count: 2, examples: ['Anna 0–12', 'Boris 5–9'] },
      { kind: 'pdf source', count: 1, examples: ['scan.pdf'] },
      { kind: 'link', count: 3, examples: [] },
    ]));
    expect(outcome.summary).toBe('created 1 case, 2 documents, 3 codes, 4 segments, 5 codings, 1 coder, 0 attributes, 0 memos (qdpx from QualCoder 3.6)');
    expect(outcome.warnings).toEqual([
      'not carried: 2 × duplicate coding (same span, code and coder), e.g. Anna 0–12; Boris 5–9',
      'not carried: 1 × pdf source, e.g. scan.pdf',
      'not carried: 3 × link',
      '1 source(s) in no case became a case of their own name: Anna.',
    ]);
  });
});
