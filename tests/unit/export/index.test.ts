import { describe, expect, it } from 'vitest';
import { exportTable } from '../../../main/export/index.js';
import { exportFileExtension } from '../../../main/export/file-name.js';
import { exportFormats } from '../../../shared/tables.js';
import { sampleTable } from './sample-table.js';

describe('exportTable', () => {
  it.each(exportFormats)('writes %s', async (format) => {
    const buffer = await exportTable(sampleTable, format);
    expect(buffer.length).toBeGreaterThan(0);
    // XLSX and DOCX are zip files.
    if (format === 'xlsx' || format === 'docx') expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
    else expect(buffer.toString('utf8')).toContain(format === 'csv' ? 'Случай' : sampleTable.title);
  });

  it('names files by the usual extension', () => {
    expect(exportFormats.map(exportFileExtension)).toEqual(['csv', 'xlsx', 'docx', 'md', 'html', 'json']);
  });
});
