/**
 * `casecoder <command>`: the command line onto the dispatch the app uses. Each command lives
 * in commands/<name>.ts; this module picks one and turns failures into one line on stderr.
 */
import { fstatSync } from 'node:fs';
import { UsageError, type Command } from './args.js';
import { interrupt } from './interrupt.js';
import { casesCommand } from './commands/cases.js';
import { codeCommand } from './commands/code.js';
import { codesCommand } from './commands/codes.js';
import { importCommand } from './commands/import.js';
import { documentsCommand } from './commands/documents.js';
import { newCommand } from './commands/new.js';
import { segmentsCommand } from './commands/segments.js';
import { tableCommand } from './commands/table.js';
import { agreementCommand } from './commands/agreement.js';
import { mergeCommand } from './commands/merge.js';
import { exportCommand } from './commands/export.js';
import { restoreCommand } from './commands/restore.js';
import { autocodeCommand } from './commands/autocode.js';
import { searchCommand } from './commands/search.js';
import { wordsCommand } from './commands/words.js';
import { selectCommand } from './commands/select.js';
import { selectionCommand } from './commands/selection.js';
import { qcaCommand } from './commands/qca.js';
import { compareCommand } from './commands/compare.js';
import { summariesCommand } from './commands/summaries.js';
import { salvageCommand } from './commands/salvage.js';
import { importsCommand } from './commands/imports.js';
import { errorMessage, messagesFor } from './messages.js';
import type { CliIo } from './output.js';
import type { Words } from '../../shared/i18n/error-text.js';
import { largest } from '../../shared/extremes.js';
import { keepFilesPrivate } from '../private-files.js';
import { startedDirectly } from '../started-directly.js';
import { closestName } from './closest-name.js';
import { caseCoderVersion } from './version.js';

export const commands: readonly Command[] = [
  newCommand, importCommand, documentsCommand, casesCommand, codesCommand, codeCommand, segmentsCommand, tableCommand, exportCommand, mergeCommand, agreementCommand, restoreCommand, searchCommand, autocodeCommand, wordsCommand,
  selectCommand, selectionCommand, compareCommand, qcaCommand, summariesCommand,
  salvageCommand, importsCommand,
];

/** Exit statuses: 0 done, 1 the work failed, 2 the command line was wrong. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h') {
    io.out(overview(messagesFor(io.env)));
    return 0;
  }
  // `casecoder help table` as git and npm read it: the command's own --help.
  if (name === 'help') {
    const [topic, ...more] = rest;
    if (topic === undefined) return runCli(['--help'], io);
    return runCli([topic, ...more, '--help'], io);
  }
  if (name === '--version') {
    io.out(`casecoder ${caseCoderVersion()}`);
    return 0;
  }
  if (name === undefined) {
    io.err(`casecoder: ${messagesFor(io.env).t('commandLineUsage.noCommand')}`);
    return 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    const near = closestName(name, commands.map((c) => c.name));
    const words = messagesFor(io.env);
    io.err(`casecoder: ${near ? words.t('commandLineUsage.unknownCommandNear', { name, near }) : words.t('commandLineUsage.unknownCommand', { name })}`);
    return 2;
  }
  try {
    await command.run(rest, io);
    return 0;
  } catch (error) {
    const usage = error instanceof UsageError;
    const words = messagesFor(io.env);
    const reason = usage ? words.t('commandLineUsage.seeHelp', { reason: error.text(words), command: name }) : errorMessage(words, error);
    io.err(`casecoder ${name}: ${reason.replace(/\s*\n\s*/g, ' ')}`);
    return usage ? 2 : 1;
  }
}

/** Runs the command line of this process: bin/casecoder.js calls it, and so does this module when node starts it. */
export async function main(): Promise<number> {
  keepFilesPrivate();
  // `casecoder segments p | head` closes stdout early; that is not an error, and it stops only the
  // output: exiting there left `casecoder import … | head -1` with 2 of 30 files in, its run
  // recorded as cut short, and status 0 (review-hostile-1207 #13). The command finishes, its
  // status and stderr say how.
  let stdoutOpen = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    stdoutOpen = false;
  });
  // Ctrl+C outside a watched job: the project closed, then status 130 (interrupt.ts).
  process.on('SIGINT', interrupt);
  return runCli(process.argv.slice(2), {
    out: (text) => stdoutOpen && process.stdout.write(`${text}\n`),
    write: (content) => stdoutOpen && process.stdout.write(content),
    err: (text) => process.stderr.write(`${text}\n`),
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTerminal: process.stdout.isTTY === true,
    stdoutIsPipe: isPipe(1),
  });
}

/** A shell's pipe, or a socket, as a program starting this one (Node's spawn among them) gives it. */
function isPipe(fd: number): boolean {
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isSocket();
  } catch {
    return false;
  }
}

/** `casecoder --help`: every command with its summary, in the system's language. */
export function overview(words: Words): string {
  const width = largest(commands.map((c) => c.name.length));
  return [
    `${words.t('commandLineHelp.usage')} casecoder <command> [options]`,
    '',
    words.t('commandLineHelp.overview.commands'),
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary(words)}`),
    '',
    words.t('commandLineHelp.overview.more'),
    words.t('commandLineHelp.overview.coder'),
    words.t('commandLineHelp.overview.version'),
  ].join('\n');
}

// `node dist/cli/casecoder.js` (the bundle) or `node dist/main/cli/index.js` run directly: no
// caller will, so this module does. Imported (by bin/casecoder.js, by tests) it waits to be called,
// so the command never runs twice.
if (startedDirectly(import.meta.url)) process.exitCode = await main();
