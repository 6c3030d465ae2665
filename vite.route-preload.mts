/**
 * Requests the chunk of the place in the address with the page's own code, not after it.
 *
 * Each view is a chunk of its own, asked for by main.tsx (`preloadRoute`) once the first chunk
 * has been fetched and run. That is a second round of requests after the first: at 10,000
 * items the timeline's code arrived ~50 ms after the app's own code had run, and its first
 * screen waited for it. This plugin writes a small script into the built index.html, beside
 * the app's module script, that adds `<link rel="modulepreload">` for the chunks of the place the
 * address names. The browser fetches and compiles them beside the first chunk; main.tsx's
 * import() then finds them there. The script is a file of its own, not inline: the Content
 * Security Policy allows only the app's own script files.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The first segment of an address's path (`#/<segment>...`) → the module whose chunk draws that
 * place, relative to the renderer folder. The same modules renderer/app/views.tsx loads for
 * them; the build fails if one of these is no longer a chunk of its own. An address naming
 * none of these opens the board, as readLocation does.
 */
export const ROUTE_MODULES: Readonly<Record<string, string>> = {
  board: 'features/board/BoardView.tsx',
  timeline: 'features/timeline/TimelineView.tsx',
  launches: 'features/launches/LaunchesView.tsx',
  matrix: 'features/matrix/MatrixView.tsx',
  people: 'features/people/PeopleView.tsx',
  'my-work': 'features/readiness/MyWorkView.tsx',
  feedback: 'features/feedback/FeedbackView.tsx',
  settings: 'features/settings/SettingsView.tsx',
  launch: 'features/launches/LaunchPage.tsx',
  brief: 'features/briefs/BriefScreen.tsx',
};

export interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: string[];
}

/**
 * For each route, the files to preload: its chunk and the chunks it imports, less those the
 * page already asks for (the entry and its imports, preloaded by index.html itself).
 */
export function routeFiles(
  chunks: readonly ChunkLike[],
  rendererRoot: string,
): { files: Record<string, string[]>; missing: string[] } {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const closure = (start: string, into = new Set<string>()): Set<string> => {
    if (into.has(start)) return into;
    into.add(start);
    for (const next of byFile.get(start)?.imports ?? []) closure(next, into);
    return into;
  };
  const loaded = new Set<string>();
  for (const entry of chunks.filter((c) => c.isEntry)) closure(entry.fileName, loaded);
  const files: Record<string, string[]> = {};
  const missing: string[] = [];
  for (const [route, module] of Object.entries(ROUTE_MODULES)) {
    const chunk = chunks.find(
      (c) => c.facadeModuleId && relative(rendererRoot, c.facadeModuleId).split('\\').join('/') === module,
    );
    if (!chunk || chunk.isEntry) {
      missing.push(module);
      continue;
    }
    files[route] = [...closure(chunk.fileName)].filter((f) => !loaded.has(f));
  }
  return { files, missing };
}

/** The script's source: links for the files of the route the address names (paths relative to the page). */
export function preloadScript(files: Record<string, string[]>): string {
  return `// Written by the build (vite.route-preload.mts): preloads the chunks of the place in the address.
(function () {
  var files = ${JSON.stringify(files)};
  var path = location.hash.replace(/^#\\/?/, '').split('?')[0];
  var segment = path.split('/')[0];
  var wanted = Object.prototype.hasOwnProperty.call(files, segment) ? files[segment] : files.board || [];
  for (var i = 0; i < wanted.length; i++) {
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.setAttribute('data-route-preload', '');
    // Absolute, as Vite's own preload writes it, so main.tsx's import() sees it is there.
    link.href = new URL(wanted[i], document.baseURI).href;
    document.head.appendChild(link);
  }
})();
`;
}

/** A Vite plugin (build only) adding the script to index.html, before the app's module script. */
export function routePreload(rendererRoot: string): Plugin {
  return {
    name: 'launch-control:route-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((o): o is typeof o & ChunkLike => o.type === 'chunk');
      const { files, missing } = routeFiles(chunks, rendererRoot);
      if (missing.length > 0) this.error(`route preload: no chunk of its own for ${missing.join(', ')}`);
      const html = bundle['index.html'];
      if (html?.type !== 'asset') this.error('route preload: no index.html in the build');
      const ref = this.emitFile({ type: 'asset', name: 'route-preload.js', source: preloadScript(files) });
      const src = this.getFileName(ref);
      const page = String(html.source);
      const moduleScript = page.indexOf('<script type="module"');
      if (moduleScript < 0) this.error('route preload: no module script in index.html');
      // defer: it does not hold the parser (and so the requests for the app's own code) up for
      // its round trip, and runs once the page is parsed, before the app's module script (deferred
      // scripts run in order); async ran it only after the app's code in traced loads.
      html.source = `${page.slice(0, moduleScript)}<script defer src="./${src}"></script>\n    ${page.slice(moduleScript)}`;
    },
  };
}
