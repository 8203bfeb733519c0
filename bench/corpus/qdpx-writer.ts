/**
 * Writes a corpus as a REFI-QDA package (project.qde + sources/<GUID>.txt) while it is being
 * generated: each document's text goes into the zip as soon as it exists, and project.qde is
 * spooled to a temporary file and added last, so memory stays bounded by one document.
 */
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { Zip, ZipDeflate } from 'fflate';
import { generateDocuments, type CodeNode, type CorpusPlan, type GeneratedDocument } from './model.js';

/** Fixed, so the same seed gives the same bytes (zip entries otherwise carry the current time). */
const MTIME = new Date('2026-01-01T00:00:00Z');
const CREATED = '2026-01-01T00:00:00Z';

export interface WriteStats { documents: number; words: number; characters: number; textBytes: number; selections: number; codings: number; bytes: number }

export function writeQdpx(plan: CorpusPlan, outFile: string, onDocument?: (doc: GeneratedDocument) => void): WriteStats {
  const out = openSync(outFile, 'w');
  const spoolFile = `${outFile}.qde-spool`;
  const spool = new Spool(spoolFile);
  const stats: WriteStats = { documents: 0, words: 0, characters: 0, textBytes: 0, selections: 0, codings: 0, bytes: 0 };
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else {
      writeSync(out, chunk);
      stats.bytes += chunk.length;
    }
  });
  try {
    writeHeader(spool, plan);
    spool.write('<Sources>');
    for (const doc of generateDocuments(plan)) {
      const bytes = Buffer.from(doc.text, 'utf8');
      const entry = new ZipDeflate(`sources/${doc.plan.guid}.txt`, { level: 6 });
      entry.mtime = MTIME;
      zip.add(entry);
      entry.push(bytes, true);
      writeSource(spool, doc);
      stats.documents++;
      stats.words += doc.plan.words;
      stats.characters += doc.text.length;
      stats.textBytes += bytes.length;
      stats.selections += doc.selections.length;
      for (const s of doc.selections) stats.codings += s.codings.length;
      onDocument?.(doc);
    }
    spool.write('</Sources></Project>\n');
    spool.close();
    const qde = new ZipDeflate('project.qde', { level: 6 });
    qde.mtime = MTIME;
    zip.add(qde);
    spool.replay((chunk, last) => qde.push(chunk, last));
    zip.end();
    if (failure) throw failure;
  } finally {
    closeSync(out);
    rmSync(spoolFile, { force: true });
  }
  return stats;
}

function writeHeader(spool: Spool, plan: CorpusPlan): void {
  spool.write('<?xml version="1.0" encoding="utf-8"?>\n');
  spool.write(`<Project xmlns="urn:QDA-XML:project:1.0" name="${esc(`Reference corpus (scale ${plan.scale}, seed ${plan.seed})`)}" origin="CaseCoder bench" creationDateTime="${CREATED}">`);
  spool.write('<Users>');
  for (const u of plan.users) spool.write(`<User guid="${u.guid}" name="${esc(u.name)}"/>`);
  spool.write('</Users><CodeBook><Codes>');
  for (const f of plan.frameworks) writeCode(spool, f);
  spool.write('</Codes></CodeBook><Variables>');
  const { variables: v } = plan;
  spool.write(`<Variable guid="${v.group}" name="Group" typeOfVariable="Text"/>`);
  spool.write(`<Variable guid="${v.profession}" name="Profession" typeOfVariable="Text"/>`);
  spool.write(`<Variable guid="${v.city}" name="City" typeOfVariable="Text"/>`);
  spool.write(`<Variable guid="${v.age}" name="Age" typeOfVariable="Integer"/>`);
  spool.write('</Variables><Cases>');
  for (const c of plan.cases) {
    spool.write(`<Case guid="${c.guid}" name="${esc(c.name)}">`);
    spool.write(value(v.group, 'TextValue', c.group) + value(v.profession, 'TextValue', c.profession));
    spool.write(value(v.city, 'TextValue', c.city) + value(v.age, 'IntegerValue', String(c.age)));
    for (const d of c.documents) spool.write(`<SourceRef targetGUID="${plan.documents[d]!.guid}"/>`);
    spool.write('</Case>');
  }
  spool.write('</Cases>');
}

function writeCode(spool: Spool, code: CodeNode): void {
  const attrs = `guid="${code.guid}" name="${esc(code.name)}" isCodable="${code.codable}" color="${code.color}"`;
  if (code.children.length === 0) {
    spool.write(`<Code ${attrs}/>`);
    return;
  }
  spool.write(`<Code ${attrs}>`);
  for (const child of code.children) writeCode(spool, child);
  spool.write('</Code>');
}

function writeSource(spool: Spool, doc: GeneratedDocument): void {
  const { guid, name } = doc.plan;
  spool.write(`<TextSource guid="${guid}" name="${esc(name)}" plainTextPath="internal://${guid}.txt" creationDateTime="${CREATED}">`);
  for (const s of doc.selections) {
    spool.write(`<PlainTextSelection guid="${s.guid}" startPosition="${s.start}" endPosition="${s.end}" creatingUser="${s.user.guid}" creationDateTime="${s.created}">`);
    for (const c of s.codings) {
      spool.write(`<Coding guid="${c.guid}" creatingUser="${c.user.guid}" creationDateTime="${c.created}"><CodeRef targetGUID="${c.code.guid}"/></Coding>`);
    }
    spool.write('</PlainTextSelection>');
  }
  spool.write('</TextSource>');
}

function value(variable: string, element: string, text: string): string {
  return `<VariableValue><VariableRef targetGUID="${variable}"/><${element}>${esc(text)}</${element}></VariableValue>`;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** An append-only file written in 1 MB blocks, then read back in blocks. */
class Spool {
  private readonly fd: number;
  private buffer: string[] = [];
  private pending = 0;

  constructor(private readonly file: string) {
    this.fd = openSync(file, 'w');
  }

  write(text: string): void {
    this.buffer.push(text);
    this.pending += text.length;
    if (this.pending > 1 << 20) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  replay(onChunk: (chunk: Uint8Array, last: boolean) => void): void {
    const fd = openSync(this.file, 'r');
    try {
      const block = Buffer.alloc(1 << 20);
      let read = readSync(fd, block);
      while (read > 0) {
        const chunk = Uint8Array.prototype.slice.call(block, 0, read);
        read = readSync(fd, block);
        onChunk(chunk, read === 0);
      }
    } finally {
      closeSync(fd);
    }
  }

  private flush(): void {
    writeSync(this.fd, this.buffer.join(''));
    this.buffer = [];
    this.pending = 0;
  }
}
