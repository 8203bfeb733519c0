/** Imports, merges, large deletions and large undos that write the project as jobs off the main thread: their progress labels and refusals. */
import type { FeatureStrings } from '../feature-strings.js';

export default {
  en: {
    refiImport: 'Importing the REFI-QDA package…',
    mergeApply: 'Merging…',
    documentsImport: 'Writing the documents…',
    historyUndo: 'Undoing…',
    historyRedo: 'Redoing…',
    autocodeApply: 'Coding the search hits…',
    codesDelete: 'Deleting the code and its codings…',
    codesMerge: 'Merging codes…',
    casesDelete: 'Deleting the case and its documents…',
    documentsDelete: 'Deleting the document…',
    errors: {
      projectBusy: 'An import, merge, deletion or undo is still being written to this project. Wait for it to finish or cancel it, then try again.',
      projectBackingUp: 'The project is being backed up as it was opened; a large project takes a few seconds. Try again in a moment.',
      jobOutOfMemory: 'The work needed more than {{limit, number}} MB of memory and was stopped; the project was not changed.',
      jobFailed: 'The work stopped unexpectedly; the project was not changed.',
    },
  },
  ru: {
    refiImport: 'Импорт пакета REFI-QDA…',
    mergeApply: 'Объединение…',
    documentsImport: 'Запись документов…',
    historyUndo: 'Отмена действия…',
    historyRedo: 'Повтор действия…',
    autocodeApply: 'Кодирование найденного…',
    codesDelete: 'Удаление кода и его кодирований…',
    codesMerge: 'Объединение кодов…',
    casesDelete: 'Удаление кейса и его документов…',
    documentsDelete: 'Удаление документа…',
    errors: {
      projectBusy: 'В проект ещё записывается импорт, объединение, удаление или отмена действия. Дождитесь окончания или отмените его и повторите попытку.',
      projectBackingUp: 'Создаётся резервная копия проекта в том виде, в каком он открыт; для большого проекта это занимает несколько секунд. Повторите попытку чуть позже.',
      jobOutOfMemory: 'Работе понадобилось больше {{limit, number}} МБ памяти, и она остановлена; проект не изменён.',
      jobFailed: 'Работа неожиданно остановилась; проект не изменён.',
    },
  },
  kk: {
    refiImport: 'REFI-QDA бумасы импортталуда…',
    mergeApply: 'Біріктірілуде…',
    documentsImport: 'Құжаттар жазылуда…',
    historyUndo: 'Әрекет болдырылмауда…',
    historyRedo: 'Әрекет қайталануда…',
    autocodeApply: 'Іздеу нәтижелері кодталуда…',
    codesDelete: 'Код пен оның кодтаулары жойылуда…',
    codesMerge: 'Кодтар біріктірілуде…',
    casesDelete: 'Кейс пен оның құжаттары жойылуда…',
    documentsDelete: 'Құжат жойылуда…',
    errors: {
      projectBusy: 'Жобаға әлі импорт, біріктіру, жою не әрекетті болдырмау жазылып жатыр. Оның аяқталуын күтіңіз немесе оны болдырмаңыз, сосын қайталап көріңіз.',
      projectBackingUp: 'Жобаның ашылған күйіндегі сақтық көшірмесі жасалып жатыр; үлкен жобаға бұл бірнеше секунд алады. Сәл кейін қайталап көріңіз.',
      jobOutOfMemory: 'Жұмысқа {{limit, number}} МБ-тан артық жад қажет болды, сондықтан ол тоқтатылды; жоба өзгерген жоқ.',
      jobFailed: 'Жұмыс күтпеген жерден тоқтады; жоба өзгерген жоқ.',
    },
  },
} satisfies FeatureStrings;
