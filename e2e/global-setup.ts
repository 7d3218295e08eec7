import { existsSync } from 'node:fs';
import { join } from 'node:path';

const CHROMIUM = '/usr/bin/chromium';

/**
 * Checks what the browser journeys need before any of them starts. Nothing is built here: the
 * test:e2e script runs `vite build` first, and browsers are never downloaded.
 */
export default function setup(): void {
  if (!existsSync(CHROMIUM)) throw new Error('Install Chromium: apt-get install -y chromium');
  if (!existsSync(join(process.cwd(), 'dist/web/index.html'))) {
    throw new Error('Build the web app first: npx vite build (npm run test:e2e does it for you)');
  }
}
