/**
 * stopOnSignals (src/shutdown.ts) in a process of its own: a signal runs `stop` once and exits 0;
 * a second signal, or a `stop` that outlives its deadline, exits 1 at once.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NODE_ARGS,
  PROCESS_CEILING_MS,
  PROCESS_TEST_TIMEOUT_MS,
  ROOT,
  runProcess,
} from './support/processes.ts';

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), 'bot-shutdown-'));
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** A process whose stop() takes `stopMs` (-1: never ends); it prints "ready" once the handlers are in. */
function start(stopMs: number, deadlineMs?: number) {
  const script = `
    import { stopOnSignals } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src/shutdown.ts')).href)};
    import { createLogger } from ${JSON.stringify(pathToFileURL(join(ROOT, 'src/log.ts')).href)};
    const logger = createLogger({ level: 'info' });
    stopOnSignals({
      logger,
      ${deadlineMs === undefined ? '' : `deadlineMs: ${deadlineMs},`}
      stop: () => new Promise((resolve) => {
        logger.info('stop called');
        if (${stopMs} >= 0) setTimeout(resolve, ${stopMs});
      }),
    });
    setInterval(() => {}, 1000);
    console.log('ready');
  `;
  return runProcess(process.execPath, [...NODE_ARGS, '--input-type=module', '--eval', script], {
    cwd,
    env: {},
  });
}

async function ready(run: ReturnType<typeof start>): Promise<void> {
  await expect.poll(run.stdout, { timeout: PROCESS_CEILING_MS }).toContain('ready');
}

describe('stopOnSignals', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('runs stop once for a signal repeated at once (Ctrl-C under npm arrives twice), then exits 0', async () => {
    const run = start(300);
    await ready(run);
    run.child.kill('SIGINT');
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(0);
    const msgs = run.logs().map((l) => l.msg);
    expect(msgs.filter((m) => m === 'stop called')).toHaveLength(1);
    expect(run.logs().find((l) => l.msg === 'shutting down')).toMatchObject({ reason: 'SIGINT' });
  });

  it.each(['SIGTERM', 'SIGHUP'] as const)('stops on %s', async (signal) => {
    const run = start(0);
    await ready(run);
    run.child.kill(signal);
    expect(await run.exit).toBe(0);
    expect(run.logs().find((l) => l.msg === 'shutting down')).toMatchObject({ reason: signal });
  });

  it('exits 1 when stop outlives the deadline', async () => {
    const run = start(-1, 200);
    await ready(run);
    run.child.kill('SIGTERM');
    expect(await run.exit).toBe(1);
    expect(run.logs().map((l) => l.msg)).toContain('shutdown is taking too long: exiting now');
  });

  it('exits 1 at once on a second signal, later than a repeat', async () => {
    const run = start(-1);
    await ready(run);
    run.child.kill('SIGTERM');
    await expect.poll(() => run.logs().map((l) => l.msg)).toContain('stop called');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    run.child.kill('SIGINT');
    expect(await run.exit).toBe(1);
    expect(run.logs().map((l) => l.msg)).toContain('asked again while shutting down: exiting now');
  });
});
