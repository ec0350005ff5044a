# The bot and the HTTP interactions server in one image (see README, "Running at scale").
#   docker build -t deir-bot .
#   gateway bot: docker run ... deir-bot                      (npm start: one process, or SHARD_COUNT)
#   HTTP server: docker run ... deir-bot node --v8-pool-size=1 --import tsx src/http/main.ts
#
# tsx is a dependency, not a devDependency: it is how the program runs (no build step), so
# `npm ci --omit=dev` keeps it and leaves out the type checker, the linter and the tests.

# --- dependencies: better-sqlite3 is compiled here when no prebuilt binary can be downloaded ---
FROM node:20-slim AS deps
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# --- runtime: no compilers -----------------------------------------------------------------
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY src ./src
COPY commands ./commands
COPY knowledge ./knowledge
# data/ (the SQLite file) and knowledge/ (edited by /kb) are written at run time: mount volumes
# there so that they outlive the container. The app runs as the unprivileged `node` user.
RUN mkdir -p data && chown -R node:node data knowledge
USER node
VOLUME ["/app/data", "/app/knowledge"]
EXPOSE 8080
# node itself (tsx as a loader), not `npm start`: it receives SIGTERM from `docker stop` directly
# and shuts down cleanly.
CMD ["node", "--v8-pool-size=1", "--import", "tsx", "src/main.ts"]
