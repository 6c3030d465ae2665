/**
 * The part of papaparse that shared/ uses (Papa.unparse), typed here. @types/papaparse pulls
 * in Node's types (its streaming API names Node streams), which would quietly make `process`,
 * `Buffer` and `node:fs` type-check in shared/, kept free of Node by tsconfig.shared.json's
 * `"types": []`. So shared/ imports the package's file by its path, 'papaparse/papaparse.js'
 * (the same code bundlers, vitest and Node load for 'papaparse'), which @types/papaparse
 * does not declare, and this file declares it. Tests and the renderer use 'papaparse' with
 * @types/papaparse as usual.
 */
declare module 'papaparse/papaparse.js' {
  export interface UnparseConfig {
    quotes?: boolean | boolean[];
    quoteChar?: string;
    escapeChar?: string;
    delimiter?: string;
    header?: boolean;
    newline?: string;
    skipEmptyLines?: boolean | 'greedy';
    columns?: string[];
    /** Prefixes cells that match with an apostrophe (true: those starting with = + - @ tab or CR). */
    escapeFormulae?: boolean | RegExp;
  }

  export interface UnparseObject {
    fields: string[];
    data: unknown[][];
  }

  const Papa: {
    unparse(data: UnparseObject | unknown[][], config?: UnparseConfig): string;
  };
  export default Papa;
}
