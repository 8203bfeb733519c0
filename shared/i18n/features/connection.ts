/**
 * Browser mode's page when CaseCoder behind it does not answer (renderer/src/connection.ts):
 * stopped, killed or crashed (`lost`), started again with another key than the one this page
 * holds (`refused`), or answering a page that holds no key at all (`keyless`: its address was
 * typed without the key, or opened in a new tab, which does not share the key the first tab
 * took from its address). Each says what is safe and what to do. `errors` words an action tried meanwhile.
 */
import type { FeatureStrings } from '../bundle.js';

export default {
  en: {
    lost: 'No connection to CaseCoder: the program seems to have stopped. Everything CaseCoder confirmed is saved in the project. Start it again (npm start, or npm run web): back at this address, this page carries on by itself; otherwise open the address it prints.',
    refused: 'CaseCoder answers but no longer knows this page: it was started again with a new key. Everything it confirmed is saved in the project. Open the address it printed when it started (http://127.0.0.1:…/?token=…).',
    keyless: 'This page has no key to CaseCoder: its address needs the key CaseCoder printed when it started. Open the whole address from the terminal where CaseCoder was started (http://127.0.0.1:…/?token=…). A tab where CaseCoder is already open keeps working.',
    back: 'The connection to CaseCoder is back.',
    documentNotLoaded: 'The document could not be loaded: no connection to CaseCoder.',
    errors: {
      connectionLost: 'Not done. $t(connection.lost)',
      connectionRefused: 'Not done. $t(connection.refused)',
      connectionKeyless: 'Not done. $t(connection.keyless)',
    },
  },
  ru: {
    lost: 'Нет связи с CaseCoder: похоже, программа остановлена. Всё, что CaseCoder успел подтвердить, сохранено в проекте. Запустите его снова (npm start или npm run web): по этому же адресу страница продолжит работу сама, иначе откройте адрес, который он напечатает.',
    refused: 'CaseCoder отвечает, но больше не знает эту страницу: он запущен заново с новым ключом. Всё, что он успел подтвердить, сохранено в проекте. Откройте адрес, который он напечатал при запуске (http://127.0.0.1:…/?token=…).',
    keyless: 'У этой страницы нет ключа CaseCoder: в адресе нужен ключ, который CaseCoder напечатал при запуске. Откройте полный адрес из терминала, где запущен CaseCoder (http://127.0.0.1:…/?token=…). Вкладка, где CaseCoder уже открыт, продолжает работать.',
    back: 'Связь с CaseCoder восстановлена.',
    documentNotLoaded: 'Документ не загружен: нет связи с CaseCoder.',
    errors: {
      connectionLost: 'Не выполнено. $t(connection.lost)',
      connectionRefused: 'Не выполнено. $t(connection.refused)',
      connectionKeyless: 'Не выполнено. $t(connection.keyless)',
    },
  },
  kk: {
    lost: 'CaseCoder-мен байланыс жоқ: бағдарлама тоқтаған сияқты. CaseCoder растаған өзгерістердің бәрі жобада сақталған. Оны қайта іске қосыңыз (npm start немесе npm run web): осы мекенжайда қайта іске қосылса, бет жұмысын өзі жалғастырады, әйтпесе ол шығарған мекенжайды ашыңыз.',
    refused: 'CaseCoder жауап береді, бірақ бұл бетті енді танымайды: ол жаңа кілтпен қайта іске қосылған. Ол растаған өзгерістердің бәрі жобада сақталған. Ол іске қосылғанда шығарған мекенжайды ашыңыз (http://127.0.0.1:…/?token=…).',
    keyless: 'Бұл бетте CaseCoder кілті жоқ: мекенжайда CaseCoder іске қосылғанда шығарған кілт болуы керек. CaseCoder іске қосылған терминалдағы толық мекенжайды ашыңыз (http://127.0.0.1:…/?token=…). CaseCoder ашық тұрған басқа қойынды жұмысын жалғастыра береді.',
    back: 'CaseCoder-мен байланыс қалпына келді.',
    documentNotLoaded: 'Құжат жүктелмеді: CaseCoder-мен байланыс жоқ.',
    errors: {
      connectionLost: 'Орындалмады. $t(connection.lost)',
      connectionRefused: 'Орындалмады. $t(connection.refused)',
      connectionKeyless: 'Орындалмады. $t(connection.keyless)',
    },
  },
} satisfies FeatureStrings;
