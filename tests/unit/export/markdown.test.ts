import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../../../main/export/markdown.js';
import { countsTable, expectedQuotes, sampleTable } from './sample-table.js';

/** Splits a GFM table row at its unescaped pipes and undoes the writer's escapes. */
function cells(line: string): string[] {
  const inner = line.replace(/^\| /, '').replace(/ \|$/, '');
  return inner.split(/(?<!\\) \| /).map((cell) =>
    cell
      .replace(/^\*\*(.*)\*\*$/, '$1')
      .replace(/<br>/g, '\n')
      .replace(/\\(.)/g, '$1'),
  );
}

describe('Markdown export', () => {
  const text = writeMarkdown(sampleTable).toString('utf8');
  const lines = text.split('\n');

  it('has a bold caption, then a GFM table with a header and a delimiter row', () => {
    expect(lines[0]).toBe(`**${sampleTable.title}**`);
    expect(lines[1]).toBe('');
    expect(cells(lines[2]!)).toEqual(['Случай', 'Позитивные', 'Негативные', 'Нейтральные, прочие']);
    expect(lines[3]).toBe('| --- | --- | --- | --- |');
  });

  it('has one line per row, with every cell, pipes escaped and line breaks as <br>', () => {
    const rows = lines.slice(4, 4 + sampleTable.rows.length);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(6);
    expect(rows.map((row) => cells(row)[0])).toEqual(sampleTable.rows.map((row) => row.label));
    expect(rows.map((row) => cells(row).slice(1))).toEqual(expectedQuotes);
    expect(rows[1]).toContain('"быстрый" \\| везде (П1)');
    expect(rows[1]).toContain('- Аренда дорогая.<br>Очень дорогая. (П1)');
    expect(rows[2]).toContain('Налоги \\<b\\>растут\\</b\\> \\& цены тоже');
    expect(rows[3]).toBe('| **Итого: программисты** | **3** | **2** | **1** |');
  });

  it('ends with the filter note, segment ids only in an appendix when asked', () => {
    const after = lines.slice(4 + sampleTable.rows.length).join('\n');
    expect(after).toContain(`*Note.* ${sampleTable.filterNote}.`);
    expect(writeMarkdown({ ...sampleTable, appendix: false }).toString('utf8')).not.toContain('11, 12');
    const withAppendix = writeMarkdown({ ...sampleTable, number: '1', appendix: true }).toString('utf8');
    expect(withAppendix.split('\n')[0]).toBe(`**Table 1.** *${sampleTable.title}*`);
    expect(withAppendix).toContain('**Appendix. Segment ids by cell**\n\n- П1 × Позитивные: 11, 12\n- П1 × Негативные: 13\n');
    expect(withAppendix).toContain('- Д1 × Негативные: 31\n');
    expect(withAppendix.split('**Appendix')[1]).not.toContain('Итого');
  });

  it('right-aligns count columns', () => {
    expect(writeMarkdown(countsTable).toString('utf8').split('\n')[3]).toBe('| --- | ---: | ---: | ---: |');
  });
});
