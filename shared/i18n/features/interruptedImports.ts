/**
 * The notice of an import or merge that a project was found stopped in on opening (the process
 * died part-way: main/services/import-runs.ts), in the app and on the command line
 * (shared/i18n/interrupted-import-text.ts): what stopped and when, which files came in and which
 * did not, and what to do.
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    title: 'An import did not finish',
    mergeTitle: 'A merge did not finish',
    documents: 'The import of documents begun on {{when}} was cut short: CaseCoder stopped before it ended.',
    package: 'The import of REFI-QDA packages begun on {{when}} was cut short: CaseCoder stopped before it ended. A package comes in whole or not at all.',
    merge: 'The merge begun on {{when}} was cut short: CaseCoder stopped before it ended. Nothing of it came in: a merge is written whole or not at all.',
    done: 'Came in ({{count, number}}):',
    pending: 'Not imported ({{count, number}}):',
    pendingMerge: 'Not merged:',
    refused: 'Could not be read ({{count, number}}):',
    more: 'and {{count, number}} more',
    againDocuments: 'Import the files again: those already in the project are skipped as duplicates.',
    againExchange: 'Do it again from the Exchange menu.',
    importAgain: 'Import the files again…',
    dismiss: 'Dismiss',
    commandLine: 'Note: {{text}} The notice stays until it is dismissed in CaseCoder or by casecoder imports PROJECT --dismiss.',
    errors: { importStopped: 'Stopped: {{done, number}} of {{count, number}} files were imported, the rest were not' },
  },
  ru: {
    title: 'Импорт не завершился',
    mergeTitle: 'Объединение не завершилось',
    documents: 'Импорт документов, начатый {{when}}, оборвался: CaseCoder остановился, не закончив его.',
    package: 'Импорт пакетов REFI-QDA, начатый {{when}}, оборвался: CaseCoder остановился, не закончив его. Пакет входит в проект целиком или не входит вовсе.',
    merge: 'Объединение, начатое {{when}}, оборвалось: CaseCoder остановился, не закончив его. Из него ничего не вошло: объединение записывается целиком или не записывается вовсе.',
    done: 'Вошли в проект ({{count, number}}):',
    pending: 'Не импортированы ({{count, number}}):',
    pendingMerge: 'Не объединено:',
    refused: 'Не удалось прочитать ({{count, number}}):',
    more: 'и ещё {{count, number}}',
    againDocuments: 'Импортируйте файлы ещё раз: те, что уже есть в проекте, будут пропущены как повторы.',
    againExchange: 'Повторите это через меню «Обмен».',
    importAgain: 'Импортировать файлы ещё раз…',
    dismiss: 'Скрыть',
    commandLine: 'Внимание: {{text}} Это уведомление остаётся, пока его не скроют в CaseCoder или командой casecoder imports PROJECT --dismiss.',
    errors: { importStopped: 'Остановлено: импортировано файлов {{done, number}} из {{count, number}}, остальные — нет' },
  },
  kk: {
    title: 'Импорт аяқталмады',
    mergeTitle: 'Біріктіру аяқталмады',
    documents: '{{when}} басталған құжаттарды импорттау үзілді: CaseCoder оны аяқтамай тоқтады.',
    package: '{{when}} басталған REFI-QDA пакеттерін импорттау үзілді: CaseCoder оны аяқтамай тоқтады. Пакет жобаға толық кіреді немесе мүлде кірмейді.',
    merge: '{{when}} басталған біріктіру үзілді: CaseCoder оны аяқтамай тоқтады. Одан ештеңе кірмеді: біріктіру толық жазылады немесе мүлде жазылмайды.',
    done: 'Жобаға кірді ({{count, number}}):',
    pending: 'Импортталмады ({{count, number}}):',
    pendingMerge: 'Біріктірілмеді:',
    refused: 'Оқылмады ({{count, number}}):',
    more: 'және тағы {{count, number}}',
    againDocuments: 'Файлдарды қайта импорттаңыз: жобада бұрыннан бар файлдар қайталанған ретінде өткізіліп жіберіледі.',
    againExchange: 'Мұны «Алмасу» мәзірінен қайталаңыз.',
    importAgain: 'Файлдарды қайта импорттау…',
    dismiss: 'Жасыру',
    commandLine: 'Ескерту: {{text}} Бұл хабарлама CaseCoder-де немесе casecoder imports PROJECT --dismiss пәрменімен жасырылғанша қалады.',
    errors: { importStopped: 'Тоқтатылды: {{count, number}} файлдың {{done, number}} импортталды, қалғандары импортталмады' },
  },
} satisfies FeatureStrings;
