// The tiny local server of the Firefox end-to-end tests: it serves one fixture page to the
// test-only build (whose content scripts match its host) and takes the page's reports back,
// since playwright-core cannot drive stock Firefox (see firefox.ts).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface ReportServerOptions {
  /** The path the page is served at, e.g. "/compose". */
  path: string;
  /** The page's HTML (its driver or reporter script included). */
  page: string;
  /** Called with each POST's path and body once the body is in; the server answers "ok" after. */
  onReport(path: string, body: string): void;
  /** Scripts the page loads: their text for a path, or null for none (answered 404). */
  asset?(path: string): string | null | Promise<string | null>;
}

export interface ReportServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Every request the server saw, as "METHOD /path", for failure messages. */
  requested: string[];
  close(): Promise<void>;
}

export async function startReportServer(options: ReportServerOptions): Promise<ReportServer> {
  const requested: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    requested.push(`${request.method} ${path}`);
    if (request.method === "POST") {
      let body = "";
      request.on("data", (chunk) => {
        body += chunk;
      });
      request.on("end", () => {
        options.onReport(path, body);
        response.end("ok");
      });
      return;
    }
    void Promise.resolve(options.asset?.(path) ?? null).then((asset) => {
      if (asset !== null) {
        response.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
        response.end(asset);
        return;
      }
      const isPage = path === options.path;
      response.writeHead(isPage ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
      response.end(isPage ? options.page : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requested,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
