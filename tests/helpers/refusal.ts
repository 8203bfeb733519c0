import { AppError } from '../../main/errors.js';

/** The AppError `run` refuses with (awaited); anything else it throws goes on; no refusal fails. */
export async function refusal(run: () => unknown): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
