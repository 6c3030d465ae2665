/**
 * A schema built the first time it is used rather than when its module runs.
 *
 * Building every zod schema takes ~20 ms, and the modules that hold them are imported by the
 * first screen for their labels, constants and helpers (KIND_LABELS, TABLES, recordOf…), which
 * need no schema. The first screen is drawn from the kept copy of the workspace; records are
 * validated only afterwards, when the stored workspace is read, so that is when the schemas are
 * built. Every use goes through a Proxy onto the built schema: parsing, composing into other
 * schemas (z.object({ id: idSchema })), .extend, .shape, instanceof.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  // The target only stands in: every trap answers from the built schema. Descriptors are
  // reported configurable, which a Proxy must do for a property its (empty) target lacks.
  const lazy = new Proxy({} as T, {
    get: (_target, key) => Reflect.get(schema(), key),
    set: (_target, key, value) => Reflect.set(schema(), key, value),
    has: (_target, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    defineProperty: (_target, key, descriptor) => Reflect.defineProperty(schema(), key, descriptor),
    deleteProperty: (_target, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
  builders.set(lazy, schema);
  return lazy;
}

const builders = new WeakMap<object, () => object>();

/**
 * The schema a lazySchema stands for, built if need be; any other value as it is. For code that
 * compares schemas by identity: a schema composed from a lazy one through a method
 * (daySchema.nullable()) holds the built schema, while one composed by reference
 * (z.object({ day: daySchema })) holds the stand-in, so such a comparison checks both.
 */
export function builtSchema<T>(schema: T): T {
  const build = typeof schema === 'object' && schema !== null ? builders.get(schema) : undefined;
  return build ? (build() as T) : schema;
}
