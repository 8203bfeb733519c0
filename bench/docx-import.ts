/**
 * Issue 9's figure: importing 200 generated .docx interviews (`casecoder import … --case`, a
 * whole CLI process, each file read in the worker thread) beside the same words as .txt files
 * imported the same way — so the figure is what Word's format costs, not what import costs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { removeDatabase } from './baseline.js';
import { figure, missing, type Figure } from './figures.js';
import { Prng } from './prng.js';
import type { Measured } from './spawn.js';

type Cli = (what: string, argv: string[], options?: { budget?: number; app?: boolean }) => Promise<Measured>;

const INTERVIEWS = 200;
const PARAGRAPHS = 30;
const WORDS = ['мы', 'переехали', 'весной', 'работа', 'город', 'семья', 'квартира', 'деньги', 'друзья', 'язык', 'жұмыс', 'қала', 'отбасы',
  'the', 'move', 'was', 'hard', 'visa', 'office', 'school', 'rent', 'prices', 'neighbours', 'future', 'plans', 'and', 'but', 'then'];

/** Each interview's paragraphs: the same words go into the .docx and the .txt. */
function interview(prng: Prng): string[] {
  return Array.from({ length: PARAGRAPHS }, () => {
    const words = Array.from({ length: prng.int(20, 80) }, () => WORDS[prng.int(0, WORDS.length - 1)]!);
    return `${words.join(' ')}.`;
  });
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function docx(paragraphs: string[]): Uint8Array {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('');
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  });
}

export async function docxImportFigures(options: { work: string; scale: number; seed: number; cli: Cli; setupBudgetMs: number }): Promise<Figure[]> {
  const { work, scale, seed, cli } = options;
  const count = Math.max(10, Math.round(INTERVIEWS * scale));
  const folder = join(work, 'interviews');
  mkdirSync(folder, { recursive: true });
  const prng = new Prng(seed + 9);
  const docxFiles: string[] = [];
  const txtFiles: string[] = [];
  let words = 0;
  for (let i = 1; i <= count; i++) {
    const paragraphs = interview(prng);
    words += paragraphs.reduce((sum, p) => sum + p.split(' ').length, 0);
    const base = join(folder, `interview-${String(i).padStart(3, '0')}`);
    writeFileSync(`${base}.docx`, docx(paragraphs));
    writeFileSync(`${base}.txt`, paragraphs.join('\n'));
    docxFiles.push(`${base}.docx`);
    txtFiles.push(`${base}.txt`);
  }
  const name = `import ${count} .docx interviews (CLI process)`;
  const timed = async (what: string, files: string[]) => {
    const project = join(work, `${what}.casecoder`);
    // A rerun in the same --work folder starts from a new project.
    removeDatabase(project);
    const created = await cli(`casecoder new (${what})`, ['new', project], { budget: options.setupBudgetMs, app: false });
    if (created.status !== 'ok') return created;
    return cli(`${name}: ${what}`, ['import', project, ...files, '--case', 'Interviews']);
  };
  const text = await timed('txt', txtFiles);
  const word = await timed('docx', docxFiles);
  if (word.status !== 'ok' || text.status !== 'ok') {
    const failed = word.status !== 'ok' ? word : text;
    return [missing(name, 's', failed.status === 'timeout' ? 'timeout' : 'failed', failed.stderr.trim().split('\n').pop() ?? 'failed')];
  }
  return [
    figure(name, word.wallMs / 1000, 's', {
      baseline: text.wallMs / 1000,
      note: `${words.toLocaleString('en')} words in ${count} files of ${PARAGRAPHS} paragraphs, each read in the worker thread; baseline = the same words as .txt files, imported the same way`,
    }),
    figure(`${name}: peak memory`, word.maxRssMB ?? 0, 'MB', { note: 'whole CLI process' }),
  ];
}
