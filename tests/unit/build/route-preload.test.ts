import { describe, expect, it } from 'vitest';
import { preloadScript, routeFiles, ROUTE_MODULES, type ChunkLike } from '../../../vite.route-preload.mjs';

const ROOT = '/app/renderer';
const chunk = (
  fileName: string,
  imports: string[],
  module: string | null = null,
  isEntry = false,
): ChunkLike => ({
  type: 'chunk',
  fileName,
  isEntry,
  facadeModuleId: module && `${ROOT}/${module}`,
  imports,
});

/** A build: the entry and its core, and a chunk for every route sharing one helper chunk. */
const build = (): ChunkLike[] => [
  chunk('assets/index.js', ['assets/core.js'], 'main.tsx', true),
  chunk('assets/core.js', []),
  chunk('assets/rows.js', ['assets/core.js']),
  ...Object.entries(ROUTE_MODULES).map(([route, module]) =>
    chunk(`assets/${route}.js`, ['assets/core.js', 'assets/rows.js'], module),
  ),
];

/** A link element as the script uses it. */
interface Link {
  rel: string;
  href: string;
  crossOrigin: string | null;
  attributes: Record<string, string>;
  setAttribute(name: string, value: string): void;
}

/** Runs the written script for an address and returns the links it added. */
function linksFor(script: string, hash: string): Link[] {
  const added: Link[] = [];
  const document = {
    baseURI: 'app://launch-control/index.html',
    createElement: (): Link => ({
      rel: '',
      href: '',
      crossOrigin: null,
      attributes: {},
      setAttribute(name, value) {
        this.attributes[name] = value;
      },
    }),
    head: { appendChild: (link: Link) => added.push(link) },
  };
  new Function('location', 'document', script)({ hash }, document);
  return added;
}

describe('preloading the chunks of the place in the address', () => {
  it("lists each route's chunk and what it imports, less what the page already loads", () => {
    const { files, missing } = routeFiles(build(), ROOT);
    expect(missing).toEqual([]);
    expect(files.timeline).toEqual(['assets/timeline.js', 'assets/rows.js']);
    expect(files.launch).toEqual(['assets/launch.js', 'assets/rows.js']);
  });

  it('names a route module that is no longer a chunk of its own', () => {
    const chunks = build().filter((c) => c.fileName !== 'assets/matrix.js');
    expect(routeFiles(chunks, ROOT).missing).toEqual([ROUTE_MODULES.matrix]);
  });

  it('adds module preloads for the address: a view, a launch page, the board for anything else', () => {
    const script = preloadScript(routeFiles(build(), ROOT).files);
    const BOARD = ['app://launch-control/assets/board.js', 'app://launch-control/assets/rows.js'];
    const hrefs = (hash: string) => linksFor(script, hash).map((l) => l.href);
    expect(hrefs('#/timeline?group=region')).toEqual([
      'app://launch-control/assets/timeline.js',
      'app://launch-control/assets/rows.js',
    ]);
    expect(hrefs('#/launch/item-1?tab=readiness')).toEqual([
      'app://launch-control/assets/launch.js',
      'app://launch-control/assets/rows.js',
    ]);
    expect(hrefs('')).toEqual(BOARD);
    expect(hrefs('#/no-such-place')).toEqual(BOARD);
    expect(hrefs('#/constructor')).toEqual(BOARD);
    for (const link of linksFor(script, '#/matrix')) {
      // Marked, so a window can tell the build's preloads from those main.tsx's import() adds.
      expect(link).toMatchObject({
        rel: 'modulepreload',
        crossOrigin: '',
        attributes: { 'data-route-preload': '' },
      });
    }
  });
});
