/** Words that name a role, not a person: stripped from "Spokesman Dmitri Orlov". */
export const TITLE_WORDS = new Set([
  // Abbreviated ranks and honorifics, with and without their full stop ("Brig. Gen. Nabil Abdallah").
  'brig', 'brig.', 'gen.', 'col.', 'lt', 'lt.', 'maj', 'maj.', 'capt', 'capt.', 'sgt', 'sgt.', 'adm', 'adm.', 'gov', 'gov.', 'sen.', 'rep.',
  'dr.', 'prof.', 'mr.', 'mrs.', 'ms.',
  'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'chairman', 'chairwoman', 'chair', 'senator', 'ambassador',
  'envoy', 'secretary', 'general', 'director', 'commissioner', 'leader', 'chief', 'mayor', 'governor', 'judge', 'lawyer', 'editor',
  'prosecutor', 'professor', 'prof', 'dr', 'mr', 'mrs', 'ms', 'miss', 'rep', 'sen', 'gen', 'col', 'captain', 'sheikh', 'king', 'queen',
  'pope', 'prince', 'analyst', 'economist', 'official', 'researcher', 'activist', 'founder', 'ceo', 'head', 'manager', 'adviser',
  'advisor', 'aide', 'deputy', 'vice', 'foreign', 'prime', 'interior', 'defence', 'defense', 'finance', 'justice', 'health', 'premier',
  'chancellor', 'speaker', 'mp', 'lawmaker', 'legislator', 'campaigner', 'organiser', 'organizer', 'coordinator', 'counsel', 'attorney',
  'ombudsman', 'ombudswoman', 'rapporteur', 'representative', 'delegate', 'negotiator', 'colonel', 'major', 'lieutenant', 'admiral',
  'bishop', 'patriarch', 'mufti', 'rabbi', 'cardinal', 'executive', 'officer', 'inspector', 'superintendent', 'commander', 'senior',
  'junior', 'former', 'acting', 'interim', 'top', 'lead', 'co-founder', 'veteran', 'opposition', 'party', 'union', 'trade', 'state',
  'regional', 'local', 'national', 'european', 'defence', 'economy', 'energy', 'agriculture', 'labour', 'labor', 'culture', 'education',
  'transport', 'environment', 'climate', 'digital', 'affairs', 'emergency', 'emergencies', 'human', 'rights', 'press', 'communications',
  'media', 'policy', 'political', 'military', 'police', 'city', 'council', 'councillor', 'councilor', 'assistant', 'associate',
  // Honorifics always followed by a given name, and US local titles written as one word.
  'sir', 'dame', 'cllr', 'cllr.', 'councilmember', 'councilman', 'councilwoman', 'alderman', 'alderwoman', 'assemblyman', 'assemblywoman',
  'congressman', 'congresswoman', 'supervisor', 'comptroller', 'treasurer', 'auditor',
  // Police ranks and the occupational titles local papers put before a name ("Farmer Tom Reddick").
  'detective', 'constable', 'sergeant', 'farmer', 'co-leader', 'co-chair', 'headteacher', 'dean', 'coach', 'sister', 'nurse', 'matron',
]);

/** Letters after a name that are not part of it: "Helen Marchetti KC", "Ana Holt MP". */
export const POST_NOMINALS = new Set(['kc', 'qc', 'mp', 'mep', 'msp', 'obe', 'cbe', 'mbe', 'jr', 'jr.', 'sr', 'sr.', 'phd', 'esq', 'esq.']);

/** A name that is a street or a place in an address ("of Hollins Lane, Fenbury"), never a speaker. */
export const STREET_NAME = /\s(?:Lane|Street|Road|Avenue|Square|Drive|Crescent|Terrace|Boulevard|Highway|Close|Gardens|Mews)$/;

/** Heads of a plural group noun phrase: "campaigners say", "opposition parties said". */
export const GROUP_HEADS = new Set([
  'campaigners', 'activists', 'councillors', 'councilors', 'unions', 'associations', 'residents', 'tenants', 'owners', 'operators', 'critics', 'residents', 'analysts', 'economists', 'experts', 'protesters', 'protestors', 'parties',
  'groups', 'organisations', 'organizations', 'unions', 'lawmakers', 'legislators', 'mps', 'ministers', 'officials', 'diplomats',
  'observers', 'witnesses', 'doctors', 'lawyers', 'investigators', 'prosecutors', 'police', 'authorities', 'supporters', 'opponents',
  // A side in a debate or a trial speaks as one: "the opposition said", "the prosecution says".
  'opposition', 'prosecution', 'defence', 'defense',
  'farmers', 'workers', 'teachers', 'scientists', 'researchers', 'villagers', 'locals', 'families', 'relatives', 'survivors', 'voters',
  'leaders', 'members', 'negotiators', 'monitors', 'rescuers', 'medics', 'journalists', 'editors', 'bankers', 'traders', 'investors',
  'employers', 'businesses', 'companies', 'governments', 'countries', 'states', 'allies', 'partners', 'donors', 'agencies', 'ngos',
  'charities', 'environmentalists', 'conservationists', 'students', 'parents', 'residents', 'citizens', 'people', 'sources', 'neighbours',
  'neighbors', 'scholars', 'historians', 'commentators', 'insiders', 'aides', 'advisers', 'advisors', 'delegates', 'senators', 'envoys',
  'judges', 'rebels', 'troops', 'soldiers', 'militants', 'fighters', 'campaign', 'organisers', 'organizers', 'volunteers', 'refugees',
]);

