/** Creates (once) and opens the demo study in the system's language, through the same services a user calls. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { defaultCodeNames, type CodebookLanguage, type DefaultFrameworkKey } from '../../shared/default-codebook.js';
import { OffsetMap } from '../../shared/offsets.js';
import { listAttributes } from '../db/repos/attributes.js';
import { findCodeByPath } from '../db/repos/codebook.js';
import { listDocuments } from '../db/repos/documents.js';
import { clearHistory } from '../db/history.js';
import { createAttribute, setAttributeValue } from '../services/attributes.js';
import { createCase, createGroup } from '../services/cases.js';
import { applyCode } from '../services/coding.js';
import { pasteText } from '../services/text-import.js';
import { PROJECT_EXTENSION, type Session } from '../services/session.js';
import type { DemoCode, DemoStudy } from './demo-studies/demo-study.js';
import { en } from './demo-studies/en.js';
import { kk } from './demo-studies/kk.js';
import { ru } from './demo-studies/ru.js';

const DEMO_STUDIES: Record<CodebookLanguage, DemoStudy> = { en, ru, kk };

/** The demo's file in the workspace: one per language, so each opens in its own words. */
export function demoFileName(language: CodebookLanguage): string {
  return `${DEMO_STUDIES[language].name}${PROJECT_EXTENSION}`;
}

export function ensureDemoProject(session: Session, language: CodebookLanguage = 'en'): void {
  const study = DEMO_STUDIES[language];
  const path = join(session.settings.paths.workspace, demoFileName(language));
  if (existsSync(path)) {
    session.openProject(path);
    return;
  }
  session.createProject(path, study.name, language);
  const ctx = { ...session.context(), coderName: study.coder };
  for (const attribute of study.attributes) createAttribute(ctx, attribute.name, attribute.type, attribute.choices);
  const attributeIds = new Map(listAttributes(ctx.store).map((a) => [a.name, a.id]));
  const groupIds = new Map<string, number>();
  const codeId = (code: DemoCode) => {
    const [framework, key] = code.split('/') as [DefaultFrameworkKey, string];
    const names = defaultCodeNames(framework, key, language)!;
    return findCodeByPath(ctx.store, names.framework, names.code)!.id;
  };
  for (const demo of study.cases) {
    const groupId = groupIds.get(demo.group) ?? createGroup(ctx, demo.group).id;
    groupIds.set(demo.group, groupId);
    const item = createCase(ctx, demo.name, groupId);
    for (const [name, value] of Object.entries(demo.attributes)) setAttributeValue(ctx, item.id, attributeIds.get(name)!, value);
    pasteText(ctx, item.id, `${demo.name} — ${study.documentSuffix}`, demo.account);
    const documentId = listDocuments(ctx.store, item.id)[0]!.id;
    const offsets = new OffsetMap(demo.account);
    for (const { quote, codes } of demo.coded) {
      const at = demo.account.indexOf(quote);
      const start = offsets.toCodePoint(at);
      const end = offsets.toCodePoint(at + quote.length);
      for (const code of codes) applyCode(ctx, { documentId, start, end, codeId: codeId(code) });
    }
  }
  // The demo's own making is not the user's to undo.
  clearHistory(ctx.store);
}
