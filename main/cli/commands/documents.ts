import type { DocumentItem } from '../../../shared/entities.js';
import { defineCommand } from '../args.js';
import type { Call } from '../call.js';
import { printJson, printTable } from '../output.js';
import { columnHeads, messagesFor } from '../messages.js';
import { withProject } from '../project.js';

interface Listed extends DocumentItem {
  caseName: string;
  groupName: string | null;
  text?: string;
}

export const documentsCommand = defineCommand({
  name: 'documents',
  positionals: ['PROJECT'],
  options: {
    case: { type: 'string', value: 'CASE' },
    group: { type: 'string', value: 'GROUP' },
    json: { type: 'boolean' },
    'with-text': { type: 'boolean' },
  },
  async run({ values, positionals: [project] }, io) {
    const words = messagesFor(io.env);
    await withProject(io, project!, { readOnly: true, jobs: true }, async (call) => {
      const listed = await listDocuments(call, values.case, values.group);
      if (values.json || values['with-text']) {
        if (values['with-text']) {
          for (const document of listed) document.text = (await call('documents.get', { id: document.id })).text;
        }
        printJson(io, listed);
        return;
      }
      printTable(
        io,
        columnHeads(words, 'id', 'case', 'group', 'document', 'characters', 'format', 'encoding'),
        listed.map((d) => [
          String(d.id), d.caseName, d.groupName ?? '', d.name, String(d.length), d.format ?? '', d.encoding ?? '',
        ]),
      );
    });
  },
});

async function listDocuments(call: Call, caseName: string | undefined, groupName: string | undefined): Promise<Listed[]> {
  const groups = new Map((await call('groups.list', {})).map((g) => [g.id, g.name]));
  const cases = new Map((await call('cases.list', {})).map((c) => [c.id, c]));
  let caseIds: Set<number> | undefined;
  if (caseName !== undefined) {
    caseIds = new Set([(await call('cases.findByName', { name: caseName, groupName })).id]);
  } else if (groupName !== undefined) {
    const group = await call('groups.findByName', { name: groupName });
    caseIds = new Set([...cases.values()].filter((c) => c.groupId === group.id).map((c) => c.id));
  }
  return (await call('documents.list', {}))
    .filter((d) => caseIds === undefined || caseIds.has(d.caseId))
    .map((d) => {
      const owner = cases.get(d.caseId)!;
      return { ...d, caseName: owner.name, groupName: owner.groupId === null ? null : groups.get(owner.groupId)! };
    });
}
