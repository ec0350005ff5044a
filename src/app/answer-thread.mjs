// The entry of an answer thread (src/app/answer-threads.ts). The program runs its TypeScript
// through tsx (`node --import tsx`), and a worker thread does not inherit that loader on every
// Node version, so the thread registers it itself before loading its TypeScript body.
import { register } from 'tsx/esm/api';

register();
await import('./answer-thread.ts');
