/**
 * The user actions the crash worker performs, one entry each. An entry says how often it is
 * chosen (`weight`), how it moves the undo history (`history`: 'step' for an action recorded
 * as a new step, 'undo', 'redo', or 'none'), picks its arguments from the current project
 * (`pick`, null when it cannot run now), and runs them through the services (`run`, returning
 * the effect in words). To add an action, add an entry.
 */
import { historyState, redo, undo } from '../../dist/main/db/history.js';
import { getDocumentText } from '../../dist/main/db/repos/documents.js';
import { createCase, deleteCase, renameCase } from '../../dist/main/services/cases.js';
import { caseNamesInGroup } from '../../dist/main/db/repos/cases.js';
import { sameName } from '../../dist/shared/names.js';
import { applyCode, removeCoding } from '../../dist/main/services/coding.js';
import { importCaseTable, importTextFile, pasteText } from '../../dist/main/services/text-import.js';
import { codePointLength } from '../../dist/shared/offsets.js';
import { CASE_TABLE_CODER_GUID } from '../../dist/shared/case-table-coder.js';
import { writeProjectCopy } from '../../dist/main/db/project-copy.js';
import { Store } from '../../dist/main/db/store.js';
import { applyMerge, openMergeSource } from '../../dist/main/merge/merge-file.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ids = (w, sql) => w.store.db.prepare(sql).pluck().all();

export const actions = [
  {
    name: 'createCase',
    weight: 3,
    history: 'step',
    pick: (w) => {
      const name = randomName(w.rng);
      const groupId = w.rng.chance(0.5) ? (w.rng.pick(ids(w, 'SELECT id FROM case_group')) ?? null) : null;
      return nameTaken(w, name, groupId) ? null : { name, groupId };
    },
    run: (w, a) => `case ${createCase(w.ctx, a.name, a.groupId).id} "${a.name}" created`,
  },
  {
    name: 'renameCase',
    weight: 3,
    history: 'step',
    pick: (w) => {
      const id = w.rng.pick(ids(w, 'SELECT id FROM case_'));
      const name = randomName(w.rng);
      const groupId = id === undefined ? null : w.store.db.prepare('SELECT group_id FROM case_ WHERE id = ?').pluck().get(id);
      return nameTaken(w, name, groupId, id) ? null : withId(id, { name });
    },
    run: (w, a) => (renameCase(w.ctx, a.id, a.name), `case ${a.id} renamed "${a.name}"`),
  },
  {
    name: 'deleteCase',
    weight: 2,
    history: 'step',
    pick: (w) => withId(w.rng.pick(ids(w, 'SELECT id FROM case_')), {}),
    run: (w, a) => (deleteCase(w.ctx, a.id), `case ${a.id} deleted with its documents and codings`),
  },
  {
    name: 'pasteText',
    weight: 4,
    history: 'step',
    pick: (w) => withId(w.rng.pick(ids(w, 'SELECT id FROM case_')), { name: randomName(w.rng), text: randomText(w.rng) }),
    run: (w, a) => (pasteText(w.ctx, a.id, a.name, a.text), `document "${a.name}" (${a.text.length} units) pasted into case ${a.id}`),
  },
  {
    name: 'importTextFile',
    weight: 3,
    history: 'step',
    pick: (w) => withId(w.rng.pick(ids(w, 'SELECT id FROM case_')), encodeText(w.rng, randomText(w.rng))),
    run: (w, a) => {
      const report = importTextFile(w.ctx, a.id, `interview-${a.encoding}.txt`, a.bytes);
      return `file of ${a.bytes.length} bytes (${report.encoding}) imported into case ${a.id}`;
    },
  },
  {
    name: 'importCaseTable',
    weight: 2,
    history: 'step',
    pick: (w) => ({ groupName: w.rng.pick(['Programmers', 'Предприниматели', undefined]) }),
    run: (w, a) => {
      const r = importCaseTable(w.ctx, 'case-table-programmers.csv', w.caseTable, a.groupName);
      return `case table imported: ${r.casesCreated} cases, ${r.documentsCreated} documents, ${r.segmentsCreated} coded segments`;
    },
  },
  {
    name: 'applyCode',
    weight: 10,
    history: 'step',
    pick: (w) => pickSpan(w),
    run: (w, a) => `segment ${applyCode(w.ctx, a).segmentId} [${a.start}, ${a.end}) of document ${a.documentId} coded with code ${a.codeId}`,
  },
  {
    name: 'removeCoding',
    weight: 4,
    history: 'step',
    pick: (w) => withId(w.rng.pick(ids(w, 'SELECT id FROM coding')), {}),
    run: (w, a) => (removeCoding(w.ctx, a.id), `coding ${a.id} removed`),
  },
  {
    name: 'undo',
    weight: 5,
    history: 'undo',
    pick: (w) => (historyState(w.store).canUndo ? {} : null),
    run: (w) => {
      const { undoLabel } = historyState(w.store);
      undo(w.store);
      return `undid ${undoLabel}`;
    },
  },
  {
    name: 'redo',
    weight: 3,
    history: 'redo',
    pick: (w) => (historyState(w.store).canRedo ? {} : null),
    run: (w) => {
      const { redoLabel } = historyState(w.store);
      redo(w.store);
      return `redid ${redoLabel}`;
    },
  },
  {
    // A teammate's copy that went its own way: their new case and codings come in as one step.
    name: 'merge',
    weight: 2,
    history: 'step',
    pick: (w) => teammateCopy(w),
    run: async (w, a) => {
      const source = await openMergeSource(a.path, 'teammate');
      try {
        const { added } = applyMerge(w.store, source, {});
        return `merged a teammate's copy: ${added.cases} cases, ${added.segments} segments, ${added.codings} codings added`;
      } finally {
        source.dispose();
        rmSync(a.folder, { recursive: true, force: true });
      }
    },
  },
  {
    // Save a copy (whole, or without codings for a second coder) writes a second file from the
    // live project: the project must not suffer, and a finished copy is whole and opens.
    name: 'saveCopy',
    weight: 1,
    history: 'none',
    pick: (w) => ({ folder: scratchFolder(w, 'copy-'), withoutCodings: w.rng.chance(0.5) }),
    run: (w, a) => {
      const file = join(a.folder, 'copy.casecoder');
      writeProjectCopy(w.store, file, { withoutCodings: a.withoutCodings });
      // Without codings the copy has no undo step (which could bring them back), and no coding or
      // segment but a case table's valence of its cells (shared/case-table-coder.ts).
      const counts = (store) => ['coding', 'segment', 'history_step'].map((table) => store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).join(' ');
      const table = (store) => store.db.prepare('SELECT count(*), count(DISTINCT segment_id) FROM coding WHERE coder_id = (SELECT id FROM coder WHERE guid = ?)')
        .raw().get(CASE_TABLE_CODER_GUID).join(' ');
      const copy = Store.open(file);
      try {
        const expected = a.withoutCodings ? `${table(w.store)} 0` : counts(w.store);
        if (counts(copy) !== expected) throw new Error(`the copy holds ${counts(copy)} codings, segments and steps, not ${expected}`);
      } finally {
        copy.close();
      }
      rmSync(a.folder, { recursive: true, force: true });
      return `a copy of the project saved${a.withoutCodings ? ' without codings' : ''}`;
    },
  },
  {
    // Closing checkpoints the WAL into the project and deletes it: kills land there too.
    name: 'reopen',
    weight: 1,
    history: 'none',
    pick: () => ({}),
    run: (w) => (w.reopen(), 'project closed and opened again'),
  },
];

