/** What the benchmark script needs from TypeScript code, bundled by Vite for Node. */
export { generateWorkspace } from './generate';
export { exportWorkspaceJson, parseWorkspaceJson } from '../../shared/formats/workspace-json';
export { countRecords } from '../../shared/domain/workspace';
