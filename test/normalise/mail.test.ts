import { describe, expect, it } from "vitest";
import { mailWrapper, unquote } from "../../src/normalise/mail.js";
import { parseProfile } from "../../src/pipeline.js";

const lines = (text: string) => text.split("\n").map((t, i) => ({ text: t, line: i + 1, page: null }));
/** The wrapper's lines, as text. */
const wrapped = (text: string) => {
  const set = mailWrapper(lines(text));
  return lines(text).filter((l) => set.has(l.line)).map((l) => l.text);
};

const post = "Skoleleder til Tarup Skole\n\nVil du stå i spidsen for en stor skole?\n\nSend din ansøgning senest fredag den 29. januar kl. 12.";

describe("a header that is no forward's", () => {
  it("leaves the post's signature to the post under a mail's own header that opens with its subject", () => {
    const text = `Emne: Ny stilling\nFra: HR <hr@odense.dk>\nDato: 14. januar 2027\nTil: Alle ledere\n\n${post}\n\nMed venlig hilsen\nJens Holm\nSkoleleder\nTlf. 23 45 67 89`;
    expect(wrapped(text)).not.toContain("Tlf. 23 45 67 89");
    expect(wrapped(text)).not.toContain("Skoleleder til Tarup Skole");
  });

  it("reads an ad's period ('Fra: 1. august 2027', 'Til: 31. juli 2028') as the ad's", () => {
    expect(wrapped(`Barselsvikar til Tarup Skole\n\nVikariatets periode\nFra: 1. august 2027\nTil: 31. juli 2028\nDato: 3. juni 2027\n\n${post}`)).toEqual([]);
  });
});

