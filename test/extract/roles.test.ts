/**
 * Contact roles, committee titles and abbreviations, table-driven: phrasings
 * from the seeds and beyond them. A role is a job title, never a connective,
 * a number or a clause; an abbreviation never ends a sentence or a title.
 */
import { describe, expect, it } from "vitest";
import { cleanRole, contactsIn, extractCommittee, memberIn, membersIn } from "../../src/extract/facts/people.js";
import { units } from "./units.js";
import { firstSentenceEnd, splitSentences } from "../../src/normalise/sentences.js";
import { isAbbreviation } from "../../src/vocabulary/abbreviations.js";

describe("contact roles are job titles", () => {
  const cases: [string, { name: string; role: string | null; phone: string | null }[]][] = [
    // seed 001: the role must not be the clause between two people
    [
      "Kan fås hos Jakob Lundgaard, tlf. 4033 2414 og/eller hos kommunaldirektør Ole Bladt-Hansen tlf. 4034 8304.",
      [
        { name: "Jakob Lundgaard", role: null, phone: "40332414" },
        { name: "Ole Bladt-Hansen", role: "kommunaldirektør", phone: "40348304" },
      ],
    ],
    [
      "Spørgsmål kan rettes til enten direktør Hanne Holm, tlf. 2233 4455, eller til HR-chef Bo Berg på 4455 6677.",
      [
        { name: "Hanne Holm", role: "direktør", phone: "22334455" },
        { name: "Bo Berg", role: "HR-chef", phone: "44556677" },
      ],
    ],
    ["Yderligere oplysninger fås hos vores nye direktør Mette Frost på tlf. 2020 3030.", [{ name: "Mette Frost", role: "direktør", phone: "20203030" }]],
    ["Du er velkommen til at kontakte Børne- og Familiechef Anna Bech på tlf. 2211 3344.", [{ name: "Anna Bech", role: "Børne- og Familiechef", phone: "22113344" }]],
    ["Ring til Per Hansen, konst. skoleleder, på 2211 3344.", [{ name: "Per Hansen", role: "konst. skoleleder", phone: "22113344" }]],
    ["Kontakt Lise Lund, partner i Muusmann, på 40 50 60 70.", [{ name: "Lise Lund", role: "partner i Muusmann", phone: "40506070" }]],
    ["Henvendelse kan ske til Ole Vind på telefon 4040 5050 eller til borgmesteren.", [{ name: "Ole Vind", role: null, phone: "40405050" }]],
    ["Kontakt gerne Kim Ravn, der er chefkonsulent hos os, på 3030 4040.", [{ name: "Kim Ravn", role: null, phone: "30304040" }]],
    // the title holds an "og" of its own: the cut goes back to the word that opened the reference
    ["Yderligere oplysninger fås hos direktør for Social og Sundhed Birgit Kjær, tlf. 99 15 66 20.", [{ name: "Birgit Kjær", role: "direktør for Social og Sundhed", phone: "99156620" }]],
    ["Direktør for Børn og Familie Lone Jensen, tlf. 87 80 33 33, svarer gerne på spørgsmål.", [{ name: "Lone Jensen", role: "Direktør for Børn og Familie", phone: "87803333" }]],
    [
      "Yderligere information fås ved henvendelse til direktør for Børn og Unge, Anna Bech, på tlf. 2211 3344 eller hos Genitor v/ partner Christian Roslev, tlf. 2520 1505.",
      [
        { name: "Anna Bech", role: "direktør for Børn og Unge", phone: "22113344" },
        { name: "Christian Roslev", role: "partner i Genitor", phone: "25201505" },
      ],
    ],
    [
      "For yderligere oplysninger kontakt souschef Lis Lund på 4040 5050 eller centerchef Kim Ravn på 5050 6060.",
      [
        { name: "Lis Lund", role: "souschef", phone: "40405050" },
        { name: "Kim Ravn", role: "centerchef", phone: "50506060" },
      ],
    ],
  ];
  it.each(cases)("%s", (sentence, want) => {
    expect(contactsIn(sentence).map(({ name, role, phone }) => ({ name, role, phone }))).toEqual(want);
  });

  it.each([
    ["til enten direktør", "before", "direktør"],
    ["både kommunaldirektør", "before", "kommunaldirektør"],
    [", tlf. 4033 2414 og/eller hos kommunaldirektør", "after", null],
    [", kommunaldirektør, på tlf.", "after", "kommunaldirektør"],
    [", chefkonsulent i Genitor ", "after", "chefkonsulent i Genitor"],
    ["og", "before", null],
    ["4033 2414", "before", null],
    [", der kan kontaktes", "after", null],
    ["Som leder af de mange medarbejdere i forvaltningen får du et tæt samarbejde med", "before", null],
  ] as const)("cleanRole(%j, %s) → %j", (phrase, side, want) => {
    expect(cleanRole(phrase, side)).toBe(want);
  });
});

