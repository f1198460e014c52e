import { NameListMatcher, type KnownActor, type SpeakerMatch, type SpeakerMatcher } from '../../extraction/speaker-matcher';
import type { SpeakerKind } from '../../extraction/types';
import type { AnalysisReader } from './AnalysisReader';

/**
 * Speaker matching against the actors in the database: one full-text look-up for every name
 * of a text (prepare), then names and aliases compared folded (NameListMatcher). A finer
 * matcher (normalised keys, transliterations) can replace this behind SpeakerMatcher.
 */
export class ActorNameMatcher implements SpeakerMatcher {
  private list = new NameListMatcher([]);

  constructor(
    private readonly reader: AnalysisReader,
    private readonly extra: KnownActor[] = [],
  ) {}

  async prepare(names: string[]): Promise<void> {
    const found = names.length > 0 ? await this.reader.actorsNamed(names) : [];
    this.list = new NameListMatcher([...this.extra, ...found.filter((a) => !this.extra.some((e) => e.id === a.id))]);
  }

  match(name: string, kind: SpeakerKind): SpeakerMatch[] {
    return this.list.match(name, kind);
  }
}
