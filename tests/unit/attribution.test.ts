import { attributionProps } from '../../src/domain/attribution';
import { refusal } from '../support/refusal';
import { checkNewVersion, checkTextUpdate } from '../../src/domain/source-rules';

const text = 'The Ombudsman said “no” to the request. Later she said “no” again.';
/** Which entity.field a rule refused, or "accepted". */
const subjectOf = (rule: () => unknown) => refusal(rule).split(':')[0].split(' ')[1] ?? 'accepted';

describe('attributionProps: the one way an attribution is built', () => {
  it('anchors the quote at its span in the source text, with context', () => {
    const props = attributionProps({ mode: 'DIRECT_QUOTE', quote: '“no”', occurrence: 2, saidAt: '2023-04' }, { id: 'src-1', text });
    expect(text.slice(props.start as number, props.end as number)).toBe('“no”');
    expect(props.start).toBe(text.lastIndexOf('“no”'));
    expect(props).toMatchObject({ mode: 'DIRECT_QUOTE', status: 'ACTIVE', saidAt: '2023-04', saidAtFrom: '2023-04-01', saidAtTo: '2023-04-30' });
    expect(text.endsWith(String(props.prefix) + '“no”' + String(props.suffix))).toBe(true);
  });

  it('leaves the span empty for a source without text, and its date explicitly null', () => {
    expect(attributionProps({ mode: 'REPORTED', quote: 'anything' }, { id: 'src-2', text: null })).toEqual({
      mode: 'REPORTED', quote: 'anything', start: null, end: null, prefix: null, suffix: null, status: 'ACTIVE', saidAt: null, saidAtFrom: null, saidAtTo: null,
    });
  });

  it('names the attribution field it refuses', () => {
    expect(subjectOf(() => attributionProps({ mode: 'PARAPHRASE', quote: 'not there' }, { id: 'src-1', text }))).toBe('attribution.quote');
    expect(subjectOf(() => attributionProps({ mode: 'PARAPHRASE', quote: '“no”' }, { id: 'src-1', text }))).toBe('attribution.occurrence');
    expect(subjectOf(() => attributionProps({ mode: 'PARAPHRASE', quote: 'x', occurrence: 1 }, { id: 'src-2', text: null }))).toBe('attribution.occurrence');
    expect(subjectOf(() => attributionProps({ mode: 'PARAPHRASE', quote: 'request', saidAt: '2023-02-30' }, { id: 'src-1', text }))).toBe('attribution.saidAt');
  });
});

describe('source rules: quotes are anchored to the stored text', () => {
  it('adds a text once and never replaces it', () => {
    expect(subjectOf(() => checkTextUpdate(null, 'first'))).toBe('accepted');
    expect(subjectOf(() => checkTextUpdate('first', 'first'))).toBe('accepted');
    expect(subjectOf(() => checkTextUpdate('first', 'second'))).toBe('source.text');
  });

  it('takes a new version only after a text, and only a different one', () => {
    expect(subjectOf(() => checkNewVersion(null, 'v2'))).toBe('sourceVersion.sourceId');
    expect(subjectOf(() => checkNewVersion('v1', 'v1'))).toBe('sourceVersion.text');
    expect(subjectOf(() => checkNewVersion('v1', 'v2'))).toBe('accepted');
  });
});
