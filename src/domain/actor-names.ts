/** An actor's name and the other spellings it is found by. */
export interface Names {
  name: string;
  aliases: readonly string[];
}

/** Trimmed, non-empty, distinct spellings, without the name itself. */
export const uniqueNames = (names: readonly (string | null | undefined)[], except: string): string[] =>
  [...new Set(names.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((n) => n.trim()))].filter((n) => n !== except);

/** After an update: a renamed actor keeps its old name as an alias, so old spellings keep finding it. */
export function updatedNames(actor: Names, change: { name?: string | null; addAliases?: readonly string[] | null; removeAliases?: readonly string[] | null }): Names {
  const name = change.name ?? actor.name;
  const removed = new Set(change.removeAliases ?? []);
  const kept = [...actor.aliases, ...(change.name ? [actor.name] : []), ...(change.addAliases ?? [])];
  return { name, aliases: uniqueNames(kept, name).filter((a) => !removed.has(a)) };
}

/** After a merge: the survivor is also found by the merged actor's name and aliases. */
export const mergedAliases = (survivor: Names, merged: Names): string[] => uniqueNames([...survivor.aliases, merged.name, ...merged.aliases], survivor.name);