/**
 * A folder beside the project, in the test's own folder: a kill between making it and removing
 * it leaves it there, and the test removes that folder whole when it ends.
 */
function scratchFolder(w, prefix) {
  return mkdtempSync(join(dirname(w.path), prefix));
}

/** A copy of the project in which "Boris" added a case and coded some spans, in a temp folder. */
function teammateCopy(w) {
  const folder = scratchFolder(w, 'merge-');
  const path = join(folder, 'teammate.casecoder');
  w.store.db.prepare('VACUUM INTO ?').run(path);
  const theirs = Store.open(path);
  try {
    const ctx = { store: theirs, coderName: 'Boris' };
    const team = { ...w, store: theirs, ctx };
    createCase(ctx, randomName(w.rng), null);
    for (let i = 0; i < 3; i++) {
      const span = pickSpan(team);
      if (span) applyCode(ctx, span);
    }
  } finally {
    theirs.close();
  }
  return { folder, path };
}

/**
 * Whether another case of the group has the name (a case's name is unique within its group): the
 * action then waits for another turn. The kills fall at other moments in each run, so the cases a
 * seed makes differ, and a drawn name of a case there (1 in 1,000 per word) refused the action and
 * ended the worker.
 */
function nameTaken(w, name, groupId, exceptId) {
  return caseNamesInGroup(w.store, groupId).some((c) => c.id !== exceptId && sameName(c.name, name));
}

function withId(id, args) {
  return id === undefined ? null : { id, ...args };
}

/** A span of a document and a code; often an existing segment's span, to code it again. */
function pickSpan(w) {
  const codeId = w.rng.pick(ids(w, 'SELECT id FROM code'));
  if (w.rng.chance(0.3)) {
    const segment = w.rng.pick(w.store.db.prepare('SELECT document_id AS documentId, start, "end" AS "end" FROM segment').all());
    if (segment) return { ...segment, codeId };
  }
  const documentId = w.rng.pick(ids(w, 'SELECT id FROM document'));
  if (documentId === undefined) return null;
  const length = codePointLength(getDocumentText(w.store, documentId));
  const start = w.rng.int(length);
  return { documentId, start, end: start + 1 + w.rng.int(Math.min(length - start, 120)), codeId };
}

const words = ['housing', 'visa', 'wages', 'internet', 'аренда', 'паспорт', 'банк', 'соседи', 'naïve', 'café', '😀', '👩‍💻', '🇬🇪', 'e\u0301'];
const breaks = [' ', ' ', ' ', ', ', '. ', '\n', '\r\n', '\r', '\t'];

function randomName(rng) {
  return `${rng.pick(words)} ${rng.int(1000)}`;
}

/** Mixed-script text with every kind of line break; now and then large (a long transaction). */
function randomText(rng) {
  const count = rng.chance(0.015) ? 5_000 + rng.int(20_000) : 1 + rng.int(300);
  const parts = [rng.chance(0.1) ? '\uFEFF' : ''];
  for (let i = 0; i < count; i++) parts.push(rng.pick(words), rng.pick(breaks));
  return parts.join('');
}

/** The text as a file's bytes, in one of the encodings researchers' files come in. */
function encodeText(rng, text) {
  const encoding = rng.pick(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be']);
  const body = text.replace(/^\uFEFF/, '');
  const utf16le = () => Buffer.from(body, 'utf16le');
  const bytes = {
    'utf-8': () => Buffer.from(body),
    'utf-8-bom': () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body)]),
    'utf-16le': () => Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le()]),
    'utf-16be': () => Buffer.concat([Buffer.from([0xfe, 0xff]), utf16le().swap16()]),
  }[encoding]();
  return { encoding, bytes };
}
