// Links in plain text, and whether a link is the institution's feedback page.
//
// Comparison (documented in docs/rules.md → feedback-link): the scheme is ignored (http and
// https reach the same page, and mail clients add or drop it), the host is compared without
// case and without a leading "www.", a default port is dropped, the path is compared exactly
// except for a trailing slash, and the query and fragment are ignored (tracking parameters,
// anchors). A page below the feedback page ("…/atsauksmes/forma") counts as the feedback page.
import type { Span } from "./types.ts";

// http(s) URLs, "www." hosts, and bare hosts of common domains with a path ("vzd.gov.lv/atsauksmes").
// An address's domain ("info@vzd.gov.lv") is not a link: the @ before it rules it out.
// No /i flag: case-insensitive Unicode classes make every position costly on long texts.
const LINK =
  /\b[hH][tT][tT][pP][sS]?:\/\/[^\s<>"'«»“”]+|(?<![\p{L}\p{N}@./-])[wW]{3}\.[^\s<>"'«»“”]+|(?<![\p{L}\p{N}@./-])(?:[A-Za-z0-9-]+\.)+(?:lv|eu|com|org|net|gov|info|LV|EU|COM|ORG|NET|GOV|INFO)\/[^\s<>"'«»“”]*/gu;
const TRAILING = /[.,;:!?)\]}>'"»”]+$/;

/** Links inside text[from, to), trailing punctuation excluded. */
export function findLinks(text: string, from: number, to: number): (Span & { url: string })[] {
  const region = text.slice(from, to);
  const out: (Span & { url: string })[] = [];
  LINK.lastIndex = 0;
  for (let m = LINK.exec(region); m; m = LINK.exec(region)) {
    const url = m[0].replace(TRAILING, "");
    if (url.length === 0) continue;
    out.push({ start: from + m.index, end: from + m.index + url.length, url });
  }
  return out;
}

interface PageKey {
  host: string;
  path: string;
}

const URL_PARTS = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#\s]*)([^?#\s]*)/i;

/** The parts of a URL that name the page (see the comparison above), or null. */
export function pageKey(url: string): PageKey | null {
  const m = URL_PARTS.exec(url.trim());
  if (!m) return null;
  let host = (m[1] ?? "").toLowerCase().replace(/^[^@]*@/, "");
  host = host.replace(/:(?:80|443)$/, "").replace(/^www\./, "").replace(/\.$/, "");
  if (!host) return null;
  let path = m[2] ?? "";
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape: compare as written.
  }
  return { host, path: path.replace(/\/+$/, "") };
}

/** Whether `link` leads to the feedback page `feedbackUrl`. */
export function isFeedbackPage(link: string, feedbackUrl: string): boolean {
  const a = pageKey(link);
  const b = pageKey(feedbackUrl);
  if (!a || !b || a.host !== b.host) return false;
  return a.path === b.path || a.path.startsWith(`${b.path}/`);
}
