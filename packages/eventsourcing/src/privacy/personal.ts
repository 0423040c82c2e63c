import type * as t from 'io-ts';
import { type FieldTree, visibleFieldTreeOf } from '../fieldTree.js';

export { acceptingPlaceholders, isPersonal, type PersonalMark, personal, personalMarkOf } from './mark.js';

/** The pattern segment that stands for every item of a list and every value of a record. */
export const ANY_ITEM = '*';

const patternsOf = (tree: FieldTree, prefix: readonly string[], into: Set<string>): void => {
  switch (tree.kind) {
    case 'value':
      if (tree.personal !== undefined) into.add(prefix.join('.'));
      return;
    case 'object':
      for (const [name, field] of tree.fields) patternsOf(field.tree, [...prefix, name], into);
      return;
    case 'list':
      patternsOf(tree.item, [...prefix, ANY_ITEM], into);
      return;
    case 'record':
      patternsOf(tree.value, [...prefix, ANY_ITEM], into);
      return;
    case 'union':
      // Every member's personal fields: a field is personal if it is in any member that has it.
      for (const member of tree.members) patternsOf(member.tree, prefix, into);
      return;
  }
};

const paths = new WeakMap<t.Mixed, readonly string[]>();

/**
 * The fields of a payload codec that hold personal data, as dot paths with `*` for list items and
 * record values (`description`, `feedbackItems.*.text`), sorted; the payload itself, if it is one
 * marked string, is the empty path. Read from the codec's field tree, once per codec. A part of
 * the codec the field tree cannot read (a custom `t.Type` that shows no fields, such as a date
 * codec) has no personal fields: mark a field where the tree sees it (docs/privacy-format.md).
 */
export const personalPathsOf = (codec: t.Mixed): readonly string[] => {
  let found = paths.get(codec);
  if (found === undefined) {
    const into = new Set<string>();
    patternsOf(visibleFieldTreeOf(codec), [], into);
    found = Object.freeze([...into].sort());
    paths.set(codec, found);
  }
  return found;
};
