// Issue 16 in Firefox ESR: an institution host (policy webmailHosts in a real policies.json) gets
// the content script from the background's scripting registration, with the adapter its kind
// names. The institution's build grants the host (scripts/build.mjs --webmail-host). The host is
// served by a local HTTPS server: Firefox resolves it to 127.0.0.1 (network.dns.localDomains) and
// trusts the test's own CA through the same policies.json (Certificates.Install). The page types
// with and without the policy's term and reports the chip's count back (playwright-core cannot
// drive stock Firefox). policies.json is machine-wide: test/support/managed-policy.ts moves a
// foreign one aside and restores it, and removes ours on every way out.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { GECKO_ID } from "../../src/cli/policy.ts";
import { buildInto } from "../support/build.ts";
import { findFirefox, runFirefox, within } from "../support/firefox.ts";
import { firefoxPolicyFile, type PolicyFile, snapshotPolicyFolder } from "../support/managed-policy.ts";
import { fixture } from "./harness.ts";

const POLICY_DIR = process.env.SKAIDRI_FIREFOX_POLICY_DIR ?? "/etc/firefox/policies";
const HOST = "pasts.iestade.test.lv";
const before = snapshotPolicyFolder(POLICY_DIR);

/** A CA and a certificate for HOST signed by it (Firefox refuses a self-signed end-entity certificate). */
function makeCertificates(dir: string): { ca: string; key: string; cert: string } {
  const run = (...args: string[]) => execFileSync("openssl", args, { cwd: dir, stdio: "pipe" });
  run("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=Skaidri e2e CA");
  run("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "host.key", "-out", "host.csr", "-subj", `/CN=${HOST}`);
  const ext = join(dir, "ext.cnf");
  execFileSync("sh", ["-c", `printf 'subjectAltName=DNS:${HOST}\\nbasicConstraints=CA:FALSE\\n' > ${ext}`]);
  run("x509", "-req", "-in", "host.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "host.pem", "-days", "2", "-extfile", ext);
  return { ca: join(dir, "ca.pem"), key: readFileSync(join(dir, "host.key"), "utf8"), cert: readFileSync(join(dir, "host.pem"), "utf8") };
}

const REPORTER = `<script>
  const editor = document.querySelector('[contenteditable="true"]');
  const count = () => Number(document.querySelector("[data-skaidri-status]")?.getAttribute("data-count") ?? -1);
  const settle = async () => { let last = -2, same = 0; while (same < 10) { await new Promise((r) => setTimeout(r, 100)); const c = count(); same = c === last ? same + 1 : 0; last = c; } return last; };
  const write = async (text) => { editor.focus(); editor.textContent = text; editor.dispatchEvent(new InputEvent("input", { bubbles: true })); return settle(); };
  (async () => {
    const started = Date.now();
    while (!document.querySelector("[data-skaidri-status]") && Date.now() - started < 20000) await new Promise((r) => setTimeout(r, 100));
    const chip = !!document.querySelector("[data-skaidri-status]");
    const plain = chip ? await write("Labdien! Jautājumu varam nodot tālāk.") : -1;
    const jargon = chip ? await write("Labdien! Jautājumu varam ekskalēt tālāk.") : -1;
    fetch("/report", { method: "POST", body: JSON.stringify({ chip, plain, jargon }) });
  })();
</script>`;

describe("institution webmail host in Firefox ESR (policies.json)", () => {
  let temp: string;
  let server: Server;
  let policy: PolicyFile | undefined;
  let out: string;
  let report: (value: { chip: boolean; plain: number; jargon: number }) => void;
  const reported = new Promise<{ chip: boolean; plain: number; jargon: number }>((resolve) => {
    report = resolve;
  });

  beforeAll(async () => {
    findFirefox();
    temp = mkdtempSync(join(tmpdir(), "skaidri-ff-hosts-"));
    const { ca, key, cert } = makeCertificates(temp);
    const page = fixture("minimal-compose.html").replace("</body>", `${REPORTER}</body>`);
    server = createServer({ key, cert }, (request, response) => {
      if (request.method === "POST" && request.url === "/report") {
        let body = "";
        request.on("data", (chunk) => {
          body += chunk;
        });
        request.on("end", () => {
          report(JSON.parse(body));
          response.end("ok");
        });
        return;
      }
      const isPage = request.url === "/owa/";
      response.writeHead(isPage ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
      response.end(isPage ? page : "");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    policy = firefoxPolicyFile(POLICY_DIR);
    policy.write({
      policies: {
        Certificates: { Install: [ca] },
        "3rdparty": {
          Extensions: {
            [GECKO_ID]: { institution: "Valsts testa dienests", glossary: [{ term: "ekskalēt", suggestion: "nodot" }], webmailHosts: [{ host: HOST, kind: "generic" }] },
          },
        },
      },
    });
    out = await buildInto(`institution-hosts-firefox-${process.pid}`, { webmailHosts: [HOST] });
  }, 120_000);

  afterAll(async () => {
    policy?.cleanup();
    await new Promise((resolve) => server?.close(resolve));
    if (temp) rmSync(temp, { recursive: true, force: true });
    if (out) rmSync(out, { recursive: true, force: true });
    expect(snapshotPolicyFolder(POLICY_DIR)).toEqual(before);
  });

  test("the listed host runs Skaidri with the policy's glossary", async () => {
    const port = (server.address() as AddressInfo).port;
    const firefox = runFirefox(join(out, "firefox"), `https://${HOST}:${port}/owa/`, { "network.dns.localDomains": HOST, "extensions.originControls.grantByDefault": true });
    try {
      const result = await within(reported, 90_000, () => `No report from https://${HOST}:${port}/owa/ within 90 s. web-ext said:\n${firefox.log()}`);
      expect(result.chip).toBe(true);
      expect(result.plain).toBeGreaterThanOrEqual(0);
      expect(result.jargon).toBe(result.plain + 1);
    } finally {
      await firefox.stop();
    }
  }, 150_000);
});
