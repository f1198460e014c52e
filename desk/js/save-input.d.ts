// Types for the unit tests (the page itself runs the .js as it is).
export interface DraftItem {
  key: string;
  start: number;
  end: number;
  quote: string;
  mode: string;
  saidAt?: string;
  saved?: boolean;
  error?: string | null;
  speaker: { id?: string; name: string; kind?: string; description?: string; notDuplicateOf?: string[] };
  claim: { text: string; attachTo?: { id: string; text: string } | null };
  via?: { id?: string; title: string } | null;
  links?: { kind: string; to: { id: string; text: string }; basis: string }[];
}
export interface Draft {
  sourceId: string | null;
  baseRevision: string | null;
  article: { text: string; title: string; url: string; publisher: { id: string; name: string } | null; publishedAt: string; language: string };
  items: DraftItem[];
}
export function toSaveInput(draft: Draft, idempotencyKey: string): { input: Record<string, any>; owners: Map<string, string[]> };
export function placeErrors(draft: Draft, owners: Map<string, string[]>, problems: { path?: string; code?: string; message: string; details?: Record<string, unknown> }[]): string[];
