import { AppError } from '../errors.js';

/**
 * A query the researcher typed that cannot be read. `params.position` is the 0-based code-point
 * index in the query where the problem is (the UI can put the caret there); the English message
 * counts characters from 1.
 */
export class QuerySyntaxError extends AppError {
  constructor(code: QueryErrorCode, message: string, readonly position: number, params: Record<string, string | number> = {}) {
    super(code, `${message} (at character ${position + 1})`, { ...params, position });
    this.name = 'QuerySyntaxError';
  }
}

export type QueryErrorCode =
  | 'queryEmpty'
  | 'queryTooLong'
  | 'queryTooDeep'
  | 'queryUnclosedQuote'
  | 'queryEmptyPhrase'
  | 'queryMisplacedStar'
  | 'queryShortPrefix'
  | 'queryUnclosedParenthesis'
  | 'queryUnexpected'
  | 'queryOperatorWithoutWord'
  | 'queryExpectedWord'
  | 'queryNotWithoutWord'
  | 'queryNearForm'
  | 'queryNearDistance';
