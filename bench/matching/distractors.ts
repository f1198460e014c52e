import { Rng } from '../random';

/**
 * A pool of synthetic claims from templates, on the labelled set's topics (the same invented
 * places, people and bodies), so a distractor can share words with a target without being it.
 * Deterministic: claim i is always the same text.
 */
const PLACES = ['Valmora', 'Kestrel Bay', 'Orlovka', 'Tarnwick', 'Halden', 'Marisport', 'Eastbridge', 'Sarova', 'Ketrin', 'Dorvan', 'Lindholm', 'Corvane'];
const PEOPLE = [
  'minister Tomas Rehak', 'senator Ilse Marquardt', 'mayor Elena Furst', 'opposition leader Marta Kovic', 'prime minister Oskar Lind', 'judge Miriam Sobel',
  'foreign minister Anja Velde', 'defence minister Karl Osten', 'president Lena Maris', 'ombudsman Klara Brandt', 'interior minister Rasmus Feld', 'mayor Jonas Pell',
  'economist Hana Rook', 'professor Ivo Marten', 'union leader Greta Holm', 'senator Pavel Drozd', 'councillor Rita Sand', 'spokesman Emil Varga',
];
const BODIES = [
  'the city council', 'the central bank', 'the health agency', 'the environment agency', 'the national statistics office', 'the Northern Grid Authority',
  'the competition authority', 'the telecoms regulator', 'the anti-corruption office', 'the consumer watchdog', 'the national rail operator', 'the coast guard',
  'the ministry of education', 'the finance ministry', 'the public broadcaster', 'the water utility', 'the port authority', 'the police',
];
const THINGS = [
  'public transport', 'hospital waiting times', 'wind farms', 'interest rates', 'mining licences', 'tap water', 'unemployment', 'rural schools', 'street trees',
  'steel production', 'drone exports', 'car traffic', 'container shipping', 'the retirement age', 'flood defences', 'night trains', 'press freedom', 'football stadiums',
  'food prices', 'river pollution', 'tuition fees', 'doctors pay', 'asylum applications', 'airport capacity', 'population growth', 'fighter jets', 'regional studios',
  'heatwaves', 'public contracts', 'plastic bags', 'grain imports', 'booster vaccines', 'fracking', 'tourist taxes', 'the minimum wage', 'electricity prices',
  'teacher salaries', 'power cuts', 'motorway bridges', 'prison conditions', 'solar panels', 'the voting age', 'forest fires', 'supermarket mergers', 'broadband coverage',
];
const VERBS = [
  'will review', 'plans to cut spending on', 'announced new rules for', 'published a report on', 'criticised the government over', 'wants more money for',
  'launched an inquiry into', 'promised to improve', 'warned about rising costs of', 'held a public hearing on', 'approved a pilot project on', 'delayed a decision on',
  'called for a debate about', 'signed an agreement on', 'asked experts to study', 'rejected a proposal on', 'set up a task force on', 'defended its record on',
];
const TAILS = [
  'before the end of the year', 'after months of protests', 'in a statement on Monday', 'at a press conference', 'despite objections from residents',
  'following a court ruling', 'in its annual report', 'under pressure from unions', 'after a public consultation', 'ahead of the local elections', '', '', '',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

type Template = (r: Rng) => string;
const TEMPLATES: Template[] = [
  (r) => `${cap(r.pick(BODIES))} in ${r.pick(PLACES)} ${r.pick(VERBS)} ${r.pick(THINGS)} ${r.pick(TAILS)}`,
  (r) => `${cap(r.pick(PEOPLE))} said that ${r.pick(THINGS)} in ${r.pick(PLACES)} ${r.pick(['rose', 'fell', 'changed little', 'doubled', 'stayed flat'])} by ${1 + r.int(60)} percent in ${2010 + r.int(16)}`,
  (r) => `${cap(r.pick(PEOPLE))} ${r.pick(VERBS)} ${r.pick(THINGS)} ${r.pick(TAILS)}`,
  (r) => `${cap(r.pick(BODIES))} reported ${1 + r.int(900)} ${r.pick(['complaints', 'cases', 'incidents', 'applications', 'arrests', 'closures'])} related to ${r.pick(THINGS)} in ${r.pick(PLACES)} in ${r.pick(MONTHS)}`,
  (r) => `${r.pick(PLACES)} will spend ${1 + r.int(500)} million euros on ${r.pick(THINGS)} by ${2025 + r.int(10)}, ${r.pick(PEOPLE)} said`,
  (r) => `A survey found that ${1 + r.int(99)} percent of residents in ${r.pick(PLACES)} ${r.pick(['support', 'oppose', 'worry about', 'know little about'])} ${r.pick(THINGS)}`,
  (r) => `${cap(r.pick(PEOPLE))} denied that ${r.pick(BODIES)} had ${r.pick(['hidden', 'exaggerated', 'ignored', 'misreported'])} the figures on ${r.pick(THINGS)}`,
  (r) => `Protesters in ${r.pick(PLACES)} demanded action on ${r.pick(THINGS)} and ${r.pick(THINGS)} ${r.pick(TAILS)}`,
];

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function distractor(i: number, seed = 24): string {
  const r = new Rng(seed, 'matching-distractor', i);
  return `${cap(r.pick(TEMPLATES)(r).replace(/\s+/g, ' ').trim())}.`;
}

export function distractors(n: number, seed = 24): { id: string; text: string }[] {
  const seen = new Set<string>();
  const out: { id: string; text: string }[] = [];
  for (let i = 0; out.length < n; i++) {
    const text = distractor(i, seed);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ id: `claim-distractor-${String(out.length).padStart(5, '0')}`, text });
  }
  return out;
}
