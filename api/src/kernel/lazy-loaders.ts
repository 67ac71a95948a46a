/** Makes one DataLoader from the request's entity manager (or whatever per-request source `S` is). */
export type LoaderFactory<S = never> = (source: S) => unknown;

/** The loaders a set of factories makes, each typed as its factory returns it. */
export type LoadersOf<F> = { readonly [K in keyof F]: F[K] extends (source: never) => infer L ? L : never };

const SOURCE = Symbol('loader source');

/**
 * Per-request DataLoaders built on first use. The getters are defined once, on a shared
 * prototype; a request's object holds only its source until a resolver reads `loaders.x`, which
 * makes that loader and keeps it for the rest of the request. So a request pays for the loaders
 * it uses, not for every loader of every feature.
 */
export class LazyLoaders<S, F extends Record<string, (source: S) => unknown>> {
  /** Loaders made so far by every request (a test counts them per operation). */
  made = 0;
  readonly names: readonly (keyof F & string)[];
  private readonly proto: object;

  constructor(factories: F) {
    const proto = {};
    const counter = this;
    for (const [name, make] of Object.entries(factories)) {
      Object.defineProperty(proto, name, {
        enumerable: true,
        get(this: { [SOURCE]: S }) {
          const loader = make(this[SOURCE]);
          counter.made += 1;
          // An own property shadows the getter: the next read returns the same loader.
          Object.defineProperty(this, name, { value: loader, enumerable: true });
          return loader;
        },
      });
    }
    this.proto = proto;
    this.names = Object.keys(factories) as (keyof F & string)[];
  }

  /** The loaders of one request (or one subscription event), none made yet. */
  for(source: S): LoadersOf<F> {
    const loaders = Object.create(this.proto) as { [SOURCE]: S };
    loaders[SOURCE] = source;
    return loaders as unknown as LoadersOf<F>;
  }
}
