import { describe, expect, it } from "vitest";
import { corroborate } from "../../src/extract/corroborate.js";
import { emptyFacts } from "../../src/schemas/record.js";

const header = { kind: "profile" as const, title: "Økonomichef", employer: "Favrskov Kommune", consultancy: null };
const page = { title: "Økonomichef", employer: "Favrskov Kommune", validThrough: "2026-04-01T23:59:00+02:00", deadline: "2026-04-01", datePosted: null };

describe("corroborate with a page's JobPosting", () => {
  it("changes nothing without one", () => {
    const r = corroborate(header, emptyFacts(), undefined);
    expect(r.header).toEqual(header);
    expect(r.warnings).toEqual([]);
  });

  it("fills what the text left open, with evidence for the deadline", () => {
    const r = corroborate({ ...header, title: null, employer: null }, emptyFacts(), page);
    expect(r.header).toMatchObject({ title: "Økonomichef", employer: "Favrskov Kommune" });
    expect(r.facts.applicationDeadline).toBe("2026-04-01");
    expect(r.evidence).toEqual([{ fact: "applicationDeadline", text: "JSON-LD validThrough 2026-04-01T23:59:00+02:00", section: null, position: null }]);
  });

  it("keeps the text and warns where the page disagrees", () => {
    const r = corroborate(header, { ...emptyFacts(), applicationDeadline: "2026-03-30" }, { ...page, title: "Controller" });
    expect(r.header.title).toBe("Økonomichef");
    expect(r.facts.applicationDeadline).toBe("2026-03-30");
    expect(r.warnings.map((w) => w.code)).toEqual(["jsonld-disagrees", "jsonld-disagrees"]);
  });

  it("names microdata as the witness where the page gave it so", () => {
    const r = corroborate({ ...header, employer: null }, { ...emptyFacts(), applicationDeadline: "2026-03-30" }, { ...page, employer: "Boligforeningen Kildebo", from: "microdata" });
    expect(r.header.employer).toBe("Boligforeningen Kildebo");
    expect(r.warnings.map((w) => w.message)).toEqual(["the page's microdata gives the deadline 2026-04-01, the text 2026-03-30"]);
  });

  it("takes a longer or shorter form of the same title as agreement", () => {
    expect(corroborate({ ...header, title: "Økonomichef til Favrskov Kommune" }, emptyFacts(), page).warnings).toEqual([]);
  });

  it("cuts a headline given as the page's title to the post", () => {
    const r = corroborate({ ...header, title: null }, emptyFacts(), { ...page, title: "Favrskov Kommune søger økonomichef til Økonomi og Styring" });
    expect(r.header.title).toBe("Økonomichef");
  });

  it("lets hiringOrganization settle the employer among the organisations the text names", () => {
    const named = { ...header, employer: "Københavns Universitet", organisations: ["københavnsuniversitet", "nationalmuseet"] };
    expect(corroborate(named, emptyFacts(), { ...page, employer: "Nationalmuseet" }).header.employer).toBe("Nationalmuseet");
  });

  it("keeps the text's employer, with a warning, when the text never names the page's", () => {
    const r = corroborate({ ...header, organisations: ["favrskovkommune"] }, emptyFacts(), { ...page, employer: "Jobportalen Danmark" });
    expect(r.header.employer).toBe("Favrskov Kommune");
    expect(r.warnings.map((w) => w.code)).toEqual(["jsonld-disagrees"]);
  });

  it.each([["Mercuri Urval"], ["Jobindex"]])("never takes %s from hiringOrganization", (name) => {
    expect(corroborate({ ...header, employer: null }, emptyFacts(), { ...page, employer: name }).header.employer).toBeNull();
    expect(corroborate({ ...header, organisations: ["favrskovkommune"] }, emptyFacts(), { ...page, employer: name }).header.employer).toBe("Favrskov Kommune");
  });
});
