// The status chip, one per compose: the number of findings shown and a checklist of what the
// handbook still needs. Its host sits next to the editor (outside it and outside any shadow
// root) and carries data-skaidri-status and data-count = findings currently shown (all
// severities, missing parts included, ignored ones not) for tests and admins' smoke checks.
// This module only draws: the session decides what to show (session-chip.ts wires it). It
// says "checking…" until the first check is done. Only trusted clicks open a card.
import { type Config, PLAIN_LANGUAGE_RULE_IDS, type RuleId, type Severity } from "../core/types.ts";
import { t, tn, uiStringsVersion } from "../platform/i18n.ts";
import type { KeyedFinding } from "./ignore.ts";
import { ruleLabel } from "./labels.ts";
import { h, shadowHost, trusted } from "./ui.ts";

/** What the handbook asks every reply to contain, in reading order (HANDBOOK.md). */
export const CHECKLIST: readonly RuleId[] = [
  "greeting",
  "signature/name",
  "signature/position",
  "signature/institution",
  "signature/contacts",
  "feedback-invitation",
  "feedback-link",
  "sign-off",
];

/** The "Skaidra valoda" group, listed under its own heading so the required parts stay on top. */
const PLAIN_LANGUAGE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(PLAIN_LANGUAGE_RULE_IDS);

export interface ChecklistItem {
  rule: RuleId;
  done: boolean;
}

/** The checklist for the findings shown: an item is done when no shown finding of its rule remains; rules switched off are left out. */
export function checklist(findings: readonly { rule: RuleId }[], config: Pick<Config, "rules">): ChecklistItem[] {
  const open = new Set(findings.map((f) => f.rule));
  return CHECKLIST.filter((rule) => config.rules[rule] !== "off").map((rule) => ({ rule, done: !open.has(rule) }));
}

/** Where the signature was found when it is not in the reply itself (Gmail). */
export type SignaturePlace = "below-quote" | "trimmed";

/** The received time and due dates in words; `overdue` when the answer is late. */
export interface ChipDeadline {
  text: string;
  overdue: boolean;
}

export type ChipState =
  | {
      findings: readonly KeyedFinding[];
      config: Pick<Config, "rules">;
      signature?: SignaturePlace;
      deadline?: ChipDeadline;
      /** The profile has gaps and the compose has a signature: offer to fill it from there (issue 16). */
      profileFill?: boolean;
    }
  | { failed: true }
  | { checking: true };

export interface StatusChip {
  host: HTMLElement;
  update(state: ChipState): void;
  /** Opens the checklist and focuses it, or closes it and returns false (the chip's shortcut). */
  toggle(): boolean;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

const CHIP_CSS = `
.wrap { position: absolute; right: 8px; bottom: 6px; }
.chip { display: flex; flex-direction: column; align-items: flex-end; gap: 4px; }
.deadline { background: #fff; border: 1px solid #8e918f; border-radius: 8px; padding: 1px 8px; white-space: nowrap;
  box-shadow: 0 1px 3px rgba(0,0,0,.25); }
.deadline[hidden] { display: none; }
.deadline.warning { border-color: #8a4b00; font-weight: 600; }
@media (prefers-color-scheme: dark) { .deadline { background: #2d2e30; } .deadline.warning { border-color: #ffb95c; } }
.chip button.toggle { display: inline-flex; align-items: center; gap: 6px; border-radius: 999px; padding: 2px 10px;
  box-shadow: 0 1px 3px rgba(0,0,0,.25); }
.dot { width: 8px; height: 8px; border-radius: 50%; background: #146c2e; }
.dot.error { background: #d93025; } .dot.warning { background: #e37400; } .dot.info { background: #1a73e8; }
.panel { position: absolute; right: 0; bottom: calc(100% + 6px); width: 300px; max-height: 320px; overflow: auto; z-index: 2147483000; }
.panel[hidden] { display: none; }
h2 { font-size: 13px; margin: 0 0 4px; }
ul.list { list-style: none; padding: 0; margin: 0 0 8px; }
ul.list li { padding: 1px 0; }
.mark { display: inline-block; width: 1.2em; font-weight: 700; }
.done .mark { color: #146c2e; } .todo .mark { color: #b3261e; }
.findings button, button.item { text-align: left; margin: 1px 0; border-color: transparent; padding: 1px 4px; }
.findings button { width: 100%; }
@media (prefers-color-scheme: dark) { .done .mark { color: #6dd58c; } .todo .mark { color: #f2b8b5; } }
`;

/**
 * The chip for one compose; its listeners end with `signal`. `onOpen` shows a finding's card;
 * `onFillProfile` takes the compose's signature to the options page (the user's click only).
 */
export function createStatusChip(doc: Document, onOpen: (finding: KeyedFinding) => void, signal: AbortSignal, onFillProfile?: () => void): StatusChip {
  const { host, root } = shadowHost(doc, CHIP_CSS, { "data-skaidri-status": "", "data-count": "0" });
  // Zero height, sticky at the bottom of the visible compose area: takes no layout space from the webmail.
  Object.assign(host.style, { display: "block", position: "sticky", bottom: "0", height: "0", zIndex: "3" });

  const dot = h(doc, "span", { class: "dot", "aria-hidden": "true" });
  const label = h(doc, "span", {}, t("statusLabel"));
  const panelId = "skaidri-panel";
  const toggle = h(doc, "button", { type: "button", class: "toggle", "aria-expanded": "false", "aria-controls": panelId }, dot, label);
  // The deadlines line (issue 15): shown only when the page tells when the client wrote.
  const deadline = h(doc, "span", { class: "deadline", "data-skaidri-deadline": "", hidden: true });
  const live = h(doc, "div", { class: "chip", role: "status" }, deadline, toggle);
  const panel = h(doc, "div", { class: "panel sk", id: panelId, hidden: true });
  root.append(h(doc, "div", { class: "wrap sk" }, live, panel));

  let state: ChipState = { checking: true };
  label.textContent = `${t("statusLabel")} · ${t("chipChecking")}`;
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    if (!open) return;
    render();
    // Right-aligned to the chip, the panel would start left of the viewport in a compose
    // narrower than itself (there the user could not reach its items): shift it into view.
    panel.style.transform = "";
    const left = panel.getBoundingClientRect().left;
    if (left < 8) panel.style.transform = `translateX(${8 - left}px)`;
  };
  toggle.addEventListener("click", trusted(() => setOpen(panel.hidden)), { signal });
  root.addEventListener(
    "keydown",
    (event) => {
      if ((event as KeyboardEvent).key === "Escape" && !panel.hidden) {
        event.stopPropagation();
        setOpen(false);
        toggle.focus();
      }
    },
    { signal },
  );

