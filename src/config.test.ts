import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ConfigError, readConfig } from "./config.ts";

describe("config", () => {
  it("has defaults for everything: port 3000 and the embedded SQLite file", () => {
    const c = readConfig({});
    assert.equal(c.PORT, 3000);
    assert.equal(c.AFTERIMAGE_DATABASE_URL, "sqlite:./data/afterimage.db");
    assert.equal(c.AFTERIMAGE_SEED, "bundled");
    assert.equal(c.AFTERIMAGE_TRUST_PROXY, false);
    assert.equal(c.LOG_LEVEL, "info");
  });

  it("reads overrides, treating empty values as unset", () => {
    const c = readConfig({ PORT: "8080", AFTERIMAGE_DATABASE_URL: "postgres://db/afterimage", AFTERIMAGE_TRUST_PROXY: "1", LOG_LEVEL: "" });
    assert.equal(c.PORT, 8080);
    assert.equal(c.AFTERIMAGE_DATABASE_URL, "postgres://db/afterimage");
    assert.equal(c.AFTERIMAGE_TRUST_PROXY, true);
    assert.equal(c.LOG_LEVEL, "info");
  });

  it("names every bad setting at once", () => {
    assert.throws(
      () => readConfig({ PORT: "70000", AFTERIMAGE_DATABASE_URL: "mysql://x", AFTERIMAGE_RATE_LIMIT_IP: "-1" }),
      (e: unknown) => e instanceof ConfigError && /PORT/.test(e.message) && /AFTERIMAGE_DATABASE_URL/.test(e.message) && /AFTERIMAGE_RATE_LIMIT_IP/.test(e.message),
    );
  });
});
