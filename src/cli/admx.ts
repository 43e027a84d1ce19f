// `skaidri policy admx --out DIR`: Group Policy administrative templates (ADMX + ADML, en-US and
// lv-LV) for Chrome and Edge, so Group Policy Management and Intune (imported ADMX) show a form
// for Skaidri's settings. Chrome's and Edge's own templates do not cover extension policy.
// Each setting writes the registry value the browser reads under
// ...\3rdparty\extensions\<id>\policy (docs/admin.md → Windows):
//   text → REG_SZ; choice → REG_SZ of the chosen value; on/off → REG_DWORD 1/0 (the schema's
//   boolean); number → REG_DWORD (the schema's integer); list of strings → a subkey with values "1", "2", … (Chrome reads a list policy so);
//   lists and objects of objects → REG_SZ holding JSON, which Chrome and Edge parse against the
//   managed schema (chromium.org/administrators/complex-policies-on-windows).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs, UsageError } from "./args.ts";
import { POLICY_LIMITS } from "../core/policy.ts";
import type { Language } from "../core/types.ts";
import { ADMX_CATEGORY, ADMX_TEXTS, SEND_CHECK_ITEMS } from "./admx-strings.ts";
import { buildExtensionId, extensionIdProblem } from "./extension-id.ts";
import { cliText } from "./messages.ts";

export type AdmxSetting =
  | { key: string; form: "text"; maxLength: number }
  | { key: string; form: "list" }
  | { key: string; form: "choice"; values: readonly string[] }
  | { key: string; form: "onOff" }
  | { key: string; form: "number"; min: number; max: number; default: number }
  | { key: string; form: "json" };

/** Every policy key, in the order the form lists them. */
export const ADMX_SETTINGS: readonly AdmxSetting[] = [
  { key: "institution", form: "text", maxLength: POLICY_LIMITS.shortText },
  { key: "institutionAliases", form: "list" },
  { key: "feedbackUrl", form: "text", maxLength: POLICY_LIMITS.url },
  { key: "sendCheck", form: "choice", values: ["off", "warn", "block"] },
  { key: "lockRules", form: "onOff" },
  { key: "rules", form: "json" },
  { key: "abbreviationAllowlist", form: "list" },
  { key: "glossary", form: "json" },
  { key: "templates", form: "json" },
  { key: "calendar", form: "json" },
  { key: "webmailHosts", form: "json" },
  { key: "sentenceWords", form: "number", min: 5, max: 200, default: 25 },
  { key: "deadlines", form: "json" },
];

/** A JSON text box: room for the largest glossary the policy allows. */
export const ADMX_JSON_MAX_LENGTH = 1_000_000;

export const ADMX_BROWSERS = {
  chrome: { name: "Google Chrome", file: "skaidri-chrome", namespace: "Skaidri.Policies.GoogleChrome", vendorKey: "Software\\Policies\\Google\\Chrome" },
  edge: { name: "Microsoft Edge", file: "skaidri-edge", namespace: "Skaidri.Policies.MicrosoftEdge", vendorKey: "Software\\Policies\\Microsoft\\Edge" },
} as const;
export type AdmxBrowser = keyof typeof ADMX_BROWSERS;

function xml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The registry key the settings write to, for `id`. */
export function policyKey(browser: AdmxBrowser, id: string): string {
  return `${ADMX_BROWSERS[browser].vendorKey}\\3rdparty\\extensions\\${id}\\policy`;
}

function elements(setting: AdmxSetting, key: string): string {
  switch (setting.form) {
    case "text":
      return `<elements><text id="${setting.key}" valueName="${setting.key}" maxLength="${setting.maxLength}"/></elements>`;
    case "json":
      return `<elements><text id="${setting.key}" valueName="${setting.key}" maxLength="${ADMX_JSON_MAX_LENGTH}"/></elements>`;
    case "list":
      return `<elements><list id="${setting.key}" key="${xml(`${key}\\${setting.key}`)}" valuePrefix=""/></elements>`;
    case "choice": {
      const items = setting.values.map((v) => `<item displayName="$(string.${setting.key}_${v})"><value><string>${v}</string></value></item>`);
      return `<elements><enum id="${setting.key}" valueName="${setting.key}">${items.join("")}</enum></elements>`;
    }
    case "number":
      return `<elements><decimal id="${setting.key}" valueName="${setting.key}" minValue="${setting.min}" maxValue="${setting.max}"/></elements>`;
    case "onOff":
      return "";
  }
}

