// The entry of the knowledge worker thread (src/app/knowledge-worker.ts). The program runs its
// TypeScript through tsx (`node --import tsx`), and a worker thread does not inherit that loader
// on every Node version, so the worker registers it itself before loading its TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./knowledge-thread.ts');
