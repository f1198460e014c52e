import { type Gender, genderOfDescription, genderOfFirstName, genderOfGivenName, genderOfTitle, pronounFits } from './gender';
import { type NlpDocument, tokenAt } from './nlp-document';
import { ofInName } from './phrase-shapes';
import type { SpeakerPhrase } from './speaker-phrase';
import { BACK_REFERENCE_HEADS, ORG_WORDS, POST_NOMINALS, STREET_NAME, TITLE_WORDS } from './speaker-words';
import type { SpeakerKind } from './types';

/** A speaker once resolved against what the text said before. */
export interface ResolvedSpeaker {
  name: string | null;
  kind: SpeakerKind;
  surface: string;
  isPerson: boolean | null;
}

interface Named {
  name: string;
  at: number;
  isPerson: boolean;
  title: string;
}

const words = (s: string) => s.split(/\s+/).filter((w) => w !== '');
const surnameOf = (name: string) => words(name).at(-1)!.replace(/[’']s$/, '');

/**
 * What the text has said so far about who is who: the people and organisations named, and
 * the speakers attributed, in text order. Pronouns go to the last compatible speaker (then
 * the last compatible name), surnames to the full name given earlier, "the ministry" to the
 * ministry named earlier.
 */
export class Discourse {
  private readonly named: Named[] = [];
  private readonly speakers: (Named & { kind: SpeakerKind })[] = [];

  constructor(doc: NlpDocument) {
    // Every run of two or more capitalised words is a name the text has given.
    const t = doc.tokens;
    let pendingTitle = '';
    let pendingAt = -1;
    for (let i = 0; i < t.length; i++) {
      // The tagger may read the first word of a name as a common noun ("the School Standards Inspectorate").
      const nounInName = t[i].pos === 'NOUN' && t[i - 1]?.sentence === t[i].sentence && t[i - 1]?.pos === 'DET' && t[i + 1]?.pos === 'PROPN' && /^\p{Lu}/u.test(t[i + 1].text);
      if (!/^\p{Lu}/u.test(t[i].text) || (t[i].pos !== 'PROPN' && !nounInName)) continue;
      let j = i;
      const sameRun = (k: number) => k < t.length && t[k].sentence === t[i].sentence && t[k].start - t[k - 1].end <= 1;
      for (;;) {
        if (sameRun(j + 1) && /^\p{Lu}/u.test(t[j + 1].text)) j++;
        // "Bank of Marven", "Council of the European Union": "of (the)" inside an institution's name.
        else if (sameRun(j + 1) && ofInName(t, j + 1, t.length - 1) && ORG_WORDS.test(doc.text.slice(t[i].start, t[j].end))) j += t[j + 2]?.lower === 'the' ? 2 : 1;
        else break;
      }
      let a = i;
      const runEnd = j;
      // "Helen Marchetti KC": letters after the name are not part of it.
      while (j > i && POST_NOMINALS.has(t[j].lower)) j--;
      // Role words lead a person's name ("Foreign Minister Anna Kowalska") but belong to an institution's ("Health Ministry").
      const institution = ORG_WORDS.test(t[j].text);
      while (!institution && a <= j && TITLE_WORDS.has(t[a].lower)) a++;
      if ((j > a || (j === a && a > i)) && !STREET_NAME.test(doc.text.slice(t[a].start, t[j].end))) {
        const name = doc.text.slice(t[a].start, t[j].end);
        // "the Sunday Courant": a name after "the" is a body's or a paper's, not a person's.
        const afterThe = a === i && t[i - 1]?.lower === 'the';
        this.named.push({ name, at: t[a].start, isPerson: !ORG_WORDS.test(name) && !afterThe, title: ((pendingAt === i ? pendingTitle : '') + ' ' + doc.text.slice(t[i].start, t[a].start)).trim().toLowerCase() });
        pendingTitle = '';
      } else if (a > j && t[j + 1]?.text === ',') {
        // "The Health Secretary, Graham Pell, …": a role alone, then the name in apposition.
        pendingTitle = doc.text.slice(t[i].start, t[j].end);
        pendingAt = j + 2;
        i = j;
        continue;
      } else pendingTitle = '';
      i = runEnd;
    }
    this.subjects = this.sentenceSubjects(doc);
    this.operators = this.bodiesIntroducedAsOperators(doc);
    this.pairs = this.namedPairs(doc);
  }

  /** Two names joined by "and" ("Alpine Rail and Danubia Transit", "Tamm and Ozols"), for a later "the two companies" or "both". */
  private readonly pairs: { names: [string, string]; at: number; isPerson: boolean | null }[];

  private namedPairs(doc: NlpDocument): { names: [string, string]; at: number; isPerson: boolean | null }[] {
    const t = doc.tokens;
    const nameWord = (k: number) => t[k] !== undefined && /^\p{Lu}/u.test(t[k].text) && t[k].pos === 'PROPN' && !TITLE_WORDS.has(t[k].lower);
    const out: { names: [string, string]; at: number; isPerson: boolean | null }[] = [];
    for (let i = 1; i + 1 < t.length; i++) {
      if (t[i].lower !== 'and' || !nameWord(i - 1) || !nameWord(i + 1) || t[i - 1].sentence !== t[i + 1].sentence) continue;
      let a = i - 1;
      while (nameWord(a - 1) && t[a - 1].sentence === t[i].sentence) a--;
      let b = i + 1;
      while (nameWord(b + 1) && t[b + 1].sentence === t[i].sentence) b++;
      const full = (s: string) => words(s).length > 1 ? s : [...this.named].reverse().find((n) => n.at < t[i].start && n.isPerson && words(n.name).length > 1 && surnameOf(n.name) === s)?.name ?? s;
      const left = full(doc.text.slice(t[a].start, t[i - 1].end));
      const right = full(doc.text.slice(t[i + 1].start, t[b].end));
      const people = [left, right].every((n) => this.named.some((x) => x.name === n && x.isPerson && genderOfFirstName(n) !== null));
      out.push({ names: [left, right], at: t[i].start, isPerson: people ? true : null });
    }
    return out;
  }

  /** Bodies introduced by what they run: "Harbor Health Partners, which runs the clinic, …". */
  private readonly operators: { name: string; at: number }[];

  private bodiesIntroducedAsOperators(doc: NlpDocument): { name: string; at: number }[] {
    const t = doc.tokens;
    const out: { name: string; at: number }[] = [];
    // Any name: a body's name without an institution's word ("Harbor Health Partners") reads as a person's.
    for (const n of this.named) {
      const k = tokenAt(doc, n.at + n.name.length);
      const runs = t[k]?.text === ',' && t[k + 1]?.lower === 'which' && /^(?:runs|operates|owns|manages|built|developed|makes)$/.test(t[k + 2]?.lower ?? '');
      // "Halvard Mining said in a statement …" opening the next paragraph: the body steps forward and speaks.
      const opensAndSpeaks = t[tokenAt(doc, n.at)]?.paragraphStart === true && /^(?:said|says)$/.test(t[k]?.lower ?? '');
      if (k > 0 && (runs || opensAndSpeaks)) out.push({ name: n.name, at: n.at });
    }
    return out;
  }

  /** Remembers two speakers of one statement, for a later "both" or "the two". */
  rememberPair(a: string, b: string, at: number, isPerson: boolean | null): void {
    this.pairs.push({ names: [a, b], at, isPerson });
    this.pairs.sort((x, y) => x.at - y.at);
  }

  /** "the two companies", "both": the last pair named before `at` that fits; else the phrase as a group. */
  resolvePair(p: SpeakerPhrase, at: number): ResolvedSpeaker[] {
    const pair = this.pairs.filter((x) => x.at < at && (p.isPerson === null || x.isPerson === null || x.isPerson === p.isPerson)).at(-1);
    if (!pair) return p.name.toLowerCase() === 'both' ? [{ name: null, kind: 'UNRESOLVED', surface: p.name, isPerson: null }] : [{ name: p.name.replace(/^the\s+/i, ''), kind: 'GROUP', surface: p.name, isPerson: null }];
    return pair.names.map((name) => {
      this.speakers.push({ name, at, isPerson: pair.isPerson ?? p.isPerson ?? false, title: '', kind: 'PRONOUN_RESOLVED' });
      return { name, kind: 'PRONOUN_RESOLVED' as const, surface: p.name, isPerson: pair.isPerson ?? p.isPerson };
    });
  }

  /** People named as the subject a sentence opens with ("Haddad dismissed the report."): what a later "he" most likely means. */
  private readonly subjects: Named[];

  private sentenceSubjects(doc: NlpDocument): Named[] {
    const t = doc.tokens;
    const out: Named[] = [];
    for (const s of doc.sentences) {
      let a = s.first;
      // "In June 2021, US President Joe Biden presented …", "Asked whether …, Tanaka laughed": step over a leading phrase.
      if (t[a].pos === 'ADP' || (/(?:ed|ing)$/.test(t[a].lower) && t[a].pos !== 'PROPN' && t[a + 1]?.pos !== 'PUNCT') || /^(?:asked|speaking)$/.test(t[a].lower)) {
        const comma = t.slice(a, Math.min(s.last, a + (t[a].pos === 'ADP' ? 8 : 16))).find((x) => x.text === ',');
        if (comma) a = comma.i + 1;
      }
      while (a < s.last && (TITLE_WORDS.has(t[a].lower) || /^(?:but|and|then|later|meanwhile)$/.test(t[a].lower))) a++;
      let b = a;
      while (b + 1 <= s.last && (t[b + 1].pos === 'PROPN' || t[b + 1].pos === 'NOUN') && /^\p{Lu}/u.test(t[b + 1].text)) b++;
      // A role word inside the run ("US President Joe Biden"): the name is what follows it.
      for (let k = b - 1; k >= a; k--) if (TITLE_WORDS.has(t[k].lower)) { a = k + 1; break; }
      if (t[a].pos !== 'PROPN' || !/^\p{Lu}/u.test(t[a].text) || b - a > 3 || t[b].pos !== 'PROPN') continue;
      let next = t[b + 1];
      // "City Councilwoman Rosa Ibarra, whose district includes the clinic, called …": step over an apposition.
      if (next?.text === ',') {
        const close = t.slice(b + 2, Math.min(s.last, b + 20) + 1).find((x) => x.text === ',');
        if (close) next = t[close.i + 1];
      }
      if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX')) continue;
      const name = doc.text.slice(t[a].start, t[b].end);
      if (ORG_WORDS.test(name)) continue;
      const full = a === b ? [...this.named].reverse().find((n) => n.at < t[a].start && n.isPerson && words(n.name).length > 1 && surnameOf(n.name) === name) : undefined;
      if (a === b && !full) continue;
      out.push({ name: full?.name ?? name, at: t[a].start, isPerson: true, title: full?.title ?? '' });
    }
    return out;
  }

  /** Resolves a phrase found at offset `at`, and remembers it as the latest speaker. */
  /**
   * A person's gender as the text shows it: an honorific at any mention of the surname
   * ("Mrs Keillor") wins over the usual gender of the first name.
   */
  genderOf(name: string): Gender {
    // An unnamed person is what their description says: "a government spokesman", "a nurse".
    if (/^\p{Ll}/u.test(name) || /^(?:A|An|One)\s/.test(name)) return genderOfDescription(name);
    const surname = surnameOf(name);
    for (const n of this.named) {
      if (n.isPerson && surnameOf(n.name) === surname) {
        const g = genderOfTitle(n.title);
        if (g) return g;
      }
    }
    return words(name).length === 1 ? genderOfGivenName(name) : genderOfFirstName(name);
  }

  resolve(p: SpeakerPhrase, at: number, voice: string | null): ResolvedSpeaker {
    const r = this.resolveOnly(p, at, voice);
    // A lone given name ("Kapanadze's mother, Manana") is a person.
    if (r.name && r.kind !== 'UNRESOLVED') this.speakers.push({ name: r.name, at, isPerson: r.isPerson ?? (r.kind === 'NAMED' && genderOfGivenName(r.name) !== null), title: p.title ?? '', kind: r.kind });
    return r;
  }

  /** The first person the text names before `at`: the subject an introduction presents. */
  firstPersonBefore(at: number): string | null {
    return this.named.find((n) => n.at < at && n.isPerson && words(n.name).length > 1)?.name ?? null;
  }

  /**
   * The person a passage introduces: the subject of its first sentences ("In June 2021, US
   * President Joe Biden presented himself …"), else the first person it names in full.
   */
  personIntroducedBetween(start: number, end: number): { name: string; at: number } | null {
    const inside = (n: Named) => n.at >= start && n.at < end && n.isPerson;
    return this.subjects.find(inside) ?? this.named.find((n) => inside(n) && words(n.name).length > 1) ?? null;
  }

  private readonly outlets: { name: string; at: number }[] = [];

  /** Remembers an outlet the text cited or relayed through, for a later "the paper said". */
  rememberOutlet(name: string, at: number): void {
    this.outlets.push({ name: name.replace(/^the\s+/i, ''), at });
  }

  /** Remembers a speaker the layout gave (an epigraph's), for quotes and pronouns after it. */
  rememberSpeaker(name: string, at: number, isPerson: boolean | null): void {
    this.speakers.push({ name, at, isPerson: isPerson ?? true, title: '', kind: 'NAMED' });
    this.speakers.sort((x, y) => x.at - y.at);
  }

  /** The latest speaker before `at`, for a quote that carries on without a cue. */
  lastSpeaker(at: number): (Named & { kind: SpeakerKind }) | null {
    return this.speakers.filter((s) => s.at < at).at(-1) ?? null;
  }

  private readonly genders = new Map<string, Gender>();

  private genderFits(pronoun: string, name: string): boolean {
    if (!this.genders.has(name)) this.genders.set(name, this.genderOf(name));
    return pronounFits(pronoun, this.genders.get(name)!);
  }

  private resolveOnly(p: SpeakerPhrase, at: number, voice: string | null): ResolvedSpeaker {
    const surface = p.name;
    const before = <T extends { at: number }>(xs: T[]) => xs.filter((x) => x.at < at);
    switch (p.kind) {
      case 'NAMED': {
        // "Von der Leyen" after "Ursula von der Leyen": a surname of several words.
        if (words(p.name).length > 1 && p.isPerson !== false && !p.title) {
          const tail = ' ' + p.name.toLowerCase();
          const full = before([...this.named, ...this.speakers]).sort((x, y) => x.at - y.at).reverse().find((n) => n.isPerson && n.name.toLowerCase().endsWith(tail));
          if (full) return { name: full.name, kind: 'NAMED', surface, isPerson: true };
        }
        // "Dame Harriet", "Sir Martin": the honorific goes with the given name.
        if (words(p.name).length === 1 && /^(?:dame|sir)$/i.test(p.title ?? '')) {
          const full = before(this.named).reverse().find((n) => n.isPerson && words(n.name).length > 1 && words(n.name)[0] === p.name);
          if (full) return { name: full.name, kind: 'NAMED', surface, isPerson: true };
        }
        if (words(p.name).length === 1 && p.isPerson !== false && !ORG_WORDS.test(p.name)) {
          // "Mr Grant" after "Paul Grant and his wife, Linda Grant": the honorific's gender picks the one.
          const want = genderOfTitle(p.title ?? '');
          const fits = (n: Named) => want === null || pronounFits(want === 'male' ? 'he' : 'she', genderOfTitle(n.title) ?? genderOfFirstName(n.name));
          const full = before(this.named).reverse().find((n) => n.isPerson && words(n.name).length > 1 && surnameOf(n.name) === surnameOf(p.name) && fits(n));
          if (full) return { name: full.name, kind: 'NAMED', surface, isPerson: true };
        }
        if (p.title === 'outlet') {
          const outlet = before(this.outlets).at(-1);
          if (outlet) return { name: outlet.name, kind: 'PRONOUN_RESOLVED', surface, isPerson: false };
        }
        if (/^[a-z]/.test(p.name) || /^(?:the\s)/i.test(surface)) {
          // "the ministry": the ministry the text named before.
          const head = words(p.name).at(-1)!.toLowerCase();
          // "the regulator" after "the national water regulator" spoke: the same body, named in full before.
          // A body that has spoken comes first: "the bank" is the bank of the story, not one an analyst works for.
          // "the same ministry" is the ministry, said again.
          const described = words(p.name).filter((w) => !/^(?:same|latter)$/i.test(w)).length;
          const org = before(this.speakers).reverse().find((n) => n.kind === 'NAMED' && n.isPerson === false && n.name.toLowerCase().split(/\s+/).includes(head) && words(n.name).length > described)
            ?? before(this.named).reverse().find((n) => !n.isPerson && n.name.toLowerCase().includes(head));
          if (org) return { name: org.name, kind: 'NAMED', surface, isPerson: false };
        }
        const isPerson = p.isPerson ?? (ORG_WORDS.test(p.name) ? false : words(p.name).length > 1 ? true : null);
        return { name: p.name.replace(/^the\s+/i, ''), kind: 'NAMED', surface, isPerson };
      }
      case 'GROUP':
        return { name: p.name.replace(/^the\s+/i, ''), kind: p.kind, surface, isPerson: null };
      case 'ANONYMOUS': {
        // "…, its operator said Friday. / Harbor Health Partners, which runs the clinic, said …": named just after.
        if (/(?:^(?:its|their)|['’]s)\s+(?:operator|owner|parent company|developer|manager|landlord|builder)$/i.test(p.name)) {
          const ahead = this.operators.find((o) => o.at > at && o.at - at < 600);
          if (ahead) return { name: ahead.name, kind: 'PRONOUN_RESOLVED', surface, isPerson: false };
        }
        // "A nurse at the clinic … said. “…,” she said.": one unnamed person may be taken up by a pronoun.
        return { name: p.name.replace(/^the\s+/i, ''), kind: p.kind, surface, isPerson: p.isPerson === true && !/s$/.test(p.name) ? true : null };
      }
      case 'PRONOUN': {
        const lower = p.name.toLowerCase();
        if (lower === 'we' || lower === 'i') return voice ? { name: voice, kind: 'PRONOUN_RESOLVED', surface, isPerson: null } : { name: null, kind: 'UNRESOLVED', surface, isPerson: null };
        const want = (x: { name: string; isPerson: boolean; kind?: SpeakerKind }) =>
          lower === 'it' ? !x.isPerson && x.kind !== 'GROUP' && x.kind !== 'ANONYMOUS' : lower === 'they' ? x.kind === 'GROUP' || (x.kind === 'ANONYMOUS' && /s$/.test(x.name)) || !x.isPerson : x.isPerson && this.genderFits(lower, x.name);
        // He/she: the latest compatible speaker or sentence subject, whichever came last.
        const people = lower === 'he' || lower === 'she' ? [...before(this.speakers), ...before(this.subjects)].sort((x, y) => x.at - y.at) : before(this.speakers);
        const hit = people.reverse().find(want) ?? (lower === 'they' ? undefined : before(this.named).reverse().find((n) => want(n)));
        // "Mrs Brady" named last stands for the "Kim Brady" named before.
        const full = hit && hit.isPerson && words(hit.name).length === 1 ? before(this.named).find((n) => n.isPerson && words(n.name).length > 1 && surnameOf(n.name) === hit.name) : undefined;
        return hit ? { name: full?.name ?? hit.name, kind: 'PRONOUN_RESOLVED', surface, isPerson: hit.isPerson } : { name: null, kind: 'UNRESOLVED', surface, isPerson: null };
      }
      case 'PAIR':
        return this.resolvePair(p, at)[0];
      case 'DOCUMENT': {
        // "The report also warned": the organisation that last spoke (or was named) wrote it.
        const author = before(this.speakers).reverse().find((n) => n.kind === 'NAMED' && n.isPerson === false)
          ?? before(this.named).reverse().find((n) => !n.isPerson);
        return author ? { name: author.name, kind: 'PRONOUN_RESOLVED', surface, isPerson: false } : { name: p.name.replace(/^(?:the|a|an)\s+/i, ''), kind: 'UNRESOLVED', surface, isPerson: false };
      }
      case 'BACKREF': {
        const head = words(p.name).at(-1)!.toLowerCase();
        const people = before([...this.named, ...this.speakers]).filter((n) => n.isPerson).sort((x, y) => x.at - y.at);
        // Without a person of that title, the last person named — unless their title says they hold another role
        // ("The chancellor said" after "Professor Miriam Clarke" is not Clarke).
        const same = (x: Named, n: Named) => x.isPerson && surnameOf(x.name) === surnameOf(n.name);
        const titlesOf = (n: Named) => [n, ...this.named.filter((x) => same(x, n)), ...this.speakers.filter((x) => same(x, n))].map((x) => x.title.toLowerCase()).join(' ');
        const otherRole = (n: Named) => words(titlesOf(n)).some((w) => w !== head && (BACK_REFERENCE_HEADS.has(w) || w === 'professor' || w === 'dr' || w === 'dr.'));
        // "the health secretary" needs every word of its description in the person's titles; a "general secretary" is another one.
        const description = words(p.name.toLowerCase()).filter((w) => !/^(?:the|former|new|then|current|outgoing)$/.test(w));
        const fits = (n: Named) => description.every((w) => titlesOf(n).includes(w));
        const anotherOfHead = (n: Named) => titlesOf(n).includes(head) && !fits(n);
        // The last person named stays first choice unless what the text calls them says otherwise ("her counterpart" does not).
        people.reverse();
        const last = people[0];
        const lastTitles = last ? words(titlesOf(last)).filter((w) => !/^(?:mr|mrs|ms|miss|dr|sir|dame|prof)\.?$/.test(w)).join(' ') : '';
        const lastFits = last && !otherRole(last) && !anotherOfHead(last) && (lastTitles === '' || fits(last) || /\b(?:counterpart|successor|predecessor|colleague)\b/.test(lastTitles));
        const hit = lastFits ? last : people.find(fits);
        return hit ? { name: hit.name, kind: 'PRONOUN_RESOLVED', surface, isPerson: true } : { name: p.name.replace(/^the\s+/i, ''), kind: 'UNRESOLVED', surface, isPerson: true };
      }
    }
  }
}
