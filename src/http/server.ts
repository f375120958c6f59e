import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";
import type { AppEnv } from "./route.ts";

export interface Listening {
  readonly port: number;
  /**
   * Stops accepting connections, lets in-flight requests finish (idle keep-alive connections
   * are closed at once), and after `graceMs` closes whatever is still open. Resolves when the
   * server is fully closed.
   */
  close(graceMs: number): Promise<void>;
}

export function listen(app: Hono<AppEnv>, port: number, hostname: string): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      server.off("error", reject);
      resolve({ port: info.port, close: (graceMs) => close(server, graceMs) });
    }) as Server;
    server.once("error", reject);
  });
}

function close(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
