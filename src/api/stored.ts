/** Stored node properties arrive untyped (GraphNode); these narrow them to what a field returns. */

/** An optional property as text; GraphQL's String would coerce a number the same way. */
export const optString = (v: unknown): string | null => (v == null ? null : String(v));

export const optNumber = (v: unknown): number | null => (v == null ? null : Number(v));

export const stringList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** A stored enum value, or the fallback when absent. Writes validate it, so another value is a broken invariant. */
export function storedEnum<T extends string>(values: readonly T[], v: unknown, fallback: T): T {
  if (v == null) return fallback;
  if (!values.includes(v as T)) throw new Error(`stored value ${JSON.stringify(v)} is not one of ${values.join(', ')}`);
  return v as T;
}
