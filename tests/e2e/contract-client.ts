/**
 * Calls the running browser mode's API as the page does (the one contract, with this run's
 * token), so tests build their data through the services rather than around them.
 */
import type { Input, Method, Output, Result } from '../../shared/contract.js';

/** How long a write refused for the backup on open is tried again, as the renderer does (api.ts). */
const BACKUP_WAIT_MS = 30_000;

export async function apiCall<M extends Method>(appUrl: string, method: M, input: Input<M>): Promise<Output<M>> {
  const url = new URL(appUrl);
  const started = Date.now();
  for (;;) {
    const response = await fetch(new URL('./api/call', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CaseCoder-Token': url.searchParams.get('token') ?? '' },
      body: JSON.stringify({ method, input }),
    });
    const result = (await response.json()) as Result<Output<M>>;
    if (result.ok) return result.value;
    // A write made as the app opens its project can meet the backup of it being written.
    if (result.error.code !== 'projectBackingUp' || Date.now() - started > BACKUP_WAIT_MS) {
      throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const sentences = [
  'Респондент рассказывает о переезде в Алматы и о поиске жилья рядом с офисом.',
  'Сұхбат беруші Астанадағы жалақы мен пәтер жалдау туралы айтады.',
  'She describes how the visa office changed its rules twice in one year.',
  'По её словам, интернет в горах работает лучше, чем в центре города.',
  'Друзья помогли открыть счёт в банке, когда не хватало документов.',
];

/** A long interview: paragraphs of a few sentences until `length` characters. */
export function longInterview(length: number): string {
  let text = '';
  for (let i = 0; text.length < length; i++) {
    const paragraph = Array.from({ length: 4 }, (_, j) => `${sentences[(i + j) % sentences.length]} (${i}.${j})`).join(' ');
    text += `${i % 2 ? 'И' : 'В'}: ${paragraph}\n\n`;
  }
  return text.slice(0, length);
}

/**
 * A project with one case holding a `length`-character interview coded `codings` times, spread
 * over the text, in two frameworks. Returns the document's id.
 */
export async function seedLongInterview(appUrl: string, path: string, length: number, codings: number): Promise<number> {
  await apiCall(appUrl, 'session.setCoder', { name: 'Ada' });
  await apiCall(appUrl, 'project.create', { path });
  const group = await apiCall(appUrl, 'groups.create', { name: 'Программисты' });
  const item = await apiCall(appUrl, 'cases.create', { name: 'Айгерим', groupId: group.id });
  await apiCall(appUrl, 'documents.paste', { caseId: item.id, name: 'Интервью 1', text: longInterview(length) });
  const [document] = await apiCall(appUrl, 'documents.list', { caseId: item.id });
  const { codes } = await apiCall(appUrl, 'codebook.get', {});
  const step = Math.floor(length / codings);
  for (let i = 0; i < codings; i++) {
    const start = i * step;
    await apiCall(appUrl, 'coding.apply', { documentId: document!.id, start, end: start + Math.min(80, step - 1), codeId: codes[i % codes.length]!.id });
  }
  return document!.id;
}
