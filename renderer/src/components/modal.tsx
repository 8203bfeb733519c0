/**
 * One modal for every question the app asks: a title, some fields, OK and Cancel. Fields are
 * described as data so the dialogs of the app stay declarative.
 */
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { t } from '../i18n/index.js';

export type Field =
  | { kind: 'text'; name: string; label: string; value?: string; multiline?: boolean }
  | { kind: 'select'; name: string; label: string; value?: string; options: { value: string; label: string }[] }
  | { kind: 'checkbox'; name: string; label: string; value?: boolean }
  | { kind: 'color'; name: string; label: string; value?: string };

export type FieldValues = Record<string, string | boolean>;

export interface ModalRequest {
  title: string;
  message?: string;
  fields?: Field[];
  okLabel?: string;
  danger?: boolean;
  /** A message to acknowledge: OK only, nothing to cancel. */
  notice?: boolean;
  onSubmit(values: FieldValues): void | Promise<void>;
}

export function Modal({ request, onClose }: { request: ModalRequest; onClose(): void }) {
  const [values, setValues] = useState<FieldValues>(() =>
    Object.fromEntries((request.fields ?? []).map((f) => [f.name, f.value ?? (f.kind === 'checkbox' ? false : '')])),
  );
  const set = (name: string, value: string | boolean) => setValues((v) => ({ ...v, [name]: value }));

  // Focus lands in the first field (or on OK when there is none); Escape cancels from anywhere.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, textarea, select, button[type=submit]')?.focus();
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        if (request.notice) form.current?.requestSubmit();
        else onClose();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose, request.notice]);

  // Enter confirms from any field but a multi-line one (there it starts a new line) and buttons (they act themselves).
  const onKeyDown = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && !event.shiftKey && !(target instanceof HTMLTextAreaElement) && !(target instanceof HTMLButtonElement)) {
      event.preventDefault();
      form.current?.requestSubmit();
    }
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    onClose();
    await request.onSubmit(values);
  }

  return (
    <div className="modal-backdrop">
      <form ref={form} className="modal" role="dialog" aria-modal="true" aria-label={request.title} onSubmit={submit} onKeyDown={onKeyDown}>
        <h2>{request.title}</h2>
        {request.message && <p>{request.message}</p>}
        {(request.fields ?? []).map((field) => {
          // Label and control are tied by id, so the control's name is the label alone.
          const id = `field-${field.name}`;
          return (
            <div key={field.name} className={`field field-${field.kind}`}>
              <label htmlFor={id}>{field.label}</label>
              {field.kind === 'text' && !field.multiline && (
                <input id={id} value={values[field.name] as string} onChange={(e) => set(field.name, e.target.value)} />
              )}
              {field.kind === 'text' && field.multiline && (
                <textarea id={id} rows={8} value={values[field.name] as string} onChange={(e) => set(field.name, e.target.value)} />
              )}
              {field.kind === 'select' && (
                <select id={id} value={values[field.name] as string} onChange={(e) => set(field.name, e.target.value)}>
                  {field.options.map((o) => (
                    <option key={o.value} value={o.value}>{o.label}</option>
                  ))}
                </select>
              )}
              {field.kind === 'checkbox' && (
                <input id={id} type="checkbox" checked={values[field.name] as boolean} onChange={(e) => set(field.name, e.target.checked)} />
              )}
              {field.kind === 'color' && (
                <input id={id} type="color" value={values[field.name] as string} onChange={(e) => set(field.name, e.target.value)} />
              )}
            </div>
          );
        })}
        <div className="modal-buttons">
          {!request.notice && <button type="button" onClick={onClose}>{t('common.cancel')}</button>}
          <button type="submit" className={request.danger ? 'danger' : 'primary'}>{request.okLabel ?? t('common.ok')}</button>
        </div>
      </form>
    </div>
  );
}
