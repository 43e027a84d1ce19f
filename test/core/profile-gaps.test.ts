// When the chip offers to fill the profile from the compose's signature (core/profile-gaps.ts).
import { expect, test } from "vitest";
import { profileHasGaps } from "../../src/core/profile-gaps.ts";

test("a name, a position and one way to reach the writer close every gap; the department is optional", () => {
  expect(profileHasGaps({})).toBe(true);
  expect(profileHasGaps({ firstName: "Anna", lastName: "Ozola", position: "referente" })).toBe(true);
  expect(profileHasGaps({ firstName: "Anna", lastName: "Ozola", position: "referente", phone: "67000000" })).toBe(false);
  expect(profileHasGaps({ firstName: "Anna", lastName: "Ozola", position: "referente", email: "anna@iestade.lv" })).toBe(false);
  expect(profileHasGaps({ firstName: "Anna", position: "referente", email: "anna@iestade.lv" })).toBe(true);
  // A field of spaces is no field.
  expect(profileHasGaps({ firstName: "Anna", lastName: "  ", position: "referente", email: "anna@iestade.lv" })).toBe(true);
});
