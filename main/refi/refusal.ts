/**
 * A REFI-QDA file refused: the error names why by a code and its parameters (`why`, said in the
 * reader's language by the app and the CLI), and says it in English in its message.
 */
import type { RefiRefusalReason } from '../../shared/refi-report.js';
import { AppError } from '../errors.js';

type RefusalCode = 'refiBadXml' | 'refiInvalid' | 'refiDanglingReference';

const LEAD: Record<RefusalCode, string> = {
  refiBadXml: 'is not readable REFI-QDA XML',
  refiInvalid: 'cannot be read',
  refiDanglingReference: 'cannot be read',
};

/** `reason`: the English words for `why` and `params`. */
export function refiRefusal(
  code: RefusalCode, fileName: string, why: RefiRefusalReason, reason: string, params: Record<string, string | number> = {},
): AppError {
  return new AppError(code, `${fileName} ${LEAD[code]}: ${reason}`, { ...params, fileName, why, reason });
}
