/**
 * A new project's default codebook comes in the language it is created in (the UI's, passed
 * through the contract), and what recognises the default frameworks by name still finds them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../main/api/dispatch.js';
import { insertFramework } from '../../../main/db/repos/codebook.js';
import { holdWrites } from '../../../main/jobs/write-gate.js';
import { openInitialProject } from '../../../main/sample/open-initial-project.js';
import type { Input, Method, Output } from '../../../shared/contract.js';
import type { Codebook } from '../../../shared/entities.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let dispatch: Dispatch;
beforeEach(() => {
  t = newTestSession();
  dispatch = createDispatch(t.session, () => {});
});
afterEach(() => t.dispose());

/** The value of a call that must succeed, as the contract says it is. */
async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const answer = await dispatch(method, input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as Output<M>;
}

const codebook = () => call('codebook.get', {});
const paths = (book: Codebook) => book.codes.map((c) => `${book.frameworks.find((f) => f.id === c.frameworkId)!.name}/${c.name}`);

describe('a new project in the UI language', () => {
  it('names the default codebook in Russian or Kazakh when created so, and in English otherwise', async () => {
    await call('project.create', { path: 'ru-study', language: 'ru' });
    const ru = await codebook();
    expect(ru.frameworks.map((f) => [f.name, f.exclusive])).toEqual([['Валентность', true], ['STEEPL', false]]);
    expect(paths(ru)).toEqual([
      'Валентность/Позитивное', 'Валентность/Негативное', 'Валентность/Прогноз',
      'STEEPL/Социокультурные', 'STEEPL/Технологические', 'STEEPL/Экономические', 'STEEPL/Экологические', 'STEEPL/Политические', 'STEEPL/Правовые',
    ]);
    expect(ru.codes[0]!.description).toBe('Факт, который в кейсе воспринимается как благоприятный.');

    await call('project.create', { path: 'kk-study', language: 'kk' });
    const kk = await codebook();
    expect(paths(kk).slice(0, 4)).toEqual(['Валенттілік/Оң', 'Валенттілік/Теріс', 'Валенттілік/Болжам', 'STEEPL/Әлеуметтік-мәдени']);

    await call('project.create', { path: 'en-study', language: 'en' });
    expect(paths(await codebook()).slice(0, 4)).toEqual(['Valence/Positive', 'Valence/Negative', 'Valence/Forecast', 'STEEPL/Sociocultural']);
    // A front door that says nothing gets English, as before.
    await call('project.create', { path: 'plain' });
    expect((await codebook()).frameworks.map((f) => f.name)).toEqual(['Valence', 'STEEPL']);
  });

  it('keeps the names it was created with: reopened, the Russian project is still Russian', async () => {
    const created = await call('project.create', { path: 'ru-study', language: 'ru' });
    await call('project.create', { path: 'other', language: 'en' });
    await call('project.open', { path: created.path });
    expect((await codebook()).frameworks.map((f) => f.name)).toEqual(['Валентность', 'STEEPL']);
  });

  it('refuses a language the codebook is not written in, creating nothing', async () => {
    const answer = await dispatch('project.create', { path: 'de-study', language: 'de' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
    expect(t.session.workspaceProjects()).toEqual([]);
  });

  it("builds the tables' default axes from the Russian Valence and STEEPL", async () => {
    await call('project.create', { path: 'ru-study', language: 'ru' });
    // A framework of the researcher's own ahead of them (as one imported into an empty project may be): not the default.
    insertFramework(t.session.context().store, 'Темы', false, undefined, 0);
    // Neither framework asked for: the case matrix's columns are Valence, the crosstab's rows STEEPL and columns Valence.
    const matrix = await call('tables.build', { kind: 'case-matrix' });
    expect(matrix.columns.map((c) => c.label)).toEqual(['Позитивное', 'Негативное', 'Прогноз']);
    const crosstab = await call('tables.build', { kind: 'crosstab' });
    expect(crosstab.columns.map((c) => c.label)).toEqual(['Позитивное', 'Негативное', 'Прогноз']);
    expect(crosstab.rows.map((r) => r.label)).toContain('Экономические');
  });
});

describe('a project made at start, in the system language', () => {
  // `npm run web -- --project new.casecoder` under LANG=C: the server makes the project before
  // any UI says its language. The UI says it as it shows the project.
  const atStart = (path: string) => openInitialProject(t.session, `${t.session.state().workspace}/${path}.casecoder`, () => {}, 'en');

  it("takes the UI's language, names and descriptions, while nothing is done in it", async () => {
    atStart('guessed');
    expect(await call('codebook.followUiLanguage', { language: 'ru' })).toEqual({ renamed: true });
    const ru = await codebook();
    expect(paths(ru).slice(0, 4)).toEqual(['Валентность/Позитивное', 'Валентность/Негативное', 'Валентность/Прогноз', 'STEEPL/Социокультурные']);
    expect(ru.codes[0]!.description).toBe('Факт, который в кейсе воспринимается как благоприятный.');
    // Not a step of the user's: nothing to undo.
    expect((await call('history.state', {})).canUndo).toBe(false);
    // The UI switched to Kazakh before anything was done: the codebook follows; said twice, once.
    expect(await call('codebook.followUiLanguage', { language: 'kk' })).toEqual({ renamed: true });
    expect(await call('codebook.followUiLanguage', { language: 'kk' })).toEqual({ renamed: false });
    expect(paths(await codebook()).slice(0, 2)).toEqual(['Валенттілік/Оң', 'Валенттілік/Теріс']);
  });

  it('waits, without a word, while a job writes the project', async () => {
    atStart('busy');
    const release = holdWrites(t.session.context().store);
    expect(await dispatch('codebook.followUiLanguage', { language: 'ru' })).toEqual({ ok: true, value: { renamed: false } });
    release();
    expect(await call('codebook.followUiLanguage', { language: 'ru' })).toEqual({ renamed: true });
  });

  it('keeps its names once something is done in it, and a code the user added keeps its own', async () => {
    atStart('worked');
    const { frameworks } = await codebook();
    await call('codes.create', { frameworkId: frameworks[0]!.id, parentId: null, name: 'Mixed', color: '#123456' });
    expect(await call('codebook.followUiLanguage', { language: 'ru' })).toEqual({ renamed: false });
    expect(paths(await codebook())).toContain('Valence/Mixed');
    expect(paths(await codebook())).toContain('Valence/Positive');
    // Undone back to nothing done, it stays the user's: the names were settled by the first step.
    await call('history.undo', {});
    expect(await call('codebook.followUiLanguage', { language: 'ru' })).toEqual({ renamed: false });
  });

  it('leaves a project made from the UI, or opened, as it was made', async () => {
    const made = await call('project.create', { path: 'chosen', language: 'en' });
    expect(await call('codebook.followUiLanguage', { language: 'ru' })).toEqual({ renamed: false });
    atStart('other');
    openInitialProject(t.session, made.path, () => {}, 'en');
    expect(await call('codebook.followUiLanguage', { language: 'ru' })).toEqual({ renamed: false });
    expect((await codebook()).frameworks.map((f) => f.name)).toEqual(['Valence', 'STEEPL']);
  });
});

