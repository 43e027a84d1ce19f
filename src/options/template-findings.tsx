// The engine's check of a template, shown beside it (issue 6): each listed template and the
// editor's draft, rendered with the user's profile and the effective config, get the findings
// (rule + message) a reply made from them would get. The engine is loaded on demand.
// The plain-language and letter-etiquette rules (issue 14) are listed apart, as the chip lists
// them ("Skaidra valoda", below the handbook's must-haves); their info findings are advice and
// drawn lesser, but shown: a template is where a wordy phrase is copied into every reply.
import { signal } from "@preact/signals";
import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { type Config, type Finding, type Language, PLAIN_LANGUAGE_RULE_IDS, type RuleId, type TemplateDef } from "../core/types.ts";
import { type OptionsDeps, plural } from "./deps.ts";
import { ruleLabelKey } from "./rules-section.tsx";

// The engine (lint + rules) is most of the extension's weight: the page loads it on demand,
// only when there is a template to check (vite makes it a chunk of its own, see bench/size.ts).
type Engine = typeof import("../core/template-check.ts");
const engine = signal<Engine | null>(null);
let engineLoad: Promise<void> | null = null;
export function loadEngine(): void {
  if (engineLoad) return;
  engineLoad = import("../core/template-check.ts").then(
    (m) => {
      engine.value = m;
    },
    () => {
      engineLoad = null; // A failed load (e.g. the extension was updated) is retried next time.
    },
  );
}

const PLAIN_LANGUAGE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(PLAIN_LANGUAGE_RULE_IDS);

/** The findings (info included) of `template` rendered with the effective config, or null while the engine loads. */
export function useTemplateFindings(template: TemplateDef, config: Config, today: string, locale: Language): Finding[] | null {
  const check = engine.value?.checkTemplate;
  return useMemo(() => {
    if (!check || !template.body.trim()) return check ? [] : null;
    try {
      return check({ ...template, source: "personal" }, config, today, template.language ?? locale, locale).findings;
    } catch {
      return []; // A body that does not render is reported by templateProblems() instead.
    }
  }, [check, template.body, template.language, config, today, locale]);
}

function FindingList({ findings, deps, group, labelledBy }: { findings: Finding[]; deps: OptionsDeps; group?: string; labelledBy?: string }) {
  return (
    <ul data-group={group} aria-labelledby={labelledBy}>
      {findings.map((f, i) => (
        <li key={`${f.rule}:${f.start}:${i}`} data-rule={f.rule} data-severity={f.severity} class={f.severity}>
          <strong>{deps.t(ruleLabelKey(f.rule))}</strong>: {f.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * The engine's findings on a template, as a warning beside it: a short sentence and the list of
 * rule + message, the plain-language group after the rest. Only advice (info findings): the
 * box is drawn lesser, with no warning sign. `live` (the editor's preview) announces the
 * sentence politely as it changes.
 */
export function FindingsWarning({ id, findings, deps, live }: { id: string; findings: Finding[] | null; deps: OptionsDeps; live?: boolean }) {
  const { t } = deps;
  const summary = findings?.length ? plural(deps, "optTemplateFindings", findings.length) : "";
  const handbook = findings?.filter((f) => !PLAIN_LANGUAGE_RULES.has(f.rule)) ?? [];
  const plain = findings?.filter((f) => PLAIN_LANGUAGE_RULES.has(f.rule)) ?? [];
  const adviceOnly = findings?.every((f) => f.severity === "info") ?? false;
  return (
    <>
      {live && (
        <p class="visually-hidden" role="status">
          {summary}
        </p>
      )}
      {findings?.length ? (
        <div class={adviceOnly ? "template-findings advice" : "template-findings"} id={id} data-testid="template-findings">
          <p class="template-findings-title">
            {!adviceOnly && <span aria-hidden="true">⚠ </span>}
            {summary}
          </p>
          {handbook.length > 0 && <FindingList findings={handbook} deps={deps} />}
          {plain.length > 0 && (
            <>
              <p class="template-findings-group" id={`${id}-plain`}>
                {t("plainLanguageTitle")}
              </p>
              <FindingList findings={plain} deps={deps} group="plain-language" labelledBy={`${id}-plain`} />
            </>
          )}
        </div>
      ) : null}
    </>
  );
}

/** A listed template with its warning after it; `children` gets the warning's id to point at (aria-describedby) when there is one. */
export function CheckedTemplate(props: { id: string; template: TemplateDef; deps: OptionsDeps; config: Config; children: (describedBy?: string) => ComponentChildren }) {
  const { id, template, deps, config, children } = props;
  const findings = useTemplateFindings(template, config, deps.today(), deps.language);
  return (
    <>
      {children(findings?.length ? id : undefined)}
      <FindingsWarning id={id} findings={findings} deps={deps} />
    </>
  );
}

