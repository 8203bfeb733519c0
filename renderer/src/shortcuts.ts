/** Every keyboard shortcut of the app, once: the "?" list shows these, the handlers use the same keys. */
export interface Shortcut {
  /** Key combinations, shown as keys (not translated). */
  keys: string[];
  /** i18n key of what it does. */
  action: string;
}

export const SHORTCUTS: Shortcut[] = [
  { keys: ['1 … 9'], action: 'shortcuts.digits' },
  { keys: ['Ctrl+K'], action: 'shortcuts.picker' },
  { keys: ['Shift+F10', '≣'], action: 'shortcuts.contextMenu' },
  { keys: ['Shift+← → ↑ ↓'], action: 'shortcuts.selectText' },
  { keys: ['Ctrl+Z'], action: 'shortcuts.undo' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'shortcuts.redo' },
  { keys: ['?'], action: 'shortcuts.help' },
  { keys: ['Tab'], action: 'shortcuts.nextControl' },
  { keys: ['Enter'], action: 'shortcuts.confirm' },
  { keys: ['Esc'], action: 'shortcuts.cancel' },
];

/** True when a key typed here is text for a field, not a command. */
export function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}
