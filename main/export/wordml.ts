/**
 * A Word document written as WordprocessingML text and deflated into its package as it is
 * written. The `docx` library builds an object per table cell, paragraph and run, turns the tree
 * into another tree and that into XML: four case matrices of 300 cases × 71–179 codes (issue 13's
 * bench) cost it 26 s and 1.7 GB. A table of paragraphs needs a handful of elements, written here
 * in the order the schema (ECMA-376 part 1) fixes for each; memory stays at the compressed file
 * plus one piece of text.
 */
import { languageTag, type ExportLanguage } from '../../shared/tables.js';
import { contentTypes, PKG_REL, REL, relationships, XML_HEAD } from './opc.js';
import { xmlEscape } from './xml-text.js';
import { ZipWriter } from './zip-writer.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface RunLook {
  bold?: boolean;
  italic?: boolean;
  /** Half-points. */
  size?: number;
  /** Its own language, where it differs from the document's (text-language.ts). */
  language?: ExportLanguage;
}

/** A run of text; its line breaks become Word line breaks, so they stay inside the paragraph. */
export function run(text: string, look: RunLook = {}): string {
  if (text === '') return '';
  const props =
    (look.bold ? '<w:b/><w:bCs/>' : '') +
    (look.italic ? '<w:i/><w:iCs/>' : '') +
    (look.size ? `<w:sz w:val="${look.size}"/><w:szCs w:val="${look.size}"/>` : '') +
    (look.language ? `<w:lang w:val="${languageTag(look.language)}"/>` : '');
  const lines = text.split('\n').map((line) => `<w:t xml:space="preserve">${xmlEscape(line)}</w:t>`);
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}${lines.join('<w:br/>')}</w:r>`;
}

export interface ParagraphLook {
  keepNext?: boolean;
  /** Twips. */
  before?: number;
  after?: number;
  align?: 'left' | 'right' | 'center';
  /** Half-points of the paragraph mark: what sets an empty paragraph's height. */
  markSize?: number;
}

export function paragraph(runs: string, look: ParagraphLook = {}): string {
  const spacing =
    look.before || look.after
      ? `<w:spacing${look.before ? ` w:before="${look.before}"` : ''}${look.after ? ` w:after="${look.after}"` : ''}/>`
      : '';
  const props =
    (look.keepNext ? '<w:keepNext/>' : '') +
    spacing +
    (look.align === 'right' || look.align === 'center' ? `<w:jc w:val="${look.align}"/>` : '') +
    (look.markSize ? `<w:rPr><w:sz w:val="${look.markSize}"/><w:szCs w:val="${look.markSize}"/></w:rPr>` : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${runs}</w:p>`;
}

export interface Page {
  /** Twips, portrait. */
  width: number;
  height: number;
  margin: number;
  landscape: boolean;
}

export interface DocumentInfo {
  title: string;
  creator: string;
  /** The language of its words: Word proofreads and hyphenates the text in it. */
  language: ExportLanguage;
  /** The default font and its size in half-points. */
  font: string;
  size: number;
  page: Page;
}

/**
 * Writes a .docx: `body` appends the body's XML (paragraphs and tables) through `write`, and is
 * deflated as it goes rather than held whole.
 */
export function writeWordPackage(info: DocumentInfo, body: (write: (xml: string) => void) => void): Buffer {
  const zip = new ZipWriter();
  zip.file('[Content_Types].xml', contentTypes(PARTS));
  zip.file('_rels/.rels', relationships(PACKAGE_RELS));
  zip.file('docProps/core.xml', coreProperties(info));
  zip.file('docProps/app.xml', `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xmlEscape(info.creator)}</Application></Properties>`);
  zip.file('word/_rels/document.xml.rels', relationships(DOCUMENT_RELS));
  zip.file('word/styles.xml', styles(info));
  zip.file('word/settings.xml', settings());
  const document = zip.stream('word/document.xml');
  document.write(`${XML_HEAD}<w:document xmlns:w="${W}" xmlns:r="${REL}"><w:body>`);
  body((xml) => document.write(xml));
  document.write(`${section(info.page)}</w:body></w:document>`);
  document.end();
  return zip.done();
}

function section(page: Page): string {
  const [w, h] = page.landscape ? [page.height, page.width] : [page.width, page.height];
  const m = page.margin;
  return (
    `<w:sectPr><w:pgSz w:w="${w}" w:h="${h}" w:orient="${page.landscape ? 'landscape' : 'portrait'}"/>` +
    `<w:pgMar w:top="${m}" w:right="${m}" w:bottom="${m}" w:left="${m}" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>`
  );
}

const OFFICE_TYPE = 'application/vnd.openxmlformats-officedocument';
const PARTS = [
  ['/word/document.xml', `${OFFICE_TYPE}.wordprocessingml.document.main+xml`],
  ['/word/styles.xml', `${OFFICE_TYPE}.wordprocessingml.styles+xml`],
  ['/word/settings.xml', `${OFFICE_TYPE}.wordprocessingml.settings+xml`],
  ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
  ['/docProps/app.xml', `${OFFICE_TYPE}.extended-properties+xml`],
] as const;

const PACKAGE_RELS = [
  [`${REL}/officeDocument`, 'word/document.xml'],
  [`${PKG_REL}/metadata/core-properties`, 'docProps/core.xml'],
  [`${REL}/extended-properties`, 'docProps/app.xml'],
] as const;

const DOCUMENT_RELS = [
  [`${REL}/styles`, 'styles.xml'],
  [`${REL}/settings`, 'settings.xml'],
] as const;

function coreProperties(info: DocumentInfo): string {
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(info.title)}</dc:title><dc:creator>${xmlEscape(info.creator)}</dc:creator><dc:language>${languageTag(info.language)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/**
 * The default font and size, no space between paragraphs unless one asks, and the two default
 * styles Word expects. Widow control is on for every paragraph, as in Word's own template (a
 * document that leaves it out has it off): where a long quote's row breaks across pages, Word then
 * carries at least two of its lines over instead of one. LibreOffice does not apply it in table cells.
 */
function styles(info: DocumentInfo): string {
  const font = xmlEscape(info.font);
  return (
    `${XML_HEAD}<w:styles xmlns:w="${W}"><w:docDefaults>` +
    `<w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>` +
    `<w:sz w:val="${info.size}"/><w:szCs w:val="${info.size}"/><w:lang w:val="${languageTag(info.language)}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>'
  );
}

/** Word 2013+ layout rather than a compatibility mode. */
function settings(): string {
  return (
    `${XML_HEAD}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/><w:compat>` +
    '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
  );
}
