/**
 * One modal for every question the app asks: a title, some fields, OK and Cancel. Fields are
 * described as data so the dialogs of the app stay declarative.
 */
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { t } from '../i18n/index.js';
import { DialogFrame } from './dialog-frame.js';

export type Field =
  /** `hint`: a line under the field, which its control is described by; `suggestions`: names offered as it is typed. */
  | { kind: 'text'; name: string; label: string; value?: string; multiline?: boolean; hint?: string; suggestions?: readonly string[] }
  /**
   * `placeholder`: the select starts on no choice, showing it, and the dialog cannot be confirmed
   * until one is made (where any preselected answer would be a guess the user may confirm unread).
   */
  | { kind: 'select'; name: string; label: string; value?: string; options: { value: string; label: string }[]; placeholder?: string }
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

  // Enter confirms from any field but a multi-line one (there it starts a new line) and buttons (they act themselves).
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && !event.shiftKey && !(target instanceof HTMLTextAreaElement) && !(target instanceof HTMLButtonElement)) {
      event.preventDefault();
      event.currentTarget.querySelector('form')?.requestSubmit();
    }
  };

  const dangerous = request.danger && !request.fields?.length;
  const unchosen = (request.fields ?? []).some((f) => f.kind === 'select' && f.placeholder !== undefined && values[f.name] === '');
  async function submit(event?: FormEvent) {
    event?.preventDefault();
    // Enter in a field submits the form even when its button is disabled.
    if (unchosen) return;
    onClose();
    await request.onSubmit(values);
  }

  return (
    // A notice is acknowledged by Escape as by OK; a question is cancelled by it.
    <DialogFrame label={request.title} onSubmit={submit} onKeyDown={onKeyDown} onEscape={request.notice ? () => void submit() : onClose}>
      <h2>{request.title}</h2>
      {request.message && <p>{request.message}</p>}
      {(request.fields ?? []).map((field) => {
        // Label and control are tied by id, so the control's name is the label alone.
        const id = `field-${field.name}`;
        const hint = field.kind === 'text' ? field.hint : undefined;
        const hintId = hint ? `${id}-hint` : undefined;
        return (
          <div key={field.name} className={`field field-${field.kind}`}>
            <label htmlFor={id}>{field.label}</label>
            {field.kind === 'text' && !field.multiline && (
              <input
                id={id} aria-describedby={hintId} list={field.suggestions ? `${id}-suggestions` : undefined}
                value={values[field.name] as string} onChange={(e) => set(field.name, e.target.value)}
              />
            )}
            {field.kind === 'text' && field.suggestions && (
              <datalist id={`${id}-suggestions`}>{field.suggestions.map((name) => <option key={name} value={name} />)}</datalist>
            )}
            {field.kind === 'text' && field.multiline && (
              <textarea id={id} rows={8} aria-describedby={hintId} value={values[field.name] as string} onChange={(e) => set(field.name, e.target.value)} />
            )}
            {hint && <p id={hintId} className="hint">{hint}</p>}
            {field.kind === 'select' && (
              <select id={id} value={values[field.name] as string} onChange={(e) => set(field.name, e.target.value)}>
                {field.placeholder !== undefined && <option value="" disabled>{field.placeholder}</option>}
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
        {/* A question whose answer destroys something starts on Cancel: Enter alone must not delete. */}
        {!request.notice && <button type="button" onClick={onClose} data-autofocus={dangerous || undefined}>{t('common.cancel')}</button>}
        <button type="submit" className={request.danger ? 'danger' : 'primary'} disabled={unchosen} data-autofocus={(!dangerous && !request.fields?.length) || undefined}>{request.okLabel ?? t('common.ok')}</button>
      </div>
    </DialogFrame>
  );
}
