/**
 * Issue 11: a table built in Russian or Kazakh carries no English word of the builder's own
 * (titles, row headers, group headings, subtotals, totals, filter notes); only the project's
 * names (cases, codes, frameworks, groups, attributes, documents, coders) may stay in English.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildTable } from '../../../main/analysis/tables.js';
import { findCodeByPath, getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { listGroups } from '../../../main/db/repos/groups.js';
import { createAttribute, setAttributeValue } from '../../../main/services/attributes.js';
import { listCases, setCaseGroup } from '../../../main/services/cases.js';
import { applyCode } from '../../../main/services/coding.js';
import { importCaseTable } from '../../../main/services/text-import.js';
import { OffsetMap } from '../../../shared/offsets.js';
import { TableRequest, type CrossTable, type ExportLanguage, type TableRequest as Request } from '../../../shared/tables.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
beforeEach(() => {
  t = newTestSession();
  t.session.createProject('table-words');
});
afterEach(() => t.dispose());

const latinWords = (text: string) => text.match(/[A-Za-z][A-Za-z'’]*/g) ?? [];

function codeQuote(quote: string, path: string) {
  const ctx = t.session.context();
  const [f, c] = path.split('/') as [string, string];
  for (const document of listDocuments(ctx.store)) {
    const text = ctx.store.db.prepare('SELECT text FROM document WHERE id = ?').pluck().get(document.id) as string;
    const at = text.indexOf(quote);
    if (at < 0) continue;
    const map = new OffsetMap(text);
    applyCode(ctx, { documentId: document.id, start: map.toCodePoint(at), end: map.toCodePoint(at + quote.length), codeId: findCodeByPath(ctx.store, f, c)!.id });
    return;
  }
  throw new Error(`no "${quote}"`);
}

/** The programmers' cases with one case moved out of every group, coded in two frameworks, with an attribute. */
function project(): { requests: Request[]; dataWords: Set<string> } {
  const ctx = t.session.context();
  importCaseTable(ctx, 'p.csv', readFileSync(new URL('../../fixtures/case-table-programmers.csv', import.meta.url)), 'Programmers');
  codeQuote('We plan to leave, maybe for Georgia, maybe further.', 'Valence/Forecast');
  codeQuote('Taxes for freelancers are low', 'STEEPL/Economic');
  codeQuote('Taxes for freelancers are low', 'Valence/Positive');
  const cases = listCases(ctx);
  setCaseGroup(ctx, cases.at(-1)!.id, null);
  const outcome = createAttribute(ctx, 'Outcome', 'choice', ['staying', 'leaving']);
  setAttributeValue(ctx, cases[0]!.id, outcome.id, 'staying');
  const codebook = getCodebook(ctx.store);
  const groups = listGroups(ctx.store);
  const dataWords = new Set(
    [...cases.map((c) => c.name), ...codebook.frameworks.map((f) => f.name), ...codebook.codes.map((c) => c.name), ...groups.map((g) => g.name),
      ...listDocuments(ctx.store).map((d) => d.name),
      'Outcome', 'staying', 'leaving', 'Ada'].flatMap(latinWords),
  );
  const filters = [
    {},
    { groupIds: groups.map((g) => g.id), coders: ['Ada'], statuses: ['selected', 'candidate', 'excluded'] as const },
    { attributes: [{ attributeId: outcome.id, values: ['staying'] }], documentIds: listDocuments(ctx.store).map((d) => d.id) },
  ];
  const requests = filters.flatMap((f): Request[] => [
    { kind: 'case-matrix', filters: { ...f, statuses: f.statuses && [...f.statuses] } },
    { kind: 'case-matrix', groupBy: { attributeId: outcome.id }, filters: { ...f, statuses: f.statuses && [...f.statuses] } },
    { kind: 'crosstab', filters: { ...f, statuses: f.statuses && [...f.statuses] } },
    { kind: 'code-case', filters: { ...f, statuses: f.statuses && [...f.statuses] } },
    { kind: 'cooccurrence', filters: { ...f, statuses: f.statuses && [...f.statuses] } },
  ]);
  return { requests, dataWords };
}

/** What the builder itself wrote: the title, the row header, non-data row labels and the filter note. */
const builderText = (table: CrossTable) => [table.title, table.rowHeader, table.filterNote, ...table.rows.filter((r) => r.role !== 'data').map((r) => r.label)];
const englishOf = (table: CrossTable, dataWords: Set<string>) => builderText(table).flatMap(latinWords).filter((w) => !dataWords.has(w));

describe('the table builder\'s words follow the request\'s language', () => {
  it('writes no English of its own in Russian or Kazakh, and the same data in every language', () => {
    const { requests, dataWords } = project();
    const store = t.session.context().store;
    for (const request of requests) {
      const build = (language: ExportLanguage) => buildTable(store, TableRequest.parse({ ...request, language }));
      const en = build('en');
      // The check can fail: English tables do carry the builder's English words.
      expect(englishOf(en, dataWords), JSON.stringify(request)).not.toEqual([]);
      for (const language of ['ru', 'kk'] as const) {
        const table = build(language);
        expect(englishOf(table, dataWords), `${language} ${JSON.stringify(request)}`).toEqual([]);
        expect(table.columns).toEqual(en.columns);
        expect(table.rows.filter((r) => r.role === 'data')).toEqual(en.rows.filter((r) => r.role === 'data'));
        expect(table.cells.map((row) => row.map((c) => c.count))).toEqual(en.cells.map((row) => row.map((c) => c.count)));
      }
    }
  });

  it('names the group-less cases, subtotals and totals in the language asked', () => {
    const { dataWords } = project();
    const store = t.session.context().store;
    const ru = buildTable(store, TableRequest.parse({ kind: 'code-case', language: 'ru' }));
    expect(ru.rows.filter((r) => r.role !== 'data').map((r) => r.label)).toEqual([
      'Programmers', 'Промежуточный итог: Programmers', 'Без группы', 'Промежуточный итог: Без группы', 'Итого',
    ]);
    expect(englishOf(ru, dataWords)).toEqual([]);
  });
});
