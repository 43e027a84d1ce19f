// The in-page template picker the keyboard shortcut opens (manifest "commands" →
// background/commands.ts → background→content:open-template-picker): a small plain-DOM panel
// in a shadow root next to the caret — no preact here, the content script stays lean. Search,
// arrow keys and Enter pick a template; its fill-ins are asked in the same panel; Enter
// inserts at the caret (one undo step), Escape closes and gives focus back to the editor.
import { entryKey, localToday, renderContextFor, splitTemplates, templateCatalogue } from "../core/template-catalogue.ts";
import { fillInsOf, renderTemplate, searchTemplates, TemplateError, type TemplateEntry } from "../core/templates.ts";
import type { Config, Language } from "../core/types.ts";
import { t, uiLanguage } from "../platform/i18n.ts";
import type { TemplateTarget } from "./template-target.ts";
import { h, shadowHost } from "./ui.ts";

const PICKER_CSS = `
.picker { position: fixed; z-index: 2147483646; width: 340px; max-width: calc(100vw - 16px); }
h2 { margin: 0 0 6px; font-size: 14px; }
input { font: inherit; width: 100%; padding: 4px 6px; border: 1px solid #5f6368; border-radius: 6px; background: inherit; color: inherit; }
input:focus-visible { outline: 2px solid #0b57d0; outline-offset: 1px; }
[role=listbox] { list-style: none; margin: 6px 0 0; padding: 0; max-height: 260px; overflow: auto; }
[role=option] { padding: 4px 6px; border-radius: 4px; cursor: pointer; }
[role=option][aria-selected=true] { background: #d3e3fd; color: #041e49; }
.group { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; margin: 6px 6px 2px; }
label { display: block; margin-top: 6px; }
.actions { display: flex; gap: 6px; margin-top: 8px; justify-content: flex-end; }
@media (prefers-color-scheme: dark) { [role=option][aria-selected=true] { background: #0842a0; color: #d3e3fd; } }
`;

let open: { close(): void } | null = null;

