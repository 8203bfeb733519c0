/**
 * The REFI-QDA import report's notes (shared/refi-report.ts, RefiImportNoteCode), said in the
 * reader's language by renderer/src/refi-exchange.ts. `units` name how a tool counted positions;
 * `unknownTool` stands for a file that does not name the tool that wrote it.
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    frameworkRenamed: 'The framework "{{name}}" was renamed "{{newName}}": the project already has one.',
    attributeRenamed: 'The attribute "{{name}}" was renamed "{{newName}}": the project already has one.',
    moreRenamed: 'More frameworks or attributes renamed the same way: {{count, number}}.',
    looseCodesFramework: 'Top-level codes were put into a new framework "{{name}}".',
    frameworkReused: 'The framework "{{name}}" matches one this project has; its codes were used, not copied.',
    frameworkExtended: 'The framework "{{name}}" matches one this project has; its codes were used, and the codes it adds were added to it: {{count, number}} ({{examples}}).',
    groupsFromVariable: 'The text variable "{{name}}" became the cases\' groups.',
    dateTimeAsText: 'The date-time variable "{{name}}" became a text attribute.',
    sourceInSeveralCases: 'Sources that belong to several cases, each put in its first case only: {{count, number}} (not also in: {{examples}}).',
    sourceOwnCase: 'Sources in no case, each made a case of its own name: {{count, number}} ({{examples}}).',
    summariesFromNotes: 'Notes that became case summaries (one case × code cell each): {{count, number}}.',
    placedByQuote: 'Selections in "{{source}}" placed one by one by their quoted text, counting {{unit}}: {{count, number}}.',
    positionsReadAs: 'Positions in "{{source}}" were read counting {{unit}}, as {{origin}} counts them.',
    unknownTool: 'the writing tool',
    units: {
      'codePoint-lf': 'code points, a line break as one',
      'codePoint-raw': 'code points, CRLF as two',
      'utf16-lf': 'UTF-16 units, a line break as one',
      'utf16-raw': 'UTF-16 units, CRLF as two',
    },
  },
  ru: {
    frameworkRenamed: 'Схема кодирования «{{name}}» переименована в «{{newName}}»: такая в проекте уже есть.',
    attributeRenamed: 'Атрибут «{{name}}» переименован в «{{newName}}»: такой в проекте уже есть.',
    moreRenamed: 'Ещё схем кодирования и атрибутов, переименованных так же: {{count, number}}.',
    looseCodesFramework: 'Коды верхнего уровня помещены в новую схему кодирования «{{name}}».',
    frameworkReused: 'Схема кодирования «{{name}}» совпадает с уже имеющейся в проекте: её коды использованы, а не скопированы.',
    frameworkExtended: 'Схема кодирования «{{name}}» совпадает с уже имеющейся в проекте: её коды использованы, а коды, которых в проекте не было, добавлены в неё: {{count, number}} ({{examples}}).',
    groupsFromVariable: 'Текстовая переменная «{{name}}» стала группами кейсов.',
    dateTimeAsText: 'Переменная даты и времени «{{name}}» стала текстовым атрибутом.',
    sourceInSeveralCases: 'Источников, входящих в несколько кейсов (каждый помещён только в первый): {{count, number}} (не помещены в: {{examples}}).',
    sourceOwnCase: 'Источники без кейса стали отдельными кейсами под своими именами: {{count, number}} ({{examples}}).',
    summariesFromNotes: 'Мемо, ставших резюме кейсов (по одному на ячейку «кейс × код»): {{count, number}}.',
    placedByQuote: 'Выделений в «{{source}}», размещённых по одному по их цитате (счёт: {{unit}}): {{count, number}}.',
    positionsReadAs: 'Позиции в «{{source}}» прочитаны так, как их считает {{origin}}: {{unit}}.',
    unknownTool: 'программа, записавшая файл',
    units: {
      'codePoint-lf': 'кодовые точки, перевод строки — один знак',
      'codePoint-raw': 'кодовые точки, CRLF — два знака',
      'utf16-lf': 'единицы UTF-16, перевод строки — один знак',
      'utf16-raw': 'единицы UTF-16, CRLF — два знака',
    },
  },
  kk: {
    frameworkRenamed: '«{{name}}» кодтау схемасының аты «{{newName}}» болып өзгертілді: жобада ондай схема бар.',
    attributeRenamed: '«{{name}}» атрибутының аты «{{newName}}» болып өзгертілді: жобада ондай атрибут бар.',
    moreRenamed: 'Дәл солай аты өзгертілген тағы кодтау схемалары мен атрибуттар: {{count, number}}.',
    looseCodesFramework: 'Жоғарғы деңгейдегі кодтар жаңа «{{name}}» кодтау схемасына орналастырылды.',
    frameworkReused: '«{{name}}» кодтау схемасы жобадағы схемамен сәйкес келеді: оның кодтары көшірілмей, сол күйі пайдаланылды.',
    frameworkExtended: '«{{name}}» кодтау схемасы жобадағы схемамен сәйкес келеді: оның кодтары пайдаланылды, ал жобада жоқ кодтары оған қосылды: {{count, number}} ({{examples}}).',
    groupsFromVariable: '«{{name}}» мәтіндік айнымалысы кейстердің топтарына айналды.',
    dateTimeAsText: '«{{name}}» күн мен уақыт айнымалысы мәтіндік атрибутқа айналды.',
    sourceInSeveralCases: 'Бірнеше кейске кіретін дереккөздер (әрқайсысы тек біріншісіне орналастырылды): {{count, number}} (орналастырылмағандары: {{examples}}).',
    sourceOwnCase: 'Ешбір кейске кірмеген, өз атымен кейс болған дереккөздер: {{count, number}} ({{examples}}).',
    summariesFromNotes: 'Кейс түйіндемесіне айналған мемолар (әр «кейс × код» ұяшығына біреуден): {{count, number}}.',
    placedByQuote: '«{{source}}» ішіндегі дәйексөзі бойынша бір-бірлеп орналастырылған белгілеулер (санау: {{unit}}): {{count, number}}.',
    positionsReadAs: '«{{source}}» ішіндегі позициялар {{origin}} санайтындай оқылды: {{unit}}.',
    unknownTool: 'файлды жазған бағдарлама',
    units: {
      'codePoint-lf': 'код нүктелері, жол ауысуы — бір таңба',
      'codePoint-raw': 'код нүктелері, CRLF — екі таңба',
      'utf16-lf': 'UTF-16 бірліктері, жол ауысуы — бір таңба',
      'utf16-raw': 'UTF-16 бірліктері, CRLF — екі таңба',
    },
  },
} satisfies FeatureStrings;
