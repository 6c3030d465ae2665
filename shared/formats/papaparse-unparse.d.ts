/**
 * The part of papaparse that shared/ uses (Papa.unparse), typed here. @types/papaparse pulls
 * in Node's types (its streaming API names Node streams), which would quietly make `process`,
 * `Buffer` and `node:fs` type-check in shared/, kept free of Node by tsconfig.shared.json's
 * `"types": []`. That tsconfig maps the 'papaparse' import to this file for the type check
 * only; the bundlers, vitest and the command line load the real package (they do not read
 * tsconfig paths), and the renderer and tests type-check against @types/papaparse as usual.
 */
export interface UnparseConfig {
  quotes?: boolean | boolean[];
  quoteChar?: string;
  escapeChar?: string;
  delimiter?: string;
  header?: boolean;
  newline?: string;
  skipEmptyLines?: boolean | 'greedy';
  columns?: string[];
  /** Prefixes cells that start with = + - @ tab or CR with an apostrophe (true: that set). */
  escapeFormulae?: boolean | RegExp;
}

export interface UnparseObject {
  fields: string[];
  data: unknown[][];
}

declare const Papa: {
  unparse(data: UnparseObject | unknown[][], config?: UnparseConfig): string;
};

export default Papa;
