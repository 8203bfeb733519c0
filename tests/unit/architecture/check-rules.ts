/**
 * The architecture's rules (and one rule of the code's) as a static check over source text, so a test can run them on the
 * real tree and on planted violations alike. Sources are parsed, not grepped, so comments and
 * words in messages ("Select a code") are not mistaken for SQL or imports.
 *
 * The parser is rolldown's (oxc), which vite builds with: TypeScript 7's package has no
 * JavaScript API to parse with.
 */
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { parseAst } from 'rolldown/parseAst';

export interface SourceFile {
  /** Repository-relative, with forward slashes: main/cli/project.ts. */
  path: string;
  text: string;
}

const FRONT_DOORS = ['main/cli/', 'main/web/', 'main/electron/'];

/**
 * The modules that build a front door's Session, the one thing a front door needs from the
 * services before it can dispatch: the settings file's place and the Session itself. Each pair
 * is one file allowed to import one module; nothing else of services/ or db/.
 */
const SESSION_CONSTRUCTION: Record<string, string[]> = {
  'main/cli/project.ts': ['main/services/session.ts', 'main/services/settings.ts'],
  'main/web/cli.ts': ['main/services/session.ts', 'main/services/settings.ts'],
  'main/electron/main.ts': ['main/services/session.ts', 'main/services/settings.ts'],
};

/**
 * What the command line may import from main/ besides itself: the dispatch, the error type its
 * results become, three pure helpers on what crosses the contract (a file name's REFI-QDA
 * format, the agreement report as text, an answer's file as bytes: passed-json.ts, which the other
 * front doors read answers with too), and whether node was started with its entry
 * (started-directly.ts, which browser mode's entry asks too), the process's file mask
 * (private-files.ts, set by every front door as it starts), and the size a REFI-QDA package
 * may be with its refusal (refi/limits.ts), so that a package named last is refused before the
 * files named first come in. Any other main/ module would be a way around the dispatch.
 */
const CLI_MAY_IMPORT = [
  'main/api/dispatch.ts', 'main/errors.ts', 'main/refi/parse-project.ts', 'main/agreement/format-text.ts', 'main/jobs/passed-json.ts',
  'main/started-directly.ts', 'main/private-files.ts', 'main/refi/limits.ts',
];

/**
 * A read job's thread (its entry, and what that loads before the first job) and what it must
 * never load: the write jobs (the module that starts them brings every one along) and the
 * document readers with their decoders, 2 MB of code a thread that only reads compiled before
 * each first table.
 */
export const READ_JOB_THREAD = 'main/jobs/job-worker.ts';
const WRITE_JOB_CODE = (path: string) =>
  path === 'main/jobs/run-write-job.ts' || path === 'main/jobs/write-job-list.ts' || path.startsWith('main/import/');

/**
 * A write job's thread and what it must not load before a job asks for it: the document readers
 * and their decoders, 1.5 MB that an undo or a deletion never uses, compiled before every write
 * job. (Documents reach the write job as text; a REFI-QDA import loads its parser in readInput.)
 */
export const WRITE_JOB_THREAD = 'main/jobs/write-job-worker.ts';
const DOCUMENT_READERS = (path: string) => path.startsWith('main/import/');

/** Packages shared/ may use: pure JavaScript that runs in the browser and in Node alike. */
const SHARED_PACKAGES = ['zod', 'i18next'];

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** SQL statements as the code base writes them: upper-case keywords, at the start of a string. */
const SQL = new RegExp(
  [
    String.raw`SELECT\b[\s\S]*\bFROM\b`,
    String.raw`INSERT\s+(OR\s+[A-Z]+\s+)?INTO\b`,
    String.raw`UPDATE\s+\w+\s+SET\b`,
    String.raw`DELETE\s+FROM\b`,
    String.raw`(CREATE|DROP)\s+(TEMP\s+|UNIQUE\s+)?(TABLE|INDEX|VIEW|TRIGGER)\b`,
    String.raw`ALTER\s+TABLE\b`,
    String.raw`PRAGMA\s+\w`,
    String.raw`VACUUM\b`,
    String.raw`ATTACH\s+`,
    String.raw`WITH\s+(RECURSIVE\s+)?\w+(\s*\([^)]*\))?\s+AS\s*\(`,
  ]
    .map((pattern) => `^\\s*${pattern}`)
    .join('|'),
);

interface Facts {
  /**
   * Each import's specifier and where it resolves: a repository path, or the bare specifier;
   * `loads` when it runs the module as this one loads (not a type, not an import() called later).
   */
  imports: { specifier: string; target: string; line: number; loads: boolean }[];
  /** Database calls and SQL text, each described with its line. */
  sql: string[];
  /** Lines spreading an array into Math.max or Math.min. */
  spreadExtremes: number[];
}

