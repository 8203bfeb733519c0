/** A teammate's file that is refused is named as the user named it, never as CaseCoder's temporary copy. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openMergeSource } from '../../../main/merge/merge-file.js';
import { PendingMerges } from '../../../main/merge/pending-merges.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { alter, RECURSIVE_CASE_GROUP, writeProject } from '../db/untrusted-helpers.js';
import { refusal } from '../../helpers/refusal.js';
import { useFilesOnDisk } from '../../helpers/file-on-disk.js';

const onDisk = useFilesOnDisk();

let t: TestSession;
beforeEach(() => {
  t = newTestSession('Ada');
});
afterEach(() => t.dispose());

describe('the teammate\'s file in merge messages', () => {
  it('is the path given, in the message and in params.path', async () => {
    const theirs = writeProject(t.session, 'theirs');
    alter(theirs, RECURSIVE_CASE_GROUP);
    const error = await refusal(() => openMergeSource(theirs));
    // Not projectAltered: the app offers to salvage that from a path, which an upload has not.
    expect(error.code).toBe('mergeSourceAltered');
    expect(error.message.startsWith(`${theirs} was changed outside CaseCoder (+view case_group) and was not merged; ask whoever sent it`)).toBe(true);
    expect(error.params.path).toBe(theirs);
  });

  it('is the uploaded file\'s name, not the temporary file it was written to', async () => {
    const theirs = writeProject(t.session, 'theirs');
    alter(theirs, RECURSIVE_CASE_GROUP);
    t.session.createProject('ours');
    const merges = new PendingMerges();
    const error = await refusal(() => merges.plan(t.session.context().store, onDisk('theirs.casecoder', readFileSync(theirs)), 'team/theirs.casecoder', true));
    expect(error.message).toMatch(/^team\/theirs\.casecoder was changed outside CaseCoder .*casecoder salvage team\/theirs\.casecoder /);
    expect(error.params.path).toBe('team/theirs.casecoder');
    expect(JSON.stringify(error.params)).not.toMatch(/casecoder-(merge|upload)-/);
  });

  it('that does not exist is told as a missing project', async () => {
    const error = await refusal(() => openMergeSource(join(t.home, 'nowhere.casecoder')));
    expect(error.code).toBe('projectNotFound');
    expect(error.params.path).toBe(join(t.home, 'nowhere.casecoder'));
  });
});
