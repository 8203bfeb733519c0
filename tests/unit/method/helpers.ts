/** A project reached through the dispatch, as every front door reaches it, for the method tests. */
import { createDispatch } from '../../../main/api/dispatch.js';
import { callThrough, type Call } from '../../../main/cli/call.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

export interface MethodProject {
  t: TestSession;
  call: Call;
}

export async function newMethodProject(name = 'study'): Promise<MethodProject> {
  const t = newTestSession('Ada');
  const logged: string[] = [];
  const call = callThrough(createDispatch(t.session, (m) => logged.push(m)), logged);
  await call('project.create', { path: `${t.home}/projects/${name}.casecoder` });
  return { t, call };
}

/** A case with one document of `text`, in the group of that name (created when missing). */
export async function caseWithText(call: Call, name: string, groupName: string | null, text = 'x'): Promise<{ caseId: number; documentId: number }> {
  const groupId = groupName === null ? null : await groupIdOf(call, groupName);
  const created = await call('cases.create', { name, groupId });
  await call('documents.paste', { caseId: created.id, name: `${name} interview`, text });
  const [document] = await call('documents.list', { caseId: created.id });
  return { caseId: created.id, documentId: document!.id };
}

async function groupIdOf(call: Call, name: string): Promise<number> {
  const found = (await call('groups.list', {})).find((g) => g.name === name);
  return found ? found.id : (await call('groups.create', { name })).id;
}

export async function codeId(call: Call, path: string): Promise<number> {
  return (await call('codes.findByPath', { path })).id;
}

/**
 * Lipset's survival of democracy in inter-war Europe, crisp (data set LC of R's QCA package, as
 * in tests/unit/qca/published-examples.test.ts), set up as coded cases: DEV is the attribute
 * GNP (600 when developed, 300 when not; "GNP >= 550"), the other conditions and SURV are codes
 * of the framework Lipset, each coded on the case's interview where the condition holds.
 */
export const LIPSET: [pattern: string, outcome: 0 | 1, cases: string[]][] = [
  ['11111', 1, ['BE', 'CZ', 'NL', 'UK']],
  ['10101', 1, ['FI', 'IE']],
  ['10111', 1, ['FR', 'SE']],
  ['00000', 0, ['GR', 'PT', 'ES']],
  ['00001', 0, ['IT', 'RO']],
  ['00100', 0, ['HU', 'PL']],
  ['00101', 0, ['EE']],
  ['10110', 0, ['AU']],
  ['11110', 0, ['DE']],
];
export const LIPSET_CONDITIONS = ['GNP >= 550', 'Lipset/URB', 'Lipset/LIT', 'Lipset/IND', 'Lipset/STB'];

export async function seedLipset(call: Call): Promise<void> {
  const framework = await call('frameworks.create', { name: 'Lipset' });
  const codes = new Map<string, number>();
  for (const name of ['URB', 'LIT', 'IND', 'STB', 'SURV']) codes.set(name, (await call('codes.create', { frameworkId: framework.id, name })).id);
  const gnp = await call('attributes.create', { name: 'GNP', type: 'number' });
  for (const [pattern, outcome, countries] of LIPSET) {
    for (const country of countries) {
      const { caseId, documentId } = await caseWithText(call, country, null, `Notes on ${country}.`);
      await call('attributes.setValue', { caseId, attributeId: gnp.id, value: pattern[0] === '1' ? 600 : 300 });
      const present = ['URB', 'LIT', 'IND', 'STB'].filter((_, i) => pattern[i + 1] === '1');
      if (outcome === 1) present.push('SURV');
      for (const name of present) await call('coding.apply', { documentId, start: 0, end: 5, codeId: codes.get(name)! });
    }
  }
}
