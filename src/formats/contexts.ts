import fs from 'node:fs';
import { projectPath } from '../paths';

/**
 * JSON-LD contexts bundled with the project, by the URL documents name them with, so
 * documents can be expanded without the network. schemaorg.jsonld holds the schema.org
 * terms ClaimGraph uses (with schema.org's own @vocab and coercions), not all of schema.org.
 */
export const BUNDLED_CONTEXTS: Record<string, string> = {
  'https://schema.org': 'schemaorg.jsonld',
  'https://schema.org/': 'schemaorg.jsonld',
  'http://schema.org': 'schemaorg.jsonld',
  'http://schema.org/': 'schemaorg.jsonld',
};

export function readContext(file: string): { '@context': Record<string, unknown> } {
  return JSON.parse(fs.readFileSync(projectPath('src', 'formats', 'contexts', file), 'utf8'));
}

/** The PROV-O context, embedded in every PROV document (no W3C URL is named for it). */
export const PROV_CONTEXT = readContext('prov.jsonld')['@context'];
