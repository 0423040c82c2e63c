import { isLeft } from 'fp-ts/lib/Either.js';
import * as t from 'io-ts';

/**
 * An object with these required and optional fields (others are dropped). Not an io-ts
 * intersection, so that a field's error path is the field's name and not an intersection index.
 * Its fields stay visible as `required` and `optional`, so documentation and the strict field check
 * are generated from the codec itself, and the registry's fast validation path compiles it
 * (`compiledCodec.ts`): it decodes as `t.exact(t.type(required))` and `t.exact(t.partial(optional))`
 * of the same value, merged.
 */
export const structWith = <P extends t.Props, O extends t.Props>(required: P, optional: O, name?: string) => {
  type A = t.TypeOf<t.TypeC<P>> & t.TypeOf<t.PartialC<O>>;
  type Out = t.OutputOf<t.TypeC<P>> & t.OutputOf<t.PartialC<O>>;
  const mandatory = t.exact(t.type(required));
  const optionals = t.exact(t.partial(optional));
  const codec = new t.Type<A, Out, unknown>(
    name ?? `{ ${[...Object.keys(required), ...Object.keys(optional).map((k) => `${k}?`)].join(', ')} }`,
    (u): u is A => mandatory.is(u) && optionals.is(u),
    (u, c) => {
      const a = mandatory.validate(u, c);
      const b = optionals.validate(u, c);
      if (isLeft(a) || isLeft(b)) return t.failures([...(isLeft(a) ? a.left : []), ...(isLeft(b) ? b.left : [])]);
      return t.success(Object.assign(a.right, b.right) as A);
    },
    (a) => Object.assign(mandatory.encode(a), optionals.encode(a)) as Out,
  );
  return Object.assign(codec, { required, optional });
};