  function render(): void {
    if (panel.hidden) return;
    if (!("findings" in state)) {
      panel.replaceChildren(h(doc, "p", { class: "muted" }, "checking" in state ? t("chipChecking") : t("chipFailed")));
      return;
    }
    const shown = state.findings;
    const items = checklist(shown, state.config).map((item) => {
      const text = `${ruleLabel(item.rule)} — ${t(item.done ? "checkDone" : "checkMissing")}`;
      // A missing part opens its card (why the handbook asks for it; Ignore).
      const finding = item.done ? undefined : shown.find((f) => f.rule === item.rule);
      return h(
        doc,
        "li",
        { class: item.done ? "done" : "todo" },
        h(doc, "span", { class: "mark", "aria-hidden": "true" }, item.done ? "✓" : "✗"),
        finding ? h(doc, "button", { type: "button", class: "item", onclick: trusted(() => onOpen(finding)) }, text) : text,
      );
    });
    const findingItem = (f: KeyedFinding) =>
      h(doc, "li", {}, h(doc, "button", { type: "button", class: f.severity, onclick: trusted(() => onOpen(f)) }, `${ruleLabel(f.rule)}: ${f.message}`));
    const marked = state.findings.filter((f) => f.start < f.end);
    const findings = marked.filter((f) => !PLAIN_LANGUAGE_RULES.has(f.rule)).map(findingItem);
    const plain = marked.filter((f) => PLAIN_LANGUAGE_RULES.has(f.rule)).map(findingItem);
    const parts: Node[] = [h(doc, "h2", {}, t("checklistTitle")), h(doc, "ul", { class: "list" }, ...items)];
    if (state.signature) parts.push(h(doc, "p", { class: "muted", "data-signature-place": state.signature }, state.signature === "trimmed" ? t("sigTrimmed") : t("sigBelowQuote")));
    if (state.profileFill && onFillProfile) {
      const fill = h(doc, "button", { type: "button", class: "item", "data-skaidri-fill-profile": "", onclick: trusted(onFillProfile) }, t("chipFillProfile"));
      parts.push(h(doc, "p", { class: "muted" }, fill, h(doc, "br"), t("chipFillProfileHint")));
    }
    if (findings.length > 0) parts.push(h(doc, "h2", {}, t("findingsTitle")), h(doc, "ul", { class: "list findings" }, ...findings));
    if (plain.length > 0) parts.push(h(doc, "h2", {}, t("plainLanguageTitle")), h(doc, "ul", { class: "list findings", "data-skaidri-group": "plain-language" }, ...plain));
    parts.push(h(doc, "p", { class: "muted" }, t("cardShortcutHint")));
    panel.replaceChildren(...parts);
  }

  // The label's words are looked up only when what it says changes (not at every keystroke).
  let labelFor = "";
  const setLabel = (what: string | number, words: () => string): void => {
    const key = `${uiStringsVersion()}:${what}`;
    if (key === labelFor) return;
    labelFor = key;
    setText(label, words());
  };

  return {
    host,
    update(next) {
      state = next;
      // Called at every keystroke: only what changed is written, so an unchanged chip costs the
      // page no style or layout work.
      const due = "findings" in next ? next.deadline : undefined;
      if (deadline.hidden !== !due) deadline.hidden = !due;
      setText(deadline, due?.text ?? "");
      setClass(deadline, `deadline${due?.overdue ? " warning" : ""}`);
      setAttribute(deadline, "data-overdue", due ? String(due.overdue) : null);
      if (!("findings" in next)) {
        setAttribute(host, "data-count", "0");
        setClass(dot, "dot");
        setLabel("checking" in next ? "checking" : "failed", () => `${t("statusLabel")} · ${"checking" in next ? t("chipChecking") : t("chipFailed")}`);
      } else {
        const count = next.findings.length;
        setAttribute(host, "data-count", String(count));
        const worst = next.findings.reduce<Severity | null>((w, f) => (w && RANK[w] >= RANK[f.severity] ? w : f.severity), null);
        setClass(dot, `dot${worst ? ` ${worst}` : ""}`);
        setLabel(count, () => `${t("statusLabel")} · ${count === 0 ? t("chipNone") : tn("chipCount", count)}`);
      }
      render();
    },
    toggle() {
      const open = panel.hidden;
      setOpen(open);
      if (open) (panel.querySelector<HTMLElement>("button") ?? toggle).focus();
      return open;
    },
  };
}

function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

function setClass(el: HTMLElement, name: string): void {
  if (el.className !== name) el.className = name;
}

function setAttribute(el: Element, name: string, value: string | null): void {
  if (el.getAttribute(name) === value) return;
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