describe("a forwarding mail's own lines around the post", () => {
  it.each([
    [
      "a forward mark after the sender's note",
      `Fra: Mette Lund <ml@gmail.com>\nSendt: 14. januar 2027 08:12\nTil: Jonas Birk <jb@outlook.dk>\n\nHej Jonas\n\nRing til mig på 22 45 19 03.\n\n---------- Videresendt meddelelse ----------\nFra: Jobagent <jobagent@odense.dk>\nDato: 12. januar 2027\n\n${post}`,
      ["Fra: Mette Lund <ml@gmail.com>", "Sendt: 14. januar 2027 08:12", "Til: Jonas Birk <jb@outlook.dk>", "Hej Jonas", "Ring til mig på 22 45 19 03.", "---------- Videresendt meddelelse ----------", "Fra: Jobagent <jobagent@odense.dk>", "Dato: 12. januar 2027"],
    ],
    [
      "a rule of underscores before and after the post",
      `From: Birgitte <b@outlook.dk>\nSendt: 14. januar 2027\nEmne: VS: Teamleder\n\nHej Jonas, se her.\n\n________________________________\n\n${post}\n\n________________________________\n\nRing endelig.\n\nKh Birgitte\nMobil: 2164 9037`,
      ["From: Birgitte <b@outlook.dk>", "Sendt: 14. januar 2027", "Emne: VS: Teamleder", "Hej Jonas, se her.", "________________________________", "________________________________", "Ring endelig.", "Kh Birgitte", "Mobil: 2164 9037"],
    ],
    // Outlook's forward, its mark a rule drawn in HTML: the forwarded header itself marks it, and the forwarded mail's
    // note that asks to pass the post on is that mail's
    [
      "a union's note above an Outlook forward without a mark line",
      `Kære medlem\n\nVi har modtaget nedenstående stillingsopslag med en opfordring til at dele det.\n\nMed venlig hilsen\nSekretariatet\n\nFra: Trine Bager Holm <tbho@syddjurs.dk>\nSendt: mandag den 8. februar 2027 10:42\nTil: Sekretariat FNM <sekretariat@fnm.dk>\nEmne: Stillingsopslag: Afdelingschef\n\nKære FNM\n\nVi vil sætte stor pris på, hvis I vil videresende vedlagte stillingsopslag til jeres medlemmer.\n\n${post}`,
      ["Kære medlem", "Vi har modtaget nedenstående stillingsopslag med en opfordring til at dele det.", "Med venlig hilsen", "Sekretariatet", "Fra: Trine Bager Holm <tbho@syddjurs.dk>", "Sendt: mandag den 8. februar 2027 10:42", "Til: Sekretariat FNM <sekretariat@fnm.dk>", "Emne: Stillingsopslag: Afdelingschef", "Kære FNM", "Vi vil sætte stor pris på, hvis I vil videresende vedlagte stillingsopslag til jeres medlemmer."],
    ],
    // copied from an inbox without the outer header: the note and its signature above the mark are the sender's
    [
      "a sender's note above the mark, with no header of its own",
      `Hej Karsten\n\nDen her landede hos mig i går.\n\n/Ulla\n\nUlla Brix Sørensen\nDriftsleder, Vand\nMobil 4126 7783\n\n---------- Videresendt meddelelse ----------\nFra: Camilla Hald <chh@haldbrink.dk>\nEmne: Del gerne\n\n${post}`,
      ["Hej Karsten", "Den her landede hos mig i går.", "/Ulla", "Ulla Brix Sørensen", "Driftsleder, Vand", "Mobil 4126 7783", "---------- Videresendt meddelelse ----------", "Fra: Camilla Hald <chh@haldbrink.dk>", "Emne: Del gerne"],
    ],
    // the forwarded mail's own note, greeting to signature, before the post it passes on
    [
      "the forwarded mail's note and signature",
      `Fra: Ulla <ubs@djursvand.dk>\nTil: Karsten <k@gmail.com>\n\nSe her.\n\n---------- Videresendt meddelelse ----------\nFra: Camilla Hald <chh@haldbrink.dk>\n\nKære Ulla\n\nVil du sende opslaget videre?\n\nVenlig hilsen\n\nCamilla Hald\nPartner\nM: +45 28 11 47 20\n\n${post}`,
      ["Fra: Ulla <ubs@djursvand.dk>", "Til: Karsten <k@gmail.com>", "Se her.", "---------- Videresendt meddelelse ----------", "Fra: Camilla Hald <chh@haldbrink.dk>", "Kære Ulla", "Vil du sende opslaget videre?", "Venlig hilsen", "Camilla Hald", "Partner", "M: +45 28 11 47 20"],
    ],
    // a forwarded note whose closing comes only at the mail's end: its greeting and the paragraph that speaks as a mail
    [
      "the forwarded mail's note, its closing after the post",
      `Hej Camilla\n\nSe her.\n\n---------- Videresendt meddelelse ----------\nFra: Rikke <rdj@holstebro.dk>\nEmne: Del gerne\n\nKære Anders\n\nTak for en god snak. Som lovet sender jeg vores opslag herunder.\n\n${post}\n\nVenlig hilsen\nRikke`,
      ["Hej Camilla", "Se her.", "---------- Videresendt meddelelse ----------", "Fra: Rikke <rdj@holstebro.dk>", "Emne: Del gerne", "Kære Anders", "Tak for en god snak. Som lovet sender jeg vores opslag herunder.", "Venlig hilsen", "Rikke"],
    ],
    // a greeting with no closing soon after is the post's own ("Kære kommende skoleleder" …)
    [
      "a post that greets its reader",
      `Fra: Ulla <ubs@djursvand.dk>\nTil: Karsten <k@gmail.com>\n\nSe her.\n\n---------- Videresendt meddelelse ----------\nFra: Jobagent <jobagent@odense.dk>\n\nKære Kommende Skoleleder\n\n${post}`,
      ["Fra: Ulla <ubs@djursvand.dk>", "Til: Karsten <k@gmail.com>", "Se her.", "---------- Videresendt meddelelse ----------", "Fra: Jobagent <jobagent@odense.dk>"],
    ],
    // the sender's signature under "-- " after the forwarded post: her own number is no contact of the post
    [
      "a signature under its delimiter at the end",
      `From: Lene <lene@outlook.dk>\nTo: Mads <m@gmail.com>\n\nHej Mads\n\n-------- Videresendt meddelelse --------\nFra: Jobagent <jobagent@rsyd.dk>\n\n${post}\n\n-- \nLene Thygesen\nSygeplejerske, Akutafdelingen\nMobil 28 91 44 07`,
      ["From: Lene <lene@outlook.dk>", "To: Mads <m@gmail.com>", "Hej Mads", "-------- Videresendt meddelelse --------", "Fra: Jobagent <jobagent@rsyd.dk>", "-- ", "Lene Thygesen", "Sygeplejerske, Akutafdelingen", "Mobil 28 91 44 07"],
    ],
    // an intranet's mail: the note above a rule of equals signs, the firm's one line of details under "-- "
    [
      "a rule of equals signs under the note, a signature of one long line",
      `Fra: Hanne Thygesen, HR\nTil: Alle medarbejdere\nEmne: Opslag: Skoleleder\n\nHej alle\n\nVi slår nu stillingen op – del den endelig.\n\nMvh Hanne\n\n=====================================================\n\n${post}\n\n-- \nLimfjord Vand & Varme A/S  |  Kirkebakken 14, 7800 Skive  |  Tlf. 96 14 30 00  |  www.limfjordvv.dk`,
      ["Fra: Hanne Thygesen, HR", "Til: Alle medarbejdere", "Emne: Opslag: Skoleleder", "Hej alle", "Vi slår nu stillingen op – del den endelig.", "Mvh Hanne", "=====================================================", "-- ", "Limfjord Vand & Varme A/S  |  Kirkebakken 14, 7800 Skive  |  Tlf. 96 14 30 00  |  www.limfjordvv.dk"],
    ],
    // a newsletter's forward: the note to its members, and its closing, signature and unsubscribe lines after the post
    [
      "a newsletter's note, closing and unsubscribe lines",
      `---------- Videresendt besked ----------\nFra: Skolelederforeningen <nyhedsbrev@sl.dk>\nEmne: Ledig stilling\n\nKære medlemmer\n\nVi gør opmærksom på nedenstående stilling.\n\n${post}\n\n****\n\nMed venlig hilsen\n\nAnnette Brogaard\nFormand\nTlf. 24 61 98 30\n\n--\nDu modtager denne mail, fordi du er medlem. Afmeld her: https://sl.dk/afmeld`,
      ["---------- Videresendt besked ----------", "Fra: Skolelederforeningen <nyhedsbrev@sl.dk>", "Emne: Ledig stilling", "Kære medlemmer", "Vi gør opmærksom på nedenstående stilling.", "Med venlig hilsen", "Annette Brogaard", "Formand", "Tlf. 24 61 98 30", "--", "Du modtager denne mail, fordi du er medlem. Afmeld her: https://sl.dk/afmeld"],
    ],
    // a mail that forwards nothing is the post itself: only its header is the mail's
    ["a mail that is the post", `Fra: HR <hr@odense.dk>\nTil: Alle ledere\nEmne: Ny stilling\n\n${post}`, ["Fra: HR <hr@odense.dk>", "Til: Alle ledere", "Emne: Ny stilling"]],
    // a mailing list's post, its own words under the header: the quoted mail it answers and the list's footer are the mail's
    [
      "a list's post with a quoted earlier mail and the list's footer",
      `Fra: Rasmus Kjær <formand@friskole.dk>\nSendt: 2. februar 2027 20:41\nTil: friskolejob@lister.dk\nEmne: Re: Ny skoleleder\n\nKære alle på listen\n\n${post}\n\nDen 14. jan. 2027 kl. 09.12 skrev Rasmus Kjær <formand@friskole.dk>:\n> Kære alle\n>\n> Stillingen bliver snart ledig.\n\n_______________________________________________\nFriskolejob mailingliste\nAfmeld: https://lister.dk/listinfo/friskolejob`,
      ["Fra: Rasmus Kjær <formand@friskole.dk>", "Sendt: 2. februar 2027 20:41", "Til: friskolejob@lister.dk", "Emne: Re: Ny skoleleder", "Den 14. jan. 2027 kl. 09.12 skrev Rasmus Kjær <formand@friskole.dk>:", "> Kære alle", ">", "> Stillingen bliver snart ledig.", "_______________________________________________", "Friskolejob mailingliste", "Afmeld: https://lister.dk/listinfo/friskolejob"],
    ],
    // a mail to a list that sets the post between two rules of dashes: its note before, its closing and disclaimer after
    [
      "a list mail's rules around the post",
      `Fra: HR <hr@rm.dk>\nTil: ledere@lister.rm.dk\nEmne: Ledigt job\n\nKære alle på listen\n\nDel gerne opslaget.\n\n${"-".repeat(40)}\n\n${post}\n\nOm os\nVi er 48 kolleger.\nOm jobbet\nDu får ansvar for vagtplanen.\nOm dig\nDu er rolig.\nVi tilbyder\ngode kolleger.\n\n${"-".repeat(40)}\n\nVenlig hilsen\nLine Bach\nHR-konsulent\nDirekte: 78 43 02 17\n\nFORTROLIGHED: Denne e-mail er kun til adressaten.`,
      ["Fra: HR <hr@rm.dk>", "Til: ledere@lister.rm.dk", "Emne: Ledigt job", "Kære alle på listen", "Del gerne opslaget.", "-".repeat(40), "-".repeat(40), "Venlig hilsen", "Line Bach", "HR-konsulent", "Direkte: 78 43 02 17", "FORTROLIGHED: Denne e-mail er kun til adressaten."],
    ],
    // a job agent's mail sets its own sections between rules of dashes, and greets no one: only its header is the mail's
    [
      "a job agent's mail with rules between its sections",
      `Fra: Jobnet <noreply@jobnet.dk>\nTil: Hanne <hanne@example.dk>\nEmne: Nyt job\n\n${post}\n\n${"-".repeat(40)}\n\nOm dig\n- uddannet sygeplejerske\n- ledelseserfaring\n- tydelig\n- nærværende\n- god til resultater\n- trives med samarbejde\n- styr på økonomi\n- udvikler medarbejdere\n- har kørekort\n\n${"-".repeat(40)}\n\nAnsøgningsfrist: 15. juni 2027.`,
      ["Fra: Jobnet <noreply@jobnet.dk>", "Til: Hanne <hanne@example.dk>", "Emne: Nyt job"],
    ],
    // a post that mentions a sender is no mail
    ["no mail", `${post}\n\nFra: 1. april 2027`, []],
  ])("%s", (_, text, want) => {
    expect(wrapped(text)).toEqual(want);
  });
});

