// The options page: the sections in order, with a table of contents. Each section lives in a
// file of its own and gets the latest settings, refreshed from storage.onChanged (another tab,
// another device, a new policy); a section is added by adding one line to SECTIONS.
// Browser-facing parts come in through `deps` (deps.ts).
import { useSignal } from "@preact/signals";
import type { ComponentType } from "preact";
import { useEffect } from "preact/hooks";
import type { SettingsSnapshot } from "../platform/settings.ts";
import type { OptionsDeps, SectionProps } from "./deps.ts";
import { lazyComponent } from "./lazy.tsx";
import { GeneralSection } from "./general-section.tsx";
import { LanguageSection } from "./language-section.tsx";
import { ProfileSection } from "./profile-section.tsx";
import { RulesSection } from "./rules-section.tsx";

export type { OptionsDeps } from "./deps.ts";

/**
 * A section whose code is loaded when the page first draws it: the glossary (its table, filter and
 * import) and the templates (editor and engine check) are the largest, and the page's own
 * script must stay small (bench/size.ts).
 */
function lazySection(id: string, title: string, load: () => Promise<ComponentType<SectionProps>>): ComponentType<SectionProps> {
  return lazyComponent(load, (props) => (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{props.deps.t(title)}</h2>
      <p role="status">{props.deps.t("optLoading")}</p>
    </section>
  ));
}

/** The page's sections: the element id (the contents link's target), its title and its component. */
export const SECTIONS: readonly { id: string; title: string; Component: ComponentType<SectionProps> }[] = [
  // First, so that someone who cannot read the page in its current language finds it.
  { id: "language", title: "optUiLanguageTitle", Component: LanguageSection },
  { id: "profile", title: "optProfileTitle", Component: ProfileSection },
  { id: "general", title: "optGeneralTitle", Component: GeneralSection },
  { id: "rules", title: "optRulesTitle", Component: RulesSection },
  {
    id: "glossary",
    title: "optGlossaryTitle",
    Component: lazySection("glossary", "optGlossaryTitle", async () => (await import("./glossary-section.tsx")).GlossarySection),
  },
  {
    id: "templates",
    title: "optTemplatesTitle",
    Component: lazySection("templates", "optTemplatesTitle", async () => (await import("./templates-section.tsx")).TemplatesSection),
  },
  {
    id: "policy",
    title: "optPolicyTitle",
    Component: lazySection("policy", "optPolicyTitle", async () => (await import("./policy-section.tsx")).PolicySection),
  },
];

export function Options({ deps }: { deps: OptionsDeps }) {
  const { t } = deps;
  const settings = useSignal<SettingsSnapshot | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    deps.watch((s) => {
      settings.value = s;
    }, controller.signal);
    return () => controller.abort();
  }, []);

  const s = settings.value;
  return (
    <main class="options">
      <h1>{t("optionsTitle")}</h1>
      <nav aria-label={t("optContents")}>
        <ul>
          {SECTIONS.map(({ id, title }) => (
            <li key={id}>
              <a href={`#${id}`}>{t(title)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {!s ? <p role="status">{t("optLoading")}</p> : SECTIONS.map(({ id, Component }) => <Component key={id} deps={deps} settings={s} />)}
    </main>
  );
}
