import { SPAN_RULES, matchDoc } from '../../bench/extraction/score';
import type { Gold } from '../../bench/extraction/gold-sets';
import type { Suggestion } from '../../src/extraction/suggest';

const pred = (start: number, end: number, speakerName = 'Ana Ruiz'): Suggestion => ({
  quote: '', start, end, speakerName, speakerKind: 'NAMED', speakerSurface: speakerName, speakerIsPerson: true, mode: 'DIRECT_QUOTE',
  pattern: 'quote-colon', cue: 'said', confidence: 0.9, reportedThrough: null, speakerId: null, candidates: [],
});
const gold = (start: number, end: number, speaker = 'Ana Ruiz'): Gold => ({ quote: '', start, end, speaker, speakerId: null, mode: 'DIRECT_QUOTE', pattern: 'x' });

describe('eval scoring: split and merge', () => {
  it('one-to-one only: a quote labelled sentence by sentence matches at most one sentence', () => {
    const m = matchDoc([pred(0, 300)], [gold(0, 100), gold(101, 200), gold(201, 300)], SPAN_RULES.iou50);
    expect(m.unmatchedGold).toHaveLength(3);
  });
  it('with split/merge: one suggestion matches each disjoint sentence inside it', () => {
    const m = matchDoc([pred(0, 300)], [gold(0, 100), gold(101, 200), gold(201, 300)], SPAN_RULES.iou50, true);
    expect(m.unmatchedGold).toHaveLength(0);
    expect(m.unmatchedPreds).toHaveLength(0);
    expect(m.pairs.every((p) => p.segment && p.speakerOk)).toBe(true);
  });
  it('with split/merge: sentences found one by one match a gold quote labelled whole', () => {
    const m = matchDoc([pred(0, 100), pred(101, 200), pred(201, 300)], [gold(0, 300)], SPAN_RULES.iou50, true);
    expect(m.unmatchedGold).toHaveLength(0);
    expect(m.unmatchedPreds).toHaveLength(0);
    expect(m.pairs).toHaveLength(3);
  });
  it('gives no credit for a nested fragment nor for a suggestion that the parts cover less than half of', () => {
    const nested = matchDoc([pred(0, 100)], [gold(0, 100), gold(20, 40)], SPAN_RULES.iou50, true);
    expect(nested.unmatchedGold).toEqual([gold(20, 40)]);
    const thin = matchDoc([pred(0, 1000)], [gold(0, 100), gold(200, 300)], SPAN_RULES.iou50, true);
    expect(thin.unmatchedGold).toHaveLength(2);
  });
  it('marks the speaker wrong on each part when the suggestion names someone else', () => {
    const m = matchDoc([pred(0, 200, 'Tomas Lind')], [gold(0, 100), gold(101, 200)], SPAN_RULES.iou50, true);
    expect(m.pairs.map((p) => p.speakerOk)).toEqual([false, false]);
  });
});

describe('eval scoring: one-to-one by best pair', () => {
  it('a nested gold listed first does not take the suggestion that matches its container', () => {
    // The nested gold overlaps the suggestion just enough (IoU 0.5); its container almost exactly (0.9).
    const m = matchDoc([pred(10, 110)], [gold(10, 60), gold(0, 110)], SPAN_RULES.iou50);
    expect(m.pairs.map((p) => [p.g.start, p.g.end])).toEqual([[0, 110]]);
    expect(m.unmatchedGold).toEqual([gold(10, 60)]);
  });
  it('still prefers the right speaker over a better overlap', () => {
    const m = matchDoc([pred(0, 100, 'Tomas Lind'), pred(0, 90)], [gold(0, 100)], SPAN_RULES.iou50);
    expect(m.pairs).toHaveLength(1);
    expect(m.pairs[0].speakerOk).toBe(true);
  });
});

describe('eval scoring: a gold quote found sentence by sentence', () => {
  it('credits the second sentence when the first already matched the gold one-to-one', () => {
    // The first sentence alone overlaps the two-sentence gold enough (IoU 0.65) to pair one-to-one.
    const m = matchDoc([pred(0, 65), pred(66, 100)], [gold(0, 100)], SPAN_RULES.iou50, true);
    expect(m.unmatchedPreds).toHaveLength(0);
    expect(m.pairs).toHaveLength(2);
  });
  it('gives no credit to a second suggestion that overlaps the first', () => {
    const m = matchDoc([pred(0, 65), pred(30, 100)], [gold(0, 100)], SPAN_RULES.iou50, true);
    expect(m.unmatchedPreds).toHaveLength(1);
  });
});
