/** What the benchmark script needs from TypeScript code, bundled by Vite for Node. */
export { generateWorkspace } from './generate';
export { exportWorkspaceJson, parseWorkspaceJson } from '../../shared/formats/workspace-json';
export { countRecords } from '../../shared/domain/workspace';
export { buildBrief } from '../../shared/formats/brief';
export { launchItemsCsv, readinessCsv } from '../../shared/formats/csv';
export { calendarIcs } from '../../shared/formats/ics';
export { addFeedback } from './generate-feedback';
