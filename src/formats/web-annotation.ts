import { compact, iriOf } from './iri';
import type { AnnotationData } from './types';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** How much text around a quote the TextQuoteSelector carries, in code points. */
const CONTEXT_CODE_POINTS = 32;

/**
 * Stored offsets count UTF-16 code units (JavaScript strings); the Web Annotation Data
 * Model counts characters as Unicode code points. This converts one to the other.
 */
export function codePointOffset(text: string, utf16Offset: number): number {
  let count = 0;
  for (let i = 0; i < utf16Offset; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16Offset) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** Up to n code points before and after [start, end), never splitting a surrogate pair. */
function around(text: string, start: number, end: number, n: number): { prefix: string; suffix: string } {
  const before = [...text.slice(Math.max(0, start - 2 * n - 2), start)];
  const after = [...text.slice(end, end + 2 * n + 2)];
  return { prefix: before.slice(-n).join(''), suffix: after.slice(0, n).join('') };
}

/**
 * A quote as a W3C Web Annotation: the body names the claim, the target is the source,
 * selected by a TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
 * whose start and end count code points, as the data model defines them.
 */
export function buildAnnotation(a: AnnotationData): Record<string, unknown> {
  const start = codePointOffset(a.text, a.start);
  const end = start + codePointOffset(a.text.slice(a.start, a.end), a.end - a.start);
  const { prefix, suffix } = around(a.text, a.start, a.end, CONTEXT_CODE_POINTS);
  return compact({
    '@context': ANNO_CONTEXT,
    id: iriOf(a.id),
    type: 'Annotation',
    motivation: 'describing',
    created: a.createdAt,
    creator: a.createdBy ? { type: 'Person', nickname: a.createdBy } : null,
    body: [
      { type: 'TextualBody', value: a.claim.text, format: 'text/plain', purpose: 'describing' },
      { type: 'SpecificResource', source: iriOf(a.claim.id), purpose: 'identifying' },
    ],
    target: {
      type: 'SpecificResource',
      source: a.source.url ?? iriOf(a.source.id),
      selector: [
        { type: 'TextQuoteSelector', exact: a.quote, prefix, suffix },
        { type: 'TextPositionSelector', start, end },
      ],
    },
  });
}
