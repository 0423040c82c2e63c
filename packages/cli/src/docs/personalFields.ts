import { ANY_ITEM, type FieldTree, fieldTreeOf, personalPathsOf } from '@mgmt-review/eventsourcing';
import type * as t from 'io-ts';

/** One personal field of a payload codec, as docs/privacy.md lists it. */
export interface PersonalFieldDoc {
  /** The field pattern: a dot path with `*` for list items and record values (`evidence.*`). */
  readonly pattern: string;
  /** What the field may hold, as its codec's mark says. */
  readonly what: string;
}

/** The field trees a pattern segment leads to (every member of a union that has it). */
const step = (tree: FieldTree, segment: string): readonly FieldTree[] => {
  switch (tree.kind) {
    case 'object': {
      const field = tree.fields.get(segment);
      return field === undefined ? [] : [field.tree];
    }
    case 'list':
      return segment === ANY_ITEM ? [tree.item] : [];
    case 'record':
      return segment === ANY_ITEM ? [tree.value] : [];
    case 'union':
      return tree.members.flatMap((member) => step(member.tree, segment));
    case 'value':
      return [];
  }
};

const whatAt = (tree: FieldTree, pattern: string): string => {
  let trees: readonly FieldTree[] = [tree];
  for (const segment of pattern === '' ? [] : pattern.split('.')) trees = trees.flatMap((t) => step(t, segment));
  for (const found of trees)
    if (found.kind === 'value' && found.personal?.what !== undefined) return found.personal.what;
  return '(not said)';
};

/**
 * The personal fields of a payload codec with what each may hold: the patterns are the kernel's
 * own (`personalPathsOf`, what the store seals and erases), only their descriptions are looked up
 * here, so the page lists exactly the fields a host can erase.
 */
export const personalFieldsOf = (codec: t.Mixed): readonly PersonalFieldDoc[] => {
  const tree = fieldTreeOf(codec);
  return personalPathsOf(codec).map((pattern) => ({ pattern, what: whatAt(tree, pattern) }));
};
