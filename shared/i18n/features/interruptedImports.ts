/**
 * The notice of an import or merge that a project was found stopped in on opening (the process
 * died part-way: main/services/import-runs.ts), in the app and on the command line
 * (shared/i18n/interrupted-import-text.ts): what stopped and when, which files came in and which
 * did not, and what to do. A run another CaseCoder was still doing on this computer (`running`)
 * is said as such, and is not to be dismissed (main/services/run-owner.ts); one begun on another
 * computer (`elsewhere`), which alone can tell whether it still runs, is said as begun there and
 * may be dismissed: a project copied from it (a teammate's) was most likely cut short there.
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
    runningTitle: 'An import is running in another CaseCoder',
    runningMergeTitle: 'A merge is running in another CaseCoder',
    running: {
      documents: 'The import of documents begun on {{when}} was still running in another CaseCoder on this computer when the project was opened.',
      package: 'The import of REFI-QDA packages begun on {{when}} was still running in another CaseCoder on this computer when the project was opened.',
      merge: 'The merge begun on {{when}} was still running in another CaseCoder on this computer when the project was opened.',
      hint: 'Its record goes when it ends; while it runs, the notice cannot be dismissed.',
    },
    elsewhere: {
      documents: 'The import of documents begun on {{when}} by CaseCoder on the computer {{host}} had not ended when the project was opened: it may still be running there.',
      package: 'The import of REFI-QDA packages begun on {{when}} by CaseCoder on the computer {{host}} had not ended when the project was opened: it may still be running there.',
      merge: 'The merge begun on {{when}} by CaseCoder on the computer {{host}} had not ended when the project was opened: it may still be running there.',
      hint: 'If it no longer runs there (the project was copied from that computer, say), dismiss this notice.',
    },
    commandLineRunning: 'Note: {{text}}',
    errors: {
      importStopped: 'Stopped: {{done, number}} of {{count, number}} files were imported, the rest were not',
      importRunning: 'Not dismissed: this import or merge is still running in another CaseCoder on this computer; its notice goes once it ends',
    },
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
    runningTitle: 'Импорт идёт в другом CaseCoder',
    runningMergeTitle: 'Объединение идёт в другом CaseCoder',
    running: {
      documents: 'Импорт документов, начатый {{when}}, ещё шёл в другом CaseCoder на этом компьютере, когда проект открыли.',
      package: 'Импорт пакетов REFI-QDA, начатый {{when}}, ещё шёл в другом CaseCoder на этом компьютере, когда проект открыли.',
      merge: 'Объединение, начатое {{when}}, ещё шло в другом CaseCoder на этом компьютере, когда проект открыли.',
      hint: 'Запись об этой работе исчезнет, когда она закончится; пока она идёт, скрыть уведомление нельзя.',
    },
    elsewhere: {
      documents: 'Импорт документов, начатый {{when}} в CaseCoder на компьютере {{host}}, не был закончен, когда проект открыли: возможно, он ещё идёт там.',
      package: 'Импорт пакетов REFI-QDA, начатый {{when}} в CaseCoder на компьютере {{host}}, не был закончен, когда проект открыли: возможно, он ещё идёт там.',
      merge: 'Объединение, начатое {{when}} в CaseCoder на компьютере {{host}}, не было закончено, когда проект открыли: возможно, оно ещё идёт там.',
      hint: 'Если там она уже не идёт (например, проект скопирован с того компьютера), скройте это уведомление.',
    },
    commandLineRunning: 'Внимание: {{text}}',
    errors: {
      importStopped: 'Остановлено: импортировано файлов {{done, number}} из {{count, number}}, остальные — нет',
      importRunning: 'Уведомление не скрыто: этот импорт или объединение ещё идёт в другом CaseCoder на этом компьютере; уведомление исчезнет, когда работа закончится',
    },
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
    runningTitle: 'Импорт басқа CaseCoder-де жүріп жатыр',
    runningMergeTitle: 'Біріктіру басқа CaseCoder-де жүріп жатыр',
    running: {
      documents: '{{when}} басталған құжаттарды импорттау жоба ашылғанда осы компьютердегі басқа CaseCoder-де әлі жүріп жатқан еді.',
      package: '{{when}} басталған REFI-QDA пакеттерін импорттау жоба ашылғанда осы компьютердегі басқа CaseCoder-де әлі жүріп жатқан еді.',
      merge: '{{when}} басталған біріктіру жоба ашылғанда осы компьютердегі басқа CaseCoder-де әлі жүріп жатқан еді.',
      hint: 'Бұл жұмыс аяқталғанда ол туралы хабарлама өздігінен жойылады; ол жүріп жатқанда хабарламаны жасыруға болмайды.',
    },
    elsewhere: {
      documents: '{{host}} компьютеріндегі CaseCoder-де {{when}} басталған құжаттарды импорттау жоба ашылғанда аяқталмаған еді: ол сонда әлі жүріп жатқан болуы мүмкін.',
      package: '{{host}} компьютеріндегі CaseCoder-де {{when}} басталған REFI-QDA пакеттерін импорттау жоба ашылғанда аяқталмаған еді: ол сонда әлі жүріп жатқан болуы мүмкін.',
      merge: '{{host}} компьютеріндегі CaseCoder-де {{when}} басталған біріктіру жоба ашылғанда аяқталмаған еді: ол сонда әлі жүріп жатқан болуы мүмкін.',
      hint: 'Егер ол жерде жұмыс енді жүрмесе (мысалы, жоба сол компьютерден көшірілген болса), бұл хабарламаны жасырыңыз.',
    },
    commandLineRunning: 'Ескерту: {{text}}',
    errors: {
      importStopped: 'Тоқтатылды: {{count, number}} файлдың {{done, number}} импортталды, қалғандары импортталмады',
      importRunning: 'Хабарлама жасырылмады: бұл импорт не біріктіру осы компьютердегі басқа CaseCoder-де әлі жүріп жатыр; жұмыс аяқталғанда хабарлама жойылады',
    },
  },
} satisfies FeatureStrings;
