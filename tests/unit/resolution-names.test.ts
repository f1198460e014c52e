import { nameKey } from '../../src/domain/resolution/name-key';
import { skeleton } from '../../src/domain/resolution/skeleton';
import { resolutionText, shortlistQuery } from '../../src/domain/resolution/index-terms';
import { keysOf } from '../../src/domain/resolution/score';

describe('resolution: name keys', () => {
  it('folds Unicode (NFKC), case and diacritics', () => {
    expect(nameKey('Agnès CALLAMARD', 'PERSON').folded).toBe('agnes callamard');
    expect(nameKey('Ｄｕｎｊａ Mijatović', 'PERSON').folded).toBe('dunja mijatovic');
  });

  it('reads U.N., U. N. and U N as the initialism UN in an organisation', () => {
    for (const n of ['U.N. Human Rights Council', 'U. N. Human Rights Council', 'U N Human Rights Council', 'UN Human Rights Council']) {
      expect(nameKey(n, 'ORGANISATION').folded).toBe('un human rights council');
    }
  });

  it("keeps a person's initials apart: J. R. is two initials", () => {
    expect(nameKey('J. R. Smith', 'PERSON').words).toEqual(['j', 'r', 'smith']);
  });

  it('reads & as and, and drops the words that do not identify an organisation', () => {
    expect(nameKey('Peace & Justice Initiative', 'ORGANISATION').folded).toBe(nameKey('Peace and Justice Initiative', 'ORGANISATION').folded);
    expect(nameKey('Commissioner for Human Rights of the Russian Federation', 'ORGANISATION').folded).toBe('commissioner human rights russian federation');
  });

  it("drops honorifics and job titles from a person's name, but not every word", () => {
    expect(nameKey('President Vladimir Putin', 'PERSON').folded).toBe('vladimir putin');
    expect(nameKey('Dr. Agnès Callamard', 'PERSON').folded).toBe('agnes callamard');
    expect(nameKey('The Ombudsman', 'PERSON').words.length).toBeGreaterThan(0);
  });

  it('writes Cyrillic in Latin letters and drops the soft sign', () => {
    expect(nameKey('Татьяна Москалькова', 'PERSON').folded).toBe('tatyana moskalkova');
    expect(nameKey("Tatiana Moskal'kova", 'PERSON').folded).toBe('tatiana moskalkova');
  });

  it('gives initials of organisations, capitalised words spelled out', () => {
    expect(nameKey('European Network of National Human Rights Institutions', 'ORGANISATION').acronym).toBe('ennhri');
    expect(nameKey('UN Human Rights Council', 'ORGANISATION').acronym).toBe('unhrc');
    expect(nameKey('Tatyana Moskalkova', 'PERSON').acronym).toBeNull();
  });
});

describe('resolution: transliteration skeletons', () => {
  it.each([
    ['tatiana', 'tatyana', 'tatjana'],
    ['moskalkova', 'moskalkowa', 'moskalkova'],
    ['katsarova', 'katzarova', 'katzarowa'],
    ['aleksei', 'alexei', 'alexey'],
    ['evgeny', 'yevgeny', 'evgenii'],
    ['fadeev', 'fadeyev', 'faddeev'],
    ['petr', 'pyotr', 'petr'],
  ])('%s, %s and %s meet', (a, b, c) => {
    expect(skeleton(b)).toBe(skeleton(a));
    expect(skeleton(c)).toBe(skeleton(a));
  });

  it('keeps different names apart', () => {
    expect(skeleton('anna')).not.toBe(skeleton('andrei'));
    expect(skeleton('moskalenko')).not.toBe(skeleton('moskalkova'));
  });
});

describe('resolution: index terms', () => {
  it('holds the kind, words, skeletons, initials and (persons) phonetic codes', () => {
    const text = resolutionText('PERSON', keysOf(['Tatyana Moskalkova'], 'PERSON'));
    expect(text.split(' ')).toEqual(expect.arrayContaining(['kindperson', 'tatyana', 'tatiana', 'moskalkova', 'phmskl']));
  });

  it('builds a Lucene query from letters and digits only, whatever the input', () => {
    const q = shortlistQuery('ORGANISATION', keysOf(['U.N. "Human" (Rights) OR Council: AND* \\ ~ ^'], 'ORGANISATION'));
    expect(q).toMatch(/^\+kindorganisation \+\(/);
    const inner = q!.slice(q!.indexOf('(') + 1, -1);
    for (const clause of inner.split(' OR ')) expect(clause).toMatch(/^[a-z0-9]+(~[12])?$/);
  });

  it('gives no query when nothing searchable is left', () => {
    expect(shortlistQuery('PERSON', keysOf(['… — !!'], 'PERSON'))).toBeNull();
  });
});
