/** The demo study in English (the accounts were written in it; Vera's is Russian, as a mixed project's are). */
import type { DemoStudy } from './demo-study.js';

export const en: DemoStudy = {
  name: 'Demo study',
  coder: 'Demo coder',
  documentSuffix: 'interview',
  attributes: [
    { name: 'Profession', type: 'text', choices: [] },
    { name: 'City', type: 'choice', choices: ['Northport', 'Lakeside', 'Hillview'] },
    { name: 'Years abroad', type: 'number', choices: [] },
    { name: 'Outcome', type: 'choice', choices: ['staying', 'leaving', 'undecided'] },
  ],
  cases: [
    {
      name: 'Anna',
      group: 'Programmers',
      attributes: { Profession: 'backend developer', City: 'Northport', 'Years abroad': 2, Outcome: 'staying' },
      account:
        'The fibre connection in my flat is faster than anything I had at home. My employer let me keep the same contract, so the move cost me little. Renting was the hard part: landlords wanted a year paid up front. I expect to stay at least three more years.',
      coded: [
        { quote: 'The fibre connection in my flat is faster than anything I had at home.', codes: ['valence/positive', 'steepl/technological'] },
        { quote: 'landlords wanted a year paid up front', codes: ['valence/negative', 'steepl/economic'] },
        { quote: 'I expect to stay at least three more years.', codes: ['valence/forecast'] },
      ],
    },
    {
      name: 'Boris',
      group: 'Programmers',
      attributes: { Profession: 'mobile developer', City: 'Lakeside', 'Years abroad': 1, Outcome: 'leaving' },
      account:
        'Registering my residence took four visits to three offices. Colleagues at the coworking space were welcoming and invited me to their meetups. The winters are harsher than I thought. We will probably move on next spring.',
      coded: [
        { quote: 'Registering my residence took four visits to three offices.', codes: ['valence/negative', 'steepl/legal'] },
        { quote: 'Colleagues at the coworking space were welcoming', codes: ['valence/positive', 'steepl/sociocultural'] },
      ],
    },
    {
      name: 'Вера',
      group: 'Programmers',
      attributes: { Profession: 'тестировщица', City: 'Hillview', 'Years abroad': 3, Outcome: 'undecided' },
      account:
        'Здесь все говорят по-русски, поэтому языкового барьера нет. Зарплаты ниже, чем я ожидала, а аренда дорогая. Пока не знаю, останусь ли я.',
      coded: [
        { quote: 'Здесь все говорят по-русски, поэтому языкового барьера нет.', codes: ['valence/positive', 'steepl/sociocultural'] },
        { quote: 'Зарплаты ниже, чем я ожидала, а аренда дорогая.', codes: ['valence/negative', 'steepl/economic'] },
      ],
    },
    {
      name: 'Dana',
      group: 'Entrepreneurs',
      attributes: { Profession: 'café owner', City: 'Northport', 'Years abroad': 2, Outcome: 'staying' },
      account:
        'Opening a bank account for the café took one afternoon. Suppliers trusted me only after I paid in cash for half a year. Tourists from the mountains keep the terrace full in summer. Next year I want to open a second place.',
      coded: [
        { quote: 'Opening a bank account for the café took one afternoon.', codes: ['valence/positive', 'steepl/economic'] },
        { quote: 'Next year I want to open a second place.', codes: ['valence/forecast'] },
      ],
    },
    {
      name: 'Emil',
      group: 'Entrepreneurs',
      attributes: { Profession: 'logistics', City: 'Lakeside', 'Years abroad': 4, Outcome: 'undecided' },
      account:
        'Customs rules changed twice in the first year, and each change stopped our trucks for a week. Local partners are reliable once you know them. Air pollution in winter worries me because of the children.',
      coded: [
        { quote: 'Customs rules changed twice in the first year', codes: ['valence/negative', 'steepl/political'] },
        { quote: 'Air pollution in winter worries me', codes: ['valence/negative', 'steepl/environmental'] },
      ],
    },
    {
      name: 'Farida',
      group: 'Entrepreneurs',
      attributes: { Profession: 'online shop', City: 'Hillview', 'Years abroad': 1, Outcome: 'leaving' },
      account:
        'Payment services here work with foreign cards, which saved my shop. Delivery to other regions is slow and expensive. I plan to move the business to a larger market within two years 🚀.',
      coded: [
        { quote: 'Payment services here work with foreign cards, which saved my shop.', codes: ['valence/positive', 'steepl/technological'] },
      ],
    },
  ],
};
