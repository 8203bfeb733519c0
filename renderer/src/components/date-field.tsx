/**
 * A calendar day typed in the UI language's form (05.03.2026 in Russian and Kazakh, 03/05/2026
 * in English), kept as "2026-03-05". Used instead of the browser's date field, which writes and
 * reads days in the browser's language whatever the app's is ("mm/dd/yyyy" in a Russian UI).
 * The day is taken when the field is left or Enter is pressed; a text that is no day is marked
 * and not taken.
 */
import { useEffect, useState } from 'react';
import { useApp } from '../app-context.js';
import { dayPattern, formatDay, parseDay, t } from '../i18n/index.js';

export function DateField({ value, label, onChange }: { value: string | null; label: string; onChange(day: string | null): void }) {
  // The language is read so that a change of it writes the day again in the new form.
  const { language } = useApp();
  const [text, setText] = useState(() => (value ? formatDay(value) : ''));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(value ? formatDay(value) : '');
    setInvalid(false);
  }, [value, language]);

  const pattern = dayPattern();
  const take = () => {
    if (text.trim() === '') {
      setInvalid(false);
      if (value) onChange(null);
      return;
    }
    const day = parseDay(text);
    setInvalid(day === null);
    if (day === null) return;
    setText(formatDay(day));
    if (day !== value) onChange(day);
  };
  return (
    <>
      <input
        className="date-field"
        inputMode="numeric"
        aria-label={label}
        aria-invalid={invalid || undefined}
        title={invalid ? t('dates.invalid', { pattern }) : label}
        placeholder={pattern}
        value={text}
        size={pattern.length + 1}
        onChange={(e) => setText(e.target.value)}
        onBlur={take}
        onKeyDown={(e) => e.key === 'Enter' && take()}
      />
      {/* Said, not only outlined: a day that is not taken leaves the list as it was, which looked like the filter worked. */}
      {invalid && <span className="field-error" role="alert">{t('dates.invalid', { pattern })}</span>}
    </>
  );
}
