import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeCounts, findCodeByPath } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { createCase } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { pasteText } from '../../../main/services/text-import.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('counts');
});
afterEach(() => t.dispose());

describe('code counts', () => {
  it('counts per code the distinct segments, the distinct cases and every coding; unused codes count zero', () => {
    const ada = t.session.context();
    const boris = { ...ada, coderName: 'Boris' };
    const store = ada.store;
    const positive = findCodeByPath(store, 'Valence', 'Positive')!.id;
    const negative = findCodeByPath(store, 'Valence', 'Negative')!.id;
    const documentOf = (name: string) => {
      const item = createCase(ada, name, null);
      pasteText(ada, item.id, 'Interview', 'Good internet here. Bad rent prices. Fine.');
      return listDocuments(store, item.id)[0]!.id;
    };
    const [first, second] = [documentOf('P1'), documentOf('P2')];
    // One segment coded Positive by two coders, another in the same case, one in the other case.
    applyCode(ada, { documentId: first, start: 0, end: 19, codeId: positive });
    applyCode(boris, { documentId: first, start: 0, end: 19, codeId: positive });
    applyCode(ada, { documentId: first, start: 37, end: 42, codeId: positive });
    applyCode(ada, { documentId: second, start: 0, end: 19, codeId: positive });
    applyCode(ada, { documentId: second, start: 20, end: 36, codeId: negative });

    const counts = new Map(codeCounts(store).map((c) => [c.codeId, c]));
    expect(counts.get(positive)).toEqual({ codeId: positive, segments: 3, cases: 2, codings: 4 });
    expect(counts.get(negative)).toEqual({ codeId: negative, segments: 1, cases: 1, codings: 1 });
    const others = [...counts.values()].filter((c) => c.codeId !== positive && c.codeId !== negative);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((c) => c.segments === 0 && c.cases === 0 && c.codings === 0)).toBe(true);
    expect([...counts.keys()]).toEqual([...counts.keys()].sort((a, b) => a - b));
  });
});
