import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFormats } from '../../../shared/tables.js';
import { caseWithText, codeId, newMethodProject, type MethodProject } from '../method/helpers.js';
import { readWorkbook } from './ooxml.js';

let p: MethodProject;
let valence: number;
beforeEach(async () => {
  p = await newMethodProject();
  const anna = await caseWithText(p.call, 'Anna', 'Programmers', 'Low wages. Good team.');
  await caseWithText(p.call, 'Boris', 'Entrepreneurs', 'Nothing to say.');
  const negative = await codeId(p.call, 'Valence/Negative');
  valence = (await p.call('frameworks.findByName', { name: 'Valence' })).id;
  await p.call('coding.apply', { documentId: anna.documentId, start: 0, end: 10, codeId: negative });
  await p.call('summaries.set', { caseId: anna.caseId, codeId: negative, text: 'Pay is the complaint.' });
});
afterEach(() => p.t.dispose());

const exported = async (format: (typeof exportFormats)[number], quotes: boolean) =>
  Buffer.from((await p.call('summaries.export', { request: { frameworkId: valence }, quotes, format })).content, 'base64');

describe('case summaries export', () => {
  it('writes the summaries grid in every format, each cell its summary, the quotes after it only when asked', async () => {
    for (const format of exportFormats) expect((await exported(format, false)).length).toBeGreaterThan(0);
    expect((await exported('md', false)).toString('utf8')).toMatch(/^\| Anna \|.*\| Pay is the complaint\. \|/m);
    expect((await exported('md', true)).toString('utf8')).toMatch(/^\| Anna \|.*\| Pay is the complaint\.<br><br>Low wages\. \|/m);
    const book = await readWorkbook(await exported('xlsx', true));
    const grid = book.grid('Table');
    const header = grid[1]!.map((c) => c?.value);
    const anna = grid.find((row) => row[0]?.value === 'Anna')!;
    expect(anna[header.indexOf('Negative')]?.value).toBe('Pay is the complaint.\n\nLow wages.');
    expect(grid.map((row) => row[0]?.value)).toEqual(expect.arrayContaining(['Programmers', 'Entrepreneurs']));
    const json = JSON.parse((await exported('json', false)).toString('utf8')) as { cells: { rowKey: string; text?: string }[] };
    expect(json.cells.filter((c) => c.text).map((c) => c.text)).toEqual(['Pay is the complaint.']);
  });
});
