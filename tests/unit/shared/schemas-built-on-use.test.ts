/**
 * The modules that hold the record and IPC schemas are imported by the first screen for their
 * labels, constants and helpers; building the schemas (~20 ms) waits for their first use.
 */
import { describe, expect, it, vi } from 'vitest';

const calls: string[] = [];

// Every call of a zod builder (z.object, z.string, z.iso.datetime…) is noted.
vi.mock('zod', async (importOriginal) => {
  const real = await importOriginal<typeof import('zod')>();
  const noting = <T extends object>(target: T, prefix: string): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value: unknown = Reflect.get(object, key, receiver);
        if (key === 'iso' && typeof value === 'object' && value) return noting(value, 'iso.');
        if (typeof key !== 'string' || typeof value !== 'function' || !/^[a-z]/.test(key)) return value;
        return (...args: unknown[]) => {
          calls.push(prefix + key);
          return (value as (...a: unknown[]) => unknown)(...args);
        };
      },
    });
  return { ...real, z: noting(real.z, '') };
});

describe('the schemas', () => {
  it('are not built when the shared modules load, and are built on first use', async () => {
    // Every module under shared/, so that one added later which reads a schema as it loads is
    // caught too. Not commands.ts: the table of commands by name builds its argument schemas
    // as it loads, and the app does not import it.
    const modules = import.meta.glob([
      '../../../shared/**/*.ts',
      '!../../../shared/**/*.d.ts',
      '!../../../shared/domain/commands.ts',
    ]);
    expect(Object.keys(modules).length).toBeGreaterThan(50);
    for (const load of Object.values(modules)) await load();
    expect(calls).toEqual([]);

    const { TABLE_SCHEMAS } = await import('../../../shared/domain/workspace');
    expect(TABLE_SCHEMAS.blackouts.safeParse({}).success).toBe(false);
    expect(calls).toContain('object');
  });
});
