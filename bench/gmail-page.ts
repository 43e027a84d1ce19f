// Generated Gmail pages for the browser benchmark, served on https://mail.google.com/ by
// route interception. The markup follows the structure the Gmail adapter keys on
// (shared/WEBMAIL.md → Gmail; test/fixtures/gmail-reply-expanded.html): an inline reply
// `.ip.adB > .M9` with the editor `td.Ap [g_editable=true][contenteditable]`,
// `div.gmail_signature[data-smartmail]`, quoted history in `div.gmail_quote` with
// `div.gmail_attr` and nested `blockquote.gmail_quote`, the Send button under `.IZ .Up`,
// Latvian UI labels. Content comes from bench/inputs.ts (seeded).
import { bodyText, CLOSING, glossary, quotedThread, SIGNATURE } from "./inputs.ts";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Gmail writes one <div> per line and <div><br></div> for an empty line. */
function lines(text: string): string {
  return text
    .split("\n")
    .map((l) => (l ? `<div>${esc(l)}</div>` : "<div><br></div>"))
    .join("");
}

const QUOTE_STYLE = "margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex";

function quoteHtml(words: number): string {
  const { header, messages } = quotedThread(words);
  // Newest first, each older message nested one level deeper, as Gmail does.
  let inner = "";
  for (let i = messages.length - 1; i >= 0; i--) {
    const body = messages[i]!.split("\n\n").map((p) => `<div>${esc(p)}</div><div><br></div>`).join("");
    const nested = inner ? `<br><div class="gmail_quote gmail_quote_container">${inner}</div>` : "";
    inner = `<div dir="ltr" class="gmail_attr">${esc(header)}<br></div><blockquote class="gmail_quote" style="${QUOTE_STYLE}"><div dir="ltr">${body}</div>${nested}</blockquote>`;
  }
  return `<div class="gmail_quote gmail_quote_container">${inner}</div>`;
}

function inboxRows(count: number, seed = 1): string {
  const rows: string[] = [];
  const subjects = glossary(50).map((e) => e.term);
  for (let i = 0; i < count; i++) {
    const subject = `Par ${subjects[(i * 7 + seed) % subjects.length]} Nr. ${1000 + i}`;
    rows.push(
      `<tr class="zA ${i % 3 ? "yO" : "zE"}" role="row" id=":r${i}" tabindex="-1">` +
        `<td class="oZ-x3 xY"><div role="checkbox" aria-checked="false" class="oZ-jc T-Jo J-J5-Ji"></div></td>` +
        `<td class="yX xY"><div class="yW"><span class="bA4"><span translate="no" class="zF" email="klients${i}@example.lv" name="Klients ${i}">Klients ${i}</span></span></div></td>` +
        `<td class="xY a4W"><div class="xS" role="link"><div class="xT"><span class="bog"><span>${esc(subject)}</span></span><span class="y2"> - Labdien, lūdzu, sniedziet informāciju par iesnieguma izskatīšanas gaitu…</span></div></div></td>` +
        `<td class="xW xY"><span title="2026. gada 20. nov., 10:${String(i % 60).padStart(2, "0")}"><span>10:${String(i % 60).padStart(2, "0")}</span></span></td>` +
        `</tr>`,
    );
  }
  return rows.join("");
}

function shell(title: string, main: string, extra = ""): string {
  return `<!doctype html><html lang="lv"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:14px Arial,sans-serif;margin:0}table.F{table-layout:fixed;width:100%}.zA td{padding:2px 6px;white-space:nowrap;overflow:hidden;max-width:600px}
td.Ap [g_editable]{padding:8px;max-width:900px}</style></head>
<body><div class="nH"><div class="nH oy8Mbf" role="navigation"><div class="aic"><div class="z0"><div role="button" class="T-I T-I-KE L3">Rakstīt</div></div></div></div>
<div class="nH" role="main">${main}</div></div>${extra}</body></html>`;
}

export interface ReplyPage {
  html: string;
  /** Selector of the paragraph at whose end the benchmark types (the reply's last body paragraph). */
  caretSelector: string;
}

