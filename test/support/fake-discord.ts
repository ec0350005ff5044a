/** The fake Discord (REST API and gateway on 127.0.0.1); it lives in `fake-discord/`, see its index.ts. */
export * from './fake-discord/index.ts';