describe("a forwarded post, parsed", () => {
  const text = `Fra: Mette Lund <mette.lund@gmail.com>\nSendt: torsdag den 14. januar 2027 08:12\nTil: Jonas Birk <jbirk@outlook.dk>\n\nHej Jonas\n\nJeg faldt over den her i morges og tænkte straks på dig. Ring til mig på 22 45 19 03, hvis du vil sparre om ansøgningen.\n\nKh Mette\n\n---------- Videresendt meddelelse ----------\nFra: Jobagent - Odense Kommune <jobagent@odense.dk>\nDato: tir. 12. jan. 2027 kl. 07.00\n\nSkoleleder til Tarup Skole\n\nTarup Skole er en folkeskole med 720 elever, og vi søger en ny skoleleder, der vil bygge videre på skolens fællesskab.\n\nSådan søger du\n\nSend din ansøgning senest fredag den 29. januar kl. 12. Har du spørgsmål, så ring til skolechef Birgitte Holst på tlf. 6551 2840.`;
  it("files the sender's note as the mail's and takes none of its contacts, but dates the post by it", async () => {
    const { record } = await parseProfile(Buffer.from(text), { path: "mail.txt" });
    const note = record.sections.find((s) => s.content.some((b) => b.kind === "paragraph" && b.text.startsWith("Jeg faldt over")));
    expect(note?.kind).toBe("andet");
    expect(record.facts.contacts.map((c) => c.phone)).toEqual(["65512840"]);
    expect(record.facts.contacts.map((c) => c.email).filter(Boolean)).toEqual([]);
    expect(record.facts.applicationDeadline).toBe("2027-01-29T12:00");
  });
});