export function violations(files: readonly SourceFile[]): string[] {
  const found: string[] = [];
  const loaded = new Map<string, string[]>();
  for (const file of files) {
    const facts = factsOf(file);
    loaded.set(file.path, facts.imports.filter((i) => i.loads).map((i) => i.target));
    const inDb = file.path.startsWith('main/db/');
    if (!inDb) found.push(...facts.sql.map((what) => `${file.path}: ${what} outside main/db/`));
    for (const line of facts.spreadExtremes) found.push(`${file.path}: line ${line}: an array spread into Math.max or Math.min; use shared/extremes.ts`);

    for (const { specifier, target, line } of facts.imports) {
      const at = `${file.path}:${line}`;
      if (!inDb && target === 'better-sqlite3') found.push(`${at}: imports better-sqlite3 outside main/db/`);
      if (FRONT_DOORS.some((door) => file.path.startsWith(door)) && /^main\/(services|db)\//.test(target)) {
        if (!SESSION_CONSTRUCTION[file.path]?.includes(target)) found.push(`${at}: a front door imports ${target}; call the dispatch`);
      }
      if (file.path.startsWith('main/cli/') && target.startsWith('main/') && !target.startsWith('main/cli/')) {
        if (!CLI_MAY_IMPORT.includes(target) && !/^main\/(services|db)\//.test(target)) {
          found.push(`${at}: the command line imports ${target}; call the dispatch`);
        }
      }
      if (file.path.startsWith('shared/') && !target.startsWith('shared/') && !SHARED_PACKAGES.includes(target)) {
        const why = NODE_BUILTINS.has(specifier) ? 'Node' : target.startsWith('main/') || target.startsWith('renderer/') ? 'outside shared/' : 'a package shared/ does not use';
        found.push(`${at}: shared/ imports ${specifier} (${why})`);
      }
      if (file.path === 'main/api/handlers.ts' && target.startsWith('main/db/')) {
        found.push(`${at}: handlers import ${target}; call a service`);
      }
    }
  }
  const way = loadPath(loaded, READ_JOB_THREAD, WRITE_JOB_CODE);
  if (way) found.push(`${READ_JOB_THREAD} loads ${way.at(-1)} (${way.join(' → ')}): a read job's thread would load the write jobs' code`);
  const readers = loadPath(loaded, WRITE_JOB_THREAD, DOCUMENT_READERS);
  if (readers) found.push(`${WRITE_JOB_THREAD} loads ${readers.at(-1)} (${readers.join(' → ')}): every write job's thread would load the document readers`);
  return found;
}

/** The modules from `from` to the first module found that is `sought`, along imports that load; null when none is. */
function loadPath(loaded: ReadonlyMap<string, readonly string[]>, from: string, sought: (path: string) => boolean): string[] | null {
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    if (sought(at)) {
      const way: string[] = [];
      for (let step: string | null = at; step !== null; step = cameFrom.get(step)!) way.unshift(step);
      return way;
    }
    for (const next of loaded.get(at) ?? []) {
      if (!cameFrom.has(next)) {
        cameFrom.set(next, at);
        queue.push(next);
      }
    }
  }
  return null;
}

function factsOf(file: SourceFile): Facts {
  const lang = file.path.endsWith('.tsx') ? 'tsx' : 'ts';
  const ast = parseAst(file.text, { lang }, file.path);
  const lineOf = (offset: number) => file.text.slice(0, offset).split('\n').length;
  const facts: Facts = { imports: [], sql: [], spreadExtremes: [] };
  const addImport = (source: Node | undefined, loads: boolean) => {
    if (source?.type === 'Literal' && typeof source.value === 'string') {
      facts.imports.push({ specifier: source.value, target: resolveImport(file.path, source.value), line: lineOf(source.start), loads });
    }
  };

  visit(ast as unknown as Node, (node) => {
    switch (node.type) {
      case 'ImportDeclaration':
        addImport(node.source as Node | undefined, node.importKind !== 'type');
        break;
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
        addImport(node.source as Node | undefined, node.exportKind !== 'type');
        break;
      case 'ImportExpression':
      case 'TSImportType':
        addImport(node.source as Node | undefined, false);
        break;
      case 'CallExpression': {
        const callee = node.callee as Node;
        const args = node.arguments as Node[];
        if (callee.type === 'Identifier' && callee.name === 'require') addImport(args[0], true);
        if (callee.type === 'MemberExpression' && !callee.computed) {
          const method = (callee.property as Node).name;
          if (method === 'prepare' || method === 'pragma') facts.sql.push(`line ${lineOf(node.start)}: .${method}(`);
          // .exec( is also RegExp's: a database's only when it runs SQL text.
          if (method === 'exec' && args[0] && SQL.test(stringOf(args[0]) ?? '')) facts.sql.push(`line ${lineOf(node.start)}: .exec( of SQL`);
          // Every element becomes an argument: past ~120,000 the call overflows the stack (shared/extremes.ts).
          const object = callee.object as Node;
          if ((method === 'max' || method === 'min') && object.type === 'Identifier' && object.name === 'Math' && args.some((a) => a.type === 'SpreadElement')) {
            facts.spreadExtremes.push(lineOf(node.start));
          }
        }
        break;
      }
      case 'Literal':
      case 'TemplateLiteral': {
        const text = stringOf(node);
        if (text !== undefined && SQL.test(text)) facts.sql.push(`line ${lineOf(node.start)}: SQL text "${text.trim().split(/\s+/).slice(0, 4).join(' ')}…"`);
        break;
      }
    }
  });
  return facts;
}

interface Node {
  type: string;
  start: number;
  [key: string]: unknown;
}

function visit(node: Node, see: (node: Node) => void): void {
  see(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visit(item, see);
    } else if (isNode(value)) visit(value, see);
  }
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** A string literal's value, or a template's text with its holes left out. */
function stringOf(node: Node): string | undefined {
  if (node.type === 'Literal') return typeof node.value === 'string' ? node.value : undefined;
  if (node.type === 'TemplateLiteral') return (node.quasis as { value: { raw: string } }[]).map((q) => q.value.raw).join(' ');
  return undefined;
}

/** A relative import as the repository path it names (.js written for .ts); others as written. */
function resolveImport(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const path = posix.normalize(posix.join(posix.dirname(from), specifier));
  return path.replace(/\.js$/, '.ts').replace(/\.cjs$/, '.cts').replace(/\.mjs$/, '.mts');
}
