/**
 * Hostile input: each file is refused with a clear AppError and the project is left exactly
 * as it was. Archives are built byte by byte here so every field can lie.
 */
import { describe, expect, test } from 'vitest';
import { AppError } from '../../../main/errors.js';
import { importRefi } from '../../../main/refi/import.js';
import { insertCase } from '../../../main/db/repos/cases.js';
import { memoryContext, tableCounts } from './helpers.js';
import { errorText } from '../../../shared/i18n/error-text.js';
import { translator } from '../../../shared/i18n/translator.js';
import { buildZip, type ZipEntry } from '../../helpers/raw-zip.js';

const SOURCE = 'a0000000-0000-4000-8000-000000000001';
const CODE = 'a0000000-0000-4000-8000-000000000002';

/** `caseName`: a case holding the source, when given. */
function qde({ codeRef = CODE, start = 0, end = 5, doctype = '', caseName = '' } = {}): Buffer {
  const cases = caseName ? `<Cases><Case guid="a0000000-0000-4000-8000-000000000005" name="${caseName}"><SourceRef targetGUID="${SOURCE}"/></Case></Cases>` : '';
  return Buffer.from(`<?xml version="1.0" encoding="utf-8"?>${doctype}
<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="test">
  <CodeBook><Codes><Code guid="${CODE}" name="C" isCodable="true"/></Codes></CodeBook>${cases}
  <Sources><TextSource guid="${SOURCE}" name="S" plainTextPath="internal://${SOURCE}.txt">
    <PlainTextSelection guid="a0000000-0000-4000-8000-000000000003" startPosition="${start}" endPosition="${end}">
      <Coding guid="a0000000-0000-4000-8000-000000000004"><CodeRef targetGUID="${codeRef}"/></Coding>
    </PlainTextSelection>
  </TextSource></Sources>
</Project>`);
}

function qdpx(project: Buffer, text: Buffer = Buffer.from('Hello world'), extra: ZipEntry[] = []): Buffer {
  return buildZip([{ name: 'project.qde', data: project, deflate: true }, { name: `sources/${SOURCE}.txt`, data: text, deflate: true }, ...extra]);
}

