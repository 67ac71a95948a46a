import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

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
