// The status chip host: outside the editor and outside any shadow root, carrying
// data-skaidri-status and data-count for tests and administrators' smoke checks.
export function createStatusHost(doc: Document, label: string): HTMLElement {
  const host = doc.createElement("div");
  host.setAttribute("data-skaidri-status", "");
  host.setAttribute("data-count", "0");
  const shadow = host.attachShadow({ mode: "open" });
  const chip = doc.createElement("div");
  chip.setAttribute("role", "status");
  chip.textContent = label;
  shadow.append(chip);
  return host;
}
