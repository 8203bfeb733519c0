/**
 * The demo study opens in the system's language: its accounts, groups and attributes in that
 * language, its codings on the default codebook named in it, each coding on exactly its quote.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { defaultCodeNames, defaultFrameworks, type CodebookLanguage, type DefaultFrameworkKey } from '../../../shared/default-codebook.js';
import { listAttributes } from '../../../main/db/repos/attributes.js';
import { getCodebook } from '../../../main/db/repos/codebook.js';
import { listDocuments } from '../../../main/db/repos/documents.js';
import { demoFileName, ensureDemoProject } from '../../../main/sample/demo-project.js';
import type { DemoStudy } from '../../../main/sample/demo-studies/demo-study.js';
import { en } from '../../../main/sample/demo-studies/en.js';
import { kk } from '../../../main/sample/demo-studies/kk.js';
import { ru } from '../../../main/sample/demo-studies/ru.js';
import { getDocumentView } from '../../../main/services/documents.js';
import { listCases } from '../../../main/services/cases.js';
import { newTestSession, type TestSession } from '../../helpers/project.js';

let t: TestSession;
afterEach(() => t.dispose());

const studies: [CodebookLanguage, DemoStudy][] = [['en', en], ['ru', ru], ['kk', kk]];

const nameOf = (code: string, language: CodebookLanguage) => {
  const [framework, key] = code.split('/') as [DefaultFrameworkKey, string];
  return defaultCodeNames(framework, key, language)!.code;
};

describe('the demo study', () => {
  it.each(studies)('in %s: its words, its codebook, and every coding on its quote', (language, study) => {
    t = newTestSession(null);
    ensureDemoProject(t.session, language);
    const ctx = t.session.context();
    expect(t.session.state().project?.path.endsWith(demoFileName(language))).toBe(true);
    expect(t.session.state().project?.name).toBe(study.name);
    const codebook = getCodebook(ctx.store);
    expect(codebook.frameworks.map((f) => f.name)).toEqual(defaultFrameworks(language).map((f) => f.name));
    const codeNames = new Map(codebook.codes.map((c) => [c.id, c.name]));
    expect(listAttributes(ctx.store).map((a) => a.name)).toEqual(study.attributes.map((a) => a.name));

    const cases = listCases(ctx);
    expect(cases.map((c) => c.name)).toEqual(study.cases.map((c) => c.name));
    for (const demo of study.cases) {
      const caseId = cases.find((c) => c.name === demo.name)!.id;
      const [document] = listDocuments(ctx.store, caseId);
      const view = getDocumentView(ctx, document!.id);
      expect(view.text).toBe(demo.account);
      // Offsets are code points: the quote is read back by them.
      const coded = view.segments.map((s) => ({ quote: [...view.text].slice(s.start, s.end).join(''), codes: s.codings.map((c) => codeNames.get(c.codeId)) }));
      expect(coded).toEqual(demo.coded.map((c) => ({ quote: c.quote, codes: c.codes.map((code) => nameOf(code, language)) })));
      expect(new Set(view.segments.flatMap((s) => s.codings.map((c) => c.coder)))).toEqual(new Set([study.coder]));
    }
  });
});