describe("committee titles are kept whole", () => {
  it.each([
    ["Lene Christensen, Kommunikationschef og konst. sekretariatschef", "Kommunikationschef og konst. sekretariatschef"],
    ["Anna Bech, Børne- og Familiechef", "Børne- og Familiechef"],
    ["Kim Ravn, cand.scient.pol. og souschef", "cand.scient.pol. og souschef"],
    ["Mette Lund, kst. direktør for bl.a. økonomi", "kst. direktør for bl.a. økonomi"],
    ["Ib Holm, leder af Plan, Byg mv. i kommunen", "leder af Plan, Byg mv. i kommunen"],
    ["Ulla Berg, HR-chef. Du kan søge stillingen her", "HR-chef"],
    ["borgmester Bo Ek (formand)", "borgmester, formand"],
  ])("%s", (line, role) => {
    expect(memberIn(line)?.role).toBe(role);
  });

  it("cuts a long role between characters, never inside a surrogate pair", () => {
    // found by test/properties.test.ts: the role's 100-character window ended between the halves of U+10000
    const role = memberIn(`Anne Hansen, ${"x".repeat(97)}𐀀 og mere`)?.role ?? "";
    expect(role).toBe(`${"x".repeat(97)}`);
    expect(/[\ud800-\udfff]/u.test(role)).toBe(false);
  });

  it("reads a list of members and stops at the sentence after it", () => {
    const got = extractCommittee(
      units(
        "Ansættelsesudvalget består af:\n- Jens Jensen, borgmester (formand)\n- Mette Frost, kommunaldirektør\n- Ole Vind, tillidsrepræsentant, DLF\nUdvalget bistås af Genitor v/ partner Christian Roslev.",
      ),
    );
    expect(got.map((m) => m.member)).toEqual([
      { name: "Jens Jensen", role: "borgmester, formand" },
      { name: "Mette Frost", role: "kommunaldirektør" },
      { name: "Ole Vind", role: "tillidsrepræsentant, DLF" },
    ]);
  });

  it("reads the last member whose line ran on into the sentence on who serves the committee, and not the servant", () => {
    const got = extractCommittee(
      // (the line under a PDF's list runs on in its last item, whose bullet it lost)
      units(
        "Ansættelsesudvalget består af:\nJens Jensen, borgmester (formand)\nPia Hvid, fællestillidsrepræsentant (BUPL), repræsentant for medarbejderne Udvalget betjenes af HR-chef Lone Sandberg, som står for den praktiske tilrettelæggelse.",
      ),
    );
    expect(got.map((m) => m.member.name)).toEqual(["Jens Jensen", "Pia Hvid"]);
    const other = extractCommittee(units("Indstillingsudvalget består af:\nJens Jensen, borgmester (formand)\nPia Hvid, fællestillidsrepræsentant\nIndstillingsudvalget betjenes af HR-chef Lone Sandberg."));
    expect(other.map((m) => m.member.name)).toEqual(["Jens Jensen", "Pia Hvid"]);
  });

  it("reads short lines with titles before the names, whole", () => {
    const got = extractCommittee(units("Ansættelsesudvalget består af:\nBorgmester Anne Hansen (formand)\nFormand for Børne- og Skoleudvalget Kim Ravn\nKonst. kommunaldirektør Bo Berg."));
    expect(got.map((m) => m.member)).toEqual([
      { name: "Anne Hansen", role: "Borgmester, formand" },
      { name: "Kim Ravn", role: "Formand for Børne- og Skoleudvalget" },
      { name: "Bo Berg", role: "Konst. kommunaldirektør" },
    ]);
  });

  it("does not split a suspended compound's 'og' in an inline list", () => {
    expect(membersIn("borgmester Bo Ek, Børne- og Familiechef Anna Bech og direktør Ib Ravn")).toEqual([
      { name: "Bo Ek", role: "borgmester" },
      { name: "Anna Bech", role: "Børne- og Familiechef" },
      { name: "Ib Ravn", role: "direktør" },
    ]);
  });
});

describe("abbreviations do not end a sentence", () => {
  it.each(["konst", "bl.a", "f.eks", "ca", "jf", "inkl", "ekskl", "evt", "mht", "tlf", "kl", "nr", "pkt", "stk", "sct", "skt", "mv", "m.fl", "cand.scient.pol", "cand.merc", "(bl.a", "A"])(
    "%s.",
    (word) => expect(isAbbreviation(word)).toBe(true),
  );
  it.each(["direktør", "august", "politik", "2026"])("%s. ends a sentence", (word) => expect(isAbbreviation(word)).toBe(false));

  const cases: [string, string[]][] = [
    ["Stillingen omfatter bl.a. Økonomi og HR. Du refererer til direktøren.", ["Stillingen omfatter bl.a. Økonomi og HR.", "Du refererer til direktøren."]],
    ["Der er tale om ca. 900 medarbejdere jf. Organisationsplanen. Læs mere her.", ["Der er tale om ca. 900 medarbejdere jf. Organisationsplanen.", "Læs mere her."]],
    ["Du er uddannet cand.scient.pol. Eller har tilsvarende erfaring.", ["Du er uddannet cand.scient.pol. Eller har tilsvarende erfaring."]],
    ["Løn efter overenskomst inkl. Tillæg, ekskl. Pension. Tiltrædelse 1. juni.", ["Løn efter overenskomst inkl. Tillæg, ekskl. Pension.", "Tiltrædelse 1. juni."]],
    ["Samtaler afholdes i Mødelokale 3, pkt. 4 og stk. 2 m.fl. Vi glæder os.", ["Samtaler afholdes i Mødelokale 3, pkt. 4 og stk. 2 m.fl. Vi glæder os."]],
  ];
  it.each(cases)("%s", (text, want) => expect(splitSentences(text).map((s) => s.text)).toEqual(want));

  it.each([
    ["Kommunikationschef og konst. sekretariatschef", -1],
    ["HR-chef. Du kan søge", 8],
    ["direktør, f.eks. for HR. Og mere", 24],
  ])("firstSentenceEnd(%j) = %i", (text, want) => expect(firstSentenceEnd(text)).toBe(want));
});
