/** Creates (once) and opens the demo project, through the same services a user calls. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
import { demoAttributes, demoCases } from './demo-study.js';

export const DEMO_FILE_NAME = `Demo study${PROJECT_EXTENSION}`;
const DEMO_CODER = 'Demo coder';

export function ensureDemoProject(session: Session): void {
  const path = join(session.settings.paths.workspace, DEMO_FILE_NAME);
  if (existsSync(path)) {
    session.openProject(path);
    return;
  }
  // English names, as the accounts and the codings below (FRAMEWORK/CODE paths) are.
  session.createProject(path, 'Demo study', 'en');
  const ctx = { ...session.context(), coderName: DEMO_CODER };
  for (const attribute of demoAttributes) createAttribute(ctx, attribute.name, attribute.type, attribute.choices);
  const attributeIds = new Map(listAttributes(ctx.store).map((a) => [a.name, a.id]));
  const groupIds = new Map<string, number>();
  for (const demo of demoCases) {
    const groupId = groupIds.get(demo.group) ?? createGroup(ctx, demo.group).id;
    groupIds.set(demo.group, groupId);
    const item = createCase(ctx, demo.name, groupId);
    for (const [name, value] of Object.entries(demo.attributes)) setAttributeValue(ctx, item.id, attributeIds.get(name)!, value);
    pasteText(ctx, item.id, `${demo.name} — interview`, demo.account);
    const documentId = listDocuments(ctx.store, item.id)[0]!.id;
    const offsets = new OffsetMap(demo.account);
    for (const { quote, codes } of demo.coded) {
      const at = demo.account.indexOf(quote);
      const start = offsets.toCodePoint(at);
      const end = offsets.toCodePoint(at + quote.length);
      for (const path of codes) {
        const [framework, code] = path.split('/') as [string, string];
        applyCode(ctx, { documentId, start, end, codeId: findCodeByPath(ctx.store, framework, code)!.id });
      }
    }
  }
  // The demo's own making is not the user's to undo.
  clearHistory(ctx.store);
}