describe("a forward copied from an inbox, parsed", () => {
  const text = `Hej Karsten\n\nDen her landede hos mig i går. Ring endelig, hvis du vil snakke om det.\n\n/Ulla\n\nUlla Brix Sørensen\nDriftsleder, Vand\nDjurs Vandværk I/S\nMobil 4126 7783\n\n---------- Videresendt meddelelse ----------\nFra: Camilla Hald <chh@haldbrink.dk>\nEmne: Del gerne\n\n${post}\n\nHar du spørgsmål, så ring til skolechef Birgitte Holst på tlf. 6551 2840.`;
  it("takes neither the title in the sender's signature nor the sender's phone", async () => {
    const { record } = await parseProfile(Buffer.from(text), { path: "mail.txt" });
    expect(record.title).toBe("Skoleleder");
    expect(record.facts.contacts.map((c) => c.phone)).toEqual(["65512840"]);
  });
});

describe("a post forwarded as a quote (\"> \" at each line's start)", () => {
  const quoted = ["> Skoleleder til Tarup Skole", ">", "> Om stillingen", "> Du får ansvaret for skolens 720 elever og 60 medarbejdere.", ">", "> Din profil", "> > Du er uddannet lærer og har erfaring med ledelse."];
  it("reads the quoted lines without their marks, and keeps a quote's empty line as markup", () => {
    const got = unquote(lines(quoted.join("\n")));
    expect(got.map((l) => l.text)).toEqual(["Skoleleder til Tarup Skole", ">", "Om stillingen", "Du får ansvaret for skolens 720 elever og 60 medarbejdere.", ">", "Din profil", "Du er uddannet lærer og har erfaring med ledelse."]);
    expect(got.filter((l) => l.drop === "markup").map((l) => l.line)).toEqual([2, 5]);
    expect(got.every((l) => l.quoted)).toBe(true);
  });
  it("leaves a few quoted lines as they are", () => {
    const few = lines("Vi søger en leder.\n> Kære alle\n> Stillingen bliver snart ledig.");
    expect(unquote(few)).toBe(few);
  });
  it("finds the quoted post's sections as written", async () => {
    const text = `Hej Mette,\n\nse lige denne her.\n\nKh Anders\n\n---------- Videresendt besked ----------\nFra: Odense Kommune <job@odense.dk>\nDato: tor. 4. mar. 2027 kl. 19:02\n\n${quoted.join("\n")}\n>\n> Ansøgningsfrist: 15. marts 2027`;
    const { record } = await parseProfile(Buffer.from(text), { path: "mail.txt" });
    const kindOf = (start: string) => record.sections.find((s) => s.content.some((b) => b.kind === "paragraph" && b.text.startsWith(start)))?.kind;
    expect(kindOf("Du får ansvaret")).toBe("jobprofil");
    expect(kindOf("Du er uddannet lærer")).toBe("personprofil");
    expect(record.facts.applicationDeadline).toBe("2027-03-15");
  });
});
