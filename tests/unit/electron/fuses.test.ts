/**
 * The packaged app's Electron fuses, read from electron-builder.yml by electron-builder's own
 * config loader and checked against electron-builder's schema and the fuse wire it flips. A
 * misspelt option would otherwise leave a fuse at Electron's default without a word (the
 * binary cannot be built and inspected on this machine).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import type { Configuration } from 'electron-builder';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { PlatformPackager } from 'app-builder-lib';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

const EXPECTED = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
};

interface SchemaObject {
  additionalProperties?: boolean;
  properties: Record<string, { type?: string }>;
}

let config: Configuration;
beforeAll(async () => {
  const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const configFile = /--config\s+(\S+)/.exec(pkg.scripts.dist ?? '')?.[1];
  // The file `npm run dist` packages with is the one under test.
  expect(configFile).toBe('electron-builder.yml');
  config = await getConfig(root, resolve(root, configFile!), null);
});

describe('electron fuses', () => {
  it('are the six the app ships with, and only those', () => {
    expect(config.electronFuses).toEqual(EXPECTED);
  });

  it('use option names and types electron-builder’s schema accepts (it refuses unknown ones)', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: Record<string, SchemaObject>;
    };
    const fuses = schema.definitions.FuseOptionsV1!;
    expect(fuses.additionalProperties).toBe(false);
    for (const [name, value] of Object.entries(config.electronFuses ?? {})) {
      expect(fuses.properties, name).toHaveProperty(name);
      expect(fuses.properties[name]!.type, name).toBe(typeof value);
    }
  });

  it('become the fuse wire electron-builder flips in the packaged binary', async () => {
    // The step electron-builder runs after packing; private, so reached through the prototype.
    const generate = (
      PlatformPackager.prototype as unknown as {
        generateFuseConfig: (fuses: Configuration['electronFuses']) => Promise<Record<number, boolean>>;
      }
    ).generateFuseConfig;
    const wire = await generate(config.electronFuses);
    expect(wire).toMatchObject({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
  });

  it('leave the app loadable: with onlyLoadAppFromAsar the app must be packed into app.asar', () => {
    expect(config.asar).not.toBe(false);
    // The built main, preload and renderer (electron-vite's out/) go into it.
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(patterns).toContain('out/**');
  });
});
