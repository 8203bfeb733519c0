/**
 * The demo study a first start opens: six invented accounts of people who moved to another
 * city for work, in two groups, so every view has something to show.
 */
export interface DemoCase {
  name: string;
  group: string;
  attributes: Record<string, string | number>;
  account: string;
  /** Spans to pre-code: an exact quote from the account and the codes, as FRAMEWORK/CODE. */
  coded: { quote: string; codes: string[] }[];
}

export const demoAttributes = [
  { name: 'Profession', type: 'text' as const, choices: [] },
  { name: 'City', type: 'choice' as const, choices: ['Northport', 'Lakeside', 'Hillview'] },
  { name: 'Years abroad', type: 'number' as const, choices: [] },
  { name: 'Outcome', type: 'choice' as const, choices: ['staying', 'leaving', 'undecided'] },
];

export const demoCases: DemoCase[] = [
  {
    name: 'Anna',
    group: 'Programmers',
    attributes: { Profession: 'backend developer', City: 'Northport', 'Years abroad': 2, Outcome: 'staying' },
    account:
      'The fibre connection in my flat is faster than anything I had at home. My employer let me keep the same contract, so the move cost me little. Renting was the hard part: landlords wanted a year paid up front. I expect to stay at least three more years.',
    coded: [
      { quote: 'The fibre connection in my flat is faster than anything I had at home.', codes: ['Valence/Positive', 'STEEPL/Technological'] },
      { quote: 'landlords wanted a year paid up front', codes: ['Valence/Negative', 'STEEPL/Economic'] },
      { quote: 'I expect to stay at least three more years.', codes: ['Valence/Forecast'] },
    ],
  },
  {
    name: 'Boris',
    group: 'Programmers',
    attributes: { Profession: 'mobile developer', City: 'Lakeside', 'Years abroad': 1, Outcome: 'leaving' },
    account:
      'Registering my residence took four visits to three offices. Colleagues at the coworking space were welcoming and invited me to their meetups. The winters are harsher than I thought. We will probably move on next spring.',
    coded: [
      { quote: 'Registering my residence took four visits to three offices.', codes: ['Valence/Negative', 'STEEPL/Legal'] },
      { quote: 'Colleagues at the coworking space were welcoming', codes: ['Valence/Positive', 'STEEPL/Sociocultural'] },
    ],
  },
  {
    name: 'Вера',
    group: 'Programmers',
    attributes: { Profession: 'тестировщица', City: 'Hillview', 'Years abroad': 3, Outcome: 'undecided' },
    account:
      'Здесь все говорят по-русски, поэтому языкового барьера нет. Зарплаты ниже, чем я ожидала, а аренда дорогая. Пока не знаю, останусь ли я.',
    coded: [
      { quote: 'Здесь все говорят по-русски, поэтому языкового барьера нет.', codes: ['Valence/Positive', 'STEEPL/Sociocultural'] },
      { quote: 'Зарплаты ниже, чем я ожидала, а аренда дорогая.', codes: ['Valence/Negative', 'STEEPL/Economic'] },
    ],
  },
  {
    name: 'Dana',
    group: 'Entrepreneurs',
    attributes: { Profession: 'café owner', City: 'Northport', 'Years abroad': 2, Outcome: 'staying' },
    account:
      'Opening a bank account for the café took one afternoon. Suppliers trusted me only after I paid in cash for half a year. Tourists from the mountains keep the terrace full in summer. Next year I want to open a second place.',
    coded: [
      { quote: 'Opening a bank account for the café took one afternoon.', codes: ['Valence/Positive', 'STEEPL/Economic'] },
      { quote: 'Next year I want to open a second place.', codes: ['Valence/Forecast'] },
    ],
  },
  {
    name: 'Emil',
    group: 'Entrepreneurs',
    attributes: { Profession: 'logistics', City: 'Lakeside', 'Years abroad': 4, Outcome: 'undecided' },
    account:
      'Customs rules changed twice in the first year, and each change stopped our trucks for a week. Local partners are reliable once you know them. Air pollution in winter worries me because of the children.',
    coded: [
      { quote: 'Customs rules changed twice in the first year', codes: ['Valence/Negative', 'STEEPL/Political'] },
      { quote: 'Air pollution in winter worries me', codes: ['Valence/Negative', 'STEEPL/Environmental'] },
    ],
  },
  {
    name: 'Farida',
    group: 'Entrepreneurs',
    attributes: { Profession: 'online shop', City: 'Hillview', 'Years abroad': 1, Outcome: 'leaving' },
    account:
      'Payment services here work with foreign cards, which saved my shop. Delivery to other regions is slow and expensive. I plan to move the business to a larger market within two years 🚀.',
    coded: [
      { quote: 'Payment services here work with foreign cards, which saved my shop.', codes: ['Valence/Positive', 'STEEPL/Technological'] },
    ],
  },
];
