/**
 * The floor each figure is compared with, measured in the same run: the corpus's rows written
 * straight into a bare better-sqlite3 schema (the same settings as a project: WAL,
 * synchronous=FULL) and the plainest indexed queries over them. Nothing of CaseCoder runs here.
 */
import Database from 'better-sqlite3';
import { closeSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { generateDocuments, quoteOf, type CodeNode, type CorpusPlan } from './corpus/model.js';

const SCHEMA = `
  CREATE TABLE coder (id INTEGER PRIMARY KEY, guid TEXT NOT NULL, name TEXT NOT NULL);
  CREATE TABLE code (id INTEGER PRIMARY KEY, guid TEXT NOT NULL, parent_id INTEGER, framework TEXT NOT NULL, name TEXT NOT NULL);
  CREATE TABLE case_ (id INTEGER PRIMARY KEY, guid TEXT NOT NULL, name TEXT NOT NULL, grp TEXT NOT NULL);
  CREATE TABLE case_attribute (case_id INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL);
  CREATE TABLE document (id INTEGER PRIMARY KEY, guid TEXT NOT NULL, case_id INTEGER NOT NULL, name TEXT NOT NULL, text TEXT NOT NULL);
  CREATE TABLE segment (id INTEGER PRIMARY KEY, guid TEXT NOT NULL, document_id INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, quote TEXT NOT NULL, created_by INTEGER NOT NULL, created_at TEXT NOT NULL);
  CREATE TABLE coding (id INTEGER PRIMARY KEY, guid TEXT NOT NULL, segment_id INTEGER NOT NULL, code_id INTEGER NOT NULL,
    coder_id INTEGER NOT NULL, created_at TEXT NOT NULL);
  CREATE INDEX document_case ON document (case_id);
  CREATE INDEX segment_document ON segment (document_id, start);
  CREATE INDEX coding_segment ON coding (segment_id);
  CREATE INDEX coding_code ON coding (code_id, segment_id);
`;

/**
 * A bare full-text index of the documents' text, so the project's size is compared with text,
 * rows and indexes of the same kinds. Contentless (content=''), as the project's own index is:
 * the text is stored once, in its table, in both. Built after the timed rows, so the import
 * baseline stays raw inserts.
 */
export const BARE_FULL_TEXT_TABLE = 'document_fts';
const BARE_FULL_TEXT_INDEX = `CREATE VIRTUAL TABLE ${BARE_FULL_TEXT_TABLE} USING fts5(text, content = '', tokenize = 'unicode61 remove_diacritics 2')`;

export interface Baseline {
  db: Database.Database;
  file: string;
  /** Time spent writing rows (not generating them), in ms. */
  importMs: number;
  /** Time to build the bare full-text index, in ms (not in importMs). */
  fullTextIndexMs: number;
  /** Segments per document, in document order (ids 1, 2, …): to pick documents holding a given number. */
  segmentsPerDocument: number[];
}

export function buildBaseline(plan: CorpusPlan, file: string): Baseline {
  removeDatabase(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(SCHEMA);
  let importMs = 0;
  const timed = (work: () => void) => {
    const t = performance.now();
    work();
    importMs += performance.now() - t;
  };
  const insert = {
    coder: db.prepare('INSERT INTO coder (guid, name) VALUES (?, ?)'),
    code: db.prepare('INSERT INTO code (guid, parent_id, framework, name) VALUES (?, ?, ?, ?)'),
    case: db.prepare('INSERT INTO case_ (guid, name, grp) VALUES (?, ?, ?)'),
    attribute: db.prepare('INSERT INTO case_attribute (case_id, name, value) VALUES (?, ?, ?)'),
    document: db.prepare('INSERT INTO document (guid, case_id, name, text) VALUES (?, ?, ?, ?)'),
    segment: db.prepare('INSERT INTO segment (guid, document_id, start, "end", quote, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    coding: db.prepare('INSERT INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, ?, ?, ?, ?)'),
  };
  const coderIds = new Map<string, number>();
  const codeIds = new Map<CodeNode, number>();
  const caseIds: number[] = [];
  const segmentsPerDocument: number[] = [];
  timed(() => db.exec('BEGIN'));
  timed(() => {
    for (const u of plan.users) coderIds.set(u.guid, Number(insert.coder.run(u.guid, u.name).lastInsertRowid));
    const walk = (node: CodeNode, parent: number | null, framework: string) => {
      const id = Number(insert.code.run(node.guid, parent, framework, node.name).lastInsertRowid);
      codeIds.set(node, id);
      for (const child of node.children) walk(child, id, framework);
    };
    for (const f of plan.frameworks) walk(f, null, f.name);
    for (const c of plan.cases) {
      const id = Number(insert.case.run(c.guid, c.name, c.group).lastInsertRowid);
      caseIds.push(id);
      insert.attribute.run(id, 'Profession', c.profession);
      insert.attribute.run(id, 'City', c.city);
      insert.attribute.run(id, 'Age', String(c.age));
    }
  });
  for (const doc of generateDocuments(plan)) {
    timed(() => {
      const documentId = Number(insert.document.run(doc.plan.guid, caseIds[doc.plan.caseIndex]!, doc.plan.name, doc.text).lastInsertRowid);
      for (const s of doc.selections) {
        const segmentId = Number(insert.segment.run(s.guid, documentId, s.start, s.end, quoteOf(doc.text, s), coderIds.get(s.user.guid)!, s.created).lastInsertRowid);
        for (const c of s.codings) insert.coding.run(c.guid, segmentId, codeIds.get(c.code)!, coderIds.get(c.user.guid)!, c.created);
      }
      segmentsPerDocument.push(doc.selections.length);
    });
  }
  timed(() => db.exec('COMMIT'));
  const fullText = performance.now();
  db.exec(`${BARE_FULL_TEXT_INDEX}; INSERT INTO ${BARE_FULL_TEXT_TABLE} (rowid, text) SELECT id, text FROM document`);
  const fullTextIndexMs = performance.now() - fullText;
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { db, file, importMs, fullTextIndexMs, segmentsPerDocument };
}

/** A database file and its WAL and shared-memory files, so a rerun in the same folder starts clean. */
export function removeDatabase(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
}

/** Bytes of the pages of the tables and indexes whose names start with one of `prefixes` (SQLite's dbstat). */
export function objectBytes(file: string, prefixes: string[]): number {
  const db = new Database(file, { readonly: true });
  try {
    const like = prefixes.map(() => 'name LIKE ?').join(' OR ');
    return (db.prepare(`SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE ${like}`).pluck().get(...prefixes.map((p) => `${p}%`)) as number);
  } finally {
    db.close();
  }
}

/** Bytes of the WAL file and of the database's free pages: space the file holds beyond its rows. */
export function slackBytes(file: string): { wal: number; free: number } {
  let wal = 0;
  try { wal = statSync(`${file}-wal`).size; } catch { wal = 0; }
  const db = new Database(file, { readonly: true });
  try {
    return { wal, free: (db.pragma('freelist_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number) };
  } finally {
    db.close();
  }
}

/** Bytes on disk: the database and its WAL (the baseline's after a checkpoint; a project's as the app left it). */
export function databaseBytes(file: string): number {
  const size = (f: string) => { try { return statSync(f).size; } catch { return 0; } };
  return size(file) + size(`${file}-wal`);
}

/** Median ms of `runs` calls (after one warm-up). */
export function medianMs(runs: number, work: () => unknown): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  return percentile(times, 50);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** The bare indexed GROUP BY every count table is compared with: codings per code and case. */
export function groupByCount(db: Database.Database): unknown[] {
  return db.prepare(
    `SELECT d.case_id, c.code_id, count(*) AS n FROM coding c
     JOIN segment s ON s.id = c.segment_id JOIN document d ON d.id = s.document_id
     GROUP BY d.case_id, c.code_id`,
  ).all();
}

/** A segment table's first page, straight from SQL: filtered by code, sorted by quote, counted. */
export function segmentPage(db: Database.Database, codeGuid: string): unknown[] {
  const total = db.prepare('SELECT count(*) AS n FROM coding c JOIN code k ON k.id = c.code_id WHERE k.guid = ?').get(codeGuid);
  const rows = db.prepare(
    `SELECT s.id, s.start, s."end", s.quote, d.name FROM segment s JOIN document d ON d.id = s.document_id
     WHERE s.id IN (SELECT c.segment_id FROM coding c JOIN code k ON k.id = c.code_id WHERE k.guid = ?)
     ORDER BY s.quote LIMIT 200`,
  ).all(codeGuid);
  return [total, rows];
}

/** The same page filtered by group instead, newest first. */
export function segmentPageByGroup(db: Database.Database, group: string): unknown[] {
  const filter = 'FROM segment s JOIN document d ON d.id = s.document_id JOIN case_ c ON c.id = d.case_id WHERE c.grp = ?';
  const total = db.prepare(`SELECT count(*) AS n ${filter}`).get(group);
  const rows = db.prepare(`SELECT s.id, s.start, s."end", s.quote, d.name ${filter} ORDER BY s.created_at DESC LIMIT 200`).all(group);
  return [total, rows];
}

/** Every coding of the first `documents` documents as CSV rows, streamed to a file: the export floor. */
export function csvDump(db: Database.Database, file: string, documents = Number.MAX_SAFE_INTEGER): number {
  const fd = openSync(file, 'w');
  let rows = 0;
  try {
    const statement = db.prepare(
      `SELECT cs.name AS case_name, d.name AS document, k.name AS code, u.name AS coder, s.quote FROM coding c
       JOIN segment s ON s.id = c.segment_id JOIN document d ON d.id = s.document_id JOIN case_ cs ON cs.id = d.case_id
       JOIN code k ON k.id = c.code_id JOIN coder u ON u.id = c.coder_id WHERE d.id <= ? ORDER BY c.id`,
    );
    let chunk: string[] = [];
    for (const row of statement.iterate(documents) as Iterable<Record<string, string>>) {
      chunk.push(Object.values(row).map((v) => `"${String(v).replace(/"/g, '""')}"`).join(',') + '\n');
      if (chunk.length >= 5000) {
        writeSync(fd, chunk.join(''));
        chunk = [];
      }
      rows++;
    }
    writeSync(fd, chunk.join(''));
  } finally {
    closeSync(fd);
  }
  return rows;
}

/** One durable INSERT per call (WAL, synchronous=FULL, its own transaction): the floor of one coding. */
export function rawCodingInserts(db: Database.Database, count: number): number[] {
  const insert = db.prepare("INSERT INTO coding (guid, segment_id, code_id, coder_id, created_at) VALUES (?, 1, 1, 1, '2026-11-30')");
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    insert.run(`bench-${i}`);
    times.push(performance.now() - t);
  }
  return times;
}