/** Opens the picker (closing one already open). */
export function openTemplatePicker(
  doc: Document,
  target: TemplateTarget,
  /** `received`: the day the message being answered arrived, when the page shows it (YYYY-MM-DD). */
  settings: { config: Config; organisationIds: readonly string[]; received?: string },
  signal: AbortSignal,
): void {
  open?.close();
  const { config } = settings;
  const language: Language = uiLanguage();
  const compose = target.current();
  const { host, root } = shadowHost(doc, PICKER_CSS, { "data-skaidri-template-picker": "" });
  const controller = new AbortController();
  const panel = h(doc, "div", { class: "sk panel picker", role: "dialog", "aria-modal": "false", "aria-labelledby": "sk-tp-title" });
  root.append(panel);
  doc.body.append(host);

  // Next to the caret when there is one; otherwise near the top of the window.
  const rect = doc.getSelection()?.rangeCount ? doc.getSelection()!.getRangeAt(0).getBoundingClientRect() : null;
  const top = rect && rect.bottom > 0 ? Math.min(rect.bottom + 6, (doc.defaultView?.innerHeight ?? 600) - 340) : 80;
  const left = rect && rect.left > 0 ? Math.min(rect.left, (doc.defaultView?.innerWidth ?? 800) - 350) : 80;
  Object.assign(panel.style, { top: `${Math.max(8, top)}px`, left: `${Math.max(8, left)}px` });

  const close = (refocus = true) => {
    controller.abort();
    host.remove();
    if (open === handle) open = null;
    if (refocus) compose?.editor.focus({ preventScroll: true });
  };
  const handle = { close: () => close(false) };
  open = handle;
  signal.addEventListener("abort", () => close(false), { once: true, signal: controller.signal });
  doc.addEventListener(
    "mousedown",
    (event) => {
      if (!event.composedPath().includes(host)) close(false);
    },
    { capture: true, signal: controller.signal },
  );
  panel.addEventListener("keydown", (event) => {
    event.stopPropagation();
    if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });

  if (!compose) {
    panel.append(
      h(doc, "h2", { id: "sk-tp-title" }, t("tplPickerTitle")),
      h(doc, "p", { role: "status" }, t("tplNoCompose")),
      h(doc, "div", { class: "actions" }, h(doc, "button", { type: "button", onclick: () => close(false) }, t("tplClose"))),
    );
    panel.querySelector("button")?.focus();
    return;
  }

  const entries = templateCatalogue(language, splitTemplates(config.templates, settings.organisationIds));
  const context = { ...renderContextFor(config, language, localToday()), ...(settings.received ? { received: settings.received } : {}) };
  showList();

  function showList(): void {
    let matches: TemplateEntry[] = entries;
    let active = 0;
    const search = h(doc, "input", {
      type: "search",
      role: "combobox",
      "aria-expanded": "true",
      "aria-controls": "sk-tp-list",
      "aria-autocomplete": "list",
      "aria-label": t("tplSearch"),
      placeholder: t("tplSearch"),
      autocomplete: "off",
    });
    const list = h(doc, "ul", { id: "sk-tp-list", role: "listbox", "aria-label": t("tplPickerTitle") });
    const draw = () => {
      list.replaceChildren();
      let group = "";
      matches.forEach((entry, index) => {
        if (entry.source !== group) {
          group = entry.source;
          list.append(h(doc, "li", { class: "group muted", role: "presentation" }, t(`tplGroup_${group}`)));
        }
        const option = h(
          doc,
          "li",
          { id: `sk-tp-${index}`, role: "option", "aria-selected": index === active ? "true" : "false", "data-key": entryKey(entry) },
          entry.title,
        );
        option.addEventListener("mousedown", (e) => e.preventDefault());
        option.addEventListener("click", () => choose(entry));
        list.append(option);
      });
      if (!matches.length) list.append(h(doc, "li", { class: "muted", role: "presentation" }, t("tplNoMatches")));
      if (matches.length) search.setAttribute("aria-activedescendant", `sk-tp-${active}`);
      else search.removeAttribute("aria-activedescendant");
      list.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: "nearest" });
    };
    search.addEventListener("input", () => {
      matches = searchTemplates(entries, search.value);
      active = 0;
      draw();
    });
    search.addEventListener("keydown", (event) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        if (!matches.length) return;
        active = (active + (event.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length;
        draw();
      } else if (event.key === "Enter") {
        event.preventDefault();
        const entry = matches[active];
        if (entry) choose(entry);
      }
    });
    panel.replaceChildren(h(doc, "h2", { id: "sk-tp-title" }, t("tplPickerTitle")), search, list);
    draw();
    search.focus();
  }

  function choose(entry: TemplateEntry): void {
    const fillIns = fillInsOf(entry.body);
    if (!fillIns.length) return void insert(entry, {});
    const form = h(doc, "form", { novalidate: true });
    const inputs = fillIns.map((fill, i) => {
      const input = h(doc, "input", { id: `sk-tp-f${i}`, type: "text", required: true, autocomplete: "off" });
      if (fill.date) input.setAttribute("placeholder", t("tplDateHint"));
      form.append(h(doc, "label", { for: `sk-tp-f${i}` }, fill.label), input);
      return input;
    });
    const error = h(doc, "p", { class: "error", role: "alert" });
    form.append(
      error,
      h(
        doc,
        "div",
        { class: "actions" },
        h(doc, "button", { type: "button", onclick: () => showList() }, t("tplBack")),
        h(doc, "button", { type: "submit", class: "primary" }, t("tplInsert")),
      ),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const answers = Object.fromEntries(fillIns.map((fill, i) => [fill.label, inputs[i]?.value ?? ""]));
      void insert(entry, answers, error);
    });
    panel.replaceChildren(h(doc, "h2", { id: "sk-tp-title" }, entry.title), form);
    inputs[0]?.focus();
  }

  async function insert(entry: TemplateEntry, answers: Record<string, string>, error?: HTMLElement): Promise<void> {
    let text: string;
    try {
      text = renderTemplate(entry.body, { ...context, language: entry.language ?? language, answers }).text;
    } catch (e) {
      if (error && e instanceof TemplateError) error.textContent = t("tplMissing", e.labels.join(", "));
      return;
    }
    close(false);
    const reply = await target.insert(text);
    if (!reply.ok) compose?.editor.focus({ preventScroll: true });
  }
}
