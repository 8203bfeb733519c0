import { useRef } from 'react';

/** A button that opens the system's file chooser; the file's bytes go to the services. */
export function FilePicker({ label, accept, onFile, command }: { label: string; accept: string; onFile(file: File): void; command?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button data-menu-command={command} onClick={() => input.current?.click()}>{label}</button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={label}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
