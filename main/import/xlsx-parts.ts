/**
 * The parts of an .xlsx that read-excel-file reads, each inflated and checked by zip-parts.ts,
 * and a package rebuilt from those parts alone for it to read. read-excel-file unzips on its own
 * (unzipper, from the local headers, every .xml entry, unchecked): handed the file itself, an entry
 * whose local header hides its size inflated to gigabytes (review-hostile-1207 #1). Its worksheets
 * go in with an address on every cell and held to the sheet limits (worksheet-addresses.ts).
 */
import { zipSync } from 'fflate';
import { refuse } from './refusal.js';
import { addressWorksheet } from './worksheet-addresses.js';
import { openZipParts } from './zip-parts.js';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const RELATIONSHIP = /<(?:[\w.-]+:)?Relationship\b([^>]*)>/g;
const ATTRIBUTE = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The package read-excel-file is given: the parts it reads, stored, nothing else. */
export async function readXlsxPackage(fileName: string, bytes: Buffer): Promise<Buffer> {
  const zip = await openZipParts(fileName, bytes);
  try {
    for (const name of [WORKBOOK, WORKBOOK_RELS]) {
      if (!zip.names.includes(name)) throw refuse('corrupt', fileName, `this zip holds no Excel workbook (${name})`, { detail: name });
    }
    const fixed = await zip.read([WORKBOOK, WORKBOOK_RELS]);
    const targets = relationshipTargets(fixed.get(WORKBOOK_RELS)!.toString('utf8'));
    // Where read-excel-file looks when the relationships name no shared strings or styles.
    const named = [...targets.worksheets, ...targets.shared, 'xl/sharedStrings.xml', 'xl/styles.xml'];
    const rest = [...new Set(named)].filter((name) => zip.names.includes(name) && !fixed.has(name));
    const parts = new Map([...fixed, ...await zip.read(rest)]);
    // Every sheet the relationships name, the first among them, wherever it is (even where the
    // workbook's own parts are), is read as a sheet: read as read-excel-file decodes it, UTF-8.
    for (const name of new Set(targets.worksheets)) {
      const sheet = parts.get(name);
      const addressed = sheet && addressWorksheet(sheet.toString('utf8'), fileName);
      if (addressed !== undefined) parts.set(name, Buffer.from(addressed));
    }
    return Buffer.from(zipSync(Object.fromEntries(parts), { level: 0 }));
  } finally {
    zip.close();
  }
}

/**
 * The part names the workbook's relationships point to, resolved as read-excel-file resolves them
 * (parseFilePaths.js: «/x» is x, anything else is under xl/). Read here by pattern, not by its
 * parser: a name it resolves otherwise is simply missing from the rebuilt package, so nothing
 * unchecked can be read.
 */
function relationshipTargets(rels: string): { worksheets: string[]; shared: string[] } {
  const worksheets: string[] = [];
  const shared: string[] = [];
  for (const [, attributes] of rels.matchAll(RELATIONSHIP)) {
    const values = new Map([...attributes!.matchAll(ATTRIBUTE)].map(([, name, double, single]) => [name, double ?? single ?? '']));
    const type = values.get('Type')?.split('/').pop();
    const target = values.get('Target');
    if (!target) continue;
    const name = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    if (type === 'worksheet') worksheets.push(name);
    else if (type === 'sharedStrings' || type === 'styles') shared.push(name);
  }
  return { worksheets, shared };
}
