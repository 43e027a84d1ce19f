// .reg files for the Windows registry: Chrome and Edge (3rdparty\extensions\<id>\policy) and
// Firefox (Mozilla\Firefox\3rdparty\Extensions\<id>). The browsers read complex values
// differently, so each form is its own function:
// - Chrome/Edge parse a REG_SZ holding JSON where the schema wants a list or dictionary
//   (chromium.org/administrators/complex-policies-on-windows); integers and booleans are REG_DWORD.
// - Firefox (toolkit/components/enterprisepolicies/WindowsGPOParser.sys.mjs) passes a REG_SZ on
//   as a string and a REG_DWORD as a number; only a REG_MULTI_SZ is parsed as JSON (its lines
//   joined with "\n"). Every non-string value therefore goes as REG_MULTI_SZ JSON, which reaches
//   the extension as the real list, object, number or boolean.

export const REG_KEYS = {
  "chrome-windows-reg": "HKEY_LOCAL_MACHINE\\Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\{id}\\policy",
  "edge-windows-reg": "HKEY_LOCAL_MACHINE\\Software\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\{id}\\policy",
  "firefox-windows-reg": "HKEY_LOCAL_MACHINE\\Software\\Policies\\Mozilla\\Firefox\\3rdparty\\Extensions\\{id}",
} as const;
export type RegFormat = keyof typeof REG_KEYS;

function utf16Hex(text: string): string {
  return [...Buffer.from(text, "utf16le")].map((b) => b.toString(16).padStart(2, "0")).join(",");
}

/** A REG_SZ value: a quoted literal, or hex(1) when it holds a line break (a .reg literal cannot). */
export function regString(value: string): string {
  if (/[\r\n]/.test(value)) return `hex(1):${utf16Hex(`${value}\0`)}`;
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** A REG_MULTI_SZ value of one string: hex(7), UTF-16LE, the string and the list each NUL-terminated. */
export function regMultiString(value: string): string {
  return `hex(7):${utf16Hex(`${value}\0\0`)}`;
}

function chromeValue(value: unknown): string {
  if (typeof value === "string") return regString(value);
  if (typeof value === "boolean") return `dword:${value ? "00000001" : "00000000"}`;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 0xffffffff) return `dword:${value.toString(16).padStart(8, "0")}`;
  return regString(JSON.stringify(value));
}

function firefoxValue(value: unknown): string {
  if (typeof value === "string") return regString(value);
  // One line of JSON: a NUL inside a REG_MULTI_SZ would end the string, and JSON escapes line breaks.
  return regMultiString(JSON.stringify(value));
}

/** The .reg text (CRLF lines) for the extension's policy key in `format`. */
export function toRegFile(policy: Record<string, unknown>, format: RegFormat, id: string): string {
  const encode = format === "firefox-windows-reg" ? firefoxValue : chromeValue;
  const lines = ["Windows Registry Editor Version 5.00", "", `[${REG_KEYS[format].replace("{id}", id)}]`];
  for (const [key, value] of Object.entries(policy)) lines.push(`${regString(key)}=${encode(value)}`);
  return `${lines.join("\r\n")}\r\n`;
}

/** As regedit writes them: UTF-16LE with a byte-order mark. */
export function regFileBytes(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
}
