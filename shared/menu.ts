/**
 * The application's menus, defined once: the browser's menu bar and Electron's native menu are
 * both built from this, with the labels of i18n/features/menuItems.ts. Accelerators use
 * Electron's syntax; the page handles the keys itself (the native menu shows them without
 * registering them, so Ctrl+Z in a text field still undoes the typing).
 */
import { z } from 'zod';
import type { Bundle } from './i18n/bundle.js';
import { bundles, isLanguage, languages, type Language } from './i18n/bundles.js';

export type MenuId = 'file' | 'edit' | 'code' | 'analyse' | 'exchange' | 'help';

export interface MenuItemDef {
  id: MenuCommand;
  accelerator?: string;
  separatorBefore?: boolean;
  /** Shown only while a project is open. */
  needsProject?: boolean;
}

export interface MenuDef {
  id: MenuId;
  items: MenuItemDef[];
}

export type MenuCommand =
  | 'file.new' | 'file.open' | 'file.importDocuments' | 'file.importSheet' | 'file.saveCopy' | 'file.backups' | 'file.close'
  | 'edit.undo' | 'edit.redo' | 'edit.coder'
  | 'code.picker' | 'code.newFramework' | 'code.segments'
  | 'analyse.tables' | 'analyse.charts' | 'analyse.agreement' | 'analyse.search' | 'analyse.words' | 'analyse.memos'
  | 'analyse.selection' | 'analyse.summaries' | 'analyse.compare' | 'analyse.qca'
  | 'exchange.merge' | 'exchange.importQda' | 'exchange.exportQda'
  | 'help.shortcuts';

export const MENUS: readonly MenuDef[] = [
  {
    id: 'file',
    items: [
      { id: 'file.new' },
      { id: 'file.open' },
      { id: 'file.importDocuments', needsProject: true, separatorBefore: true },
      { id: 'file.importSheet', needsProject: true },
      { id: 'file.saveCopy', needsProject: true, separatorBefore: true },
      { id: 'file.backups', needsProject: true },
      { id: 'file.close', needsProject: true, separatorBefore: true },
    ],
  },
  {
    id: 'edit',
    items: [
      { id: 'edit.undo', accelerator: 'CmdOrCtrl+Z', needsProject: true },
      { id: 'edit.redo', accelerator: 'CmdOrCtrl+Shift+Z', needsProject: true },
      { id: 'edit.coder', separatorBefore: true },
    ],
  },
  {
    id: 'code',
    items: [
      { id: 'code.picker', accelerator: 'CmdOrCtrl+K', needsProject: true },
      { id: 'code.newFramework', needsProject: true },
      { id: 'code.segments', needsProject: true, separatorBefore: true },
    ],
  },
  {
    id: 'analyse',
    items: [
      { id: 'analyse.tables', needsProject: true },
      { id: 'analyse.charts', needsProject: true },
      { id: 'analyse.agreement', needsProject: true },
      { id: 'analyse.selection', needsProject: true, separatorBefore: true },
      { id: 'analyse.summaries', needsProject: true },
      { id: 'analyse.compare', needsProject: true },
      { id: 'analyse.qca', needsProject: true },
      { id: 'analyse.search', accelerator: 'CmdOrCtrl+Shift+F', needsProject: true, separatorBefore: true },
      { id: 'analyse.words', needsProject: true },
      { id: 'analyse.memos', needsProject: true },
    ],
  },
  {
    id: 'exchange',
    items: [
      { id: 'exchange.merge', needsProject: true },
      { id: 'exchange.importQda', needsProject: true, separatorBefore: true },
      { id: 'exchange.exportQda', needsProject: true },
    ],
  },
  { id: 'help', items: [{ id: 'help.shortcuts', accelerator: 'Shift+/' }] },
];

/** The label in the language (i18n/features/menuItems.ts), English for a language without menu labels. */
export function menuLabel(language: string, id: MenuId | MenuCommand): string {
  const words = bundles[isLanguage(language) ? language : 'en'].menuItems as Bundle;
  const [menu, item] = id.split('.') as [string, string | undefined];
  const label = item === undefined ? (words.menus as Bundle)[menu] : ((words.items as Bundle)[menu] as Bundle | undefined)?.[item];
  return typeof label === 'string' ? label : id;
}

/** An accelerator as the page shows it: Ctrl+Shift+Z, or ? for Shift+/. */
export function acceleratorText(accelerator: string): string {
  if (accelerator === 'Shift+/') return '?';
  return accelerator.replace('CmdOrCtrl', 'Ctrl');
}

/** The first of the preferred locales (e.g. Electron's app.getLocale()) that has menu labels, else English. */
export function menuLanguageFor(locale: string): Language {
  const primary = locale.toLowerCase().split('-')[0];
  return isLanguage(primary) ? primary : 'en';
}

const menuCommands = MENUS.flatMap((menu) => menu.items.map((item) => item.id)) as [MenuCommand, ...MenuCommand[]];
const Command = z.enum(menuCommands);
/** An item's own words: one line, as long as any the page makes («Undo: apply code»). */
const ItemWords = z.string().min(1).max(200).regex(/^[^\p{Cc}]*$/u);

/**
 * What the page's menu bar shows now, sent to Electron so its native menu shows the same: the
 * language, the items there (those of a project only while one is open), which of them are
 * greyed out, and the words that say more than an item's name (what Undo will undo). Parsed
 * in the main process like any input, though it comes from our own page.
 */
export const MenuState = z.strictObject({
  language: z.enum(languages),
  shown: z.array(Command).max(menuCommands.length),
  disabled: z.array(Command).max(menuCommands.length),
  labels: z.partialRecord(Command, ItemWords),
});
export type MenuState = z.infer<typeof MenuState>;

/** The native menu before the page has said anything: every item, in the system's language. */
export function startingMenuState(language: Language): MenuState {
  return { language, shown: [...menuCommands], disabled: [], labels: {} };
}
