/**
 * Parses a .qdpx, .qde or .qdc into a RefiProject: reads the archive and XML with caps,
 * decodes and normalises every text, converts every selection's positions, and checks that
 * every reference resolves. Nothing is written; a problem refuses the whole file.
 */
import { MAX_CODE_DEPTH } from '../../shared/code-tree.js';
import { isDateTime } from '../../shared/date-time.js';
import { MAX_NAME_CHARS } from '../../shared/contract.js';
import { normalizeText } from '../../shared/offsets.js';
import { refiFormatOf, type RefiFormat } from '../../shared/refi-format.js';
import { AppError } from '../errors.js';
import { refiRefusal } from './refusal.js';
import type { RefiRefusalReason } from '../../shared/refi-report.js';
import { addUncarried } from './uncarried.js';
import { openZip } from './zip-reader.js';
import { childNamed, childrenNamed, decodeUtf8, readXml, XmlReader, type XmlElement, type XmlVisitor } from './xml-reader.js';
import { chooseUnit, habitualUnit, OffsetReader, placeByQuote, QuoteVerdict, quotedText, type RawRange } from './position-units.js';
import { SourceReferences, validateReferences } from './validate.js';
import { packageTooLarge, refiLimits, textTooLong } from './limits.js';
import { importLimits } from '../import/limits.js';
import type {
  OffsetUnit, RefiCase, RefiHead, RefiCode, RefiCoding, RefiLink, RefiNote, RefiProject, RefiSelection, RefiSet, RefiTextSource,
  RefiUncarried, RefiUser, RefiVariable, RefiVariableType, RefiVariableValue,
} from './model.js';

/** The elements whose names become names in the project (a selection's is a quote, written whole by other tools). */
const NAMED_ELEMENTS = new Set(['Code', 'Case', 'User', 'Variable', 'Set', 'TextSource']);

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Refuses a CaseCoder project offered to an import (by its extension, or its SQLite header under
 * another name), before anything reads it as something else: its data comes in by a merge, which
 * the message names (the app's Exchange → Merge…, the command line's `casecoder merge`).
 */
export function refuseCaseCoderProject(fileName: string, bytes?: Uint8Array): void {
  const header = bytes && Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SQLITE_HEADER.length));
  if (/\.casecoder$/i.test(fileName) || header?.equals(SQLITE_HEADER)) {
    throw new AppError('casecoderProject', `${fileName} is a CaseCoder project, not a file to import: to add its data to this project, use Exchange → Merge… (on the command line, casecoder merge). Nothing was imported.`, { fileName });
  }
}

export function refiFormat(fileName: string): RefiFormat {
  refuseCaseCoderProject(fileName);
  const format = refiFormatOf(fileName);
  if (!format) {
    throw new AppError('refiUnknownFormat', `${fileName} is not a REFI-QDA file (.qdpx, .qde or .qdc)`, { fileName });
  }
  return format;
}

/**
 * Source files of a package, by lower-case file name (tools differ in folder case and prefixes):
 * how to inflate one until it is first read, then its text. A file is inflated only when the XML
 * reaches the source naming it, so reading starts at once and no file is held before it is needed.
 */
type SourceFiles = Map<string, (() => Buffer) | string>;

/**
 * Takes a package's users, codebook, variables, cases and sources while it is read, so an
 * import can write them while the rest is parsed (jobs/refi-parse-worker.ts): the head when the
 * first source closes (the schema lists those four before the sources; a file that lists one
 * after is refused), then each source. The project parseRefi returns then holds no sources (the
 * sink has them; the checks of the whole file need only what SourceReferences kept of them).
 */
export interface RefiSink {
  head(head: RefiHead): void;
  /** A source as it closes: the `done`th of about `total` (the package's source files). */
  source(source: RefiTextSource, done: number, total: number): void;
}

