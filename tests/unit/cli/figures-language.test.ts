/**
 * The command line writes figures as the app's views do in the system's language: a word's share
 * «1,07 %» in Russian, «1,07%» in Kazakh, "1.07%" in English, and counts grouped by thousands as
 * the locale groups them. --json keeps the numbers as numbers, the same in any language. Run in
 * this process on a project pasted through the services. (Selection statuses and times:
 * tests/unit/method/cli.test.ts.)
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../shared/i18n/translator.js';
import { runCliCaptured } from '../../helpers/cli-in-process.js';
import { pastedProject } from '../../helpers/pasted-project.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
let project: string;

beforeAll(() => {
  t = newTestSession('Ada');
  // 1,200 words: «рынок» once (1/1200 = 0.08 %), «налоги» 1,199 times (a count past a thousand).
  project = pastedProject(t, 'words.casecoder', [['P1', `рынок ${'налоги '.repeat(1199)}`]]).path;
  t.session.closeProject();
});
afterAll(() => t.dispose());

const words = async (locale: Record<string, string>, ...more: string[]) => {
  const run = await runCliCaptured(['words', project, ...more], { ...locale, CASECODER_HOME: join(t.home, 'cli-home') }, t.home);
  expect(run.status, run.err).toBe(0);
  return run.out;
};

describe('casecoder words in the system\'s language', () => {
  it('writes shares and counts as the app\'s word list does', async () => {
    const ru = await words({ LANG: 'ru_RU.UTF-8' });
    expect(ru).toMatch(/^налоги +1\u00a0199 +99,92\u00a0% +1 +1$/m);
    expect(ru).toMatch(/^рынок +1 +0,08\u00a0% +1 +1$/m);
    const kk = await words({ LC_ALL: 'kk_KZ.UTF-8', LANG: 'en_US.UTF-8' });
    expect(kk).toMatch(/^рынок +1 +0,08% +1 +1$/m);
    const en = await words({ LANG: 'en_US.UTF-8' });
    expect(en).toMatch(/^налоги +1,199 +99\.92% +1 +1$/m);
  });

  it('groups the counts inside its sentences as well («1 234 символа»)', () => {
    expect(translator('ru').t('commandLineResults.counted.character', { count: 1234 })).toBe('1\u00a0234 символа');
    expect(translator('en').t('commandLineReports.agreement.codePoints', { count: 12345 })).toBe('12,345 code points');
  });

  it('prints the same JSON whatever the language', async () => {
    const en = await words({ LANG: 'C' }, '--json');
    expect(await words({ LANG: 'ru_RU.UTF-8' }, '--json')).toBe(en);
    expect(JSON.parse(en).words[1]).toMatchObject({ word: 'рынок', count: 1, share: 1 / 1200 });
  });
});
