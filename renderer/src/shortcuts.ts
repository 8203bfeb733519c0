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
  { keys: ['Ctrl+Shift+F'], action: 'shortcuts.search' },
  { keys: ['← → ↑ ↓', 'PgUp PgDn', 'Home End'], action: 'shortcuts.moveInTable' },
  { keys: ['← →', 'Home End'], action: 'shortcuts.resizeColumn' },
  { keys: ['Ctrl+Z'], action: 'shortcuts.undo' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], action: 'shortcuts.redo' },
  { keys: ['?'], action: 'shortcuts.help' },
  { keys: ['Tab'], action: 'shortcuts.nextControl' },
  { keys: ['F6', 'Shift+F6'], action: 'shortcuts.regions' },
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

/**
 * The key a shortcut is matched by. On Cyrillic layouts `key` is the letter typed (Ctrl+Z gives
 * «я» in Russian) and the Kazakh number row types «ә», «і», «ң»… without Shift: for a non-Latin
 * character the physical key (`code`: KeyZ, Digit2) says which Latin letter or digit it is. A
 * Latin layout's own character wins, so AZERTY's Z stays its Z and Shift+1 stays "!".
 */
export function shortcutKey({ key, code }: { key: string; code: string }): string {
  if (key.length !== 1) return key;
  if (key.charCodeAt(0) < 0x80) return key.toLowerCase();
  const physical = /^(?:Key([A-Z])|Digit(\d)|Numpad(\d))$/.exec(code);
  return physical ? (physical[1] ?? physical[2] ?? physical[3]!).toLowerCase() : key;
}