export async function parseRefi(fileName: string, bytes: Buffer, sink?: RefiSink): Promise<RefiProject> {
  refuseCaseCoderProject(fileName, bytes);
  if (bytes.length > refiLimits.maxFileBytes) throw packageTooLarge(fileName);
  const format = refiFormat(fileName);
  if (format !== 'qdpx') {
    const parser = new ProjectParser(fileName, fileName, null);
    return parser.finish(readXml(fileName, bytes, parser));
  }
  // The project XML sits at the root; its name varies (project.qde, Project.qde, Trial.qde).
  const isQde = (name: string) => !name.includes('/') && /\.qde$/i.test(name);
  const isSourceFile = (name: string) => /^sources\/[^/]+$/i.test(name) && !name.endsWith('/.root');
  const zip = await openZip(fileName, bytes);
  try {
    const qdes = zip.names.filter(isQde);
    if (qdes.length !== 1) {
      throw new AppError('refiNoProject', `${fileName} must hold exactly one .qde file at its root; it holds ${qdes.length}`, {
        fileName, count: qdes.length,
      });
    }
    const xmlName = qdes[0]!;
    const sourceNames = zip.names.filter(isSourceFile);
    const files: SourceFiles = new Map(sourceNames.map((name) => [name.slice('sources/'.length).toLowerCase(), () => zip.readNow(name)]));
    // The project XML (79 MB for the reference corpus) is read as it inflates, never held whole.
    const parser = new ProjectParser(fileName, xmlName, files, sink ? { sink, xmlSize: zip.size(xmlName), sourceFiles: sourceNames.length } : null);
    const reader = new XmlReader(xmlName, parser);
    await zip.stream(xmlName, (piece) => reader.write(piece));
    return parser.finish(reader.end());
  } finally {
    zip.close();
  }
}

/** Elements whose character data is read: descriptions, variable values and inline texts. */
function keepsText(name: string): boolean {
  return name === 'Description' || name === 'PlainTextContent' || (name.endsWith('Value') && name !== 'VariableValue');
}

/**
 * Builds the project while the XML is read: each text source's selections become model
 * objects as they close, and each source as it closes, so a large project never stands as
 * an element tree. The rest (code tree, cases, notes, sets) is small and read from the tree
 * when the root closes.
 */
class ProjectParser implements XmlVisitor {
  private readonly uncarried: RefiUncarried[] = [];
  private readonly uncarriedGuids = new Map<string, string>();
  /**
   * Normalised GUIDs of references by the attribute value they were read from: references
   * repeat a few thousand GUIDs (codes, users) that are then held once. An object's own GUID
   * is read once, so it is not looked up here.
   */
  private readonly references = new Map<string, string>();
  private origin = '';
  private kind: RefiProject['kind'] = 'project';
  /** The text sources read, unless a sink takes them. */
  private readonly sources: RefiTextSource[] = [];
  /** The selections of the text source being read, in document order. */
  private selections: ParsedSelection[] = [];
  /** Whether the package's selection names are quotes, once its quoted selections tell. */
  private verdict = new QuoteVerdict('');
  /**
   * Text sources read, waiting for the verdict (those with quoted selections) or behind one that
   * waits (sources keep their order); at most HELD_SELECTIONS selections wait before the verdict is
   * taken from what has been read.
   */
  private readonly held: HeldSource[] = [];
  private heldSelections = 0;
  readonly keepsText = keepsText;

  /** The users, codebook, variables and cases, read when the first source closes (they come before it). */
  private headRead: Omit<RefiHead, 'selectionRows'> | null = null;
  /** What the text sources define and refer to, from the first source on. */
  private sourceRefs: SourceReferences | null = null;
  private sourcesRead = 0;

  constructor(
    private readonly fileName: string,
    private readonly xmlName: string,
    private readonly files: SourceFiles | null,
    private readonly stream: { sink: RefiSink; xmlSize: number; sourceFiles: number } | null = null,
  ) {}

  root(root: XmlElement): void {
    if (!root.namespace.startsWith('urn:QDA-XML:')) {
      throw refiRefusal('refiBadXml', this.xmlName, 'namespace', 'its root is not in a urn:QDA-XML namespace');
    }
    if (root.name !== 'Project' && root.name !== 'CodeBook') {
      throw refiRefusal('refiBadXml', this.xmlName, 'root', `its root is <${root.name}>`, { element: root.name });
    }
    this.kind = root.name === 'Project' ? 'project' : 'codebook';
    this.origin = root.attrs.origin ?? '';
    this.verdict = new QuoteVerdict(this.origin);
  }

