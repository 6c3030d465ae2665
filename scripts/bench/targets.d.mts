// Types of targets.mjs for unit tests: results.json's sections are loosely typed here.
export type TargetRow = [target: string, figure: string, met: boolean];
export function targetRows(results: Record<string, unknown>): TargetRow[];
export function targetsTable(results: Record<string, unknown>): string;
