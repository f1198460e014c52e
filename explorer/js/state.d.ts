// Types of state.js for the TypeScript that imports it (its unit test); the browser never loads this.

export interface Expansion { id: string; depth: number }
export interface PathSearch { from: string; to: string; maxHops: number }
export interface TimelineState { id: string; window: [string, string] | null; from: string; to: string; hiddenKinds: string[] }
export interface ExplorerState {
  expanded: Expansion[];
  selected: string[];
  paths: PathSearch[];
  hiddenKinds: string[];
  from: string;
  to: string;
  hideUndated: boolean;
  showRetracted: boolean;
  timeline: TimelineState;
}
export interface Store {
  get(): Readonly<ExplorerState>;
  set(patch: Partial<ExplorerState>): Readonly<ExplorerState>;
  subscribe(listener: (state: Readonly<ExplorerState>, previous: Readonly<ExplorerState>) => void): () => void;
}
interface UrlWindow {
  location: { pathname: string; search: string };
  history: { pushState(data: unknown, unused: string, url: string): void; replaceState(data: unknown, unused: string, url: string): void };
}

export const MAX_DEPTH: number;
export const TIMELINE_KINDS: string[];
export function emptyTimeline(): TimelineState;
export function emptyState(): ExplorerState;
export function clampHops(n: number): number;
export function parseState(search: string): ExplorerState;
export function formatState(state: ExplorerState): string;
export function writeUrl(state: ExplorerState, opts?: { push?: boolean }, win?: UrlWindow): void;
export function depthOf(state: ExplorerState, id: string): number;
export function withExpansion(expanded: readonly Expansion[], id: string, depth: number): Expansion[];
export function changed(a: ExplorerState, b: ExplorerState, key: keyof ExplorerState): boolean;
export function createStore(initial?: Partial<ExplorerState>): Store;
