// The personal glossary as a table drawn one page at a time, with a filter: at its limit of
// 50 000 entries, drawing every row took 21 s (issue 10). Rows are keyed by the entry's
// identity (term and language), and so are Edit and Remove.
import { useSignal } from "@preact/signals";
import { useMemo } from "preact/hooks";
import { glossaryKey } from "../core/config.ts";
import { normaliseTerm } from "../core/policy.ts";
import type { GlossaryEntry } from "../core/types.ts";
import { formatCount, type OptionsDeps } from "./deps.ts";

export const GLOSSARY_PAGE_SIZE = 100;

interface GlossaryTableProps {
  deps: OptionsDeps;
  entries: readonly GlossaryEntry[];
  /** Keys of the organisation's entries: a personal entry with one of them does not apply. */
  organisationKeys: ReadonlySet<string>;
  onEdit(entry: GlossaryEntry): void;
  onRemove(entry: GlossaryEntry): void;
}

export function GlossaryTable({ deps, entries, organisationKeys, onEdit, onRemove }: GlossaryTableProps) {
  const { t } = deps;
  const query = useSignal("");
  const page = useSignal(0);
  // One lower-cased haystack per entry, made once per list: filtering is then a plain scan.
  const haystacks = useMemo(() => entries.map((e) => normaliseTerm(`${e.term}\u0001${e.suggestion ?? ""}\u0001${e.explanation ?? ""}`)), [entries]);
  const needle = normaliseTerm(query.value);
  const matches = useMemo(() => (needle ? entries.filter((_, i) => haystacks[i]!.includes(needle)) : entries), [entries, haystacks, needle]);
  const pages = Math.max(1, Math.ceil(matches.length / GLOSSARY_PAGE_SIZE));
  const current = Math.min(page.value, pages - 1);
  const from = current * GLOSSARY_PAGE_SIZE;
  const rows = matches.slice(from, from + GLOSSARY_PAGE_SIZE);

  return (
    <>
      <div class="field">
        <label for="glossary-filter">{t("optGlossaryFilter")}</label>
        <input
          id="glossary-filter"
          type="search"
          value={query.value}
          onInput={(e) => {
            query.value = (e.currentTarget as HTMLInputElement).value;
            page.value = 0;
          }}
        />
      </div>
      <p class="hint" role="status" data-testid="glossary-shown">
        {matches.length === 0
          ? t("optGlossaryNoMatch")
          : t("optGlossaryShown", [formatCount(deps, from + 1), formatCount(deps, from + rows.length), formatCount(deps, matches.length)])}
      </p>
      {rows.length > 0 && (
        <table class="glossary">
          <caption class="visually-hidden">{t("optGlossaryPersonal")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("optTerm")}</th>
              <th scope="col">{t("optSuggestion")}</th>
              <th scope="col">{t("optExplanation")}</th>
              <th scope="col">{t("optLanguage")}</th>
              <th scope="col">
                <span class="visually-hidden">{t("optActions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => {
              const key = glossaryKey(entry);
              return (
                <tr key={key}>
                  <th scope="row">
                    {entry.term}
                    {organisationKeys.has(key) && <span class="hint"> — {t("optTermOverridden")}</span>}
                  </th>
                  <td>{entry.suggestion ?? ""}</td>
                  <td>{entry.explanation ?? ""}</td>
                  <td>{entry.language ? t(`optLanguage_${entry.language}`) : t("optLanguage_any")}</td>
                  <td class="row-actions">
                    <button type="button" aria-label={t("optEditItem", entry.term)} onClick={() => onEdit(entry)}>
                      {t("optEdit")}
                    </button>
                    <button type="button" aria-label={t("optRemoveItem", entry.term)} onClick={() => onRemove(entry)}>
                      {t("optRemove")}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <div class="actions pager">
          <button type="button" disabled={current === 0} onClick={() => (page.value = current - 1)}>
            {t("optPagePrevious")}
          </button>
          <button type="button" disabled={current >= pages - 1} onClick={() => (page.value = current + 1)}>
            {t("optPageNext")}
          </button>
        </div>
      )}
    </>
  );
}
