/**
 * The load generator's own process (load-process.ts starts it): receives prepared requests from
 * the bench and sends them with load-driver.ts, so that the server measured does not share its
 * main thread with the requests' senders. Messages: see load-process.ts.
 */
import { type BurstOptions, type DriveOptions, driveBurst, driveLoad } from './load-driver.ts';
import type { ToChild, ToParent } from './load-process.ts';

const tell = (message: ToParent) => process.send?.(message);
/** The timed part of a load waits for the parent to say it started its clocks. */
let clocksStarted: (() => void) | null = null;

process.on('message', (message: ToChild) => {
  if (message.kind === 'clocks-started') {
    clocksStarted?.();
    clocksStarted = null;
    return;
  }
  void (async () => {
    try {
      if (message.kind === 'load') {
        const result = await driveLoad(message.options as DriveOptions, () => {
          const started = new Promise<void>((resolve) => {
            clocksStarted = resolve;
          });
          tell({ kind: 'timed', id: message.id });
          return started;
        });
        tell({ kind: 'done', id: message.id, result });
      } else {
        tell({ kind: 'done', id: message.id, result: await driveBurst(message.options as BurstOptions) });
      }
    } catch (error) {
      tell({ kind: 'failed', id: message.id, error: String(error) });
    }
  })();
});
// The parent going away ends this process too (the IPC channel closes).
process.on('disconnect', () => process.exit(0));
tell({ kind: 'ready', id: 0 });
