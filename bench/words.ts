import { Rng } from './random';

/** Topic words: what claims, quotes and titles are made of (frequent first). */
const TOPIC = `government minister report rights human court police election law president council
statement ministry official commission parliament press freedom journalist media protest
opposition prison detention sanctions war ceasefire army troops border refugees migrants
asylum humanitarian aid agency investigation prosecutor judge ruling appeal trial verdict
corruption fraud budget economy inflation energy gas oil pipeline climate emissions summit
treaty agreement negotiations talks delegation ambassador embassy spokesperson ombudsman
institution network members national international regional european union nations security
attack strike drone missile civilians casualties hospital school water food shortage crisis
health vaccine pandemic outbreak virus data privacy surveillance internet censorship blocked
website channel telegram newspaper agency interview broadcast television radio editor
documents leaked allegations denied confirmed sources officials reportedly according alleged
arrest arrested released detained charged sentenced convicted acquitted fined banned
independence accreditation review status compliance principles paris standards mandate
complaint petition hearing session resolution decision vote majority coalition party leader
mayor governor region province city capital village district territory occupied annexed
referendum constitution amendment reform bill draft legislation adopted rejected postponed
company contract tender minister deputy chairman director secretary general commissioner
activist defender lawyer witness victim family families children women minority language
religion church mosque community workers union strike wages pension tax prices market bank`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = ['ka', 'ro', 'mi', 'ta', 'ne', 'lo', 'vi', 'sa', 'du', 'pe', 'ri', 'go', 'na', 'ze', 'bo', 'li', 'tu', 'ma', 'ke', 'so'];

/** Rare words: a long tail that makes some searches selective. */
const RARE = Array.from({ length: 4000 }, (_, i) => {
  const r = new Rng(7, 'rare-word', i);
  const n = 2 + r.int(3);
  let w = '';
  for (let k = 0; k < n; k++) w += r.pick(SYLLABLES);
  return w;
});

export const VOCABULARY: readonly string[] = [...TOPIC, ...RARE];

export const FIRST_NAMES = `Anna Boris Carla Daniel Elena Farid Galina Hassan Irina Jonas Katarina Leon Maria Nikolai
Olga Pavel Rosa Sergei Tatyana Umar Vera Wojciech Ximena Yusuf Zofia Alexei Beatriz Chen Dmitri Eva Fatima Giorgi
Hanna Igor Julia Kamal Lena Marek Nadia Oleg Petra Rustam Sofia Timur Ulla Viktor Wen Yana Zeynep Ahmed Bianca`
  .split(/\s+/)
  .filter(Boolean);

export const LAST_NAMES = `Ivanova Petrov Moskalkova Schmidt Novak Kowalski Horvat Popescu Nagy Jensen Larsen Rossi
Garcia Martin Dubois Muller Kuznetsov Sokolova Orlov Volkov Lebedev Morozova Pavlova Fedorov Smirnov Karimov Aliyev
Mammadov Grigoryan Beridze Kovalenko Shevchenko Bondarenko Tkachenko Melnyk Hoffmann Wagner Becker Fischer Weber
Koch Richter Klein Wolf Schroder Neumann Schwarz Zimmermann Braun Kruger Hartmann Lange Werner Krause Lehmann`
  .split(/\s+/)
  .filter(Boolean);

export const ORG_HEADS = ['National', 'European', 'International', 'Regional', 'Independent', 'Federal', 'Central', 'United', 'Eastern', 'Northern'];
export const ORG_TOPICS = ['Human Rights', 'Press Freedom', 'Justice', 'Elections', 'Migration', 'Energy', 'Health', 'Media', 'Security', 'Transparency', 'Minorities', 'Labour'];
export const ORG_BODIES = ['Commission', 'Council', 'Network', 'Institute', 'Agency', 'Committee', 'Foundation', 'Court', 'Ministry', 'Monitor', 'Observatory', 'Herald'];
export const ORG_KINDS = ['NGO', 'NHRI', 'NETWORK', 'IGO', 'COURT', 'GOVERNMENT', 'MEDIA', 'COMPANY', 'OTHER'] as const;
export const COUNTRIES = ['RU', 'UA', 'DE', 'FR', 'PL', 'GE', 'AM', 'AZ', 'KZ', 'HU', 'RO', 'GB', 'US', 'TR', 'RS'];
export const CITIES = ['Moscow', 'Kyiv', 'Berlin', 'Paris', 'Warsaw', 'Tbilisi', 'Yerevan', 'Baku', 'Almaty', 'Budapest', 'Geneva', 'Vienna', 'Strasbourg'];
export const VERBS = ['said', 'stated', 'claimed', 'told reporters', 'wrote', 'announced', 'denied', 'confirmed', 'warned', 'insisted'];
