import type { SaveArticleInput } from '../domain/desk-inputs';
import type { MutationResult } from '../graph/writes/WriteService';
import type { SaveIds } from './save-article';

/** What the desk's resolvers hand to their field resolvers (codegen.ts maps the GraphQL types to these). */
export interface DeskSourceParent {
  id: string;
  text: string;
  textSha256: string | null;
  revision: string;
  attributionIds: string[];
}

/** A save's result and the input it answers, whose order the payload's lists follow. */
export type SaveArticleParent = MutationResult<SaveIds> & { input: SaveArticleInput };

export type UndoParent = MutationResult<{ attributionId: string; claimId: string; claimRetracted: string }>;
