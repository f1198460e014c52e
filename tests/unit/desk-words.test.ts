import { cueWords } from '../../desk/js/words.js';

/** How a suggestion's cue is said on the desk (desk/js/words.js). */
describe('the cue line of a suggestion', () => {
  it('says that a continued quote carries on the quote above, not that it has no cue', () => {
    const line = cueWords({ pattern: 'quote-continued', cue: null });
    expect(line).toBe('continues the quote above');
    expect(line).not.toContain('(none)');
  });
  it('says where the speaker of an epigraph and of the text’s own voice comes from', () => {
    expect(cueWords({ pattern: 'quote-epigraph', cue: '' })).toContain('introduced just after');
    expect(cueWords({ pattern: 'own-voice', cue: '' })).toBe('the text’s own voice');
  });

  it('keeps the other cues as they are', () => {
    expect(cueWords({ pattern: 'quote-cue-after', cue: 'said' })).toBe('cue “said”');
    expect(cueWords({ pattern: 'indirect', cue: 'according to' })).toBe('cue “according to”');
    // A suggestion of another pattern with no cue still says so.
    expect(cueWords({ pattern: 'fragment', cue: '' })).toBe('cue “(none)”');
  });
});
