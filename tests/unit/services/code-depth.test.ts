/**
 * What the app writes itself stays within what its open check accepts (db/row-probes.ts): codes
 * nest at most MAX_CODE_DEPTH levels, whether added or moved, and a pasted text is no longer than
 * an imported one (review-hostile-1207 #3, #16).
 */
import { describe, expect, it } from 'vitest';
import { checkFileInWorker } from '../../../main/db/file-check.js';
import { importLimits } from '../../../main/import/limits.js';
import { codeLabels } from '../../../main/analysis/code-labels.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { createCase } from '../../../main/services/cases.js';
import { createCode, moveCode } from '../../../main/services/codebook.js';
import { pasteDocument } from '../../../main/services/document-import.js';
import { MAX_CODE_DEPTH } from '../../../shared/code-tree.js';
import type { Codebook } from '../../../shared/entities.js';
import { newTestSession } from '../../helpers/project.js';

describe('the codebook\'s depth', () => {
  it(`takes a code at level ${MAX_CODE_DEPTH}, refuses one below it and a move that would put codes deeper, and the file opens`, () => {
    const t = newTestSession();
    try {
      const { path } = t.session.createProject('deep');
      const ctx = t.session.context();
      const frameworkId = getCodebook(ctx.store).frameworks[0]!.id;
      const add = (parentId: number | null, name: string) => createCode(ctx, { frameworkId, parentId, name, description: '' }).id;
      let parent: number | null = null;
      const chain: number[] = [];
      for (let level = 1; level <= MAX_CODE_DEPTH; level++) chain.push(parent = add(parent, `Level ${level}`));
      expect(() => add(parent, 'One too deep')).toThrow(expect.objectContaining({ code: 'codeTooDeep' }));
      // A code with one sub-code fits under level 98 (99, 100), not under level 99.
      const top = add(null, 'Pair');
      add(top, 'Under the pair');
      moveCode(ctx, top, chain[MAX_CODE_DEPTH - 3]!, 0);
      moveCode(ctx, top, null, 0);
      expect(() => moveCode(ctx, top, chain[MAX_CODE_DEPTH - 2]!, 0)).toThrow(expect.objectContaining({ code: 'codeTooDeep' }));
      t.session.closeProject();
      expect(checkFileInWorker(path).kind).toBe('ok');
    } finally {
      t.dispose();
    }
  });

  it('labels codes whose parents are each other in a few names, where the walk up never ended (review-hostile-1207 #2)', () => {
    const codebook: Codebook = {
      frameworks: [{ id: 1, name: 'Valence', exclusive: false }],
      codes: [
        { id: 1, frameworkId: 1, parentId: 2, name: 'Positive', color: '#000000', description: '' },
        { id: 2, frameworkId: 1, parentId: 1, name: 'Negative', color: '#000000', description: '' },
        { id: 3, frameworkId: 1, parentId: 3, name: 'Itself', color: '#000000', description: '' },
      ],
    } as Codebook;
    expect(codeLabels(codebook, codebook.codes, false).map((l) => l.label)).toEqual(['Positive', 'Negative', 'Itself']);
  });
});

describe('a pasted text', () => {
  it('is refused past the import limit, which the open check holds a project to', async () => {
    const t = newTestSession();
    try {
      t.session.createProject('paste');
      const ctx = t.session.context();
      const anna = createCase(ctx, 'Anna', null);
      await expect(pasteDocument(ctx, anna.id, 'Long', 'a'.repeat(importLimits.maxTextChars + 1))).rejects.toMatchObject({
        code: 'pastedTooLong', params: { name: 'Long', limit: importLimits.maxTextChars },
      });
    } finally {
      t.dispose();
    }
  });
});
