import { describe, expect, it } from "vitest";
import { holdsContactDetail, OFFICE_NUMBER_LINE, onlyOrganisationMailboxes, PHONE } from "../../src/vocabulary/contact-details.js";

describe("holdsContactDetail", () => {
  it.each([
    ["Kontakt\nMette Lund, kontorchef\nTlf. 41 85 22 10", true],
    ["+45 33 92 33 00", true],
    ["Skriv til mlu@kyst.dk", true],
    ["Kontakt\nMette Lund, kontorchef", false],
    ["Stillingsnummer 2027-0412", false],
    ["Løn: 52.400,00 kr. om måneden", false],
  ])("%j: %s", (text, expected) => {
    expect(holdsContactDetail(text)).toBe(expected);
  });

  it.each([
    ["Tlf. 97 42 18 00\ninfo@storaamuseerne.dk", true],
    ["Skriv til post@kyst.dk eller kontakt@kyst.dk", true],
    ["Mette Lund, mlu@kyst.dk, eller info@kyst.dk", false],
    ["Tlf. 97 42 18 00", false],
  ])("%j: only the house's own mailboxes, %s", (text, expected) => {
    expect(onlyOrganisationMailboxes(text)).toBe(expected);
  });

  it("leaves the shared global patterns where they were, so the next search starts at the text's beginning", () => {
    expect(holdsContactDetail("a 12 34 56 78 b")).toBe(true);
    expect(PHONE.lastIndex).toBe(0);
    expect(holdsContactDetail("12 34 56 78")).toBe(true);
  });
});

describe("OFFICE_NUMBER_LINE: an office's number by its label", () => {
  it.each(["Afdelingens sekretariat: tlf. 79 97 46 00", "Sengeafsnit M3: tlf. 79 97 46 70", "Geriatrisk Ambulatorium: tlf. 79 97 46 45", "Kirkekontoret: 97 40 12 34"])("takes %j", (line) => {
    expect(OFFICE_NUMBER_LINE.test(line)).toBe(true);
  });
  // a person's own numbers under her name, by a phone's label
  it.each(["Mobiltelefon: 21 43 65 87", "Direkte tlf.: 79 97 46 33", "Telefon: 97 64 30 00", "Mobilnr.: 21 43 65 87"])("leaves %j", (line) => {
    expect(OFFICE_NUMBER_LINE.test(line)).toBe(false);
  });
});
