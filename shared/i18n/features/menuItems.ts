/**
 * The application's menus and their items (shared/menu.ts), for the browser's menu bar and
 * Electron's native menu alike. Labels match the words the app uses elsewhere for the same action.
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    menus: {
      file: 'File',
      edit: 'Edit',
      code: 'Code',
      analyse: 'Analyse',
      exchange: 'Exchange',
      help: 'Help',
    },
    items: {
      file: {
        new: 'New project…',
        open: 'Open project…',
        saveCopy: 'Save a copy…',
        backups: 'Backups…',
        close: 'Close project',
        importDocuments: 'Import documents…',
        importSheet: 'Import spreadsheet…',
      },
      edit: {
        undo: 'Undo',
        redo: 'Redo',
        coder: 'Change the coder name…',
      },
      code: {
        picker: 'Apply a code…',
        newFramework: 'New framework…',
        segments: 'Coded segments',
      },
      analyse: {
        tables: 'Tables',
        charts: 'Charts',
        agreement: 'Agreement',
        search: 'Search…',
        words: 'Word frequencies',
        memos: 'All memos',
        selection: 'Case selection',
        summaries: 'Case summaries',
        compare: 'Compare groups',
        qca: 'QCA',
      },
      exchange: {
        merge: 'Merge…',
        importQda: 'Import QDA…',
        exportQda: 'Export QDA…',
      },
      help: {
        shortcuts: 'Keyboard shortcuts',
      },
    },
  },
  ru: {
    menus: {
      file: 'Файл',
      edit: 'Правка',
      code: 'Код',
      analyse: 'Анализ',
      exchange: 'Обмен',
      help: 'Справка',
    },
    items: {
      file: {
        new: 'Новый проект…',
        open: 'Открыть проект…',
        saveCopy: 'Сохранить копию…',
        backups: 'Резервные копии…',
        close: 'Закрыть проект',
        importDocuments: 'Импорт документов…',
        importSheet: 'Импорт таблицы…',
      },
      edit: {
        undo: 'Отменить',
        redo: 'Повторить',
        coder: 'Сменить имя кодировщика…',
      },
      code: {
        picker: 'Присвоить код…',
        newFramework: 'Новая схема кодирования…',
        segments: 'Закодированные сегменты',
      },
      analyse: {
        tables: 'Таблицы',
        charts: 'Диаграммы',
        agreement: 'Согласованность',
        search: 'Поиск…',
        words: 'Частотность слов',
        memos: 'Все мемо',
        selection: 'Отбор кейсов',
        summaries: 'Резюме кейсов',
        compare: 'Сравнение групп',
        qca: 'QCA',
      },
      exchange: {
        merge: 'Объединить…',
        importQda: 'Импорт REFI-QDA…',
        exportQda: 'Экспорт REFI-QDA…',
      },
      help: {
        shortcuts: 'Сочетания клавиш',
      },
    },
  },
  kk: {
    menus: {
      file: 'Файл',
      edit: 'Түзету',
      code: 'Код',
      analyse: 'Талдау',
      exchange: 'Алмасу',
      help: 'Анықтама',
    },
    items: {
      file: {
        new: 'Жаңа жоба…',
        open: 'Жобаны ашу…',
        saveCopy: 'Көшірмесін сақтау…',
        backups: 'Сақтық көшірмелер…',
        close: 'Жобаны жабу',
        importDocuments: 'Құжаттарды импорттау…',
        importSheet: 'Кестені импорттау…',
      },
      edit: {
        undo: 'Болдырмау',
        redo: 'Қайталау',
        coder: 'Кодтаушы атын өзгерту…',
      },
      code: {
        picker: 'Код беру…',
        newFramework: 'Жаңа кодтау схемасы…',
        segments: 'Кодталған үзінділер',
      },
      analyse: {
        tables: 'Кестелер',
        charts: 'Диаграммалар',
        agreement: 'Келісім',
        search: 'Іздеу…',
        words: 'Сөз жиілігі',
        memos: 'Барлық мемолар',
        selection: 'Кейстерді іріктеу',
        summaries: 'Кейс түйіндемелері',
        compare: 'Топтарды салыстыру',
        qca: 'QCA',
      },
      exchange: {
        merge: 'Біріктіру…',
        importQda: 'REFI-QDA импорты…',
        exportQda: 'REFI-QDA экспорты…',
      },
      help: {
        shortcuts: 'Пернелер тіркесімдері',
      },
    },
  },
} satisfies FeatureStrings;
