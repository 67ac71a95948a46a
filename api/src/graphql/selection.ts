import type { FieldNode, GraphQLResolveInfo, SelectionNode, SelectionSetNode } from 'graphql';

/** True when the current field's selection asks for `name` directly or through fragments. */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean => {
    if (!set) return false;
    for (const sel of set.selections) {
      if (sel.kind === 'Field' && sel.name.value === name) return true;
      if (sel.kind === 'InlineFragment' && visit(sel.selectionSet)) return true;
      if (sel.kind === 'FragmentSpread' && visit(info.fragments[sel.name.value]?.selectionSet)) return true;
    }
    return false;
  };
  return info.fieldNodes.some((node: FieldNode) => visit(node.selectionSet));
}

/**
 * Names of the fields selected under the current field at `path` (e.g. `'edges', 'node'`),
 * through fragments; the names only, for deciding what to read ahead.
 */
export function selectedFields(info: GraphQLResolveInfo, ...path: string[]): string[] {
  const fieldsOf = (sets: readonly (SelectionSetNode | undefined)[]): FieldNode[] => {
    const out: FieldNode[] = [];
    const visit = (selections: readonly SelectionNode[]) => {
      for (const sel of selections) {
        if (sel.kind === 'Field') out.push(sel);
        else if (sel.kind === 'InlineFragment') visit(sel.selectionSet.selections);
        else {
          const fragment = info.fragments[sel.name.value];
          if (fragment) visit(fragment.selectionSet.selections);
        }
      }
    };
    for (const set of sets) if (set) visit(set.selections);
    return out;
  };
  let fields = fieldsOf(info.fieldNodes.map((node) => node.selectionSet));
  for (const name of path)
    fields = fieldsOf(fields.filter((f) => f.name.value === name).map((f) => f.selectionSet));
  return fields.map((f) => f.name.value);
}
