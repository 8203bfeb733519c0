/**
 * The application's menus, defined once: the browser's menu bar and Electron's native menu are
 * both built from this. Labels for en/ru/kk live here too, because the Electron main process
 * builds its menu without the renderer's i18n bundles. Accelerators use Electron's syntax; the
 * page handles the keys itself (the native menu shows them without registering them, so
 * Ctrl+Z in a text field still undoes the typing).
 */
import { z } from 'zod';

export const menuLanguages = ['en', 'ru', 'kk'] as const;
export type MenuLanguage = (typeof menuLanguages)[number];

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

type Labels = Record<MenuId | MenuCommand, string>;

/** Item labels match the words the app uses elsewhere for the same action (renderer/src/i18n). */
export const MENU_LABELS: Record<MenuLanguage, Labels> = {
  en: {
    file: 'File', edit: 'Edit', code: 'Code', analyse: 'Analyse', exchange: 'Exchange', help: 'Help',
    'file.new': 'New project', 'file.open': 'Open project', 'file.saveCopy': 'Save a copy', 'file.backups': 'Backups…', 'file.close': 'Close project',
    'edit.undo': 'Undo', 'edit.redo': 'Redo', 'edit.coder': 'Change the coder name',
    'code.picker': 'Apply a code…', 'code.newFramework': 'New framework…', 'code.segments': 'Coded segments',
    'analyse.tables': 'Tables', 'analyse.charts': 'Charts', 'analyse.agreement': 'Agreement', 'analyse.search': 'Search…', 'analyse.words': 'Word frequencies', 'analyse.memos': 'All memos',
    'analyse.selection': 'Case selection', 'analyse.summaries': 'Case summaries', 'analyse.compare': 'Compare groups', 'analyse.qca': 'QCA',
    'exchange.merge': 'Merge…', 'exchange.importQda': 'Import QDA…', 'file.importDocuments': 'Import documents…', 'file.importSheet': 'Import spreadsheet…', 'exchange.exportQda': 'Export QDA…',
    'help.shortcuts': 'Keyboard shortcuts',
  },
  ru: {
    file: 'Файл', edit: 'Правка', code: 'Код', analyse: 'Анализ', exchange: 'Обмен', help: 'Справка',
    'file.new': 'Новый проект', 'file.open': 'Открыть проект', 'file.saveCopy': 'Сохранить копию', 'file.backups': 'Резервные копии…', 'file.close': 'Закрыть проект',
    'edit.undo': 'Отменить', 'edit.redo': 'Повторить', 'edit.coder': 'Сменить имя кодировщика',
    'code.picker': 'Присвоить код…', 'code.newFramework': 'Новая схема кодирования…', 'code.segments': 'Закодированные сегменты',
    'analyse.tables': 'Таблицы', 'analyse.charts': 'Диаграммы', 'analyse.agreement': 'Согласованность', 'analyse.search': 'Поиск…', 'analyse.words': 'Частотность слов', 'analyse.memos': 'Все заметки',
    'analyse.selection': 'Отбор кейсов', 'analyse.summaries': 'Резюме кейсов', 'analyse.compare': 'Сравнение групп', 'analyse.qca': 'QCA',
    'exchange.merge': 'Объединить…', 'exchange.importQda': 'Импорт REFI-QDA…', 'file.importDocuments': 'Импорт документов…', 'file.importSheet': 'Импорт таблицы…', 'exchange.exportQda': 'Экспорт REFI-QDA…',
    'help.shortcuts': 'Сочетания клавиш',
  },
  kk: {
    file: 'Файл', edit: 'Түзету', code: 'Код', analyse: 'Талдау', exchange: 'Алмасу', help: 'Анықтама',
    'file.new': 'Жаңа жоба', 'file.open': 'Жобаны ашу', 'file.saveCopy': 'Көшірмесін сақтау', 'file.backups': 'Сақтық көшірмелер…', 'file.close': 'Жобаны жабу',
    'edit.undo': 'Болдырмау', 'edit.redo': 'Қайталау', 'edit.coder': 'Кодтаушы атын өзгерту',
    'code.picker': 'Код беру…', 'code.newFramework': 'Жаңа кодтау схемасы…', 'code.segments': 'Кодталған үзінділер',
    'analyse.tables': 'Кестелер', 'analyse.charts': 'Диаграммалар', 'analyse.agreement': 'Келісім', 'analyse.search': 'Іздеу…', 'analyse.words': 'Сөз жиілігі', 'analyse.memos': 'Барлық жазбалар',
    'analyse.selection': 'Кейстерді іріктеу', 'analyse.summaries': 'Кейс түйіндемелері', 'analyse.compare': 'Топтарды салыстыру', 'analyse.qca': 'QCA',
    'exchange.merge': 'Біріктіру…', 'exchange.importQda': 'REFI-QDA импорты…', 'file.importDocuments': 'Құжаттарды импорттау…', 'file.importSheet': 'Кестені импорттау…', 'exchange.exportQda': 'REFI-QDA экспорты…',
    'help.shortcuts': 'Пернелер тіркесімдері',
  },
};

/** The label in the language, English for a language without menu labels. */
export function menuLabel(language: string, id: MenuId | MenuCommand): string {
  const labels = (MENU_LABELS as Record<string, Labels | undefined>)[language] ?? MENU_LABELS.en;
  return labels[id];
}

/** An accelerator as the page shows it: Ctrl+Shift+Z, or ? for Shift+/. */
export function acceleratorText(accelerator: string): string {
  if (accelerator === 'Shift+/') return '?';
  return accelerator.replace('CmdOrCtrl', 'Ctrl');
}

/** The first of the preferred locales (e.g. Electron's app.getLocale()) that has menu labels, else English. */
export function menuLanguageFor(locale: string): MenuLanguage {
  const primary = locale.toLowerCase().split('-')[0];
  return (menuLanguages as readonly string[]).includes(primary ?? '') ? (primary as MenuLanguage) : 'en';
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
  language: z.enum(menuLanguages),
  shown: z.array(Command).max(menuCommands.length),
  disabled: z.array(Command).max(menuCommands.length),
  labels: z.partialRecord(Command, ItemWords),
});
export type MenuState = z.infer<typeof MenuState>;

/** The native menu before the page has said anything: every item, in the system's language. */
export function startingMenuState(language: MenuLanguage): MenuState {
  return { language, shown: [...menuCommands], disabled: [], labels: {} };
}