  closed(element: XmlElement, ancestors: readonly XmlElement[]): boolean {
    // Such a name becomes a code's, case's, coder's, attribute's or document's, held to what the
    // app takes (review-hostile-1207 #17: a case named by a million letters filled the case list).
    const named = element.attrs.name;
    if (named !== undefined && named.length > MAX_NAME_CHARS && NAMED_ELEMENTS.has(element.name)) {
      this.fail('nameTooLong', `<${element.name}> has a name of ${named.length} characters, more than ${MAX_NAME_CHARS}`, { element: element.name, limit: MAX_NAME_CHARS });
    }
    if (this.sourceRefs && ancestors.length === 1 && HEAD_ELEMENTS.includes(element.name)) {
      // An import writing while it reads has written the sources without it.
      this.fail('afterSources', `<${element.name}> comes after <Sources>; REFI-QDA lists it before them`, { element: element.name });
    }
    // Project > Sources > TextSource > PlainTextSelection; every other source kind is counted as not carried.
    if (this.kind !== 'project' || ancestors[1]?.name !== 'Sources') return false;
    if (ancestors.length === 3 && element.name === 'PlainTextSelection' && ancestors[2]!.name === 'TextSource') {
      this.selections.push(this.rawSelection(element));
      return true;
    }
    if (ancestors.length !== 2) return false;
    if (element.name === 'TextSource') {
      const source = this.textSource(element, this.selections);
      this.selections = [];
      this.sourceRefs ??= this.startSources(ancestors[0]!);
      this.held.push(source);
      this.heldSelections += source.entries.length;
      this.placeHeld(false);
    } else {
      this.uncarriedSource(element);
    }
    return true;
  }

  /** At the first source: the head, all of which the root holds by now, goes to the sink. */
  private startSources(root: XmlElement): SourceReferences {
    const head = (this.headRead = this.head(root));
    // One selection or coding takes at least ~100 bytes of XML: the estimate errs high.
    if (this.stream) this.stream.sink.head({ ...head, selectionRows: Math.ceil(this.stream.xmlSize / 100) });
    return new SourceReferences(head);
  }

  /** The held sources the verdict is known for, in order; at the `end` of the file, all. */
  private placeHeld(end: boolean): void {
    while (this.held.length > 0) {
      const next = this.held[0]!;
      const quotes = next.quoted ? this.verdict.namesAreQuotes(end || this.heldSelections >= HELD_SELECTIONS) : false;
      if (quotes === null) return;
      this.held.shift();
      this.heldSelections -= next.entries.length;
      const source = this.placeSelections(next, quotes);
      this.sourceRefs!.add(source);
      this.sourcesRead++;
      if (this.stream) this.stream.sink.source(source, this.sourcesRead, Math.max(this.sourcesRead, this.stream.sourceFiles));
      else this.sources.push(source);
    }
  }

  /** The project, every reference checked, once the root has closed. */
  finish(root: XmlElement): RefiProject {
    this.placeHeld(true);
    const project = this.kind === 'project' ? this.project(root) : this.codebook(root);
    validateReferences(this.fileName, project, this.sourceRefs ?? new SourceReferences(project));
    return project;
  }

  private project(root: XmlElement): RefiProject {
    const links = childrenNamed(childNamed(root, 'Links') ?? emptyElement, 'Link').map((l) => this.link(l));
    for (const graph of childrenNamed(childNamed(root, 'Graphs') ?? emptyElement, 'Graph')) {
      this.skip('graph', graph);
    }
    const { users, codes, variables, cases } = this.headRead ?? this.head(root);
    return {
      kind: 'project',
      name: root.attrs.name ?? '',
      origin: this.origin,
      users,
      codes,
      variables,
      cases,
      sources: this.sources,
      notes: childrenNamed(childNamed(root, 'Notes') ?? emptyElement, 'Note').map((n) => this.note(n)),
      sets: childrenNamed(childNamed(root, 'Sets') ?? emptyElement, 'Set').map((s) => this.set(s, 'targetGUID')),
      links,
      projectNoteRefs: this.refs(root, 'NoteRef'),
      uncarried: this.uncarried,
      uncarriedGuids: this.uncarriedGuids,
    };
  }

