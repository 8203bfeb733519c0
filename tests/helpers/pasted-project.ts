/** A project in a test session's folder with one pasted document per case, for the command line's tests to open. */
import { join } from 'node:path';
import { listDocuments } from '../../main/db/repos/documents.js';
import { createCase } from '../../main/services/cases.js';
import { pasteText } from '../../main/services/text-import.js';
import type { TestSession } from './project.js';

/** Creates `file` in `t.home`, open, with a document «Interview» per [case, text]; its path and the documents' ids. */
export function pastedProject(t: TestSession, file: string, documents: [caseName: string, text: string][]): { path: string; documentIds: number[] } {
  const path = join(t.home, file);
  t.session.createProject(path);
  const ctx = t.session.context();
  const documentIds = documents.map(([name, text]) => {
    const { id } = createCase(ctx, name, null);
    pasteText(ctx, id, 'Interview', text);
    return listDocuments(ctx.store, id)[0]!.id;
  });
  return { path, documentIds };
}
