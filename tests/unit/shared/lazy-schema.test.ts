import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { builtSchema, lazySchema } from '../../../shared/domain/lazy-schema';

describe('a lazy schema', () => {
  it('is built on its first use, once', () => {
    let builds = 0;
    const id = lazySchema(() => {
      builds += 1;
      return z.string().min(1, 'Missing id');
    });
    expect(builds).toBe(0);
    expect(id.safeParse('a').success).toBe(true);
    expect(id.safeParse('').error?.issues[0]?.message).toBe('Missing id');
    expect(builds).toBe(1);
  });

  it('composes like the schema it stands for: by reference, through methods, with extend and shape', () => {
    const day = lazySchema(() => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Not a day'));
    const fields = lazySchema(() => z.object({ title: z.string(), start: day.nullable() }));
    const record = lazySchema(() => fields.extend({ id: z.string(), end: day }));
    expect(Object.keys(record.shape)).toEqual(['title', 'start', 'id', 'end']);
    expect(record.parse({ title: 'A', start: null, id: 'x', end: '2026-11-29' })).toEqual({
      title: 'A',
      start: null,
      id: 'x',
      end: '2026-11-29',
    });
    const bad = record.safeParse({ title: 'A', start: 'soon', id: 'x', end: 'later' });
    expect(bad.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'start: Not a day',
      'end: Not a day',
    ]);
    expect(z.array(record).safeParse([]).success).toBe(true);
  });

  it('answers instanceof, in, and the keys of the schema it stands for', () => {
    const schema = lazySchema(() => z.object({ a: z.number() }));
    expect(schema instanceof z.ZodObject).toBe(true);
    expect('_zod' in schema).toBe(true);
    expect(Object.keys(schema)).toEqual(Object.keys(builtSchema(schema)));
    // A spread reads each own property's descriptor: a Proxy must not report them fixed.
    expect(Object.keys({ ...schema })).toEqual(Object.keys({ ...builtSchema(schema) }));
  });

  it('builtSchema gives the built schema for a lazy one and any other value as it is', () => {
    const lazy = lazySchema(() => z.string());
    const built = builtSchema(lazy);
    expect(built).not.toBe(lazy);
    expect(built instanceof z.ZodString).toBe(true);
    expect(builtSchema(built)).toBe(built);
    // A schema composed through a method holds the built one, which builtSchema lets code compare.
    expect(lazy.optional()._zod.def.innerType).toBe(built);
    expect(builtSchema('text')).toBe('text');
    expect(builtSchema(null)).toBe(null);
  });
});
