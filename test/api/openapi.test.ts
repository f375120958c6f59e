/** /openapi.json: OpenAPI 3.1, generated from the zod schemas the routes validate with. */
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { z } from "zod";
import { apiRoutes } from "../../src/http/app.ts";
import { createLogger } from "../../src/http/logging.ts";
import { KnownBody } from "../../src/http/schemas.ts";
import { storyJsonSchema } from "../../src/model/json-schema.ts";
import { apiHarness, type Harness } from "./support/api.ts";

describe("API: OpenAPI document", () => {
  let api: Harness;
  let doc: any;
  before(async () => {
    api = await apiHarness({ bundled: false });
    doc = (await api.get("/openapi.json")).json;
  });
  after(() => api.done());

  it("is OpenAPI 3.1 with JSON Schema 2020-12", () => {
    assert.equal(doc.openapi, "3.1.0");
    assert.equal(doc.jsonSchemaDialect, "https://json-schema.org/draft/2020-12/schema");
    assert.ok(doc.info.title && doc.info.version);
  });

  it("describes every route once, with its path parameters", () => {
    const routes = apiRoutes({ store: api.store, cache: api.cache, logger: createLogger("silent") });
    const ids = new Set<string>();
    for (const r of routes) {
      const op = doc.paths[r.path]?.[r.method];
      assert.ok(op, `${r.method} ${r.path} is missing`);
      assert.ok(!ids.has(op.operationId), `duplicate ${op.operationId}`);
      ids.add(op.operationId);
      const declared = (op.parameters ?? []).filter((p: { in: string }) => p.in === "path").map((p: { name: string }) => p.name).sort();
      const inTemplate = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      assert.deepEqual(declared, inTemplate, `${r.path} path parameters`);
      assert.ok(op.responses["500"], `${op.operationId} documents 500`);
    }
    for (const must of ["/v1/works", "/v1/works/{id}", "/v1/works/{id}/known", "/v1/works/{id}/characters/{entity}", "/v1/works/{id}/timeline", "/v1/works/{id}/reality", "/v1/works/{id}/ask", "/v1/works/{id}/next", "/v1/check", "/v1/check/batch", "/v1/readers/me/progress/{id}", "/healthz", "/readyz"]) {
      assert.ok(doc.paths[must], `${must} is documented`);
    }
  });

  it("has every $ref resolve to a component", () => {
    const refs: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        for (const [k, x] of Object.entries(v)) {
          if (k === "$ref" && typeof x === "string") refs.push(x);
          else walk(x);
        }
      }
    };
    walk(doc);
    assert.ok(refs.length > 20);
    for (const ref of refs) {
      const name = /^#\/components\/schemas\/(.+)$/.exec(ref)?.[1];
      assert.ok(name && doc.components.schemas[name], `dangling ${ref}`);
    }
  });

  it("is generated from the same zod schemas: components match the validators", () => {
    const known = z.toJSONSchema(KnownBody, { target: "draft-2020-12" }) as { properties: object; required: string[] };
    assert.deepEqual(doc.components.schemas.Known.properties, known.properties);
    assert.deepEqual(doc.components.schemas.Known.required, known.required);
    const { $id: _i, title: _t, $schema: _s, ...story } = storyJsonSchema() as Record<string, unknown>;
    assert.deepEqual(doc.components.schemas.StoryFile, story, "the story file body is the model's own schema");
    const put = doc.paths["/v1/works/{id}"].put;
    assert.deepEqual(Object.keys(put.requestBody.content).sort(), ["application/json", "application/x-yaml", "application/yaml", "text/plain", "text/yaml"]);
    assert.deepEqual(put.security, [{ apiKey: [] }]);
    const check = doc.paths["/v1/check"].post;
    assert.equal(check.requestBody.content["application/json"].schema.$ref, "#/components/schemas/CheckRequest");
    assert.ok(doc.components.schemas.CheckRequest.properties.text);
  });

  it("documents problems as problem+json", () => {
    const op = doc.paths["/v1/works/{id}/known"].get;
    assert.equal(op.responses["404"].content["application/problem+json"].schema.$ref, "#/components/schemas/Problem");
    assert.match(op.responses["404"].description, /unknown-work/);
    assert.ok(op.responses["400"] && op.responses["429"]);
  });
});
