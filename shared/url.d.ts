/**
 * shared/ has neither DOM nor Node types on purpose. The WHATWG URL parser is the one platform
 * global it uses: it exists identically in browsers, Electron and Node.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly href: string;
}