  private head(root: XmlElement): Omit<RefiHead, 'selectionRows'> {
    return {
      kind: 'project',
      name: root.attrs.name ?? '',
      origin: this.origin,
      users: childrenNamed(childNamed(root, 'Users') ?? emptyElement, 'User').map((u) => this.user(u)),
      codes: this.codes(childNamed(childNamed(root, 'CodeBook') ?? emptyElement, 'Codes')),
      variables: childrenNamed(childNamed(root, 'Variables') ?? emptyElement, 'Variable').map((v) => this.variable(v)),
      cases: childrenNamed(childNamed(root, 'Cases') ?? emptyElement, 'Case').map((c) => this.case(c)),
    };
  }

  private codebook(root: XmlElement): RefiProject {
    return {
      kind: 'codebook',
      name: '',
      origin: this.origin,
      users: [],
      codes: this.codes(childNamed(root, 'Codes')),
      variables: [],
      cases: [],
      sources: [],
      notes: [],
      // The codebook schema names a set member's code with `guid`, the project schema with `targetGUID`.
      sets: childrenNamed(childNamed(root, 'Sets') ?? emptyElement, 'Set').map((s) => this.set(s, 'guid')),
      links: [],
      projectNoteRefs: [],
      uncarried: this.uncarried,
      uncarriedGuids: this.uncarriedGuids,
    };
  }

  private guid(element: XmlElement, attribute = 'guid'): string {
    const value = element.attrs[attribute];
    if (value === undefined) this.fail('missingAttribute', `<${element.name}> has no ${attribute}`, { element: element.name, attribute });
    const invalid = () => this.fail('invalidAttribute', `<${element.name}> has an invalid ${attribute} "${value}"`, { element: element.name, attribute, value });
    if (attribute === 'guid') return normalizeGuid(value, invalid);
    let guid = this.references.get(value);
    if (guid === undefined) {
      guid = normalizeGuid(value, invalid);
      this.references.set(value, guid);
    }
    return guid;
  }

  private optionalGuid(element: XmlElement, attribute: string): string | null {
    return element.attrs[attribute] === undefined || element.attrs[attribute] === '' ? null : this.guid(element, attribute);
  }

  private refs(element: XmlElement, name: string, attribute = 'targetGUID'): string[] {
    return childrenNamed(element, name).map((ref) => this.guid(ref, attribute));
  }

  private fail(why: RefiRefusalReason, reason: string, params: Record<string, string | number> = {}): never {
    throw refiRefusal('refiInvalid', this.fileName, why, reason, params);
  }

  private user(element: XmlElement): RefiUser {
    const guid = this.guid(element);
    return { guid, name: element.attrs.name || element.attrs.id || guid };
  }

  /** `level` 1 for top-level codes: a project nesting them past MAX_CODE_DEPTH would be refused at its next open. */
  private codes(container: XmlElement | undefined, level = 1): RefiCode[] {
    if (level > MAX_CODE_DEPTH && childNamed(container ?? emptyElement, 'Code')) {
      this.fail('codeTooDeep', `codes nested deeper than ${MAX_CODE_DEPTH} levels`, { limit: MAX_CODE_DEPTH });
    }
    return childrenNamed(container ?? emptyElement, 'Code').map((c) => this.code(c, level));
  }

  private code(element: XmlElement, level: number): RefiCode {
    return {
      guid: this.guid(element),
      name: element.attrs.name ?? '',
      isCodable: element.attrs.isCodable !== 'false' && element.attrs.isCodable !== '0',
      color: normalizeColor(element.attrs.color),
      description: description(element),
      noteRefs: this.refs(element, 'NoteRef'),
      children: this.codes(element, level + 1),
    };
  }

  private variable(element: XmlElement): RefiVariable {
    const type = element.attrs.typeOfVariable ?? 'Text';
    if (!VARIABLE_TYPES.includes(type as RefiVariableType)) {
      this.fail('variableType', `variable ${element.attrs.name ?? ''} has unknown type ${type}`, { name: element.attrs.name ?? '', type });
    }
    return { guid: this.guid(element), name: element.attrs.name ?? '', type: type as RefiVariableType, description: description(element) };
  }

