/**
 * A failure the user can act on. `code` is stable (the UI translates it), `params` fill the
 * message, and `message` is the English text for logs and the command line.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
