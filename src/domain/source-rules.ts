import { invalid } from './errors';

/** Quotes are anchored to a source's stored text: it can be added once, never replaced in place. */
export function checkTextUpdate(stored: string | null, next: string): void {
  if (stored !== null && stored !== next) {
    throw invalid('source', 'text', 'this source already holds a text, which quotes are anchored to; add the new version as a new source');
  }
}

/** A new version follows a text the source holds, and differs from it. */
export function checkNewVersion(stored: string | null, next: string): asserts stored is string {
  if (stored === null) throw invalid('sourceVersion', 'sourceId', 'this source holds no text yet; add it with updateSource');
  if (stored === next) throw invalid('sourceVersion', 'text', 'the text is the same as the current version');
}
