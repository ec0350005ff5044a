# The bot and the HTTP interactions server in one image (see README, "Docker"; compose.yaml runs
# both on one box).
#   docker build -t deir-bot .
#   gateway bot: docker run ... deir-bot                      (npm start: one process, or SHARD_COUNT)
#   HTTP server: docker run ... deir-bot node --v8-pool-size=1 dist/src/http/main.js
#
# The program runs compiled (dist/, built in the `build` stage with the TypeScript devDependency).
# The runtime image has `npm ci --omit=dev`: no type checker, linter, tests or pino-pretty (the
# image logs JSON lines); tsx, a dependency, stays for the npm scripts that still run TypeScript
# (deploy-commands, knowledge:*).
#
# Not built where it was written (no Docker engine there); checked by hand against hadolint's
# rules, which neither Debian nor the npm registry could provide (see README, "Docker").

ARG NODE_IMAGE=node:24-bookworm-slim

# --- dependencies: better-sqlite3 is compiled here when no prebuilt binary can be downloaded ---
FROM ${NODE_IMAGE} AS deps
# Debian's versions of the build tools are whatever the base image's release ships: not pinned.
# hadolint ignore=DL3008
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# npm ci runs the `prepare` script (scripts/build.mjs --prepare): without TypeScript it only says so.
COPY scripts ./scripts
RUN npm ci --omit=dev --no-audit --no-fund

# --- build: src/ and commands/ compiled to dist/ (tsc; nothing native, so no install scripts) --
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY commands ./commands
RUN node scripts/build.mjs

# --- runtime: no compilers -----------------------------------------------------------------
FROM ${NODE_IMAGE}
# HEALTH_PORT: the gateway bot's probe (GET /healthz on 127.0.0.1), which HEALTHCHECK asks.
ENV NODE_ENV=production \
    HEALTH_PORT=8081
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY --from=build /app/dist ./dist
# The TypeScript too: the health check (below) and the npm scripts that run it with tsx.
COPY scripts ./scripts
COPY src ./src
COPY commands ./commands
COPY knowledge ./knowledge
# data/ (the SQLite file) and knowledge/ (edited by /kb) are written at run time: mount volumes
# there so that they outlive the container. The app runs as the unprivileged `node` user.
RUN mkdir -p data && chown -R node:node data knowledge
USER node
VOLUME ["/app/data", "/app/knowledge"]
# The HTTP interactions server's port (npm run start:http); the gateway bot listens on none
# (its health probe is on 127.0.0.1, inside the container).
EXPOSE 8080
# src/healthcheck.ts asks the gateway bot's probe, or else the interactions server: one check for
# either program. Node 24 runs it directly (type stripping), without tsx.
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 \
  CMD ["node", "src/healthcheck.ts"]
# node itself on the compiled program, not `npm start`: it receives SIGTERM from `docker stop`
# directly and shuts down cleanly within 10 s (docker stop waits 10 s before SIGKILL; compose.yaml
# gives 15).
CMD ["node", "--v8-pool-size=1", "dist/src/main.js"]
