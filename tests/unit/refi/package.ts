/** Small REFI-QDA packages written in the tests, so every field can be what a test needs. */
import { randomUUID } from 'node:crypto';
import { zipSync } from 'fflate';

const NS = 'urn:QDA-XML:project:1.0';

export interface TestSelection {
  start: number;
  end: number;
  name?: string;
  codeGuid: string;
  /** A note on the selection's coding (a NoteRef inside <Coding>), written in <Notes>. */
  codingNote?: string;
  /** The coding's creationDateTime, as the file has it. */
  codedAt?: string;
}

export interface TestSource {
  name: string;
  /** Bytes (or text) of sources/<name>.txt. */
  text: string | Uint8Array;
  selections?: TestSelection[];
}

export interface TestCode {
  guid?: string;
  name: string;
  isCodable?: boolean;
  children?: TestCode[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function codeXml(code: TestCode): string {
  const children = (code.children ?? []).map(codeXml).join('');
  return `<Code guid="${code.guid ?? randomUUID()}" name="${escape(code.name)}" isCodable="${code.isCodable ?? true}">${children}</Code>`;
}

/** A .qdpx with one user (`user`), the given codebook and text sources (each in sources/); `stored` skips compression. */
export function qdpx({ origin = 'Test', user: userName = 'Tester', codes, sources, stored = false }: {
  origin?: string;
  user?: string;
  codes: TestCode[];
  sources: TestSource[];
  stored?: boolean;
}): Buffer {
  const user = randomUUID();
  const files: Record<string, Uint8Array> = {};
  const notes: string[] = [];
  const noteRef = (text: string | undefined) => {
    if (text === undefined) return '';
    const guid = randomUUID();
    notes.push(`<Note guid="${guid}" name="" creatingUser="${user}"><PlainTextContent>${escape(text)}</PlainTextContent></Note>`);
    return `<NoteRef targetGUID="${guid}"/>`;
  };
  const sourceXml = sources.map((source) => {
    const file = `${randomUUID()}.txt`;
    files[`sources/${file}`] = typeof source.text === 'string' ? Buffer.from(source.text, 'utf8') : source.text;
    const selections = (source.selections ?? []).map((s) =>
      `<PlainTextSelection guid="${randomUUID()}" name="${escape(s.name ?? '')}" startPosition="${s.start}" endPosition="${s.end}" creatingUser="${user}">` +
      `<Coding guid="${randomUUID()}" creatingUser="${user}"${s.codedAt === undefined ? '' : ` creationDateTime="${escape(s.codedAt)}"`}><CodeRef targetGUID="${s.codeGuid}"/>${noteRef(s.codingNote)}</Coding></PlainTextSelection>`,
    ).join('');
    return `<TextSource guid="${randomUUID()}" name="${escape(source.name)}" plainTextPath="internal://${file}">${selections}</TextSource>`;
  }).join('');
  const xml = `<?xml version="1.0" encoding="utf-8"?><Project xmlns="${NS}" name="Test" origin="${escape(origin)}">` +
    `<Users><User guid="${user}" name="${escape(userName)}"/></Users>` +
    `<CodeBook><Codes>${codes.map(codeXml).join('')}</Codes></CodeBook>` +
    `<Sources>${sourceXml}</Sources>${notes.length > 0 ? `<Notes>${notes.join('')}</Notes>` : ''}</Project>`;
  files['project.qde'] = Buffer.from(xml, 'utf8');
  // Stored (not deflated) entries pass the archive's compression-ratio check whatever they hold.
  return Buffer.from(zipSync(files, { level: stored ? 0 : 6 }));
}
