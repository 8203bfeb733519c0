/**
 * Documents and tables made to hurt, given to the format layer (main/import): each is
 * refused with its own reason or read within the stated limits, fast, and nothing outside
 * the file is fetched or run.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument, type ExtractResult } from '../../../main/import/extract-document.js';
import { importLimits } from '../../../main/import/limits.js';
import { readSheet } from '../../../main/import/sheet.js';
import { strToU8, unzipSync } from 'fflate';
import { deflateRawSync } from 'node:zlib';
import { importErrorText, refusalText } from '../../../shared/i18n/refusal-text.js';
import { translator } from '../../../shared/i18n/translator.js';
import { buildZip } from '../../helpers/raw-zip.js';
import { docx, odt, para, pdf, textPage, utf8, xlsxParts, zip, type XlsxParts } from '../import/fixtures.js';

const refusalOf = (result: ExtractResult) => (result.ok ? null : result.refusal);

/** A server that counts every connection: the canary for any fetch of an external resource. */
let server: Server;
let connections = 0;
let origin = '';
beforeAll(async () => {
  server = createServer((_, response) => response.end('x'));
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

let canaryDir: string;
let canary: string;
beforeAll(() => {
  canaryDir = mkdtempSync(join(tmpdir(), 'casecoder-canary-'));
  canary = join(canaryDir, 'linked-image.png');
  execFileSync('mkfifo', [canary]);
});
afterAll(() => rmSync(canaryDir, { recursive: true, force: true }));

describe('external resources are never fetched', () => {
  it('a .docx with linked (external) images', async () => {
    const image = (id: string) => `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="10" cy="10"/><wp:docPr id="1" name="p"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="p"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:link="${id}"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    const relationships = [
      `<Relationship Id="rIdWeb" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="${origin}/tracker.png" TargetMode="External"/>`,
      `<Relationship Id="rIdFile" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file://${canary}" TargetMode="External"/>`,
    ].join('');
    const extraction = extractDocument('linked.docx', docx(para('Before') + image('rIdWeb') + image('rIdFile') + para('After'), relationships));
    // The canary is a named pipe: opening its write end without blocking succeeds only while
    // someone has opened it to read, which is what following the link would do.
    await new Promise((resolve) => setTimeout(resolve, 300));
    let opened = false;
    try {
      closeSync(openSync(canary, constants.O_WRONLY | constants.O_NONBLOCK));
      opened = true;
    } catch (error) {
      expect((error as NodeJS.ErrnoException).code).toBe('ENXIO');
    }
    expect(await extraction).toMatchObject({ ok: true, document: { text: 'Before\nAfter' } });
    expect(opened).toBe(false);
    expect(connections).toBe(0);
  });

  it('an HTML page with images, styles, frames and scripts from elsewhere', async () => {
    const html = `<html><head><link rel="stylesheet" href="${origin}/a.css"><script src="${origin}/a.js"></script></head>
      <body><img src="${origin}/a.png"><iframe src="${origin}/frame"></iframe><p style="background:url(${origin}/bg.png)">Text</p></body></html>`;
    expect(await extractDocument('page.html', utf8(html))).toMatchObject({ ok: true, document: { text: 'Text' } });
    expect(connections).toBe(0);
  });
});

describe('PDF', () => {
  it('a PDF with JavaScript: its text is read, its script is not run', async () => {
    const script = `globalThis.casecoderPwned = 1; fetch("${origin}/pdf-js")`;
    const bytes = pdf({
      pages: [textPage('Harmless words')],
      catalog: '/OpenAction 100 0 R /Names << /JavaScript << /Names [(x) 100 0 R] >> >> /AcroForm << /Fields [] >>',
      objects: [`<< /S /JavaScript /JS (${script}) >>`],
    });
    expect(await extractDocument('script.pdf', bytes)).toMatchObject({ ok: true, document: { text: 'Harmless words' } });
    expect((globalThis as { casecoderPwned?: number }).casecoderPwned).toBeUndefined();
    expect(connections).toBe(0);
  });

  it('a password-protected PDF is refused as such', async () => {
    const hex32 = (byte: string) => `<${byte.repeat(32)}>`;
    const bytes = pdf({
      pages: [textPage('Secret')],
      objects: [`<< /Filter /Standard /V 1 /R 2 /O ${hex32('4f')} /U ${hex32('55')} /P -4 >>`],
      trailer: `/Encrypt 100 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`,
    });
    expect(refusalOf(await extractDocument('locked.pdf', bytes))).toMatchObject({ reason: 'passwordProtected', params: { file: 'locked.pdf' } });
  });

  it('an image-only PDF asks for OCR', async () => {
    const bytes = pdf({
      pages: ['q 100 0 0 100 72 600 cm /Im1 Do Q 0 0 m 200 200 l S'],
      resources: '/XObject << /Im1 100 0 R >>',
      objects: ['<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream'],
    });
    const refusal = refusalOf(await extractDocument('scan.pdf', bytes));
    expect(refusal).toMatchObject({ reason: 'noTextLayer', params: { pages: 1 } });
    expect(refusal!.message).toContain('no text layer: run OCR first');
  });

  it('a file that only starts like a PDF is corrupt', async () => {
    expect(refusalOf(await extractDocument('broken.pdf', utf8('%PDF-1.7\n1 0 obj << /Type /Catalog')))).toMatchObject({ reason: 'corrupt' });
  });
});

describe('sizes', () => {
  it('a 30,000-column CSV (390 KB) is refused in well under a second, naming the limit', async () => {
    const header = Array.from({ length: 30_000 }, (_, i) => `Column ${i}`).join(',');
    const bytes = utf8(`${header}\n${'x,'.repeat(29_999)}x\n`);
    const started = performance.now();
    const result = await readSheet('wide.csv', bytes);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result).toMatchObject({ ok: false, refusal: { reason: 'tooManyColumns', params: { limit: importLimits.sheet.maxColumns } } });
    expect(result.ok ? '' : result.refusal.message).toContain(String(importLimits.sheet.maxColumns));
  });

  it('an RTF with a 100 MB embedded object is refused by the byte cap without being parsed', async () => {
    const head = Buffer.from(String.raw`{\rtf1\ansi Before\par{\object\objemb{\*\objdata `, 'latin1');
    const bytes = Buffer.concat([head, Buffer.alloc(100 * 1024 * 1024, 0x41), Buffer.from('}}After\\par}', 'latin1')]);
    const started = performance.now();
    const refusal = refusalOf(await extractDocument('huge.rtf', bytes));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(refusal).toMatchObject({ reason: 'tooLarge', params: { limit: importLimits.maxFileBytes.rtf } });
  });

  it('an RTF with an embedded object just under the cap is read within the time cap, the object dropped', async () => {
    const head = Buffer.from(String.raw`{\rtf1\ansi Before\par{\object\objemb{\*\objdata `, 'latin1');
    const tail = Buffer.from('}{\\result {\\pict 0102}}}After\\par}', 'latin1');
    const object = Buffer.alloc(importLimits.maxFileBytes.rtf - head.length - tail.length, 0x41);
    const started = performance.now();
    const result = await extractDocument('object.rtf', Buffer.concat([head, object, tail]));
    expect(performance.now() - started).toBeLessThan(importLimits.timeoutSeconds * 1000);
    expect(result).toMatchObject({ ok: true, document: { text: 'Before\nAfter' } });
  }, 60_000);

  it('an RTF announcing more binary data than it has is refused before anything is allocated', async () => {
    expect(refusalOf(await extractDocument('bin.rtf', utf8(String.raw`{\rtf1 a{\pict\bin2000000000 x}}`)))).toMatchObject({ reason: 'corrupt', params: { detail: '\\bin' } });
  });

  it('an HTML page nested 20,000 deep is refused at once, naming the limit; one nested as deep as the limit is read (review-hostile-1207 #12)', async () => {
    const nested = (depth: number) => utf8(`<html><body>${'<div>'.repeat(depth)}deep${'</div>'.repeat(depth)}</body></html>`);
    const started = performance.now();
    const refusal = refusalOf(await extractDocument('deep.html', nested(20_000)));
    expect(performance.now() - started).toBeLessThan(200);
    expect(refusal).toMatchObject({ reason: 'tooLarge', message: `deep.html: its elements are nested deeper than ${importLimits.htmlNesting} levels`, params: { limit: importLimits.htmlNesting } });
    // <html> and <body> are two of the levels.
    expect(await extractDocument('edge.html', nested(importLimits.htmlNesting - 2))).toMatchObject({ ok: true, document: { text: 'deep' } });
  });

  it('a text longer than the text cap is refused, naming the limit', async () => {
    const bytes = Buffer.alloc(importLimits.maxTextChars + 1, 0x61);
    expect(refusalOf(await extractDocument('long.txt', bytes))).toMatchObject({ reason: 'textTooLong', params: { limit: importLimits.maxTextChars } });
  });

  it('a text file over its byte cap is refused, naming the limit', async () => {
    const bytes = Buffer.alloc(importLimits.maxFileBytes.txt + 1, 0x61);
    expect(refusalOf(await extractDocument('big.txt', bytes))).toMatchObject({ reason: 'tooLarge', params: { limit: importLimits.maxFileBytes.txt, format: 'txt' } });
  });
});