  private values(element: XmlElement): RefiVariableValue[] {
    return childrenNamed(element, 'VariableValue').map((value) => {
      const ref = childNamed(value, 'VariableRef');
      if (!ref) this.fail('valueWithoutVariable', 'a <VariableValue> has no <VariableRef>');
      const held = value.children.find((c) => c.name.endsWith('Value'));
      return { variableGuid: this.guid(ref, 'targetGUID'), value: held ? held.text.trim() : null };
    });
  }

  private case(element: XmlElement): RefiCase {
    return {
      guid: this.guid(element),
      name: element.attrs.name ?? null,
      description: description(element),
      values: this.values(element),
      sourceRefs: this.refs(element, 'SourceRef'),
      selectionRefs: this.refs(element, 'SelectionRef'),
      codeRefs: this.refs(element, 'CodeRef'),
    };
  }

  private coding(element: XmlElement): RefiCoding {
    const ref = childNamed(element, 'CodeRef');
    if (!ref) this.fail('codingWithoutCode', 'a <Coding> has no <CodeRef>');
    return {
      guid: this.guid(element),
      codeGuid: this.guid(ref, 'targetGUID'),
      creatingUser: this.optionalGuid(element, 'creatingUser'),
      creationDateTime: dateTime(element),
      noteRefs: this.refs(element, 'NoteRef'),
    };
  }

