/**
 * The product's main job (`npm start`): read the settings, open the database and migrate it,
 * seed the bundled works, serve the API and the pages, and on SIGTERM or SIGINT stop taking
 * new requests, finish the ones in flight, close the database and exit.
 */
import { ConfigError, readConfig, type Config } from "./config.ts";
import { createApp } from "./http/app.ts";
import { createLogger } from "./http/logging.ts";
import { listen } from "./http/server.ts";
import { loadClassifier } from "./spoilers/classifier/load.ts";
import { openStore, redactUrl } from "./store/open.ts";
import { seedBundled } from "./store/seed.ts";
import { WorkCache } from "./store/work-cache.ts";

function configOrExit(): Config {
  try {
    return readConfig();
  } catch (e) {
    process.stderr.write(`afterimage: ${e instanceof ConfigError ? e.message : String(e)}\n`);
    process.exit(2);
  }
}

const config = configOrExit();
const log = createLogger(config.LOG_LEVEL);
const database = redactUrl(config.AFTERIMAGE_DATABASE_URL);

async function start() {
  const store = await openStore(config.AFTERIMAGE_DATABASE_URL, {
    poolSize: config.AFTERIMAGE_DATABASE_POOL,
    onBackgroundError: (err) => log.warn({ err }, "database connection error"),
  });
  const migrated = await store.migrate();
  log.info({ database, applied: migrated.applied, schema: migrated.version }, "database ready");
  if (config.AFTERIMAGE_SEED === "bundled") {
    const seeded = await seedBundled(store, undefined, (message) => log.warn(message));
    log.info(seeded, "bundled works seeded");
  }
  const cache = new WorkCache(store, {
    ttlMs: config.AFTERIMAGE_CACHE_TTL_MS,
    onBroken: (work, version, err) => log.error({ work, version, err: { message: err.message } }, "a stored work no longer compiles"),
  });
  const classifier = loadGenericClassifier();
  let accepting = true;
  const app = createApp({
    store,
    cache,
    logger: log,
    accepting: () => accepting,
    ...(classifier ? { classifier } : {}),
    limits: { perIp: config.AFTERIMAGE_RATE_LIMIT_IP, perKey: config.AFTERIMAGE_RATE_LIMIT_KEY, trustProxy: config.AFTERIMAGE_TRUST_PROXY },
  });
  await cache.all(); // compile every work before the first request
  const server = await listen(app, config.PORT, config.HOST);
  log.info({ port: server.port, url: `http://localhost:${server.port}` }, "listening");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    accepting = false;
    log.info({ signal }, "shutting down: finishing in-flight requests");
    await server.close(config.AFTERIMAGE_SHUTDOWN_TIMEOUT_MS);
    await store.close();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

/** The generic spoiler classifier (~0.3 s to load): checks without a work need it, and it votes in the others. */
function loadGenericClassifier() {
  try {
    return loadClassifier();
  } catch (err) {
    log.warn({ err: { message: (err as Error).message } }, "the generic spoiler classifier could not be loaded: checks need a work");
    return undefined;
  }
}

start().catch((err: unknown) => {
  log.fatal({ err: err instanceof Error ? { message: err.message } : String(err), database }, "could not start");
  process.exit(1);
});
