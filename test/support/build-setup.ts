/**
 * Vitest global setup: dist/ (the compiled program, scripts/build.mjs) up to date before any test
 * runs, since the tests that run `npm start` or `npm run ask` run it. Built here once, rather than
 * by the first of several test files starting npm at the same time (they would wait for each
 * other's build). The tests themselves still run the TypeScript (vitest, tsx).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: root, stdio: 'inherit' });
}