/** A Gmail reply of `replyWords` words (greeting, body, closing, signature) above a quoted thread of `quoteWords`. */
export function gmailReplyPage(replyWords = 1_000, quoteWords = 20_000): ReplyPage {
  const body = bodyText(replyWords - 40, { seed: 0x5eed_4000 + replyWords });
  const paragraphs = body.split("\n\n");
  const bodyHtml = paragraphs
    .map((p, i) => `<div${i === paragraphs.length - 1 ? ' data-bench="caret"' : ""}>${esc(p)}</div><div><br></div>`)
    .join("");
  const [name, ...sigLines] = SIGNATURE.trim().split("\n");
  const editor =
    `<div dir="ltr">Labdien, Jāni!</div><div><br></div>${bodyHtml}${lines(CLOSING.trimEnd())}<div><br></div>` +
    `<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">${esc(name!)}${sigLines.map((l) => `<div>${esc(l)}</div>`).join("")}</div></div>` +
    `<br>${quoteHtml(quoteWords)}`;
  // An inline reply under the thread's last message (`.ip.adB > .M9`), as in
  // test/fixtures/gmail-reply-expanded.html, with the quote expanded inside the editor.
  const compose = `<div class="ip adB"><div class="M9">
<div class="aoD hl"><div class="aoI"><div class="fX aiL"><span class="vN bfK a3q" email="janis.ozols@example.lv" role="option">Jānis Ozols</span><input class="agP aFw" type="text" role="combobox" aria-label="Kam adresāti" autocomplete="off"></div></div></div>
<input type="hidden" name="subjectbox" value="Re: Par iesnieguma izskatīšanu">
<table class="iN"><tbody><tr><td class="Ap"><div class="Ar Au" style="display: block;"><div id=":v3" class="Am aiL Al editable LW-avf tS-tW" hidefocus="true" aria-label="Ziņojuma pamatteksts" g_editable="true" role="textbox" aria-multiline="true" contenteditable="true" tabindex="1" spellcheck="false" style="direction: ltr; min-height: 120px;">${editor}</div></div>
<div class="Ar As aXjCH" style="display: none;"><textarea class="Ak aXjCH" aria-label="Ziņojuma pamatteksts" tabindex="-1"></textarea></div></td></tr></tbody></table>
<table class="IZ" role="group"><tbody><tr class="btC"><td class="gU Up"><div class="J-J5-Ji btA"><div class="J-J5-Ji"><div role="button" class="T-I J-J5-Ji aoO v7 T-I-atl L3" tabindex="1" data-tooltip="Sūtīt ‪(Ctrl-Enter)‬" aria-label="Sūtīt ‪(Ctrl-Enter)‬">Sūtīt</div></div></div></td></tr></tbody></table>
</div></div>`;
  const thread = `<div class="nH g id"><div class="nH ar4 z"><h2 class="hP" tabindex="-1">Par iesnieguma izskatīšanu</h2>
<div class="adn ads"><div class="gs"><h3 class="iw"><span class="gD" email="janis.ozols@example.lv" name="Jānis Ozols">Jānis Ozols</span></h3>
<div class="ii gt"><div class="a3s aiL"><div dir="ltr">Labdien!<br><br>Lūdzu, sniedziet informāciju par mana iesnieguma izskatīšanas gaitu.<br><br>Jānis</div></div></div></div></div>
${compose}</div></div>`;
  return { html: shell("Re: Par iesnieguma izskatīšanu - anna.berzina@vid.gov.lv - Gmail", thread), caretSelector: '[data-bench="caret"]' };
}

export interface InboxOptions {
  rows?: number;
  /** Milliseconds between mutation batches. */
  intervalMs?: number;
  /** Rows changed per batch (read/unread toggle and a new time text). */
  rowsPerBatch?: number;
}

/**
 * A busy Gmail inbox without any compose: thousands of rows; a page script mutates it in
 * batches (each batch a separate task: rows toggled read/unread with new time text, and
 * every 10th batch a new row arriving at the top and the last one leaving). The page counts
 * batches with its own MutationObserver in `window.__benchBatches` and starts when
 * `window.__benchStart()` is called, stops on `window.__benchStop()`.
 */
export function gmailInboxPage(options: InboxOptions = {}): string {
  const rows = options.rows ?? 5_000;
  const interval = options.intervalMs ?? 20;
  const perBatch = options.rowsPerBatch ?? 40;
  const script = `<script>
(() => {
  let timer = 0, tick = 0, seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  window.__benchBatches = 0;
  new MutationObserver(() => { window.__benchBatches++; }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
  const tbody = document.querySelector("table.F tbody");
  function batch() {
    tick++;
    const all = tbody.rows;
    for (let i = 0; i < ${perBatch}; i++) {
      const row = all[Math.floor(rand() * all.length)];
      row.classList.toggle("zE"); row.classList.toggle("yO");
      row.cells[3].firstChild.firstChild.textContent = "10:" + String(tick % 60).padStart(2, "0");
    }
    if (tick % 10 === 0) {
      const fresh = all[all.length - 1];
      fresh.remove();
      fresh.id = ":n" + tick;
      tbody.prepend(fresh);
    }
  }
  window.__benchStart = () => { window.__benchBatches = 0; timer = setInterval(batch, ${interval}); };
  window.__benchStop = () => clearInterval(timer);
})();
</script>`;
  const main = `<table class="F cf zt"><tbody>${inboxRows(rows)}</tbody></table>`;
  return shell("Iesūtne (1 234) - anna.berzina@vid.gov.lv - Gmail", main, script);
}

/** The 200 characters the benchmark types: a Latvian sentence with glossary terms in it. */
export const TYPED_TEXT = (() => {
  const s =
    " Lūdzu, iesniedziet trūkstošos dokumentus līdz mēneša beigām, jo jūsu iesniegumu izskatīs struktūrvienība, " +
    "kas atbild par pabalstiem, un lēmumu mēs aktualizēsim un nosūtīsim Jums uz e-pastu nākamajā darba dienā pēc tam.";
  return s.slice(0, 200);
})();
