/**
 * Builds the import fixtures in memory: Word and OpenDocument files as zipped XML (fflate),
 * PDFs written object by object, so every test owns exactly the bytes it feeds the parsers.
 */
import { deflateSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';

export const utf8 = (text: string) => new TextEncoder().encode(text);

export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])));
}

const SPREADSHEET = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface XlsxParts {
  /** The first sheet's <sheetData> content. */
  cells: string;
  /** The shared strings' <si> items; none: no shared-strings part. */
  strings?: string[];
  /** Where the workbook's relationships put the sheet (relative to xl/, as Excel writes it). */
  sheetTarget?: string;
  /** Put before the root element of the shared strings (a DOCTYPE, say). */
  stringsProlog?: string;
}

/** An .xlsx's parts by name, to zip with zip() or tests/helpers/raw-zip.ts. */
export function xlsxParts({ cells, strings, sheetTarget = 'worksheets/sheet1.xml', stringsProlog = '' }: XlsxParts): Record<string, string> {
  const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${RELATIONSHIPS}/${type}" Target="${target}"/>`;
  return {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'xl/workbook.xml': `<?xml version="1.0"?><workbook ${SPREADSHEET} xmlns:r="${RELATIONSHIPS}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${
      relationship('rId1', 'worksheet', sheetTarget)}${strings ? relationship('rId2', 'sharedStrings', 'sharedStrings.xml') : ''}</Relationships>`,
    [`xl/${sheetTarget}`]: `<?xml version="1.0"?><worksheet ${SPREADSHEET}><sheetData>${cells}</sheetData></worksheet>`,
    ...(strings ? { 'xl/sharedStrings.xml': `<?xml version="1.0"?>${stringsProlog}<sst ${SPREADSHEET}>${strings.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>` } : {}),
  };
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A .docx whose body is `body` (WordprocessingML), with extra relationships of word/document.xml. */
export function docx(body: string, relationships = '', extra: Record<string, string> = {}): Uint8Array {
  return zip({
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships}</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ...extra,
  });
}

export const para = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

const ODF = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:xml="http://www.w3.org/XML/1998/namespace"',
].join(' ');

/**
 * An .odt whose office:text holds `body`; `prolog` goes before the root element, `styles` in
 * content.xml's automatic styles, and `namedStyles`, when given, in a styles.xml.
 */
export function odt(body: string, prolog = '', styles = '', namedStyles?: string): Uint8Array {
  return zip({
    ...(namedStyles === undefined ? {} : {
      'styles.xml': `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ODF} office:version="1.3"><office:styles>${namedStyles}</office:styles></office:document-styles>`,
    }),
    mimetype: 'application/vnd.oasis.opendocument.text',
    'META-INF/manifest.xml': `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    'content.xml': `<?xml version="1.0" encoding="UTF-8"?>${prolog}<office:document-content ${ODF} office:version="1.3"><office:automatic-styles>${styles}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
  });
}

export interface PdfOptions {
  /** Page content streams, one per page. */
  pages: string[];
  /** Extra entries for the catalog dictionary. */
  catalog?: string;
  /** Extra objects, numbered from 100 in order. */
  objects?: string[];
  /** Extra entries for each page's /Resources. */
  resources?: string;
  /** Extra trailer entries (/Encrypt, /ID). */
  trailer?: string;
  /** The page content streams are given deflated (flateBombPage): /FlateDecode. */
  deflated?: boolean;
}

