/** A project file in a temp folder, with the default codebook, for the backup tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCases } from '../../../main/db/repos/cases.js';
import { Store } from '../../../main/db/store.js';
import { seedDefaultCodebook } from '../../../main/services/codebook.js';
import { createCase } from '../../../main/services/cases.js';

export interface TempProject {
  home: string;
  path: string;
  store: Store;
  addCase(name: string): void;
  dispose(): void;
}

export function tempProject(): TempProject {
  const home = mkdtempSync(join(tmpdir(), 'casecoder-backup-'));
  const path = join(home, 'study.casecoder');
  const project: TempProject = {
    home,
    path,
    store: Store.create(path, 'study'),
    addCase(name) {
      createCase({ store: project.store, coderName: 'Ada' }, name, null);
    },
    dispose() {
      if (project.store.db.open) project.store.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
  seedDefaultCodebook(project.store);
  return project;
}

/** The case names in a project file, read by opening it as the app would. */
export function caseNames(path: string): string[] {
  const store = Store.open(path);
  try {
    return listCases(store).map((c) => c.name);
  } finally {
    store.close();
  }
}
