/**
 * The load generator in its own process (load-process.ts), as npm run bench:http runs it: the
 * requests are sent and checked there, the clocks of this process (the server's) run only while
 * the timed ones are sent, and a burst on new connections is measured there too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN } from '../discord/harness.ts';
import { type FakeDiscord, startFakeDiscord } from '../support/fake-discord.ts';
import { type FloorServer, startFloor } from './floor.ts';
import { formatLoad, measureNewConnections, runLoad } from './load.ts';
import { LoadProcess } from './load-process.ts';
import { newSigner } from './support.ts';

const TITLE = 'How many Syrian soldiers were killed in the airstrike?';
const signer = newSigner();
let fake: FakeDiscord;
let floor: FloorServer;
let generator: LoadProcess;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TOKEN });
  floor = await startFloor(signer.publicKeyHex, TITLE);
  generator = await LoadProcess.start();
});

afterAll(async () => {
  await generator?.close();
  await floor?.close();
  await fake?.close();
});

describe('the load generator in its own process', () => {
  it('sends every request, checks every answer and times only the timed ones', async () => {
    const result = await runLoad({
      url: floor.url,
      fake,
      signer,
      generator,
      total: 200,
      warmup: 50,
      concurrency: 10,
      questions: [TITLE],
      titleOf: () => TITLE,
    });
    expect(result.failures).toEqual([]);
    expect(result.ok).toBe(250);
    expect(result.latencies).toHaveLength(200);
    // Its CPU is its own; this process's is the floor's alone.
    expect(result.generatorCpuMsPerRequest).toBeGreaterThan(0);
    expect(formatLoad(result)).toContain('sent from a process of their own');
  });

  it('reports an answer that is not the expected one', async () => {
    const result = await runLoad({
      url: floor.url,
      fake,
      signer,
      generator,
      total: 20,
      concurrency: 5,
      questions: ['Another question?'],
      titleOf: (question) => question,
    });
    expect(result.ok).toBe(0);
    expect(result.failures[0]).toMatch(/^unexpected answer/);
  });

  it('measures a burst on new connections while keep-alive connections keep the server busy', async () => {
    const result = await measureNewConnections({
      url: floor.url,
      fake,
      signer,
      generator,
      busy: 10,
      fresh: 5,
      questions: [TITLE],
      titleOf: () => TITLE,
    });
    expect(result.failures).toEqual([]);
    expect(result.overtaken).toHaveLength(5);
    expect(result.latencies).toHaveLength(5);
    expect(result.busyAnswered).toBeGreaterThanOrEqual(30);
  });
});
