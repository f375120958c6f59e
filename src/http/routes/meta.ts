import type { ApiDeps } from "../deps.ts";
import { ApiError } from "../problems.ts";
import { route, type Route } from "../route.ts";
import { HealthBody } from "../schemas.ts";

/** Liveness and readiness for load balancers and orchestrators. */
export function metaRoutes({ store, accepting = () => true }: ApiDeps): Route[] {
  return [
    route({
      method: "get",
      path: "/healthz",
      operationId: "health",
      summary: "Liveness: the process answers",
      tag: "operations",
      responses: { 200: { description: "Alive", schema: HealthBody } },
      problems: [],
      handler: (c) => c.json({ status: "ok" }),
    }),
    route({
      method: "get",
      path: "/readyz",
      operationId: "ready",
      summary: "Readiness: the database answers and the node is not shutting down",
      tag: "operations",
      responses: { 200: { description: "Ready for traffic", schema: HealthBody } },
      problems: ["unavailable"],
      handler: async (c) => {
        if (!accepting()) throw new ApiError("unavailable", "shutting down");
        try {
          await store.ping();
        } catch {
          throw new ApiError("unavailable", "the database does not answer");
        }
        return c.json({ status: "ready" });
      },
    }),
  ];
}