  /** The text a plainTextPath points at, or null when the package does not hold it. */
  private readText(path: string | undefined, owner: string): string | null {
    if (!path || !this.files) return null;
    // internal://x.txt is the rule; tools also write x.txt or internal://sources/x.txt.
    const base = path.replace(/^internal:\/\//i, '').replace(/^\/*(sources\/)?/i, '');
    if (/^[a-z]+:\/\//i.test(path) && !/^internal:/i.test(path)) return null;
    const key = base.toLowerCase();
    const held = this.files.get(key);
    // Text already: a second source or note naming the same file.
    if (held === undefined || typeof held === 'string') return held ?? null;
    const bytes = held();
    // Each UTF-16 unit takes at most 3 bytes of UTF-8: a longer file is refused before decoding.
    if (bytes.length > 3 * importLimits.maxTextChars) throw textTooLong(this.fileName, owner);
    const text = decodeUtf8(`${owner} (${base})`, bytes);
    if (text.length > importLimits.maxTextChars) throw textTooLong(this.fileName, owner);
    this.files.set(key, text);
    return text;
  }

  /**
   * A text source from its element (its selections already taken out), its text read and each
   * selection's unit by its quote; its selections are placed once the package's verdict on
   * quotes is known (placeSelections).
   */
  private textSource(element: XmlElement, rawSelections: ParsedSelection[]): HeldSource {
    const guid = this.guid(element);
    const path = element.attrs.plainTextPath;
    const name = element.attrs.name || (path ? path.replace(/^.*[/\\]/, '').replace(/\.[^.]*$/, '') : '') || guid;
    const inline = childNamed(element, 'PlainTextContent');
    const raw = inline ? inline.text : this.readText(path, name);
    const source: RefiTextSource = {
      guid,
      name,
      description: description(element),
      text: null,
      offsetUnit: 'codePoint-lf',
      placedByQuote: {},
      creatingUser: this.optionalGuid(element, 'creatingUser'),
      creationDateTime: dateTime(element),
      selections: [],
      codings: childrenNamed(element, 'Coding').map((c) => this.coding(c)),
      noteRefs: this.refs(element, 'NoteRef'),
      values: this.values(element),
    };
    if (raw === null) {
      // A bare .qde, or a package without this file: the source arrives, its selections cannot.
      addUncarried(this.uncarried, 'text of a source (file not in the package)', name);
      for (const { selection } of rawSelections) {
        this.dropSelection(selection, 'selection in a source without text', `${name} ${selection.start}-${selection.end}`, 'coding in a source without text', name);
      }
      return { source, reader: null, entries: [], quoted: false };
    }
    const reader = new OffsetReader(raw);
    const habit = habitualUnit(this.origin);
    const entries = rawSelections.map((r) => ({ ...r, unit: placeByQuote(reader, r.range, habit) }));
    const quoted = entries.filter((e) => quotedText(e.range.name) !== null).length;
    this.verdict.add(quoted, entries.filter((e) => e.unit !== null).length);
    return { source, reader, entries, quoted: quoted > 0 };
  }

  /**
   * The source with its selections at CaseCoder's positions. When names are `quotes`, a
   * selection carrying its quote is placed on its own, and one whose quote is nowhere at its
   * position is listed, never shifted; the rest are read in the unit that best explains them
   * over the whole source.
   */
  private placeSelections({ source, reader, entries: read }: HeldSource, quotes: boolean): RefiTextSource {
    if (!reader) return source;
    const name = source.name;
    const entries = !quotes ? read.map((entry) => ({ ...entry, unit: null })) : read.filter((entry) => {
      const quote = quotedText(entry.range.name);
      if (quote === null || entry.unit !== null) return true;
      this.dropSelection(entry.selection, 'selection whose quoted text is not at its position',
        `${name} ${entry.range.start}-${entry.range.end}: ${quote.slice(0, 40)}`, 'coding of a selection that could not be placed', name);
      return false;
    });
    const habit = habitualUnit(this.origin);
    const unplaced = entries.filter((e) => e.unit === null).map((e) => e.range);
    const unit = chooseUnit(reader, unplaced, habit);
    if (!unit) {
      const bad = unplaced.find((r) => r.start < 0 || r.end < r.start || r.end > reader.length('utf16-raw')) ?? unplaced[0]!;
      // Sources are often named alike in every case ("Interview"): the case says which one.
      const caseName = this.headRead?.cases.find((c) => c.sourceRefs.includes(source.guid))?.name || name;
      const params = { fileName: this.fileName, source: name, case: caseName, start: bad.start, end: bad.end };
      if (bad.end < bad.start) {
        throw new AppError('refiRangeReversed', `${this.fileName} cannot be read: a selection in ${name} (case ${caseName}) ends before it starts (${bad.start}-${bad.end})`, params);
      }
      throw new AppError('refiOffsetOutside', `${this.fileName} cannot be read: selection ${bad.start}-${bad.end} lies outside the text of ${name} (case ${caseName})`, params);
    }
    source.text = reader.normalized;
    source.offsetUnit = unit;
    source.selections = entries.map(({ selection, range, unit: own }) => {
      if (own) source.placedByQuote[own] = (source.placedByQuote[own] ?? 0) + 1;
      const read = own ?? unit;
      return { ...selection, start: reader.toCodePoint(range.start, read), end: reader.toCodePoint(range.end, read) };
    });
    return source;
  }

  /** A selection that does not arrive, with its codings and notes, counted in the report. */
  private dropSelection(selection: RefiSelection, kind: string, example: string, codingKind: string, where: string): void {
    addUncarried(this.uncarried, kind, example);
    this.uncarriedGuids.set(selection.guid, example);
    for (const coding of selection.codings) {
      addUncarried(this.uncarried, codingKind, where);
      this.uncarriedGuids.set(coding.guid, where);
    }
    for (const note of selection.noteRefs) addUncarried(this.uncarried, 'note attached to something not carried', note);
  }

  private rawSelection(element: XmlElement): ParsedSelection {
    const position = (attribute: string) => {
      const value = element.attrs[attribute] ?? '';
      if (!/^\s*[+-]?\d+\s*$/.test(value)) {
        this.fail('selectionPosition', `selection ${element.attrs.guid ?? ''} has ${attribute} "${value}"`, { guid: element.attrs.guid ?? '', attribute, value });
      }
      return Number(value);
    };
    const start = position('startPosition');
    const end = position('endPosition');
    const name = element.attrs.name ?? '';
    return {
      range: { start, end, name },
      selection: {
        guid: this.guid(element),
        start,
        end,
        name,
        description: description(element),
        creatingUser: this.optionalGuid(element, 'creatingUser'),
        creationDateTime: dateTime(element),
        codings: childrenNamed(element, 'Coding').map((c) => this.coding(c)),
        noteRefs: this.refs(element, 'NoteRef'),
      },
    };
  }

  private note(element: XmlElement): RefiNote {
    const guid = this.guid(element);
    const name = element.attrs.name ?? '';
    const inline = childNamed(element, 'PlainTextContent');
    let text = inline ? inline.text : this.readText(element.attrs.plainTextPath, name || guid);
    if (text === null) {
      addUncarried(this.uncarried, 'text of a note (file not in the package)', name || guid);
      text = '';
    }
    for (const selection of childrenNamed(element, 'PlainTextSelection')) this.skip('selection in a note', selection);
    return {
      guid,
      name,
      description: description(element),
      text: normalizeText(text),
      creatingUser: this.optionalGuid(element, 'creatingUser'),
      creationDateTime: dateTime(element),
    };
  }

  private set(element: XmlElement, codeAttribute: string): RefiSet {
    return {
      guid: this.guid(element),
      name: element.attrs.name ?? '',
      description: description(element),
      memberCodes: this.refs(element, 'MemberCode', codeAttribute),
      memberSources: this.refs(element, 'MemberSource'),
      memberNotes: this.refs(element, 'MemberNote'),
    };
  }

  private link(element: XmlElement): RefiLink {
    return {
      guid: this.guid(element),
      name: element.attrs.name ?? '',
      originGuid: this.optionalGuid(element, 'originGUID'),
      targetGuid: this.optionalGuid(element, 'targetGUID'),
    };
  }

  /** PDF, picture, audio and video sources: counted with everything inside them, GUIDs kept. */
  private uncarriedSource(element: XmlElement): void {
    const kind = element.name.replace(/Source$/, '').toLowerCase();
    this.skip(`${kind} source`, element);
    // What is inside is named by its source where it has no name of its own: a coding's GUID
    // told the reader nothing («8205358C-5489-…»), the picture's name does.
    const source = element.attrs.name ?? '';
    const visit = (node: XmlElement) => {
      for (const child of node.children) {
        if (child.name.endsWith('Selection')) this.skip(`selection in a ${kind} source`, child, child.attrs.name || source);
        else if (child.name === 'Coding') this.skip(`coding in a ${kind} source`, child, source);
        else if (child.name === 'Transcript' || child.name === 'Representation') this.rememberGuid(child, source);
        visit(child);
      }
    };
    visit(element);
  }

  private skip(kind: string, element: XmlElement, name = element.attrs.name ?? ''): void {
    addUncarried(this.uncarried, kind, name || element.attrs.guid || '');
    this.rememberGuid(element, name);
  }

  private rememberGuid(element: XmlElement, name: string): void {
    const { guid } = element.attrs;
    if (guid) {
      const invalid = () => this.fail('invalidAttribute', `<${element.name}> has an invalid guid "${guid}"`, { element: element.name, attribute: 'guid', value: guid });
      this.uncarriedGuids.set(normalizeGuid(guid, invalid), name);
    }
  }
}

/** A text source read, its selections not yet placed: `quoted` when one of them carries a quote (they wait for the verdict). */
interface HeldSource {
  source: RefiTextSource;
  /** Null when the package lacks its text (its selections are already listed). */
  reader: OffsetReader | null;
  entries: (ParsedSelection & { unit: OffsetUnit | null })[];
  quoted: boolean;
}

/** Selections that wait for the verdict on quotes before it is taken from what has been read. */
const HELD_SELECTIONS = 20_000;

/** A selection as written: its positions still in the writing tool's unit. */
interface ParsedSelection {
  selection: RefiSelection;
  range: RawRange;
}

/** What an import writes before any source: the schema lists these before <Sources> (xs:sequence). */
const HEAD_ELEMENTS = ['Users', 'CodeBook', 'Variables', 'Cases'];

/**
 * An xsd:dateTime as the schema has it, else null (the import then stamps the time it ran): a
 * project holding another form is refused at open, and its own export would not validate.
 */
function dateTime(element: XmlElement): string | null {
  const value = element.attrs.creationDateTime;
  return isDateTime(value) ? value : null;
}

const emptyElement: XmlElement = { name: '', namespace: '', attrs: {}, children: [], text: '' };

const VARIABLE_TYPES: RefiVariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** GUIDs compare case-insensitively without braces (tools differ: NOTES.md §3). */
export function normalizeGuid(value: string, invalid: () => never): string {
  const match = GUID.exec(value.trim());
  if (!match) invalid();
  return match[1]!.toLowerCase();
}

function normalizeColor(color: string | undefined): string | null {
  if (!color) return null;
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toLowerCase();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  return short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase() : null;
}

function description(element: XmlElement): string {
  return childNamed(element, 'Description')?.text.trim() ?? '';
}