/** Heads of an unnamed source: "a senior official", "two diplomats", "sources". */
export const ANONYMOUS_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'person', 'people', 'insider', 'insiders', 'aide', 'aides',
  'adviser', 'advisers', 'advisor', 'advisors', 'employee', 'employees', 'staffer', 'staffers', 'member', 'members', 'negotiator',
  'negotiators', 'officer', 'officers', 'executive', 'executives', 'figure', 'figures', 'minister', 'ministers', 'lawmaker', 'lawmakers',
]);

/** Said of a source who is not named: the marks of anonymity. */
export const ANONYMITY_MARKERS = /\b(?:not to be (?:named|identified)|anonymity|familiar with|close to|with knowledge of|briefed on|aware of|declined to be (?:named|identified)|not authori[sz]ed to)\b/i;

/** Determiners of an indefinite or counted group: "a", "two", "several". */
export const INDEFINITE = new Set(['a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'other', 'another', 'few', 'numerous', 'multiple', 'unnamed', 'anonymous']);

/** Words that make a name an organisation's, not a person's. */
export const ORG_WORDS = /\b(?:ministry|party|group|council|government|union|agency|kremlin|court|office|bank|company|commission|committee|parliament|assembly|network|institute|institution|association|federation|police|army|navy|embassy|department|service|watch|international|amnesty|foundation|fund|corporation|inc|ltd|news|times|post|journal|herald|gazette|tribune|press|radio|television|tv|daily|agency|reuters|presidency|cabinet|senate|congress|house|palace|elysee|élysée|downing|chancellery|authority|board|bureau|centre|center|university|coalition|alliance|movement|front|organisation|organization|secretariat|delegation|mission|forces|guard|prosecutors?|regulator|observatory|monitor|trust|charity|society|consortium|league|chamber|inspectorate|watchdog|forum)\b/i;

/** Words that make a name a news outlet's: the subject of "reported", the object of "told" in a relay. */
export const OUTLET_WORDS = /\b(?:newspaper|daily|weekly|agency|broadcaster|radio|television|tv|channel|magazine|outlet|website|paper|tabloid|times|post|journal|herald|gazette|tribune|telegraph|guardian|news|reuters|ap|afp|interfax|tass|ria|bbc|cnn|bloomberg|izvestia|kommersant|vedomosti|observer|chronicle|courier|express|mail|mirror|independent|wire|dispatch|bulletin|review|standard|sun|star|globe|monitor)\b/i;

/** Personal pronouns that can stand for a speaker, and what they can stand for. */
export const PRONOUNS: Record<string, 'person' | 'plural' | 'org' | 'first'> = {
  he: 'person', she: 'person', they: 'plural', it: 'org', we: 'first', i: 'first',
};

/** Definite descriptions that point back to a person already named: "the minister said". */
export const BACK_REFERENCE_HEADS = new Set(['minister', 'spokesman', 'spokeswoman', 'spokesperson', 'president', 'envoy', 'ambassador', 'senator', 'official', 'diplomat', 'mayor', 'governor', 'lawyer', 'chairman', 'chairwoman', 'commissioner', 'prosecutor', 'judge', 'leader', 'director', 'premier', 'chancellor', 'ombudsman', 'ombudswoman', 'economist', 'analyst', 'activist', 'negotiator', 'secretary', 'chief']);

/** Plural heads of "the two …" that stand for two people, or for two organisations. */
export const PERSON_PLURALS = /^(?:men|women|people|leaders|ministers|politicians|presidents|envoys|officials|executives|lawmakers|candidates|judges|brothers|sisters|founders)$/;
export const ORG_PLURALS = /^(?:companies|firms|operators|carriers|groups|banks|airlines|lenders|bidders|organisations|organizations|parties|unions|agencies|governments|countries|utilities|businesses|insurers|producers|manufacturers|chains|retailers|clubs|universities|charities)$/;
