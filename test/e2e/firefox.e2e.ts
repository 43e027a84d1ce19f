// Firefox smoke test: Firefox ESR, headless, runs a test-only Firefox build through `web-ext run`
// and opens a compose page served by a tiny local server. playwright-core cannot drive stock
// Firefox, so the page watches for the status element itself and reports to the server.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { buildInto } from "../support/build.ts";
import { runFirefox, within } from "../support/firefox.ts";
import { type ReportServer, startReportServer } from "../support/report-server.ts";
import { fixture } from "./harness.ts";

// The page reports once the content script has put its status element next to the editor.
const REPORTER = `<script>
  const report = () => {
    if (!document.querySelector("[data-skaidri-status]")) return false;
    fetch("/seen", { method: "POST" });
    return true;
  };
  if (!report()) {
    const observer = new MutationObserver(() => report() && observer.disconnect());
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
</script>`;

let server: ReportServer;
let seen: () => void;
const contentScriptSeen = new Promise<void>((resolve) => {
  seen = resolve;
});

beforeAll(async () => {
  const page = fixture("minimal-compose.html").replace("</body>", `${REPORTER}</body>`);
  server = await startReportServer({
    path: "/compose",
    page,
    onReport(path) {
      if (path === "/seen") seen();
    },
  });
});

afterAll(async () => {
  await server?.close();
});

test("the Firefox build's content script marks a compose body in Firefox ESR", async () => {
  const out = await buildInto(`firefox-smoke-${process.pid}`, { testHost: server.origin });
  const firefox = runFirefox(`${out}/firefox`, `${server.origin}/compose`);
  try {
    await within(
      Promise.race([contentScriptSeen, firefox.exited]),
      45_000,
      () => `The content script did not mark the compose page within 45 s. web-ext said:\n${firefox.log()}`,
    );
  } finally {
    await firefox.stop();
    rmSync(out, { recursive: true, force: true });
  }
  await expect(contentScriptSeen).resolves.toBeUndefined();
}, 90_000);