/** The ADMX file for `browser` and extension `id`. */
export function toAdmx(browser: AdmxBrowser, id: string): string {
  const b = ADMX_BROWSERS[browser];
  const key = policyKey(browser, id);
  const policies = ADMX_SETTINGS.map((setting) => {
    const onOff = setting.form === "onOff";
    const attrs = [
      `name="${setting.key}"`,
      'class="Machine"',
      `displayName="$(string.${setting.key})"`,
      `explainText="$(string.${setting.key}_Explain)"`,
      ...(onOff ? [] : [`presentation="$(presentation.${setting.key})"`]),
      `key="${xml(key)}"`,
      ...(onOff ? [`valueName="${setting.key}"`] : []),
    ];
    const onOffValues = onOff ? '<enabledValue><decimal value="1"/></enabledValue><disabledValue><decimal value="0"/></disabledValue>' : "";
    return `    <policy ${attrs.join(" ")}>
      <parentCategory ref="skaidri"/>
      <supportedOn ref="SUPPORTED_SKAIDRI"/>
      ${onOffValues}${elements(setting, key)}
    </policy>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Skaidri for ${b.name}, extension ${id}. Made by skaidri policy admx; docs/admin.md → Group Policy. -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="skaidri" namespace="${b.namespace}"/>
  </policyNamespaces>
  <resources minRequiredRevision="1.0"/>
  <supportedOn>
    <definitions>
      <definition name="SUPPORTED_SKAIDRI" displayName="$(string.SUPPORTED_SKAIDRI)"/>
    </definitions>
  </supportedOn>
  <categories>
    <category name="skaidri" displayName="$(string.skaidri)"/>
  </categories>
  <policies>
${policies.join("\n")}
  </policies>
</policyDefinitions>
`;
}

function presentation(setting: AdmxSetting, label: string): string {
  switch (setting.form) {
    case "text":
    case "json":
      return `<textBox refId="${setting.key}"><label>${xml(label)}</label></textBox>`;
    case "list":
      return `<listBox refId="${setting.key}">${xml(label)}</listBox>`;
    case "choice":
      return `<dropdownList refId="${setting.key}" noSort="true" defaultItem="1">${xml(label)}</dropdownList>`;
    case "number":
      return `<decimalTextBox refId="${setting.key}" defaultValue="${setting.default}">${xml(label)}</decimalTextBox>`;
    case "onOff":
      return "";
  }
}

/** The ADML (language resources) for `browser` in `language`. */
export function toAdml(browser: AdmxBrowser, language: Language): string {
  const b = ADMX_BROWSERS[browser];
  const category = ADMX_CATEGORY[language];
  const strings: [string, string][] = [
    ["skaidri", category.name],
    ["SUPPORTED_SKAIDRI", category.supported.replace("{browser}", b.name)],
  ];
  const presentations: string[] = [];
  for (const setting of ADMX_SETTINGS) {
    const text = ADMX_TEXTS[setting.key]![language];
    strings.push([setting.key, text.title], [`${setting.key}_Explain`, text.explain]);
    if (setting.form === "choice") for (const v of setting.values) strings.push([`${setting.key}_${v}`, SEND_CHECK_ITEMS[language][v as "off"]]);
    if (setting.form !== "onOff") presentations.push(`      <presentation id="${setting.key}">${presentation(setting, text.label)}</presentation>`);
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>${xml(category.name)}</displayName>
  <description>${xml(category.description.replace("{browser}", b.name))}</description>
  <resources>
    <stringTable>
${strings.map(([id, text]) => `      <string id="${id}">${xml(text)}</string>`).join("\n")}
    </stringTable>
    <presentationTable>
${presentations.join("\n")}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

/** ADML folders as Windows names them (PolicyDefinitions\<culture>\). */
export const ADML_CULTURES: Record<Language, string> = { en: "en-US", lv: "lv-LV" };

/** Writes DIR/<file>.admx and DIR/<culture>/<file>.adml for both browsers; returns the paths written. */
export function writeAdmxTemplates(dir: string, id: string): string[] {
  const written: string[] = [];
  for (const browser of Object.keys(ADMX_BROWSERS) as AdmxBrowser[]) {
    const name = ADMX_BROWSERS[browser].file;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.admx`), toAdmx(browser, id));
    written.push(join(dir, `${name}.admx`));
    for (const [language, culture] of Object.entries(ADML_CULTURES) as [Language, string][]) {
      mkdirSync(join(dir, culture), { recursive: true });
      writeFileSync(join(dir, culture, `${name}.adml`), toAdml(browser, language));
      written.push(join(dir, culture, `${name}.adml`));
    }
  }
  return written;
}

export async function policyAdmxCommand(args: string[]): Promise<number> {
  const { values, positionals, help, locale } = parseArgs(args, { out: { type: "string" }, id: { type: "string" } });
  const say = cliText(locale);
  if (help || !values.out) {
    process.stdout.write(say.admx.usage);
    return help ? 0 : 2;
  }
  if (positionals.length) throw new UsageError(say.args.unexpected(positionals[0]!));
  let id = values.id;
  if (!id) {
    try {
      id = buildExtensionId();
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      return 2;
    }
  }
  const problem = extensionIdProblem(id, "chromium");
  if (problem) {
    process.stderr.write(`skaidri policy admx: --id ${problem}\n`);
    return 2;
  }
  for (const path of writeAdmxTemplates(values.out, id)) process.stderr.write(`${say.admx.wrote(path)}\n`);
  return 0;
}