describe('XLSX packages (review-hostile-1207 #1, #14)', () => {
  const xlsx = (parts: XlsxParts, hide?: string) => buildZip(Object.entries(xlsxParts(parts)).map(([name, text]) => {
    const data = Buffer.from(text);
    // The central directory declares the hidden entry no larger than its deflated bytes.
    return { name, data, deflate: true, ...(name === hide ? { hideSize: true, declaredSize: deflateRawSync(data).length } : {}) };
  }));
  const header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>';

  it('shared strings whose local header hides their size are refused at their declared size, not inflated', async () => {
    // 8 MB of text deflated to 8 KB: read by its local header, it inflated a thousandfold.
    const bomb = xlsx({ cells: header, strings: ['Case', 'A'.repeat(8 * 1024 * 1024)] }, 'xl/sharedStrings.xml');
    const started = performance.now();
    const result = await readSheet('bomb.xlsx', bomb);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(result).toMatchObject({ ok: false, refusal: { reason: 'corrupt', params: { detail: 'entry xl/sharedStrings.xml is larger than it declares' } } });
  });

  it('a sheet the workbook keeps outside xl/worksheets is held to the sheet limits too', async () => {
    const far = xlsx({ cells: '<row r="1"><c r="XFD1"><v>1</v></c></row>', sheetTarget: 'sheets/big.xml' });
    expect(await readSheet('elsewhere.xlsx', far)).toMatchObject({ ok: false, refusal: { reason: 'tooManyColumns' } });
  });

  it('cells under a namespace prefix, as the reader reads them, are held to the sheet limits too', async () => {
    // 3,000 rows of 1,000 columns: a regex for <c r=…> alone missed them, and they were read.
    const x = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
    const cells = `<x:row ${x} r="1"><x:c r="ALL1"><x:v>1</x:v></x:c></x:row><x:row ${x} r="3000"><x:c r="A3000"><x:v>1</x:v></x:c></x:row>`;
    expect(await readSheet('prefixed.xlsx', xlsx({ cells }))).toMatchObject({ ok: false, refusal: { reason: 'tooManyCells' } });
  });

  it('a DOCTYPE in the shared strings is refused', async () => {
    const laughs = '<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const entities = xlsx({ cells: header, strings: ['Case', '&b;'], stringsProlog: laughs });
    expect(await readSheet('doctype.xlsx', entities)).toMatchObject({ ok: false, refusal: { reason: 'corrupt', params: { detail: 'DOCTYPE' } } });
  });

  it.each([
    ['a shared string that is not there', `${header}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>999999999</v></c></row>`],
    ['one cell written twice', '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="A1" t="s"><v>1</v></c></row>'],
    // The reader decodes the reference and would read ALL1 (1,000 columns); the address is taken only as written.
    ['an address written with a character reference', `${header}<row r="2"><c r="&#65;LL2"><v>1</v></c></row>`],
    ['an address in lower case, which the reader reads as column 23,496', `${header}<row r="2"><c r="all2"><v>1</v></c></row>`],
    ['two addresses on one cell, the reader taking the prefixed one', `${header}<row r="2" xmlns:x="urn:x"><c r="A2" x:r="XFD2"><v>1</v></c></row>`],
  ])('%s: refused with the remedy, in the reader\'s language, not the reader library\'s words', async (_, cells) => {
    const result = await readSheet('odd.xlsx', xlsx({ cells, strings: ['Case', 'City'] }));
    if (result.ok) throw new Error('accepted');
    const { reason, message, params } = result.refusal;
    expect(reason).toBe('workbookUnreadable');
    expect(message).toBe('odd.xlsx: CaseCoder cannot read how this workbook stores its cells: open it in Excel or LibreOffice, save it again (.xlsx or .csv) and import that');
    expect(importErrorText(translator('ru'), { code: reason, message, params })).toMatch(/^odd\.xlsx: CaseCoder не может прочитать, как в этой книге записаны ячейки/);
  });
});

