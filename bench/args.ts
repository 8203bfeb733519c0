/** The few options the bench scripts take: `--name value` pairs, numbers where they must be. */
export function parseArgs(argv: string[], defaults: Record<string, string>): Record<string, string> {
  const values = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const name = arg.startsWith('--') ? arg.slice(2) : null;
    if (name === null || !(name in defaults)) throw new Error(`Unknown argument ${arg}; options: ${Object.keys(defaults).map((k) => `--${k}`).join(' ')}`);
    const value = argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    values[name] = value;
  }
  return values;
}

export function numberArg(values: Record<string, string>, name: string): number {
  const n = Number(values[name]);
  if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, not ${values[name]}`);
  return n;
}
