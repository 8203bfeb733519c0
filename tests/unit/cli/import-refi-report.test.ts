/**
 * How `casecoder import` words a REFI-QDA report: what was not carried reads as its kind, a count
 * and a few examples, and the notes say what was done, in the system's language as the app says them.
 */
import { describe, expect, it } from 'vitest';
import { describeRefi } from '../../../main/cli/commands/import.js';
import { messagesFor } from '../../../main/cli/messages.js';
import type { RefiImportReport } from '../../../shared/refi-report.js';

const report: RefiImportReport = {
  fileName: 'study.qdpx', format: 'qdpx', origin: 'QualCoder 3.6',
  created: { cases: 1, documents: 2, codes: 3, segments: 4, codings: 5, coders: 1, attributes: 0, memos: 0, frameworks: 0, groups: 0, sets: 0 },
  notCarried: [
    { kind: 'duplicate coding (same span, code and coder)', count: 2, examples: ['Anna 0–12', 'Boris 5–9'] },
    { kind: 'pdf source', count: 1, examples: ['scan.pdf'] },
    { kind: 'link', count: 3, examples: [] },
  ],
  notes: [{ code: 'sourceOwnCase', params: { count: 1, examples: 'Anna' }, text: '1 source(s) in no case became a case of their own name: Anna.' }],
};

describe('the REFI-QDA import report on the command line', () => {
  it('lists each kind not carried with its count and a few examples, and the notes', () => {
    const outcome = describeRefi(messagesFor({ LANG: 'en_US.UTF-8' }), report);
    expect(outcome.summary).toBe('created 1 case, 2 documents, 3 codes, 4 segments, 5 codings, 1 coder, 0 attributes, 0 memos (qdpx from QualCoder 3.6)');
    expect(outcome.warnings).toEqual([
      'not carried: duplicate coding (same span, code and coder): 2 (Anna 0–12; Boris 5–9)',
      'not carried: PDF source: 1 (scan.pdf)',
      'not carried: link: 3',
      'Sources in no case, each made a case of its own name: 1 (Anna).',
    ]);
  });

  it('says them in Russian under a Russian locale, and in Kazakh under a Kazakh one', () => {
    const russian = describeRefi(messagesFor({ LANG: 'C', LC_MESSAGES: 'ru_RU.UTF-8' }), report).warnings;
    expect(russian[0]).toMatch(/^не перенесено: .*[а-я].*: 2 \(Anna 0–12; Boris 5–9\)$/);
    expect(russian[3]).toBe('Источники без кейса стали отдельными кейсами под своими именами: 1 (Anna).');
    const kazakh = describeRefi(messagesFor({ LC_ALL: 'kk_KZ.UTF-8', LANG: 'ru_RU.UTF-8' }), report).warnings;
    expect(kazakh.slice(1, 3)).toEqual(['көшірілмеді: дереккөз (PDF): 1 (scan.pdf)', 'көшірілмеді: байланыс: 3']);
  });
});
