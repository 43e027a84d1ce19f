// A real https:// address for Firefox tests without any network — what Playwright's route() is
// for Chromium. Firefox is pointed at a local proxy (prefs below); the proxy answers CONNECT for
// the one host under test by handing the tunnel to an in-process HTTPS server with a fresh
// self-signed certificate (openssl, made per run; the BiDi session accepts it with
// acceptInsecureCerts). Every other host is refused, and every host asked for is recorded, so a
// test can assert that nothing left the machine.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpServer } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RoutedHttps {
  /** Firefox preferences that send every request through the proxy. */
  prefs: Record<string, string | number | boolean>;
  /** Every "host:port" Firefox asked the proxy for, in order. */
  asked: string[];
  close(): Promise<void>;
}

export interface RoutedHttpsOptions {
  /** The one host served, e.g. pasts.iestade.test.lv (port 443). */
  host: string;
  /** The answer for a path: its content type and body, or null for 404. */
  respond(path: string): Promise<{ type: string; body: string } | null> | { type: string; body: string } | null;
  /** Called with each POST's path and body. */
  onPost?(path: string, body: string): void;
}

function selfSignedCertificate(host: string): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), "skaidri-cert-"));
  try {
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
      "-subj", `/CN=${host}`, "-addext", `subjectAltName=DNS:${host}`,
      "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"),
    ], { stdio: "ignore" });
    return { key: readFileSync(join(dir, "key.pem"), "utf8"), cert: readFileSync(join(dir, "cert.pem"), "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startRoutedHttps(options: RoutedHttpsOptions): Promise<RoutedHttps> {
  const asked: string[] = [];
  const site = createHttpsServer(selfSignedCertificate(options.host), (request, response) => {
    const path = new URL(request.url ?? "/", "https://x").pathname;
    if (request.method === "POST") {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        options.onPost?.(path, body);
        response.end("ok");
      });
      return;
    }
    void Promise.resolve(options.respond(path)).then((answer) => {
      response.writeHead(answer ? 200 : 404, { "content-type": answer?.type ?? "text/plain" });
      response.end(answer?.body ?? "");
    });
  });
  const sockets = new Set<Socket>();
  const proxy = createHttpServer((request, response) => {
    asked.push(request.headers.host ?? String(request.url));
    response.writeHead(502).end(); // Plain http: nothing is served.
  });
  proxy.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  });
  proxy.on("connect", (request, socket: Socket) => {
    const target = String(request.url);
    asked.push(target);
    if (target !== `${options.host}:443`) {
      socket.end("HTTP/1.1 403 Forbidden\r\n\r\n");
      return;
    }
    socket.write("HTTP/1.1 200 Connection Established\r\n\r\n");
    site.emit("connection", socket);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const port = (proxy.address() as AddressInfo).port;
  return {
    prefs: {
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": port,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": port,
      "network.proxy.no_proxies_on": "",
      "network.proxy.allow_hijacking_localhost": true,
      "network.trr.mode": 5,
    },
    asked,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      site.close();
    },
  };
}
