import jsonld from 'jsonld';
import { BUNDLED_CONTEXTS, readContext } from '../../src/formats/contexts';

/** A JSON-LD document loader that serves the project's bundled contexts and refuses any other URL: no network. */
export const offlineLoader = async (url: string) => {
  const file = BUNDLED_CONTEXTS[url];
  if (!file) throw new Error(`offline loader: refusing to fetch ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: readContext(file) };
};

export const expand = (doc: object) => jsonld.expand(doc as never, { documentLoader: offlineLoader as never });

type Expanded = Record<string, any>;

/** The values of a property (full IRI) of an expanded node. */
export const values = (node: unknown, iri: string): Expanded[] => ((node as Expanded | undefined)?.[iri] ?? []) as Expanded[];
/** The literal value of a property, or undefined. */
export const literal = (node: unknown, iri: string): unknown => (values(node, iri)[0] as { '@value'?: unknown } | undefined)?.['@value'];