/** Imports into a project holding one case and expects a refusal with `code`, leaving it unchanged. */
async function expectRefused(fileName: string, bytes: Buffer, code: string, message: RegExp): Promise<AppError> {
  const ctx = memoryContext();
  insertCase(ctx.store, 'Existing', null);
  const before = tableCounts(ctx.store);
  const steps = () => (ctx.store.prepare('SELECT count(*) AS n FROM history_step').get() as { n: number }).n;
  const stepsBefore = steps();
  const error = await importRefi(ctx, fileName, bytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  expect((error as AppError).message).toMatch(message);
  expect(tableCounts(ctx.store)).toEqual(before);
  expect(steps()).toBe(stepsBefore);
  return error as AppError;
}

describe('hostile REFI-QDA input', () => {
  test('the well-formed control imports (so the refusals below are about what they change)', async () => {
    const ctx = memoryContext();
    const report = await importRefi(ctx, 'ok.qdpx', qdpx(qde()));
    expect(report.created).toMatchObject({ documents: 1, segments: 1, codings: 1 });
  });

  test('entry names with .., absolute paths, drive letters and backslashes', async () => {
    for (const name of ['../evil.txt', 'sources/../../evil.txt', '/etc/evil.txt', 'C:/evil.txt', 'sources\\evil.txt']) {
      await expectRefused('bad.qdpx', qdpx(qde(), undefined, [{ name, data: Buffer.from('x') }]), 'refiBadArchive', /not a safe REFI-QDA archive/);
    }
  });

  test('a symbolic link entry', async () => {
    const link = { name: 'sources/link.txt', data: Buffer.from('/etc/passwd'), mode: 0o120777 };
    await expectRefused('link.qdpx', qdpx(qde(), undefined, [link]), 'refiBadArchive', /symbolic link/);
  });

  test('a zip bomb: an entry that expands a thousandfold', async () => {
    const bomb = { name: 'sources/bomb.txt', data: Buffer.alloc(20 * 1024 * 1024), deflate: true };
    await expectRefused('bomb.qdpx', qdpx(qde(), undefined, [bomb]), 'refiBadArchive', /expands/);
  });

  test('too many entries', async () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({ name: `sources/${i}.txt`, data: Buffer.from('x') }));
    await expectRefused('many.qdpx', qdpx(qde(), undefined, many), 'refiBadArchive', /entries/);
  });

  test('overlapping entries (several records sharing one data stream)', async () => {
    const zip = buildZip([{ name: `sources/${SOURCE}.txt`, data: Buffer.from('Hello world') }, { name: 'project.qde', data: qde() }], 3);
    await expectRefused('overlap.qdpx', zip, 'refiBadArchive', /overlap/);
  });

  test('an entry larger than it declares', async () => {
    const liar = { name: `sources/${SOURCE}.txt`, data: Buffer.from('Hello world, and much more text than declared'), deflate: true, declaredSize: 11 };
    await expectRefused('liar.qdpx', buildZip([{ name: 'project.qde', data: qde() }, liar]), 'refiBadArchive', /too many bytes|larger than it declares|uncompressed/);
  });

  test('an entry smaller than it declares, deflated or stored', async () => {
    for (const deflate of [true, false]) {
      const short = { name: `sources/${SOURCE}.txt`, data: Buffer.from('Hello world'), deflate, declaredSize: 40 };
      await expectRefused('short.qdpx', buildZip([{ name: 'project.qde', data: qde() }, short]), 'refiBadArchive', /declares|uncompressed|compressed size/);
    }
  });

  test('an entry whose compressed data is garbled: damaged, in plain words, not zlib\'s', async () => {
    const name = `sources/${SOURCE}.txt`;
    const zip = buildZip([{ name: 'project.qde', data: qde() }, { name, data: Buffer.from('Hello world, '.repeat(50)), deflate: true }]);
    // The deflated data starts after the entry's local header and name; 0xFF starts a block of
    // a type that does not exist, as a flipped bit in a download can.
    zip[zip.indexOf(name) + Buffer.byteLength(name)] = 0xff;
    await expectRefused('garbled.qdpx', zip, 'refiDamaged', new RegExp(`^garbled\\.qdpx is damaged: the file ${name} in it cannot be unpacked`));
  });

  test('not a zip at all, or one cut short: damaged, not called unsafe', async () => {
    await expectRefused('junk.qdpx', Buffer.from('PK but not really'), 'refiNotZip', /not a whole REFI-QDA archive/);
    const whole = qdpx(qde());
    await expectRefused('cut.qdpx', whole.subarray(0, whole.length - 30), 'refiNotZip', /not a whole REFI-QDA archive/);
  });

  test('a DOCTYPE (with or without entities) is refused outright', async () => {
    const laughs = '<!DOCTYPE Project [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    await expectRefused('laughs.qdpx', qdpx(qde({ doctype: laughs })), 'refiBadXml', /DOCTYPE/);
    await expectRefused('plain.qde', qde({ doctype: '<!DOCTYPE Project>' }), 'refiBadXml', /DOCTYPE/);
    await expectRefused('xxe.qde', qde({ doctype: '<!DOCTYPE Project SYSTEM "file:///etc/passwd">' }), 'refiBadXml', /DOCTYPE/);
  });

  test('an undeclared entity and malformed XML', async () => {
    await expectRefused('entity.qde', Buffer.from('<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>'), 'refiBadXml', /not readable/);
    await expectRefused('broken.qde', Buffer.from('<Project xmlns="urn:QDA-XML:project:1.0"><Users>'), 'refiBadXml', /not readable/);
    await expectRefused('foreign.qde', Buffer.from('<Project name="x"/>'), 'refiBadXml', /namespace/);
  });

  test('a CaseCoder project, by its name or its SQLite header, is pointed at merge', async () => {
    const project = Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4080)]);
    await expectRefused('teammate.casecoder', project, 'casecoderProject', /is a CaseCoder project.*Merge…/);
    await expectRefused('teammate.qdpx', project, 'casecoderProject', /is a CaseCoder project/);
    await expectRefused('Teammate.CASECODER', qdpx(qde()), 'casecoderProject', /is a CaseCoder project/);
  });

  test('a name longer than the app takes (review-hostile-1207 #17); a selection named by its quote is no name', async () => {
    const long = 'Ж'.repeat(501);
    const error = await expectRefused('long.qdpx', qdpx(qde({ caseName: long })), 'refiInvalid', /<Case> has a name of 501 characters, more than 500/);
    expect(errorText(translator('ru'), error)).toMatch(/у элемента <Case> имя длиннее 500 символов/);
    const quoted = qde().toString().replace('<PlainTextSelection ', `<PlainTextSelection name="${long}" `);
    await expect(importRefi(memoryContext(), 'quoted.qdpx', qdpx(Buffer.from(quoted)))).resolves.toMatchObject({ created: { codings: 1 } });
  });

  test('a reference to a code that does not exist', async () => {
    await expectRefused('dangling.qdpx', qdpx(qde({ codeRef: 'b0000000-0000-4000-8000-00000000dead' })), 'refiDanglingReference', /does not define/);
  });

  test('offsets outside the text or reversed', async () => {
    await expectRefused('outside.qdpx', qdpx(qde({ start: 5, end: 500 })), 'refiOffsetOutside', /outside the text of S/);
    await expectRefused('negative.qdpx', qdpx(qde({ start: -1, end: 3 })), 'refiOffsetOutside', /outside/);
    await expectRefused('in-case.qdpx', qdpx(qde({ start: 5, end: 500, caseName: 'Anna' })), 'refiOffsetOutside', /outside the text of S \(case Anna\)/);
  });

  test('a reversed range is said to end before it starts, naming its source with its case, in every language', async () => {
    const error = await expectRefused('reversed.qdpx', qdpx(qde({ start: 6, end: 2, caseName: 'Anna' })), 'refiRangeReversed', /S \(case Anna\) ends before it starts/);
    expect(errorText(translator('ru'), error)).toBe('reversed.qdpx нельзя прочитать: выделение в S (кейс Anna) заканчивается раньше, чем начинается (6–2).');
    expect(errorText(translator('kk'), error)).toBe('reversed.qdpx оқылмайды: S (кейс Anna) ішіндегі белгілеу басталуынан бұрын аяқталады (6–2).');
    // A source in no case becomes a case of its own name.
    await expectRefused('reversed.qdpx', qdpx(qde({ start: 6, end: 2 })), 'refiRangeReversed', /S \(case S\)/);
  });

  test('a text source that is not UTF-8', async () => {
    await expectRefused('latin1.qdpx', qdpx(qde(), Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0x20, 0x77, 0x6f, 0x72, 0x6c, 0x64])), 'refiNotUtf8', /not UTF-8/);
  });

  test('a package without exactly one .qde, and an unknown extension', async () => {
    await expectRefused('none.qdpx', buildZip([{ name: 'sources/x.txt', data: Buffer.from('x') }]), 'refiNoProject', /exactly one \.qde/);
    await expectRefused('file.zip', qdpx(qde()), 'refiUnknownFormat', /not a REFI-QDA file/);
  });
});
