// The institution of the institution-host tests (Chromium: test/e2e/institution-hosts.e2e.ts,
// Firefox: test/e2e/policy-firefox-hosts.e2e.ts): its own Outlook on the web, routed on a test
// host name, and the managed policy that names it.
export const HOST = "pasts.iestade.test.lv";
export const OWA = `https://${HOST}/owa/`;
/** The RoosterJS editor of the Outlook fixture. */
export const EDITOR = 'div[contenteditable="true"][role="textbox"][aria-multiline="true"]';
export const POLICY = {
  institution: "Valsts testa dienests",
  glossary: [{ term: "ekskalēt", suggestion: "nodot augstākai instancei" }],
  rules: { jargon: "error" },
  webmailHosts: [{ host: HOST, kind: "outlook" }],
};
