import { describe, expect, test } from "vitest";
import { enMail, findingsOf, lvMail } from "./helpers.ts";

const sig = (position: string) => `Anna Kalniņa\n${position}\nValsts zemes dienests\nTālr. 67 038 600`;
const longPosition = { position: "Klientu apkalpošanas nodaļas vecākā referente" };

describe("signature/position", () => {
  test.each([
    ["Vecākā referente", {}],
    ["Klientu apkalpošanas nodaļas vadītāja", {}],
    ["Juriskonsults", {}],
    ["Direktora vietnieks", {}],
    ["vecākā referente", longPosition],
    ["Klientu apkalpošanas nodaļas vecākā referente", longPosition],
    ["VECĀKĀ REFERENTE", longPosition],
  ])("accepts %j (profile %j)", (position, profile) => {
    expect(findingsOf("signature/position", lvMail({ signature: sig(position) }), { profile })).toEqual([]);
  });

  test.each(["Senior Officer", "Head of Customer Service", "Legal Adviser", "Customer Service Specialist"])("accepts the English title %j", (position) => {
    expect(findingsOf("signature/position", enMail({ signature: `Peter Oak\n${position}\nState Land Service\nPhone: 67038600` }))).toEqual([]);
  });

  test.each([
    ["no position", "Anna Kalniņa\nValsts zemes dienests\nTālr. 67 038 600"],
    ["an address that only looks like a rank", "Anna Kalniņa\nGalvenā iela 5, Rīga\nValsts zemes dienests\nTālr. 67 038 600"],
  ])("flags %s", (_, signature) => {
    const text = lvMail({ signature });
    expect(findingsOf("signature/position", text)).toMatchObject([{ severity: "error", start: text.length, end: text.length }]);
  });

  test("with a profile the fix inserts the position", () => {
    const text = lvMail({ signature: "Anna Kalniņa\nValsts zemes dienests\nTālr. 67 038 600" });
    expect(findingsOf("signature/position", text, { profile: longPosition })[0]?.suggestions).toEqual(["\nKlientu apkalpošanas nodaļas vecākā referente"]);
  });
});