describe('broken, empty and disguised files', () => {
  it.each(['a.docx', 'a.odt'])('a corrupt zip (%s) is refused as corrupt', async (name) => {
    const good = name.endsWith('docx') ? docx(para('x')) : odt('<text:p>x</text:p>');
    expect(refusalOf(await extractDocument(name, good.subarray(0, good.length - 30)))).toMatchObject({ reason: 'corrupt' });
    expect(refusalOf(await extractDocument(name, utf8('PK\u0003\u0004 not really a zip')))).toMatchObject({ reason: 'corrupt' });
  });

  it('a corrupt .xlsx is refused as corrupt', async () => {
    expect(await readSheet('a.xlsx', utf8('PK\u0003\u0004 nope'))).toMatchObject({ ok: false, refusal: { reason: 'corrupt' } });
  });

  it.each(['a.txt', 'a.md', 'a.html', 'a.docx', 'a.odt', 'a.rtf', 'a.pdf'])('an empty %s is refused as empty', async (name) => {
    expect(refusalOf(await extractDocument(name, new Uint8Array()))).toMatchObject({ reason: 'empty' });
  });

  it('files with no words in them are refused as empty', async () => {
    expect(refusalOf(await extractDocument('blank.docx', docx('<w:p/>')))).toMatchObject({ reason: 'empty' });
    expect(refusalOf(await extractDocument('blank.html', utf8('<html><script>x()</script></html>')))).toMatchObject({ reason: 'empty' });
  });

  it('a DOCTYPE inside .odt or .docx XML is refused (no entity expansion)', async () => {
    const laughs = '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    expect(refusalOf(await extractDocument('a.odt', odt('<text:p>&b;</text:p>', laughs)))).toMatchObject({ reason: 'corrupt', params: { detail: 'DOCTYPE' } });
    // styles.xml too, read for the lists' styles.
    const styled = unzipSync(odt('<text:p>x</text:p>'));
    styled['styles.xml'] = strToU8(`<?xml version="1.0"?>${laughs}<office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">&b;</office:document-styles>`);
    expect(refusalOf(await extractDocument('b.odt', zip(styled)))).toMatchObject({ reason: 'corrupt', params: { detail: 'DOCTYPE' } });
    const word = docx(para('x'), '', { 'word/styles.xml': `<?xml version="1.0"?>${laughs}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>` });
    expect(refusalOf(await extractDocument('a.docx', word))).toMatchObject({ reason: 'corrupt', params: { detail: 'DOCTYPE' } });
  });

  it('a DOCTYPE after a long comment and processing instruction in .docx XML is refused as one (review-hostile-1207 #7)', async () => {
    const laughs = '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const prolog = `<?xml version="1.0"?>\n<?mso-application ${'p'.repeat(3000)}?><!--${'x'.repeat(5000)}-->\n${laughs}`;
    const word = docx('', '', { 'word/document.xml': `${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para('&b;')}</w:body></w:document>` });
    expect(refusalOf(await extractDocument('late.docx', word))).toMatchObject({
      reason: 'corrupt', message: 'late.docx: word/document.xml declares a DOCTYPE, which this format never needs', params: { detail: 'DOCTYPE' },
    });
  });

  it.each([
    ['UTF-16 LE with its byte order mark', (xml: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')])],
    ['UTF-16 BE with its byte order mark', (xml: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(xml, 'utf16le').swap16()])],
    ['UTF-16 LE without one', (xml: string) => Buffer.from(xml, 'utf16le')],
    ['UTF-16 BE without one', (xml: string) => Buffer.from(xml, 'utf16le').swap16()],
  ])('a DOCTYPE in .docx XML written in %s is refused as one', async (_, encode) => {
    const laughs = '<!DOCTYPE w:styles [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    const parts = unzipSync(docx(para('x')));
    parts['word/styles.xml'] = encode(`<?xml version="1.0" encoding="UTF-16"?>${laughs}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">&b;</w:styles>`);
    expect(refusalOf(await extractDocument('wide.docx', zip(parts)))).toMatchObject({
      reason: 'corrupt', message: 'wide.docx: word/styles.xml declares a DOCTYPE, which this format never needs',
    });
  });

  it('a .docx nested thousands deep is refused as too deep, in words the reader\'s language has (review-hostile-1207 #7)', async () => {
    // Each level's tag differs, as the zip's bomb check refuses a body that only repeats itself.
    const depth = 5_000;
    const opens = Array.from({ length: depth }, (_, i) => `<w:sdt><w:sdtPr><w:tag w:val="${((i * 2_654_435_761) % 4_294_967_291).toString(36)}"/></w:sdtPr><w:sdtContent>`);
    const deep = docx(opens.join('') + para('deep') + '</w:sdtContent></w:sdt>'.repeat(depth));
    const refusal = refusalOf(await extractDocument('deep.docx', deep));
    expect(refusal).toMatchObject({ reason: 'tooLarge', message: 'deep.docx: the document is nested too deep to read' });
    expect(refusalText(translator('ru'), refusal!.reason, refusal!.params)).toBe('Файл слишком велик или слишком глубоко вложен для безопасного чтения.');
  });

  it('a PDF named .txt, or a binary, is refused as not text; an unknown extension as unsupported', async () => {
    expect(refusalOf(await extractDocument('a.txt', pdf({ pages: [textPage('x')] })))).toMatchObject({ reason: 'notText', params: { format: 'pdf' } });
    expect(refusalOf(await extractDocument('a.txt', new Uint8Array([0x61, 0, 0x62, 0x63, 0x64, 0, 0, 0x01])))).toMatchObject({ reason: 'notText' });
    expect(refusalOf(await extractDocument('a.exe', utf8('MZ')))).toMatchObject({ reason: 'unsupported' });
  });
});
