/**
 * A call whose input the contract refuses, said in the reader's language: the schema library's
 * own words are English («Too big: expected string to have <=5000 characters»), which a Russian
 * user of `casecoder search` met for a query of 5,001 characters. The first issue is told by its
 * kind (a text too long or empty, a number too large or small, a list too long, a kind a schema
 * names: a control character in a name), through the
 * message's i18next context (errors.invalidInput_tooLong …); any other kind by the field alone.
 * The English detail of every issue stays in the message, for logs and tests.
 */
import type { z } from 'zod';
import type { ApiError } from '../../shared/contract.js';

type Issue = z.core.$ZodIssue;

export function invalidInput(method: string, issues: readonly Issue[]): ApiError {
  const detail = issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
  const first = issues[0];
  const field = first?.path.join('.') || 'input';
  return { code: 'invalidInput', message: `Invalid input for ${method}: ${detail}`, params: { method, detail, field, ...(first ? kind(first) : {}) } };
}

function kind(issue: Issue): Record<string, string | number> {
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    if (issue.origin === 'string') return { context: 'tooLong', count: issue.maximum };
    if (issue.origin === 'array' || issue.origin === 'set') return { context: 'tooMany', limit: issue.maximum };
    if (issue.origin === 'number' || issue.origin === 'int') return { context: 'tooLarge', limit: issue.maximum };
  }
  if (issue.code === 'custom' && typeof issue.params?.kind === 'string') return { context: issue.params.kind };
  if (issue.code === 'too_small' && typeof issue.minimum === 'number') {
    if ((issue.origin === 'string' || issue.origin === 'array') && issue.minimum <= 1) return { context: 'empty' };
    if (issue.origin === 'number' || issue.origin === 'int') return { context: 'tooSmall', limit: issue.minimum };
  }
  return {};
}
