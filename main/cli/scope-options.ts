/**
 * --document NAME and --attribute NAME=VALUE, as search and autocode take them: the search scope's
 * documents and attribute values (SearchScope), named as the app names them. A name or value
 * that matches nothing stops the command, saying what there is: searching on would find nothing
 * and read as if the words were not there.
 */
import type { SearchScope } from '../../shared/search.js';
import { matchByName } from '../../shared/names.js';
import { AppError } from '../errors.js';
import { UsageError } from './args.js';
import type { Call } from './call.js';

export const documentOption = { type: 'string', value: 'NAME' } as const;
/** Repeatable: values of one attribute widen its condition (any of them), attributes narrow each other. */
export const attributeOption = { type: 'string', value: 'NAME=VALUE', multiple: true } as const;

/** The document named so, among `caseId`'s (--case) when given; one of several so named is asked to be told apart. */
export async function documentScope(call: Call, name: string, caseId: number | undefined): Promise<number> {
  const documents = await call('documents.list', caseId === undefined ? {} : { caseId });
  const found = matchByName(documents, name);
  if (found.length === 0) throw new AppError('documentNotFound', `No document is named ${name} (casecoder documents lists them)`, { document: name });
  if (found.length > 1) {
    const cases = await call('cases.list', {});
    const named = [...new Set(found.map((d) => cases.find((c) => c.id === d.caseId)?.name ?? ''))].join(', ');
    throw new AppError('documentNameAmbiguous', `${found.length} documents are named ${name} (cases: ${named}): give --case CASE too`, {
      document: name, count: found.length, cases: named,
    });
  }
  return found[0]!.id;
}

/** The attribute conditions of NAME=VALUE pairs, each value spelt as a case has it (a name's case and spaces aside). */
export async function attributeScope(call: Call, pairs: readonly string[]): Promise<NonNullable<SearchScope['attributes']>> {
  if (pairs.length === 0) return [];
  const [attributes, cases] = await Promise.all([call('attributes.list', {}), call('cases.list', {})]);
  const conditions = new Map<number, string[]>();
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0 || at === pair.length - 1) throw new UsageError('attributePair', { got: pair });
    const [name, typed] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    const attribute = matchByName(attributes, name)[0];
    if (!attribute) {
      throw new AppError('attributeNotFound', `No attribute named ${name} (attributes: ${attributes.map((a) => a.name).join(', ') || 'none'})`, { attribute: name });
    }
    // As stored: a number 42, a day 2026-03-05, yes/no true or false; an empty value is none.
    const values = [...new Set(cases.map((c) => c.attributes[String(attribute.id)]).filter((v) => v !== undefined && v !== '').map(String))];
    const value = matchByName(values.map((v) => ({ name: v })), typed)[0]?.name;
    if (value === undefined) {
      const listed = values.join(', ');
      throw new AppError('attributeValueNotFound', `No case has ${typed} as its ${attribute.name} (values: ${listed || 'none'})`, {
        attribute: attribute.name, value: typed, values: listed || '—',
      });
    }
    conditions.set(attribute.id, [...(conditions.get(attribute.id) ?? []), value]);
  }
  return [...conditions].map(([attributeId, values]) => ({ attributeId, values }));
}
