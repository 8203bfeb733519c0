/**
 * Parsing while reading: sources and their selections are built as their elements close, so
 * each selection must land in its own source, sources of other kinds must be counted in file
 * order, and a file written with a namespace prefix must read exactly like one without.
 */
import { zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { parseRefi } from '../../../main/refi/parse-project.js';

const G = (n: number) => `a0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A project with two text sources around a PDF source, a graph and a case, every element name prefixed with `p`. */
function projectXml(p: string): string {
  const ns = p ? `xmlns:${p.slice(0, -1)}="urn:QDA-XML:project:1.0"` : 'xmlns="urn:QDA-XML:project:1.0"';
  const selection = (guid: number, start: number, end: number) =>
    `<${p}PlainTextSelection guid="${G(guid)}" startPosition="${start}" endPosition="${end}" creatingUser="${G(1)}">` +
    `<${p}Description>about ${guid}</${p}Description>` +
    `<${p}Coding guid="${G(guid + 50)}" creatingUser="${G(1)}"><${p}CodeRef targetGUID="${G(2)}"/></${p}Coding></${p}PlainTextSelection>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<${p}Project ${ns} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:QDA-XML:project:1.0 Project.xsd" name="N" origin="Tool">
  <${p}Users><${p}User guid="${G(1)}" name="Ada"/></${p}Users>
  <${p}CodeBook><${p}Codes><${p}Code guid="${G(2)}" name="Theme" isCodable="true"/></${p}Codes></${p}CodeBook>
  <${p}Variables><${p}Variable guid="${G(3)}" name="Age" typeOfVariable="Integer"/></${p}Variables>
  <${p}Cases><${p}Case guid="${G(4)}" name="Case"><${p}VariableValue><${p}VariableRef targetGUID="${G(3)}"/><${p}IntegerValue> 42 </${p}IntegerValue></${p}VariableValue>
    <${p}SelectionRef targetGUID="${G(11)}"/></${p}Case></${p}Cases>
  <${p}Sources>
    <${p}TextSource guid="${G(5)}" name="First" plainTextPath="internal://first.txt">
      <${p}Description>the first</${p}Description>${selection(10, 0, 5)}${selection(11, 6, 11)}
      <${p}Coding guid="${G(40)}"><${p}CodeRef targetGUID="${G(2)}"/></${p}Coding>
    </${p}TextSource>
    <${p}PDFSource guid="${G(6)}" name="Scan"><${p}PDFSelection guid="${G(20)}" page="1">
      <${p}Coding guid="${G(21)}"><${p}CodeRef targetGUID="${G(2)}"/></${p}Coding></${p}PDFSelection></${p}PDFSource>
    <${p}TextSource guid="${G(7)}" name="Second" plainTextPath="internal://second.txt">${selection(12, 2, 4)}</${p}TextSource>
  </${p}Sources>
  <${p}Graphs><${p}Graph guid="${G(8)}" name="Map"/></${p}Graphs>
</${p}Project>`;
}

function qdpx(xml: string): Buffer {
  return Buffer.from(zipSync({
    'project.qde': Buffer.from(xml),
    'sources/first.txt': Buffer.from('Hello world'),
    'sources/second.txt': Buffer.from('Жёлтый'),
  }));
}

describe('parsing while reading', () => {
  test('each selection lands in its own source, with its description and coding; other sources are counted in file order', async () => {
    const project = await parseRefi('p.qdpx', qdpx(projectXml('')));
    expect(project.sources.map((s) => [s.name, s.description, s.text, s.codings.length])).toEqual([
      ['First', 'the first', 'Hello world', 1],
      ['Second', '', 'Жёлтый', 0],
    ]);
    expect(project.sources.map((s) => s.selections.map((x) => [x.guid, x.start, x.end, x.description, x.codings[0]!.codeGuid]))).toEqual([
      [[G(10), 0, 5, 'about 10', G(2)], [G(11), 6, 11, 'about 11', G(2)]],
      [[G(12), 2, 4, 'about 12', G(2)]],
    ]);
    expect(project.cases[0]).toMatchObject({ values: [{ variableGuid: G(3), value: '42' }], selectionRefs: [G(11)] });
    expect(project.uncarried.map((u) => [u.kind, u.count])).toEqual([
      ['pdf source', 1], ['selection in a pdf source', 1], ['coding in a pdf source', 1], ['graph', 1],
    ]);
    expect([...project.uncarriedGuids.keys()].sort()).toEqual([G(6), G(20), G(21), G(8)].sort());
  });

  test('two sources naming one file both get its text (the file is decoded once, its bytes let go)', async () => {
    const twice = projectXml('').replace('plainTextPath="internal://second.txt"', 'plainTextPath="internal://FIRST.txt"');
    const project = await parseRefi('p.qdpx', qdpx(twice));
    expect(project.sources.map((s) => s.text)).toEqual(['Hello world', 'Hello world']);
  });

  test('a file whose elements carry a namespace prefix reads exactly like one without', async () => {
    const plain = await parseRefi('p.qdpx', qdpx(projectXml('')));
    expect(await parseRefi('p.qdpx', qdpx(projectXml('qda:')))).toEqual(plain);
  });

  test('the project XML of a package is read as it inflates: characters cut between pieces arrive whole, bad bytes are named', async () => {
    // Far longer than one inflated piece (16-64 KB), in characters of two and four bytes, varied enough not to look like a zip bomb.
    const letters = [...'ЖёлтыйӘәҚқ😀🙂'];
    let seed = 1;
    const name = Array.from({ length: 100_000 }, () => letters[(seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % letters.length]).join('');
    const project = await parseRefi('p.qdpx', qdpx(projectXml('').replace('name="N"', `name="${name}"`)));
    expect(project.name).toBe(name);
    const bytes = Buffer.from(projectXml('').replace('name="N"', `name="${name}"`));
    bytes[bytes.indexOf('Ж', 100_000)] = 0xff;
    const zipped = Buffer.from(zipSync({ 'project.qde': bytes, 'sources/first.txt': Buffer.from('Hello world'), 'sources/second.txt': Buffer.from('Ж') }));
    await expect(parseRefi('p.qdpx', zipped)).rejects.toMatchObject({ code: 'refiNotUtf8' });
  });

  test('references are checked once the project is read: GUIDs used twice and links to nothing are refused', async () => {
    const twice = projectXml('').replace(`guid="${G(12)}"`, `guid="${G(10)}"`);
    await expect(parseRefi('p.qdpx', qdpx(twice))).rejects.toMatchObject({
      code: 'refiDanglingReference', message: expect.stringMatching(`two selections share the GUID ${G(10)}`),
    });
    const link = (target: string) => projectXml('').replace('<Graphs>', `<Links><Link guid="${G(30)}" originGUID="${G(2)}" targetGUID="${target}"/></Links><Graphs>`);
    expect((await parseRefi('p.qdpx', qdpx(link(G(11))))).links).toEqual([{ guid: G(30), name: '', originGuid: G(2), targetGuid: G(11) }]);
    await expect(parseRefi('p.qdpx', qdpx(link(G(99))))).rejects.toMatchObject({
      code: 'refiDanglingReference', message: expect.stringMatching(`a reference to object ${G(99)}`),
    });
  });

  test('a root in another namespace is refused as soon as it opens, before its body is read', async () => {
    const foreign = projectXml('').replace('urn:QDA-XML:project:1.0"', 'urn:other"').replace('</Project>', '<Unclosed></Project>');
    await expect(parseRefi('p.qdpx', qdpx(foreign))).rejects.toMatchObject({ code: 'refiBadXml', params: { why: 'namespace' } });
  });
});
