// Links in plain text, and whether a link is the institution's feedback page.
//
// Comparison (documented in docs/rules.md → feedback-link): the scheme is ignored (http and
// https reach the same page, and mail clients add or drop it), the host is the one the WHATWG
// URL parser finds (as the browser will open it), compared without case and without a leading
// "www.", a default port is dropped, the path is compared exactly
// except for a trailing slash, and the query and fragment are ignored (tracking parameters,
// anchors). A page below the feedback page ("…/atsauksmes/forma") counts as the feedback page.
import { isSpaceCode } from "./text/space.ts";
import type { Span } from "./types.ts";

// http(s) URLs, "www." hosts, and bare hosts of common domains with a path ("vzd.gov.lv/atsauksmes").
// An address's domain ("info@vzd.gov.lv") is not a link: the @ before it rules it out.
// No /i flag: case-insensitive Unicode classes make every position costly on long texts.
const LINK =
  /\b[hH][tT][tT][pP][sS]?:\/\/[^\s<>"'«»“”]+|(?<![\p{L}\p{N}@./-])[wW]{3}\.[^\s<>"'«»“”]+|(?<![\p{L}\p{N}@./-])(?:[A-Za-z0-9-]+\.)+(?:lv|eu|com|org|net|gov|info|LV|EU|COM|ORG|NET|GOV|INFO)\/[^\s<>"'«»“”]*/gu;
// Punctuation that ends a sentence or closes a bracket around a link, not part of it. Removed by
// a loop: `[.,;:!?]+$` is re-tried from every position of a long run (quadratic).
const TRAILING = new Set([...".,;:!?)]}>'\"»”’"]);

function withoutTrailing(url: string): string {
  let end = url.length;
  while (end > 0 && TRAILING.has(url[end - 1]!)) end--;
  return url.slice(0, end);
}

// What every match of LINK contains ("://" and the bare host's path have a "/", the rest
// "www."), and every match of EMAIL ("@"). Neither pattern matches whitespace, and at a run's
// edge its lookbehind sees whitespace or the text's edge alike: so each pattern runs only on
// the whitespace-free runs that hold a marker — the same matches as a scan of the whole text,
// without trying the pattern's lookbehind at every position of a long reply.
const LINK_MARKER = /\/|[wW]{3}\./g;
const EMAIL_MARKER = /@/g;

/** Matches of `pattern` (global) in region, run by run around each marker; offsets in region. */
function matchesAround(pattern: RegExp, marker: RegExp, region: string, found: (index: number, match: string) => void): void {
  let done = 0; // the region before this is scanned
  marker.lastIndex = 0;
  for (let m = marker.exec(region); m; m = marker.exec(region)) {
    if (m.index < done) continue;
    let s = m.index;
    while (s > done && !isSpaceCode(region.charCodeAt(s - 1))) s--;
    let e = m.index + m[0].length;
    while (e < region.length && !isSpaceCode(region.charCodeAt(e))) e++;
    const run = region.slice(s, e);
    pattern.lastIndex = 0;
    for (let p = pattern.exec(run); p; p = pattern.exec(run)) found(s + p.index, p[0]);
    done = e;
    marker.lastIndex = e;
  }
}

/** Links inside text[from, to), trailing punctuation excluded. */
export function findLinks(text: string, from: number, to: number): (Span & { url: string })[] {
  const region = text.slice(from, to);
  const out: (Span & { url: string })[] = [];
  matchesAround(LINK, LINK_MARKER, region, (index, match) => {
    const url = withoutTrailing(match);
    if (url.length > 0) out.push({ start: from + index, end: from + index + url.length, url });
  });
  return out;
}

// An e-mail address; the lookbehind anchors a match at the start of its run (linear).
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/**
 * Links and e-mail addresses inside text[from, to), sorted and merged: text no wording rule may
 * touch (a fix inside "https://…/struktūrvienība" or "strukturvieniba@…" would break the link).
 */
export function addressSpans(text: string, from: number, to: number): Span[] {
  const found: Span[] = findLinks(text, from, to).map(({ start, end }) => ({ start, end }));
  const region = text.slice(from, to);
  matchesAround(EMAIL, EMAIL_MARKER, region, (index, match) => found.push({ start: from + index, end: from + index + match.length }));
  found.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of found) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

interface PageKey {
  host: string;
  path: string;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The parts of a URL that name the page (see the comparison above), or null. The host is the
 * one a browser would open: parsed by the WHATWG URL parser, so "https://evil.example\@iestade.gov.lv/"
 * is evil.example (a backslash is a slash in http URLs) and "https://iestade.gov.lv@evil.example/"
 * is evil.example too.
 */
export function pageKey(url: string): PageKey | null {
  const trimmed = url.trim();
  if (!trimmed) return null;
  const withScheme = SCHEME.test(trimmed) && !/^[^:/]+:\d/.test(trimmed) ? trimmed : `https://${trimmed}`;
  let parsed: URL;
  try {
    parsed = new URL(withScheme);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  // host keeps a non-default port (the parser drops :443 and :80).
  const host = parsed.host.replace(/^www\./, "").replace(/\.(?=:|$)/, "");
  if (!host) return null;
  let path = parsed.pathname;
  try {
    path = decodeURI(path);
  } catch {
    // A malformed escape: compare as written.
  }
  let end = path.length;
  while (end > 0 && path[end - 1] === "/") end--;
  return { host, path: path.slice(0, end) };
}

/** Whether `link` leads to the feedback page `feedbackUrl`. */
export function isFeedbackPage(link: string, feedbackUrl: string): boolean {
  const a = pageKey(link);
  const b = pageKey(feedbackUrl);
  if (!a || !b || a.host !== b.host) return false;
  return a.path === b.path || a.path.startsWith(`${b.path}/`);
}
