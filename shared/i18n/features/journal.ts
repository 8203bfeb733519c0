/** Tables a journal accepts: case selection in tables, numbering, title, note, counting, appendix. */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    includeAllCases: 'Include candidate and excluded cases',
    number: 'Table number',
    numberHint: 'A table number such as 3, 1.2 or A1: letters and digits, joined by dots or dashes.',
    title: 'Table title',
    titlePlaceholder: 'Default title',
    note: 'Note under the table',
    /** On screen beside the fields, whose full names (above) screen readers hear. */
    labels: { number: 'No.', title: 'Title', note: 'Note' },
    count: 'Count',
    counts: {
      segments: 'Segments',
      passages: 'Unique passages',
      cases: 'Cases',
    },
    appendix: 'Segment ids in an appendix',
  },
  ru: {
    includeAllCases: 'Включить кейсы-кандидаты и исключённые кейсы',
    number: 'Номер таблицы',
    numberHint: 'Номер таблицы, например 3, 1.2 или П1: буквы и цифры, разделённые точками или дефисами.',
    title: 'Название таблицы',
    titlePlaceholder: 'Название по умолчанию',
    note: 'Примечание под таблицей',
    labels: { number: '№', title: 'Название', note: 'Примечание' },
    count: 'Считать',
    counts: {
      segments: 'Сегменты',
      passages: 'Уникальные фрагменты текста',
      cases: 'Кейсы',
    },
    appendix: 'Идентификаторы сегментов в приложении',
  },
  kk: {
    includeAllCases: 'Үміткер және алынып тасталған кейстерді қосу',
    number: 'Кесте нөмірі',
    numberHint: 'Кесте нөмірі, мысалы 3, 1.2 немесе А.1: нүкте не сызықша арқылы жазылған әріптер мен цифрлар.',
    title: 'Кесте атауы',
    titlePlaceholder: 'Әдепкі атау',
    note: 'Кесте астындағы ескерту',
    labels: { number: '№', title: 'Атауы', note: 'Ескерту' },
    count: 'Санау',
    counts: {
      segments: 'Үзінділер',
      passages: 'Бірегей мәтін бөліктері',
      cases: 'Кейстер',
    },
    appendix: 'Үзінді идентификаторлары қосымшада',
  },
} satisfies FeatureStrings;
