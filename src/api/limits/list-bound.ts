import { getArgumentValues, Kind, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../context';
import { pageSize } from '../paging/cursor';

/** Default sizes of bounded (non-connection) lists, by what they hold. */
export const LIST_DEFAULT = { items: 20, mentions: 50, history: 50, via: 5, sourceAttributions: 50 } as const;

/** The `first` of a bounded list: the field's default when absent, refused above the page-size cap. */
export const listLimit = (ctx: Context, first: number | null | undefined, fallback: number): number =>
  pageSize(first, ctx.config.maxPageSize, fallback);

/**
 * The largest `first` any selection of `type.field` under this field asks for (the
 * default when none does), so a query run here can cut the list for all of them.
 * `size` reads another measure from a selection's arguments (a page twin's window).
 */
export function largestFirst(
  ctx: Context,
  info: GraphQLResolveInfo,
  type: string,
  field: string,
  size: (args: Record<string, unknown>) => number = (args) => listLimit(ctx, args.first as number | null, LIST_DEFAULT.items),
  none: number = LIST_DEFAULT.items,
): number {
  const def = (info.schema.getType(type) as GraphQLObjectType).getFields()[field];
  const nodes: FieldNode[] = [];
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD && sel.name.value === field) nodes.push(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) visit(sel.selectionSet);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) visit(info.fragments[sel.name.value]?.selectionSet);
    }
  };
  info.fieldNodes.forEach((f) => visit(f.selectionSet));
  const firsts = nodes.map((n) => size(getArgumentValues(def, n, info.variableValues)));
  return firsts.length ? Math.max(...firsts) : none;
}
