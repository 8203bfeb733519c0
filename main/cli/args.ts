/**
 * Commands declare their arguments once; the same declaration parses them (node:util
 * parseArgs), checks what is required, and writes the command's --help. The help's words are in
 * the system's language like the rest of what the command line says: each command's summary and
 * details and each option's help are in shared/i18n/features/commandLineHelp.ts, found by the
 * command's and the option's names.
 */
import { parseArgs } from 'node:util';
import { closestName } from './closest-name.js';
import type { Words } from '../../shared/i18n/error-text.js';
import type usageWords from '../../shared/i18n/features/commandLineUsage.js';
import { messagesFor } from './messages.js';
import type { CliIo } from './output.js';
import { largest } from '../../shared/extremes.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder shown in help, e.g. CASE for --case CASE. */
  value?: string;
  required?: boolean;
  /** A string option that may be given several times; its value is then the list. */
  multiple?: boolean;
  /** What the option's help (commandLineHelp) fills in: `choices`, the values it takes; `default`. */
  helpValues?: Record<string, string>;
}
type OptionSpecs = Record<string, OptionSpec>;

/** Values as parsed: strings for string options, true for flags given; required ones always there. */
export type OptionValues<O extends OptionSpecs> = {
  [K in keyof O]: O[K]['type'] extends 'boolean'
    ? boolean
    : O[K]['multiple'] extends true
      ? string[]
      : O[K]['required'] extends true
        ? string
        : string | undefined;
};

export interface CommandSpec<O extends OptionSpecs> {
  /** Also names its words: commandLineHelp.commands.<name>.summary (one line for the list of
   *  commands), .details (paragraphs after the option list, if any) and .options.<option>. */
  name: string;
  /** Positional parameters; a last one ending in "..." takes one or more values. */
  positionals: string[];
  options: O;
  run(args: { values: OptionValues<O>; positionals: string[] }, io: CliIo): Promise<void> | void;
}

export interface Command {
  name: string;
  options: OptionSpecs;
  /** Commands under this one (`cases rename`), each with its own help. */
  subcommands?: Command[];
  /** One line for the list of commands, in the words given. */
  summary(words: Words): string;
  /** The command's --help, in the words given. */
  help(words: Words): string;
  run(argv: string[], io: CliIo): Promise<void>;
}

/** What was wrong with the arguments: a key of features/commandLineUsage.ts. */
export type UsageReason = keyof (typeof usageWords)['en'];

/**
 * Wrong arguments, as opposed to a failure while doing the work; exits with status 2. It names its
 * words by reason, so the command line says them in the system's language where it is caught.
 */
export class UsageError extends Error {
  constructor(
    readonly reason: UsageReason,
    readonly values: Record<string, string | number> = {},
  ) {
    super(reason);
    this.name = 'UsageError';
  }

  text(words: Words): string {
    return words.t(`commandLineUsage.${this.reason}`, this.values);
  }
}

/** The value when it is one of those allowed, else a usage error naming them. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError('oneOf', { option: `--${option}`, allowed: allowed.join(', '), value });
  return value as T;
}

export function defineCommand<const O extends OptionSpecs>(spec: CommandSpec<O>): Command {
  return {
    name: spec.name,
    options: spec.options,
    summary: (words) => words.t(`${commandKey(spec.name)}.summary`),
    help: (words) => formatHelp(spec, words),
    async run(argv, io) {
      const parsed = parseCommandArgs(spec, argv);
      if (parsed === 'help') io.out(formatHelp(spec, messagesFor(io.env)));
      else await spec.run(parsed, io);
    },
  };
}

function parseCommandArgs<O extends OptionSpecs>(
  spec: CommandSpec<O>,
  argv: string[],
): { values: OptionValues<O>; positionals: string[] } | 'help' {
  const options = Object.fromEntries(
    Object.entries(spec.options).map(([name, { type, multiple }]) => [name, multiple ? { type, multiple } : { type }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw describeParseError(error, Object.keys(spec.options));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';

  const variadic = spec.positionals.at(-1)?.endsWith('...') ?? false;
  if (positionals.length < spec.positionals.length) {
    throw new UsageError('missing', { what: spec.positionals.slice(positionals.length).join(' ') });
  }
  if (!variadic && positionals.length > spec.positionals.length) {
    throw new UsageError('unexpectedArgument', { argument: positionals[spec.positionals.length]! });
  }
  for (const [name, option] of Object.entries(spec.options)) {
    const value = values[name];
    if (option.required && value === undefined) throw new UsageError('required', { option: flagText(name, option) });
    const given = Array.isArray(value) ? value : [value];
    if (given.some((v) => typeof v === 'string' && v.trim() === '')) throw new UsageError('emptyValue', { option: `--${name}` });
  }
  const typed = Object.fromEntries(
    Object.entries(spec.options).map(([name, option]) => [
      name,
      option.type === 'boolean' ? values[name] === true : option.multiple ? (values[name] ?? []) : values[name],
    ]),
  ) as OptionValues<O>;
  return { values: typed, positionals };
}

/**
 * parseArgs messages suggest `--` tricks; say it shorter, in the terms of this CLI. parseArgs
 * (node:util) throws only these two codes for the options declared here; anything else is a bug.
 */
function describeParseError(error: unknown, optionNames: readonly string[]): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) {
    const near = closestName(option.replace(/^--?/, ''), [...optionNames, 'help']);
    return near ? new UsageError('unknownOptionNear', { option, near: `--${near}` }) : new UsageError('unknownOption', { option });
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) {
    if (message.includes('ambiguous')) return new UsageError('valueStartsWithDash', { option });
    if (message.includes('argument missing')) return new UsageError('needsValue', { option });
    if (message.includes('does not take')) return new UsageError('takesNoValue', { option });
  }
  throw error;
}

/** Where a command's words are: `cases rename` under commands.cases.rename. */
export function commandKey(command: string): string {
  return `commandLineHelp.commands.${command.split(' ').join('.')}`;
}

/** Where an option's help is: the command's own words for it, else those several commands share. */
export function optionHelpKey(command: string, option: string, exists: (key: string) => boolean): string {
  const own = `${commandKey(command)}.options.${option}`;
  return exists(own) ? own : `commandLineHelp.sharedOptions.${option}`;
}

function formatHelp<O extends OptionSpecs>(spec: CommandSpec<O>, words: Words): string {
  const flags = Object.entries(spec.options).map(([name, o]) => (o.required ? flagText(name, o) : `[${flagText(name, o)}]`));
  const own = commandKey(spec.name);
  const lines = [`${words.t('commandLineHelp.usage')} casecoder ${[spec.name, ...spec.positionals, ...flags].join(' ')}`, '', words.t(`${own}.summary`)];
  const rows = Object.entries(spec.options).map(([name, o]) => [
    flagText(name, o),
    words.t(optionHelpKey(spec.name, name, (key) => words.exists(key)), o.helpValues ?? {}),
  ]);
  rows.push(['-h, --help', words.t('commandLineHelp.showHelp')]);
  const width = largest(rows.map(([flag]) => flag!.length));
  lines.push('', words.t('commandLineHelp.options'), ...rows.map(([flag, text]) => `  ${flag!.padEnd(width)}  ${text}`));
  if (words.exists(`${own}.details`)) lines.push('', words.t(`${own}.details`));
  return lines.join('\n');
}

function flagText(name: string, option: OptionSpec): string {
  return option.value ? `--${name} ${option.value}` : `--${name}`;
}
