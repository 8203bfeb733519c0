/** Long work run off the main thread: its progress bar, and pages of a table cell's segments. */
import type { FeatureStrings } from '../feature-strings.js';

export default {
  en: {
    working: 'Working…',
    progress: '{{done, number}} of {{total, number}}',
    finishing: 'all {{total, number}} in; finishing: indexes, saving…',
    cancel: 'Cancel',
    shown: 'Showing {{shown, number}} of {{total, number}}',
    more: 'Show more',
    errors: { jobCancelled: 'Cancelled; nothing was changed.' },
  },
  ru: {
    working: 'Выполняется…',
    progress: '{{done, number}} из {{total, number}}',
    finishing: 'все {{total, number}} прочитаны; завершение: индексы, сохранение…',
    cancel: 'Остановить',
    shown: 'Показано {{shown, number}} из {{total, number}}',
    more: 'Показать ещё',
    errors: { jobCancelled: 'Остановлено; ничего не изменено.' },
  },
  kk: {
    working: 'Орындалуда…',
    progress: '{{total, number}} ішінен {{done, number}}',
    finishing: '{{total, number}} түгел оқылды; аяқталуда: индекстер, сақтау…',
    cancel: 'Тоқтату',
    shown: '{{total, number}} ішінен {{shown, number}} көрсетілді',
    more: 'Тағы көрсету',
    errors: { jobCancelled: 'Тоқтатылды; ештеңе өзгертілмеді.' },
  },
} satisfies FeatureStrings;
