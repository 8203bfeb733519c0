/**
 * A REFI-QDA import written while its file is still parsed (jobs/refi-parse-ahead.ts, a real
 * worker thread bundled from the sources): it ends exactly as an import of the file parsed whole
 * does; a file refused only once read whole, or whose write stumbles first, is refused with the
 * parser's message and leaves the project as it was; a file that lists its cases after its
 * sources, against the schema's order, is refused.
 */
import { randomUUID } from 'node:crypto';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { redo, undo } from '../../../main/db/history.js';
import { readRefiParts } from '../../../main/jobs/refi-parse-ahead.js';
import { runWriteJob } from '../../../main/jobs/run-write-job.js';
import { jobCancelled } from '../../../main/jobs/write-job-protocol.js';
import { importRefi, writeRefi } from '../../../main/refi/import.js';
import { wholeProjectParts } from '../../../main/refi/project-parts.js';
import { parseRefi } from '../../../main/refi/parse-project.js';
import { exclusiveSet } from '../../../main/refi/conventions.js';
import { content, useProjects } from './job-test-helpers.js';
import { useJobWorkers } from './worker-bundle.js';
import { useFilesOnDisk } from '../../helpers/file-on-disk.js';

const onDisk = useFilesOnDisk();

useJobWorkers();

const project = useProjects();

type Layout = 'schema order' | 'cases after sources' | 'cases before and after sources';

/**
 * A package using what depends on the order of writing: cases naming sources and selections,
 * a case without a name, a source in two cases, one in none, a member that is no text source,
 * an exclusive framework (its set follows the sources), a note linked to a selection.
 */
/** The file's Valence: codes of its own, or exactly a new project's (marked exclusive in the file or not). */
type Valence = 'own codes' | 'ours, exclusive' | 'ours, not exclusive';

function studyPackage({
  layout = 'schema order' as Layout, duplicateSelection = false, danglingSetMember = false, valenceCodes = 'own codes' as Valence, selectionNote = 'none' as 'none' | 'defined' | 'dangling',
} = {}): Buffer {
  const g = () => randomUUID();
  const [ada, bob, valence, good, bad, loose, group, age] = [g(), g(), g(), g(), g(), g(), g(), g()];
  const [s1, s2, s3, s4, pdf, sel1, sel3, note] = [g(), g(), g(), g(), g(), g(), g(), g()];
  const texts = ['Первый рассказ о работе и семье.', 'Second account: housing, visas.', 'Үшінші әңгіме — тіл туралы.', 'A fourth, in no case.'];
  const files: Record<string, Uint8Array> = {};
  texts.forEach((text, i) => { files[`sources/s${i + 1}.txt`] = Buffer.from(text, 'utf8'); });
  const noteRef = { none: '', defined: `<NoteRef targetGUID="${note}"/>`, dangling: `<NoteRef targetGUID="${g()}"/>` }[selectionNote];
  const selection = (guid: string, start: number, end: number, user: string, code: string) =>
    `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}" creatingUser="${user}">` +
    `<Coding guid="${g()}" creatingUser="${user}"><CodeRef targetGUID="${code}"/></Coding>${guid === sel1 ? noteRef : ''}</PlainTextSelection>`;
  const cases = '<Cases>' +
    `<Case guid="${g()}" name="Anna"><VariableValue><VariableRef targetGUID="${group}"/><TextValue>North</TextValue></VariableValue>` +
    `<VariableValue><VariableRef targetGUID="${age}"/><IntegerValue>41</IntegerValue></VariableValue><SourceRef targetGUID="${s1}"/><SourceRef targetGUID="${s2}"/></Case>` +
    `<Case guid="${g()}"><SelectionRef targetGUID="${sel3}"/></Case>` +
    `<Case guid="${g()}" name="Both"><SourceRef targetGUID="${s2}"/><SourceRef targetGUID="${pdf}"/></Case>` +
    '</Cases>';
  const sources = '<Sources>' +
    `<TextSource guid="${s1}" name="One" plainTextPath="internal://s1.txt">${selection(sel1, 0, 6, ada, good)}${selection(g(), 7, 14, bob, bad)}</TextSource>` +
    `<TextSource guid="${s2}" name="Two" plainTextPath="internal://s2.txt">${selection(g(), 0, 6, bob, loose)}</TextSource>` +
    `<TextSource guid="${s3}" name="Three" plainTextPath="internal://s3.txt">${selection(sel3, 0, 6, ada, good)}</TextSource>` +
    `<TextSource guid="${s4}" name="Alone" plainTextPath="internal://s4.txt" creatingUser="${bob}">` +
    `${selection(duplicateSelection ? sel1 : g(), 2, 8, ada, bad)}<Coding guid="${g()}" creatingUser="${bob}"><CodeRef targetGUID="${loose}"/></Coding></TextSource>` +
    `<PDFSource guid="${pdf}" name="Scan" path="internal://scan.pdf"/>` +
    '</Sources>';
  const xml = '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="Study" origin="Test">' +
    `<Users><User guid="${ada}" name="Ada"/><User guid="${bob}" name="Bob"/></Users>` +
    `<CodeBook><Codes><Code guid="${valence}" name="Valence" isCodable="false">` +
    (valenceCodes === 'own codes'
      ? `<Code guid="${good}" name="Good" isCodable="true"/><Code guid="${bad}" name="Bad" isCodable="true"/>`
      : `<Code guid="${good}" name="Positive" isCodable="true"/><Code guid="${bad}" name="Negative" isCodable="true"/><Code guid="${g()}" name="Forecast" isCodable="true"/>`) +
    `</Code><Code guid="${loose}" name="Loose" isCodable="true"/></Codes></CodeBook>` +
    `<Variables><Variable guid="${group}" name="Group" typeOfVariable="Text"/><Variable guid="${age}" name="Age" typeOfVariable="Integer"/></Variables>` +
    (layout === 'cases after sources' ? '' : cases) +
    sources +
    (layout === 'schema order' ? '' : cases) +
    `<Notes><Note guid="${note}" name="On the first"><PlainTextContent>Worth a second look.</PlainTextContent></Note></Notes>` +
    `<Links><Link guid="${g()}" name="about" originGUID="${note}" targetGUID="${sel1}"/></Links>` +
    `<Sets>${valenceCodes === 'ours, not exclusive' ? '' : `<Set guid="${g()}" name="${exclusiveSet('en').name}"><MemberCode targetGUID="${valence}"/></Set>`}` +
    `<Set guid="${g()}" name="Picked"><MemberSource targetGUID="${s3}"/>${danglingSetMember ? `<MemberCode targetGUID="${g()}"/>` : ''}</Set></Sets>` +
    '</Project>';
  files['project.qde'] = Buffer.from(xml, 'utf8');
  return Buffer.from(zipSync(files));
}

