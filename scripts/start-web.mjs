#!/usr/bin/env node
// Builds the browser version of the app and serves it on http://127.0.0.1:4173 (PORT overrides).
import { build, preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a number from 1 to 65535 (got "${process.env.PORT}").`);
  process.exit(1);
}

await build({ configFile: 'vite.web.config.mts', logLevel: 'warn' });
try {
  const server = await preview({
    configFile: 'vite.web.config.mts',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  console.log(`\nLaunch Control is running at ${url}\nOpen it in a browser; press Ctrl+C to stop.\n`);
} catch (error) {
  if (error?.code === 'EADDRINUSE' || /already in use/i.test(String(error?.message)))
    console.error(
      `Port ${port} is already in use. Stop the other server or choose a port: PORT=4180 npm run start:web`,
    );
  else console.error(`Could not start the web server: ${error?.message ?? error}`);
  process.exit(1);
}
