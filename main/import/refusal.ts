/**
 * Why a file was not imported, as a stable reason code the UI translates plus the params that
 * fill its message. Extends AppError so a service can rethrow one unchanged.
 */
import { AppError } from '../errors.js';

export type RefusalReason =
  | 'passwordProtected'
  | 'corrupt'
  | 'empty'
  | 'noTextLayer'
  | 'tooLarge'
  | 'textTooLong'
  | 'timeout'
  | 'cancelled'
  | 'unsupported'
  | 'notText'
  | 'unknownEncoding'
  | 'tooManyColumns'
  | 'tooManyRows'
  | 'tooManyCells'
  | 'cellTooLong'
  | 'workbookUnreadable';

export type RefusalParams = Record<string, string | number>;

/** The plain-data form of a refusal: what crosses the worker boundary and lands in a report. */
export interface Refusal {
  reason: RefusalReason;
  message: string;
  params: RefusalParams;
}

export class ImportRefusal extends AppError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    params: RefusalParams = {},
  ) {
    super(reason, message, params);
    this.name = 'ImportRefusal';
  }

  toRefusal(): Refusal {
    return { reason: this.reason, message: this.message, params: { ...this.params } };
  }
}

export function refuse(reason: RefusalReason, fileName: string, message: string, params: RefusalParams = {}): ImportRefusal {
  return new ImportRefusal(reason, `${fileName}: ${message}`, { file: fileName, ...params });
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
