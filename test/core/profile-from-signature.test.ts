// "Aizpildīt no mana paraksta": real signature blocks as staff write them, and what must not be taken.
import { describe, expect, test } from "vitest";
import { profileFromSignature } from "../../src/core/profile-from-signature.ts";

describe("profileFromSignature", () => {
  test.each([
    [
      "Ar cieņu,\nJānis Bērziņš\nvecākais referents\nKlientu apkalpošanas nodaļa\nValsts ieņēmumu dienests\nTālr. 67 123 456\njanis.berzins@vid.gov.lv",
      { firstName: "Jānis", lastName: "Bērziņš", position: "vecākais referents", department: "Klientu apkalpošanas nodaļa", phone: "67 123 456", email: "janis.berzins@vid.gov.lv" },
    ],
    [
      "--\nAnna Marija Ozola-Kalniņa, Klientu apkalpošanas nodaļas vadītāja\nLauku atbalsta dienests | +371 29 123 456 | anna.ozola@lad.gov.lv",
      { firstName: "Anna Marija", lastName: "Ozola-Kalniņa", position: "Klientu apkalpošanas nodaļas vadītāja", phone: "+371 29 123 456", email: "anna.ozola@lad.gov.lv" },
    ],
    [
      "Jauku dienu!\nIlze LIEPIŅA\nJuriskonsulte\nJuridiskais departaments\nE-pasts: ilze.liepina@vm.gov.lv",
      { firstName: "Ilze", lastName: "LIEPIŅA", position: "Juriskonsulte", department: "Juridiskais departaments", email: "ilze.liepina@vm.gov.lv" },
    ],
    [
      "Kind regards,\nPeter Smith\nSenior Adviser, International Cooperation Division\nMinistry of Finance\nPhone: +371 67 095 400",
      { firstName: "Peter", lastName: "Smith", position: "Senior Adviser", department: "International Cooperation Division", phone: "+371 67 095 400" },
    ],
  ])("%j", (signature, expected) => {
    expect(profileFromSignature(signature)).toEqual(expected);
  });

  test.each([
    ["Valsts Ieņēmumu Dienests", {}], // an institution in title case is not a name
    ["Labdien!\nPaldies par vēstuli.", {}],
    ["Tālr. 24.11.2026", {}], // a date is not a phone
    ["Vecākais Referents", { position: "Vecākais Referents" }], // a title, not a name
    ["Jānis", {}], // one word is not a full name
    ["Ar cieņu, Jānis Bērziņš", { firstName: "Jānis", lastName: "Bērziņš" }],
  ])("%j gives only %j", (signature, expected) => {
    expect(profileFromSignature(signature)).toEqual(expected);
  });

  test("the first name line wins; later ones are not taken", () => {
    expect(profileFromSignature("Jānis Bērziņš\nPēteris Kalniņš")).toMatchObject({ firstName: "Jānis", lastName: "Bērziņš" });
  });

  test("bounded cost on a huge paste", () => {
    const started = performance.now();
    profileFromSignature(`${"Jānis Bērziņš 67123456 ".repeat(50_000)}\n`.repeat(20));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
