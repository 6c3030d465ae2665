/**
 * A read-only map whose values are worked out one key at a time, on first ask, and kept. The
 * timeline draws ~40 rows of 10,000: their health and collisions are looked up by id, and the
 * other 9,960 are never worked out. Iterating (or `size`) works every value out once, in the
 * order of `keys`, so code that reads the whole map still sees every entry. A key whose value
 * is `undefined` is not in the map.
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  // Private fields, not properties: two maps with the same entries are equal (toEqual), however
  // much of each has been worked out.
  readonly #known = new Map<K, V | undefined>();
  #all: Map<K, V> | null = null;
  readonly #keys: () => Iterable<K>;
  readonly #compute: (key: K) => V | undefined;

  constructor(keys: () => Iterable<K>, compute: (key: K) => V | undefined) {
    this.#keys = keys;
    this.#compute = compute;
  }

  get(key: K): V | undefined {
    if (this.#known.has(key)) return this.#known.get(key);
    const value = this.#compute(key);
    this.#known.set(key, value);
    return value;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  /** Every entry, worked out once. */
  #entries(): Map<K, V> {
    if (this.#all) return this.#all;
    const all = new Map<K, V>();
    for (const key of this.#keys()) {
      const value = this.get(key);
      if (value !== undefined) all.set(key, value);
    }
    return (this.#all = all);
  }

  get size(): number {
    return this.#entries().size;
  }
  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.#entries()) callback.call(thisArg, value, key, this);
  }
  entries(): MapIterator<[K, V]> {
    return this.#entries().entries();
  }
  keys(): MapIterator<K> {
    return this.#entries().keys();
  }
  values(): MapIterator<V> {
    return this.#entries().values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#entries()[Symbol.iterator]();
  }
}
