// Types for the unit tests (the page itself runs the .js as it is).
export const MODE_LABEL: Record<string, string>;
export const KIND_WORD: Record<string, string>;
export function cueWords(s: { pattern?: string | null; cue?: string | null }): string;
export function clip(s: string, n?: number): string;
export function speakerWords(sp: { id?: string; name: string; kind?: string; notDuplicateOf?: string[]; notDuplicateNames?: string[] }): string;
export function reviewLines(draft: unknown): { key?: string; text: string }[];
