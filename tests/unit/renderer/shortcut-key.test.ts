/**
 * Shortcuts on Cyrillic keyboard layouts: the physical key stands in for a non-Latin character,
 * and a Latin layout keeps its own characters.
 */
import { describe, expect, it } from 'vitest';
import { shortcutKey } from '../../../renderer/src/shortcuts.js';

describe('shortcutKey', () => {
  it('reads Ctrl+Z and Ctrl+K typed on the Russian layout as z and k', () => {
    expect(shortcutKey({ key: 'я', code: 'KeyZ' })).toBe('z');
    expect(shortcutKey({ key: 'Я', code: 'KeyZ' })).toBe('z');
    expect(shortcutKey({ key: 'л', code: 'KeyK' })).toBe('k');
    expect(shortcutKey({ key: 'а', code: 'KeyF' })).toBe('f');
  });

  it("reads the Kazakh number row's letters as its digits", () => {
    expect(shortcutKey({ key: 'ә', code: 'Digit2' })).toBe('2');
    expect(shortcutKey({ key: 'і', code: 'Digit3' })).toBe('3');
  });

  it("keeps a Latin layout's own characters: AZERTY's z, Shift+1's !, named keys", () => {
    expect(shortcutKey({ key: 'z', code: 'KeyW' })).toBe('z');
    expect(shortcutKey({ key: 'Z', code: 'KeyZ' })).toBe('z');
    expect(shortcutKey({ key: '!', code: 'Digit1' })).toBe('!');
    expect(shortcutKey({ key: '1', code: 'Digit1' })).toBe('1');
    expect(shortcutKey({ key: 'Escape', code: 'Escape' })).toBe('Escape');
  });
});