/** A PDF with a Helvetica font /F1 and a Cyrillic Courier /F2 (see cyrillicLines), written with a correct cross-reference table. */
export function pdf(options: PdfOptions): Uint8Array {
  const objects = new Map<number, string>();
  const pageIds = options.pages.map((_, i) => 10 + i * 2);
  objects.set(1, `<< /Type /Catalog /Pages 2 0 R ${options.catalog ?? ''} >>`);
  objects.set(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`);
  objects.set(3, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  objects.set(4, '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding /ToUnicode 5 0 R >>');
  objects.set(5, `<< /Length ${CP1251_CMAP.length} >>\nstream\n${CP1251_CMAP}\nendstream`);
  options.pages.forEach((content, i) => {
    objects.set(pageIds[i]!, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> ${options.resources ?? ''} >> /Contents ${pageIds[i]! + 1} 0 R >>`);
    objects.set(pageIds[i]! + 1, `<< /Length ${content.length}${options.deflated ? ' /Filter /FlateDecode' : ''} >>\nstream\n${content}\nendstream`);
  });
  (options.objects ?? []).forEach((object, i) => objects.set(100 + i, object));
  let out = '%PDF-1.4\n';
  const offsets = new Map<number, number>();
  const size = Math.max(...objects.keys()) + 1;
  for (const [id, body] of [...objects].sort((a, b) => a[0] - b[0])) {
    offsets.set(id, out.length);
    out += `${id} 0 obj\n${body}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${size}\n0000000000 65535 f \n`;
  for (let id = 1; id < size; id++) {
    const offset = offsets.get(id);
    out += offset === undefined ? '0000000000 65535 f \n' : `${String(offset).padStart(10, '0')} 00000 n \n`;
  }
  out += `trailer\n<< /Size ${size} /Root 1 0 R ${options.trailer ?? ''} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/**
 * A page's content (for pdf({ deflated: true })) of `megabytes` MB of spaces before one word,
 * deflated to a thousandth: pdf.js inflates a stream whole, into memory its heap cap does not count.
 */
export function flateBombPage(megabytes: number): string {
  const content = Buffer.concat([Buffer.from('BT /F1 12 Tf 72 712 Td '), Buffer.alloc(megabytes * 1024 * 1024, 0x20), Buffer.from('(bomb) Tj ET')]);
  return deflateSync(content).toString('latin1');
}

/** A content stream that writes each line of `lines` 20 points below the previous. */
export const textPage = (...lines: string[]) =>
  `BT /F1 12 Tf 72 720 Td ${lines.map((line, i) => `${i > 0 ? '0 -20 Td ' : ''}(${line.replace(/[()\\]/g, '\\$&')}) Tj`).join(' ')} ET`;

/**
 * /F2 reads bytes as Windows-1251 through a /ToUnicode map (Courier's glyphs are all 600 units
 * wide, so a line's width is its length), plus what PDFs of Word documents carry: byte 0xB7 is
 * the Symbol font's private-use bullet U+F0B7.
 */
const CP1251_CMAP = [
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
  '/CMapName /CP1251 def /CMapType 2 def',
  '1 begincodespacerange <00> <FF> endcodespacerange',
  '4 beginbfchar <A8> <0401> <B8> <0451> <97> <2014> <B7> <F0B7> endbfchar',
  '2 beginbfrange <20> <7E> <0020> <C0> <FF> <0410> endbfrange',
  'endcmap CMapName currentdict /CMap defineresource pop end end',
].join('\n');

/** A placed line of /F2 text: its left edge x and baseline y in points (size 12 unless given). */
export interface PlacedLine { text: string; x: number; y: number; size?: number }

/** A content stream writing each line in /F2 where it is placed. */
export const cyrillicLines = (...lines: PlacedLine[]) => lines
  .map(({ text, x, y, size = 12 }) => `BT /F2 ${size} Tf ${x} ${y} Td (${Buffer.from(iconv.encode(text, 'win1251')).toString('latin1').replace(/[()\\]/g, '\\$&')}) Tj ET`)
  .join('\n');

/** An RTF that takes the parser a noticeable time: an embedded object of 40 MB. */
export const slowRtf = () => Buffer.concat([
  Buffer.from(String.raw`{\rtf1\ansi Before\par{\object{\*\objdata `, 'latin1'),
  Buffer.alloc(40 * 1024 * 1024, 0x41),
  Buffer.from('}}After\\par}', 'latin1'),
]);

/**
 * A .docx of 20,000 distinct paragraphs (too varied to pass for a zip bomb): small as a file,
 * but the Word reader holds a tree of it that a 32 MB heap cannot.
 */
export const ballooningDocx = () =>
  docx(Array.from({ length: 20_000 }, (_, i) => para(((i * 2_654_435_761) % 4_294_967_291).toString(36).repeat(3))).join(''));
