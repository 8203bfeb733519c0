/** The two frameworks every new project starts with; both stay editable. */
export interface FrameworkSeed {
  name: string;
  exclusive: boolean;
  codes: { name: string; color: string; description: string }[];
}

export const defaultFrameworks: FrameworkSeed[] = [
  {
    name: 'Valence',
    exclusive: true,
    codes: [
      { name: 'Positive', color: '#2e9d5b', description: 'A fact the case experiences as favourable.' },
      { name: 'Negative', color: '#d1453b', description: 'A fact the case experiences as unfavourable.' },
      { name: 'Forecast', color: '#3b73d1', description: "The case's perspective: plans and expectations." },
    ],
  },
  {
    name: 'STEEPL',
    exclusive: false,
    codes: [
      { name: 'Sociocultural', color: '#c2732b', description: 'Society, culture, language, attitudes.' },
      { name: 'Technological', color: '#6b5bd1', description: 'Infrastructure, internet, technology.' },
      { name: 'Economic', color: '#b59a1b', description: 'Wages, prices, housing, business.' },
      { name: 'Environmental', color: '#3a9a8f', description: 'Nature, climate, ecology.' },
      { name: 'Political', color: '#a33d7a', description: 'State, policy, public attitudes to migrants.' },
      { name: 'Legal', color: '#5b6b7a', description: 'Documents, residence, regulation.' },
    ],
  },
];

/** Colours offered for new codes, in order. */
export const codePalette = ['#e07a5f', '#3d85c6', '#81b29a', '#f2cc8f', '#9b5de5', '#00a6a6', '#f15bb5', '#8d6e63'];
