/**
 * The comparison and the case summaries, and their exports, run as jobs in real worker threads
 * (each reads every coding of the project): the answers are those the services give in process.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch.js';
import { exportTable } from '../../../main/export/index.js';
import { compareCases, comparisonCrossTable } from '../../../main/services/comparison.js';
import { summariesCrossTable, summaryGrid } from '../../../main/services/summaries.js';
import { ComparisonRequest } from '../../../shared/method/comparison.js';
import { SummaryGridRequest } from '../../../shared/method/summaries.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';
import { callerNotingJobs } from './job-test-helpers.js';
import { useJobWorkers } from './worker-bundle.js';

useJobWorkers();

let t: TestSession;
let dispatch: Dispatch;
const call = callerNotingJobs(() => dispatch);

beforeEach(async () => {
  t = newTestSession('Ada');
  t.session.createProject('method');
  dispatch = createDispatch(t.session, () => {});
  const codebook = (await call('codebook.get', {})).value;
  const negative = codebook.codes.find((c) => c.name === 'Negative')!.id;
  const economic = codebook.codes.find((c) => c.name === 'Economic')!.id;
  const groups = {
    Programmers: (await call('groups.create', { name: 'Programmers' })).value.id,
    Entrepreneurs: (await call('groups.create', { name: 'Entrepreneurs' })).value.id,
  };
  for (const [name, group, codes] of [['P1', 'Programmers', [negative, economic]], ['P2', 'Programmers', [negative]], ['E1', 'Entrepreneurs', [economic]]] as const) {
    const groupId = groups[group];
    const { id: caseId } = (await call('cases.create', { name, groupId })).value;
    await call('documents.paste', { caseId, name: `${name} interview`, text: 'Wages are low but the work is good.' });
    const [document] = (await call('documents.list', { caseId })).value;
    for (const [k, codeId] of codes.entries()) await call('coding.apply', { documentId: document!.id, start: k * 10, end: k * 10 + 5, codeId });
  }
});
afterEach(() => t.dispose());

const store = () => t.session.context().store;

describe('method views as jobs', () => {
  it('build the comparison and the summaries grid in a worker, as in process', async () => {
    const comparison = await call('comparison.build', {});
    expect(comparison.jobs).toEqual(['comparison.build']);
    expect(comparison.value).toEqual(compareCases({ store: store() }, ComparisonRequest.parse({})));
    expect(comparison.value.rows.find((r) => r.code === 'Valence/Negative')!.counts).toEqual([2, 0]);

    const frameworkId = (await call('frameworks.findByName', { name: 'STEEPL' })).value.id;
    const grid = await call('summaries.grid', { frameworkId });
    expect(grid.jobs).toEqual(['summaries.grid']);
    expect(grid.value).toEqual(summaryGrid({ store: store() }, SummaryGridRequest.parse({ frameworkId })));
  });

  it('write their exports in a worker, as in process', async () => {
    const compared = await call('comparison.export', { request: {}, format: 'md' });
    expect(compared.jobs).toEqual(['comparison.export']);
    const expected = comparisonCrossTable({ store: store() }, ComparisonRequest.parse({}));
    expect(compared.value).toEqual({
      fileName: 'Comparison by group.md', title: expected.title, content: (await exportTable(expected, 'md')).toString('base64'),
    });

    const frameworkId = (await call('frameworks.findByName', { name: 'STEEPL' })).value.id;
    const summarised = await call('summaries.export', { request: { frameworkId }, quotes: true, format: 'md' });
    expect(summarised.jobs).toEqual(['summaries.export']);
    const table = summariesCrossTable({ store: store() }, SummaryGridRequest.parse({ frameworkId }), true);
    expect(Buffer.from(summarised.value.content, 'base64').toString('utf8')).toBe((await exportTable(table, 'md')).toString('utf8'));
    expect(Buffer.from(summarised.value.content, 'base64').toString('utf8')).toContain('Wages');
  });
});