describe('a REFI-QDA import written while the file is parsed', () => {
  it('hands the head, then each source, to the import before the file is read whole', async () => {
    const events: string[] = [];
    const parsed = parseRefi('study.qdpx', studyPackage(), {
      head: (head) => events.push(`head: ${head.cases.length} cases, ${head.users.length} users`),
      source: (source, done, total) => events.push(`${source.name}: ${done} of ${total}`),
    });
    const project = await parsed;
    expect(events).toEqual(['head: 3 cases, 2 users', 'One: 1 of 4', 'Two: 2 of 4', 'Three: 3 of 4', 'Alone: 4 of 4']);
    // The sink has them: the parser keeps only what the checks of the whole file need.
    expect(project.sources).toEqual([]);
    expect(project.notes.map((n) => n.name)).toEqual(['On the first']);
  });

  it('ends as an import of the file parsed whole does: rows, history and report', async () => {
    const bytes = studyPackage();
    const whole = project();
    const expected = await importRefi(whole.t.session.context(), 'study.qdpx', bytes);
    const streamed = project();
    const before = content(streamed.store);
    const report = await runWriteJob(streamed.t.session.context(), 'refi.import', { fileName: 'study.qdpx', path: onDisk('study.qdpx', bytes) });
    expect(report).toEqual(expected);
    expect(content(streamed.store)).toEqual(content(whole.store));
    // What depends on the file's order came out right, not merely alike.
    const cases = streamed.store.prepare(
      `SELECT c.name AS caseName, group_concat(d.name, ',') AS documents FROM case_ c LEFT JOIN document d ON d.case_id = c.id
       WHERE c.name IN ('Anna', 'Three', 'Both', 'Alone') GROUP BY c.id ORDER BY c.id`,
    ).all();
    expect(cases).toEqual([
      { caseName: 'Anna', documents: 'One,Two' }, { caseName: 'Three', documents: 'Three' },
      { caseName: 'Both', documents: null }, { caseName: 'Alone', documents: 'Alone' },
    ]);
    // The file's Valence (its own codes: a framework of its own) is exclusive, as its set says.
    expect(streamed.store.prepare("SELECT exclusive FROM framework WHERE name = 'Valence (2)'").pluck().get()).toBe(1);
    expect(report.notes.map((n) => n.text)).toEqual(expect.arrayContaining([
      '1 source(s) belong to several cases; each went to its first case only (not also in: Two → Both).',
      '1 source(s) in no case became a case of their own name: Alone.',
    ]));
    expect(report.notCarried).toEqual(expect.arrayContaining([
      { kind: 'pdf source', count: 1, examples: ['Scan'] },
      { kind: 'case member that is not a text source', count: 1, examples: ['Both'] },
    ]));
    expect(report.created).toMatchObject({ cases: 4, documents: 4, segments: 6, codings: 6, memos: 1 });
    // One step, undone and redone whole (the exclusive mark, an update after the inserts, with it).
    const after = content(streamed.store);
    undo(streamed.store);
    expect(content(streamed.store).framework).toEqual(before.framework);
    expect(content(streamed.store).document).toEqual([]);
    redo(streamed.store);
    // The full-text index's own pages are laid out anew (its rows are the same documents').
    const rows = (all: Record<string, string[]>) => Object.fromEntries(Object.entries(all).filter(([table]) => !table.startsWith('document_search_')));
    expect(rows(content(streamed.store))).toEqual(rows(after));
  });

  it('says it is finishing once every source is in, and not before', async () => {
    // The count stood at "4 of 4" while the held-back codings, the indexes and the save were
    // done: the job's progress now says so (the CLI's line and the app's bar show it).
    const target = project();
    const reports: [number, number, string | undefined][] = [];
    writeRefi(target.t.session.context(), 'study.qdpx', wholeProjectParts(await parseRefi('study.qdpx', studyPackage())), (done, total, stage) => {
      reports.push([done, total, stage]);
    });
    const finishing = reports.findIndex((report) => report[2] === 'finishing');
    expect(finishing).toBeGreaterThan(0);
    expect(reports.slice(0, finishing).every((report) => report[2] === undefined && report[0] <= 4)).toBe(true);
    expect(reports.slice(0, finishing).some((report) => report[0] === 4)).toBe(true);
    expect(reports.slice(finishing)).toEqual(reports.slice(finishing).map(() => [4, 4, 'finishing']));
  });

  it('lets a cancel through once the indexes are rebuilt, before the save', async () => {
    // Ctrl+C while the CLI said "finishing" printed "cancelling…", and the import went on to the
    // end (exit 0): nothing was reported after the deferred indexes were rebuilt, so no cancel was read.
    const target = project();
    const before = content(target.store);
    const parts = wholeProjectParts(await parseRefi('study.qdpx', studyPackage()));
    const indexed = () => target.store.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'segment_guid_idx'").pluck().get() === 1;
    let dropped = false;
    expect(() => writeRefi(target.t.session.context(), 'study.qdpx', parts, (_done, _total, stage) => {
      dropped ||= !indexed();
      if (stage === 'finishing' && dropped && indexed()) throw jobCancelled();
    })).toThrow(expect.objectContaining({ code: 'jobCancelled' }));
    expect(content(target.store)).toEqual(before);
  });

  it('indexes a source handed on without its index columns as one handed on with them', async () => {
    // The parser computes a source's columns only while the writer is busy (refi-parse-worker.ts);
    // otherwise the writer computes them. Which one did must not show in the project.
    const bytes = studyPackage();
    const withColumns = project();
    await importRefi(withColumns.t.session.context(), 'study.qdpx', bytes);
    const without = project();
    const parts = wholeProjectParts(await parseRefi('study.qdpx', bytes));
    let handed = 0;
    writeRefi(without.t.session.context(), 'study.qdpx', {
      head: () => parts.head(),
      tail: () => parts.tail(),
      explain: (error) => parts.explain(error),
      close: () => parts.close(),
      nextSource: () => {
        const part = parts.nextSource();
        if (part?.source.text) handed++;
        return part && { ...part, columns: null };
      },
    });
    expect(handed).toBe(4);
    expect(without.store.prepare("SELECT count(*) FROM document_search WHERE document_search MATCH 'рассказ OR туралы'").pluck().get()).toBe(2);
    expect(content(without.store)).toEqual(content(withColumns.store));
  });

  it("a category that is one of ours waits for the file's sets: reused when both are exclusive, copied when not", async () => {
    for (const valenceCodes of ['ours, exclusive', 'ours, not exclusive'] as const) {
      const bytes = studyPackage({ valenceCodes });
      const whole = project();
      const expected = await importRefi(whole.t.session.context(), 'study.qdpx', bytes);
      const streamed = project();
      await expect(runWriteJob(streamed.t.session.context(), 'refi.import', { fileName: 'study.qdpx', path: onDisk('study.qdpx', bytes) })).resolves.toEqual(expected);
      expect(content(streamed.store)).toEqual(content(whole.store));
      const frameworks = streamed.store.prepare("SELECT name, exclusive FROM framework WHERE name LIKE 'Valence%' ORDER BY id").all();
      const positive = streamed.store.prepare(
        "SELECT f.name, count(*) AS codings FROM coding g JOIN code c ON c.id = g.code_id JOIN framework f ON f.id = c.framework_id WHERE c.name = 'Positive' GROUP BY f.id",
      ).all();
      if (valenceCodes === 'ours, exclusive') {
        expect(frameworks).toEqual([{ name: 'Valence', exclusive: 1 }]);
        expect(positive).toEqual([{ name: 'Valence', codings: 2 }]);
      } else {
        expect(frameworks).toEqual([{ name: 'Valence', exclusive: 1 }, { name: 'Valence (2)', exclusive: 0 }]);
        expect(positive).toEqual([{ name: 'Valence (2)', codings: 2 }]);
      }
    }
  });

  it('refuses a file listing its cases after its sources, against the schema, in a job and in process alike', async () => {
    for (const layout of ['cases after sources', 'cases before and after sources'] as const) {
      const bytes = studyPackage({ layout });
      const { t, store } = project();
      const before = content(store);
      const refusal = { code: 'refiInvalid', message: expect.stringMatching(/<Cases> comes after <Sources>; REFI-QDA lists it before them/) };
      await expect(runWriteJob(t.session.context(), 'refi.import', { fileName: 'late.qdpx', path: onDisk('late.qdpx', bytes) })).rejects.toMatchObject(refusal);
      await expect(importRefi(t.session.context(), 'late.qdpx', bytes)).rejects.toMatchObject(refusal);
      expect(content(store)).toEqual(before);
    }
  });

  it("checks a selection's note against the notes that follow the sources", async () => {
    const { t, store } = project();
    await expect(runWriteJob(t.session.context(), 'refi.import', { fileName: 'noted.qdpx', path: onDisk('noted.qdpx', studyPackage({ selectionNote: 'defined' })) }))
      .resolves.toMatchObject({ created: { memos: 1 } });
    expect(store.prepare("SELECT count(*) FROM memo_link WHERE target_kind = 'segment'").pluck().get()).toBe(1);
    await expect(runWriteJob(t.session.context(), 'refi.import', { fileName: 'dangling.qdpx', path: onDisk('dangling.qdpx', studyPackage({ selectionNote: 'dangling' })) }))
      .rejects.toMatchObject({ code: 'refiDanglingReference', message: expect.stringMatching(/a reference to note .* which the file does not define/) });
  });

  it('a file refused only once read whole leaves the project as it was', async () => {
    const { t, store } = project();
    const before = content(store);
    const bytes = studyPackage({ danglingSetMember: true });
    await expect(runWriteJob(t.session.context(), 'refi.import', { fileName: 'dangling.qdpx', path: onDisk('dangling.qdpx', bytes) })).rejects.toMatchObject({
      code: 'refiDanglingReference', message: expect.stringMatching(/a reference to code .* which the file does not define/),
    });
    expect(content(store)).toEqual(before);
  });

  it('a write that stumbles on what the checks refuse reports their refusal, not the database error', async () => {
    const { t, store } = project();
    const before = content(store);
    const bytes = studyPackage({ duplicateSelection: true });
    await expect(runWriteJob(t.session.context(), 'refi.import', { fileName: 'twice.qdpx', path: onDisk('twice.qdpx', bytes) })).rejects.toMatchObject({
      code: 'refiDanglingReference', message: expect.stringMatching(/two selections share the GUID/),
    });
    expect(content(store)).toEqual(before);
  });
});

describe('the parser thread', () => {
  it('a parser that dies (past its heap) refuses the import clearly instead of waiting forever', async () => {
    const parts = await readRefiParts('study.qdpx', studyPackage(), { heapMb: 4, stallMs: 3000 });
    try {
      expect(() => parts.head()).toThrow(expect.objectContaining({ code: 'refiReadStopped', params: { fileName: 'study.qdpx', limit: 4 } }));
    } finally {
      parts.close();
    }
  });
});
