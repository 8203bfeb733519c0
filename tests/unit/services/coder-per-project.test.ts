/**
 * The coder's name follows the project: a copy given to a second coder on the same machine keeps
 * their name, and the original comes back under the first coder's, in this session and the next
 * (settings.json), so nobody codes under a teammate's name by opening another file. A copy made
 * for a second coder, opened under the name of whoever made it, names no one until asked.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../main/services/session.js';
import { findCodeByPath } from '../../../main/db/repos/codebook.js';
import { applyCode } from '../../../main/services/coding.js';
import { pastedProject } from '../../helpers/pasted-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
afterEach(() => t.dispose());

describe('the coder name per project', () => {
  it('comes back to the name last used in each project, also after a restart', () => {
    t = newTestSession(null);
    const ours = join(t.home, 'ours.casecoder');
    const copy = join(t.home, 'copy.casecoder');
    t.session.createProject(ours);
    expect(t.session.setCoder('Ada').coderName).toBe('Ada');
    t.session.saveCopy(copy, { withoutCodings: true });

    t.session.openProject(copy);
    expect(t.session.state()).toMatchObject({ coderName: null, project: { blindCopyBy: 'Ada' } });
    t.session.setCoder('Boris');
    expect(t.session.context().coderName).toBe('Boris');

    t.session.openProject(ours);
    expect(t.session.context().coderName).toBe('Ada');

    const later = new Session({ configDir: join(t.home, 'config'), workspace: join(t.home, 'projects') });
    try {
      later.openProject(copy);
      expect(later.context().coderName).toBe('Boris');
      later.openProject(ours);
      expect(later.context().coderName).toBe('Ada');
    } finally {
      later.closeProject();
    }
  });

  it("codes a second coder's copy under the name in use where that is not its maker's", () => {
    t = newTestSession('Ada');
    const ours = join(t.home, 'ours.casecoder');
    const copy = join(t.home, 'copy.casecoder');
    t.session.createProject(ours);
    t.session.saveCopy(copy, { withoutCodings: true });
    // The second coder's own machine, where their name is set.
    const theirs = newTestSession('Boris');
    try {
      expect(theirs.session.openProject(copy).blindCopyBy).toBe('Ada');
      expect(theirs.session.context().coderName).toBe('Boris');
    } finally {
      theirs.dispose();
    }
    // A whole copy is not one for a second coder.
    const whole = join(t.home, 'whole.casecoder');
    t.session.saveCopy(whole);
    expect(t.session.openProject(whole).blindCopyBy).toBeNull();
    expect(t.session.context().coderName).toBe('Ada');
  });

  it('gives a project never coded in the name in use, and keeps it there', () => {
    t = newTestSession('Ada');
    const first = join(t.home, 'first.casecoder');
    const second = join(t.home, 'second.casecoder');
    t.session.createProject(first);
    t.session.createProject(second);
    t.session.setCoder('Boris');
    t.session.openProject(first);
    expect(t.session.context().coderName).toBe('Ada');
    t.session.openProject(second);
    expect(t.session.context().coderName).toBe('Boris');
  });
});

describe("a teammate's project", () => {
  it('names no one where others have coded and the name in use has not, until asked', () => {
    // Anna coded it, on her machine or from the command line.
    const anna = newTestSession('Anna');
    const boris = newTestSession('Boris');
    try {
      const { path, documentIds } = pastedProject(anna, 'anna.casecoder', [['P1', 'We left in May.']]);
      const ctx = anna.session.context();
      applyCode(ctx, { documentId: documentIds[0]!, start: 0, end: 7, codeId: findCodeByPath(ctx.store, 'Valence', 'Positive')!.id });
      anna.session.closeProject();
      // Boris's machine: the file is asked who codes it, not given Boris's name unasked.
      boris.session.openProject(path);
      expect(boris.session.context().coderName).toBeNull();
      boris.session.setCoder('Boris');
      boris.session.closeProject();
      boris.session.openProject(path);
      expect(boris.session.context().coderName).toBe('Boris');
      // On a third machine, a name that has coded in it (written in any case) goes on.
      const again = newTestSession('anna');
      try {
        again.session.openProject(path);
        expect(again.session.context().coderName).toBe('anna');
      } finally {
        again.dispose();
      }
    } finally {
      anna.dispose();
      boris.dispose();
    }
  });
});
