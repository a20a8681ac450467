import { describe, expect, it } from "vitest";
import { assignDates, findDateMentions } from "../../src/extract/facts/date-roles.js";
import { extractFacts } from "../../src/extract/facts/index.js";
import { units } from "./units.js";

const dates = (outline: string) => {
  const { facts, warnings, evidence } = extractFacts(units(outline));
  const precision = Object.fromEntries(evidence.filter((e) => e.precision).map((e) => [e.fact, e.precision]));
  return { deadline: facts.applicationDeadline, interviews: facts.interviewDates, start: facts.startDate, warnings: warnings.map((w) => w.code), precision };
};

describe("the deadline", () => {
  const cases: [string, string | null][] = [
    ["Ansøgningsfristen er tirsdag den 30. maj 2023.", "2023-05-30"],
    ["Du kan søge stillingen via Genitors hjemmeside: www.genitor.dk. Ansøgningsfristen er **den 12. august 2026**.", "2026-08-12"],
    ["Ansøgningen sendes via stillingsmodulet på www.lundgaard-konsulenterne.dk, så den er modtaget senest den 5. marts 2020 kl. 8.30.", "2020-03-05T08:30"],
    ["Ansøgningsfristen udløber **torsdag den 2. december 2010 kl. 9.00**, hvor ansøgninger skal være modtaget.", "2010-12-02T09:00"],
    ["Ansøgningsfrist: 4. september 2023 kl. 12.00", "2023-09-04T12:00"],
    ["Søg senest den 30.05.2023", "2023-05-30"],
    ["Ansøgningsfrist | 1. oktober 2024", "2024-10-01"],
    // "nederst på siden" is the page, no "since": the time in that sentence is the deadline's
    ["Ansøgningsfrist: 14. marts 2027\nAnsøgningen sendes via linket nederst på siden og skal være os i hænde senest søndag den 14. marts 2027 kl. 23.59.", "2027-03-14T23:59"],
    ["Ansøgningsfrist: 14. marts 2027\nSøg via linket i bunden af siden senest søndag den 14. marts 2027 kl. 23.59.", "2027-03-14T23:59"],
    // a middle dot parts a fact line's cells: the posting's day is not the deadline
    ["Indrykket: 12. marts 2027 · Ansøgningsfrist: 9. april 2027", "2027-04-09"],
    ["Frist for ansøgning er fredag d. 3/2-2025 kl. 10", "2025-02-03T10:00"],
    ["Ansøgning skal være modtaget senest den 12/1 2025", "2025-01-12"],
    // a deadline on a label line above its date
    ["Ansøgningsfrist:\n30. maj 2023", "2023-05-30"],
    // an English ad's own words and months
    ["Please apply no later than 15 March 2027, 23:59 CET.", "2027-03-15T23:59"],
    ["Application deadline: 2 February 2027", "2027-02-02"],
    ["Apply by 15 March 2027 through our career site.", "2027-03-15"],
    ["Applications must be received by 1 April 2027 at 12:00.", "2027-04-01T12:00"],
    ["Closing date: 28 February 2027", "2027-02-28"],
    // a fact box's day, its hour in the text's own sentence; not a party's hour that day
    ["Ansøgningsfrist: 02.05.2027\n\nSøg stillingen via linket nederst på siden senest søndag den 2. maj 2027 kl. 23.59.", "2027-05-02T23:59"],
    ["Ansøgningsfrist: 2. maj 2027\n\nKom og hils på os lørdag den 2. maj 2027 kl. 10-12 til sommerfest.", "2027-05-02"],
    // the label as ASCII writes it, a system's field without æ, ø, å
    ["ansoegningsfrist: \"fredag 12. februar 2027 kl. 12.00\"", "2027-02-12T12:00"],
    // a sentence cut by a page break
    ["Du kan søge stillingen via Genitors hjemmeside: www.genitor.dk. Ansøgningsfristen er\ntirsdag den 30. maj 2023.", "2023-05-30"],
    // a cover date is not the deadline
    ["# andet: Job- og personprofil\n5. november 2010\n# ansaettelsesproces: Rekrutteringsprocessen\nAnsøgningsfristen udløber torsdag den 2. december 2010.", "2010-12-02"],
    ["# andet: Job- og personprofil\n5. november 2010", null],
    ["Referencer indhentes senest den 10. juni 2023.", null],
    // a timetable's week label gives way to the day in its row
    ["Uge 7: Ansøgningsfristen udløber fredag den 19. februar 2027 kl. 12.00", "2027-02-19T12:00"],
    // a committee meeting is not the deadline
    ["Ansættelsesudvalget mødes fredag den 2. juni 2023 og udvælger kandidater.", null],
    // labels as job boards and fact boxes print them
    ["Frist: 14. marts 2027", "2027-03-14"],
    ["Frist: 14. marts 2027 kl. 12.00", "2027-03-14T12:00"],
    ["Ansøgningsfrist: 14.03.2027 23:59", "2027-03-14T23:59"],
    ["Ansøgningsfrist\n14. marts 2027", "2027-03-14"],
    ["Arbejdssted: Holbæk\nAnsøgningsfrist\n14. marts 2027\nTiltrædelse\n1. maj 2027", "2027-03-14"],
    ["| Ansøgningsfrist | 14. marts 2027", "2027-03-14"],
    ["| Stillingstype | Fuldtid\n| Ansøgningsfrist | 14. marts 2027\n| Tiltrædelse | 1. maj 2027", "2027-03-14"],
    ["# ansaettelsesproces: Ansøgningsfrist\n14. marts 2027", "2027-03-14"],
    ["Søg stillingen senest den 14. marts 2027.", "2027-03-14"],
    // "senest" before a start is no deadline
    ["Tiltrædelse senest 1. august 2027.", null],
    ["Du skal kunne starte senest 1. august 2027.", null],
    ["Vi forventer, at du kan begynde senest den 1. august 2027.", null],
    // the same day told twice keeps the time one of them gives
    ["# andet: Fakta\nAnsøgningsfrist: 14. marts 2027\n# ansaettelsesproces: Proces\nSend din ansøgning senest den 14. marts 2027 kl. 12.00.", "2027-03-14T12:00"],
    ["Ansøgningsfrist pr. 14. marts 2027", "2027-03-14"],
    // a labelled date beats an unlabelled "senest", wherever each stands
    ["# andet: Fakta\nFrist: 14. marts 2027\n# ansaettelsesproces: Sådan søger du\nVi skal have din ansøgning senest 1. august 2027.", "2027-03-14"],
    ["# andet: Fakta\nAnsøgningsfrist\n14. marts 2027\n# ansaettelsesproces: Sådan søger du\nSend ansøgningen senest 1. april 2027.", "2027-03-14"],
    // a reposted ad: the first deadline, told of as past, yields to the one in force
    ["Genopslag – stillingen var første gang opslået med frist den 7. februar 2027.\nAnsøgningsfristen er forlænget til mandag den 8. marts 2027.", "2027-03-08"],
    ["Stillingen blev oprindeligt slået op med ansøgningsfrist 7. februar 2027. Ny ansøgningsfrist: 8. marts 2027.", "2027-03-08"],
    // a closed ad's deadline, told of as past, is still its deadline
    ["Opslaget er lukket. Ansøgningsfristen var den 7. februar 2027.", "2027-02-07"],
    // a notice that moves the deadline outranks the label it moves, wherever each stands
    ["Ansøgningsfrist: 4. januar 2027\nOBS: Ansøgningsfristen er forlænget til fredag den 15. januar 2027 kl. 12.00.", "2027-01-15T12:00"],
    // the moved-to day keeps the time the text gives it elsewhere
    ["GENOPSLAG – ansøgningsfristen er forlænget til søndag den 25. april 2027\nAnsøgningsfristen er søndag den 25. april 2027 kl. 23.59.", "2027-04-25T23:59"],
    // a short notice's day and month with their full stops, its year from the day the ad was put up
    ["# andet:\nIndrykket 22.2.2027\n# ansaettelsesproces:\nFrist: 14.3.", "2027-03-14"],
    // the application's own "senest" outranks the interviews named before it in the sentence
    ["Vi indkalder til samtaler løbende, så send gerne din ansøgning hurtigst muligt – dog senest den 28. marts 2027.", "2027-03-28"],
    ["Vi holder samtaler, efterhånden som ansøgningerne kommer, så send os din ansøgning senest 28. marts 2027.", "2027-03-28"],
    // and the call to apply ("søg", not "søger") after rolling interviews
    ["Vi holder samtaler løbende, men søg senest fredag d. 5. marts 2027.", "2027-03-05"],
    ["Vi holder samtaler løbende, så søg allerede i dag – senest 5. marts 2027.", "2027-03-05"],
    // a layout row's cells set apart by spaces: the posting's own day is no deadline
    ["Indrykket: 19. maj 2027    Ansøgningsfrist: 11. juni 2027    Stillingstype: Fuldtid", "2027-06-11"],
    // a timetable's row, its label after the date's colon and the time after the label
    ["8. marts 2027: Ansøgningsfrist kl. 12.00\n15. marts 2027: Første samtale", "2027-03-08T12:00"],
  ];
  it.each(cases)("%s", (outline, want) => {
    expect(dates(outline).deadline).toBe(want);
  });
});

describe("interview rounds", () => {
  const cases: [string, string[]][] = [
    [
      "Ansøgningsfristen er tirsdag den 30. maj 2023.\nAnsættelsesudvalget mødes fredag den 2. juni og udvælger kandidater til første samtalerunde.\nVi gennemfører to samtalerunder. Første samtalerunde afvikles på Hotel Legoland onsdag den 7. juni, og anden samtalerunde afvikles mandag den 19. juni om eftermiddagen.\nMellem første og anden samtale, forventeligt tirsdag den 13. juni, gennemfører Genitor et testforløb.",
      ["2023-06-07", "2023-06-19"],
    ],
    [
      "Ansøgningsfristen udløber torsdag den 2. december 2010 kl. 9.00.\nAnsættelsesudvalget gennemgår sammen med konsulenten ansøgningerne mandag den 6. december med henblik på at udvælge kandidater til første samtale, der finder sted onsdag den 8. december 2010.\nEfter første samtalerunde udvælges kandidater til anden samtale, der finder sted tirsdag den 14. december 2010.\nMellem 1. og 2. samtale skal de udvalgte kandidater gennemføre en test.\nGodkendelse i Byrådet den 14. december 2010.",
      ["2010-12-08", "2010-12-14"],
    ],
    ["Ansøgningsfristen er den 9. november 2023.\nFørste samtalerunde afvikles den 15. november.\nAnden samtalerunde afvikles den 22. november.", ["2023-11-15", "2023-11-22"]],
    // a notice about a round is not the round
    ["| 23.–24. marts 2027 | 1. samtalerunde\n| 8. april 2027 | 2. samtalerunde\nFørste samtalerunde strækker sig over to dage, og du får besked om tidspunktet senest fredag den 19. marts.", ["2027-03-23", "2027-03-24", "2027-04-08"]],
    ["Ansøgningsfrist: 1. marts 2027.\nFørste samtale holdes den 10. marts 2027. Du kan forvente svar på din ansøgning senest den 5. marts 2027.", ["2027-03-10"]],
    // numbered rounds in a timetable, in either order of cells
    ["- Ansøgningsfrist: 4. september 2023\n- 1. samtale: 12. september 2023\n- Test: 14. september 2023\n- 2. samtale: 19. september 2023", ["2023-09-12", "2023-09-19"]],
    ["| 4. september 2023 | Ansøgningsfrist\n| 19. september 2023 | Samtale 2\n| 12. september 2023 | Samtale 1", ["2023-09-12", "2023-09-19"]],
    // unnumbered: by date; a round held over two days gives both
    ["Ansøgningsfrist 1. marts 2024. Samtaler afholdes den 12. og 19. marts.", ["2024-03-12", "2024-03-19"]],
    // a round over two days in a row gives both, as a round's "og" does; a longer span is a period, kept by its first day
    ["Ansøgningsfrist 1. marts 2024. Første samtalerunde afholdes den 7.-8. marts, anden samtalerunde den 15. marts.", ["2024-03-07", "2024-03-08", "2024-03-15"]],
    ["Ansøgningsfrist 1. marts 2024. Samtaler afholdes den 7.-9. marts.", ["2024-03-07"]],
    ["Ansøgningsfrist 1. marts 2024. Første samtalerunde afholdes mandag den 11. marts og tirsdag den 12. marts.", ["2024-03-11", "2024-03-12"]],
    ["Ansøgningsfrist 10. januar 2027. Samtaler holdes den 27. og 28. januar.", ["2027-01-27", "2027-01-28"]],
    ["Ansøgningsfrist 10. januar 2027. 1. samtale den 19. og 20. januar, 2. samtale den 28. januar.", ["2027-01-19", "2027-01-20", "2027-01-28"]],
    ["Ansøgningsfrist 8. februar 2027. 1. og 2. samtalerunde finder sted den 16. og 25. februar 2027.", ["2027-02-16", "2027-02-25"]],
    // a date that holds a test and a round: the round is its fact; a round with a day of its own leaves the test's day alone
    ["- 5. april 2027: Ansøgningsfrist\n- 14. april: Første samtaler\n- 21. april: Test (Garuda) og anden samtale", ["2027-04-14", "2027-04-21"]],
    ["Ansøgningsfrist 1. marts 2027.\nUge 11: 1. samtalerunde\nUge 12: Test og testfeedback, 2. samtalerunde med case", ["2027-03-15", "2027-03-22"]],
    ["Ansøgningsfrist 1. marts 2027. 1. samtale den 8. marts. 15. marts: Test, 2. samtale den 22. marts.", ["2027-03-08", "2027-03-22"]],
    // a round's label that names what it holds, a test's word among it: the round's day
    ["| 1. samtalerunde | Onsdag den 24. februar 2027\n| Test og testfeedback | 1.–2. marts 2027\n| 2. samtalerunde med case og drøftelse af testresultater | Tirsdag den 9. marts 2027", ["2027-02-24", "2027-03-09"]],
    // (a clause after the round is no part of it: the test's day stays the test's)
    ["Ansøgningsfrist 1. marts 2027. Anden samtalerunde med udvalget, og herefter gennemføres en personlighedstest mandag den 15. marts 2027.", []],
    // (nor a day of the round's own, nor a step after it)
    ["Ansøgningsfrist 1. marts 2027. 2. samtalerunde med case i uge 10 og personlighedstest mandag den 22. marts 2027.", ["2027-03-08"]],
    ["Ansøgningsfrist 1. marts 2027. 2. samtalerunde med ansættelsesudvalget og bagefter personlighedstest hos konsulenten mandag den 22. marts 2027.", []],
    // a December deadline followed by January interviews rolls the year over
    ["Ansøgningsfristen er den 12. december 2024.\nFørste samtale: 8. januar\nAnden samtale: 15. januar", ["2025-01-08", "2025-01-15"]],
    // the year comes from the process text, not from a date in the job text
    [
      "# andet: Job- og personprofil\nMaj 2017\n# jobprofil: Jobbet\nFra 1. januar 2019 overtager forvaltningen driften.\n# ansaettelsesproces: Proces\nAnsøgningsfristen er den 2. juni. Første samtale holdes den 8. juni.",
      ["2017-06-08"],
    ],
    ["Ansøgningsfrist: mandag 4/9 2023\nFørste samtale: torsdag 14/9\nAnden samtale: onsdag 20/9", ["2023-09-14", "2023-09-20"]],
    // a round by its number, whatever it is ("en dialog med byrådets gruppeformænd" is no council's decision)
    [
      "Ansøgningsfrist 15. marts 2027.\nFørste runde er en samtale med ansættelsesudvalget tirsdag den 23. marts 2027. Anden runde er en dialog med byrådets gruppeformænd tirsdag den 6. april 2027.\nTredje runde er en afsluttende samtale tirsdag den 13. april 2027. Byrådet godkender ansættelsen den 26. april 2027.",
      ["2027-03-23", "2027-04-06", "2027-04-13"],
    ],
    // "2. samtale:" as an ordered list item loses its ordinal to the list numbering
    ["Ansøgningsfrist: 10. marts 2014, kl. 12.00 1. samtale: 18. og 19. marts 2014\n- samtale: 2. april 2014", ["2014-03-18", "2014-03-19", "2014-04-02"]],
    ["Ansøgningsfrist 1. juni 2023. Samtaler: 13. juni (1. runde) og 20. juni (2. runde).", ["2023-06-13", "2023-06-20"]],
    // a round's two days on rows of their own, each counted ("dag 1", "dag 2"); a round named again a week on is the first's
    [
      "Ansøgningsfrist 12. april 2027 kl. 12.00\n28.04.2027    1. samtalerunde\n06.05.2027    2. samtalerunde, dag 1: præsentation af case\n07.05.2027    2. samtalerunde, dag 2: afsluttende samtale",
      ["2027-04-28", "2027-05-06", "2027-05-07"],
    ],
    // a round the sentence says takes two days: its second day is the round's, whatever meets that day
    [
      "Ansøgningsfrist 8. marts 2027. Første samtale afholdes torsdag den 18. marts 2027.\nAnden samtale foregår over to dage: tirsdag den 6. april 2027 møder kandidaterne hospitalsledelsen, og onsdag den 7. april 2027 holdes den afsluttende samtale.",
      ["2027-03-18", "2027-04-06", "2027-04-07"],
    ],
    // only the next day of a two-day round: the committee's meeting the day after, an answer two days on, are not
    ["Ansøgningsfrist 1. marts 2027. Samtaler holdes over to dage, tirsdag den 16. marts og onsdag den 17. marts 2027, og ansættelsesudvalget mødes torsdag den 18. marts 2027.", ["2027-03-16", "2027-03-17"]],
    ["Ansøgningsfrist 1. marts 2027. Anden samtale er en todages samtale med case, hvor du præsenterer onsdag den 24. marts 2027 og får svar fredag den 26. marts 2027.", ["2027-03-24"]],
    // "to dages betænkningstid" is no round's days
    ["Ansøgningsfrist 1. marts 2027. Samtaler holdes tirsdag den 9. marts 2027, og kandidaterne får to dages betænkningstid; endeligt svar senest torsdag den 11. marts 2027.", ["2027-03-09"]],
    ["Ansøgningsfrist 12. april 2027\n28.04.2027 1. samtalerunde\n06.05.2027 2. samtalerunde\n14.05.2027 2. samtalerunde fortsættes med borgmesteren", ["2027-04-28", "2027-05-06"]],
    // the second round in brackets after the first, with its own day: the mention is that day's, not the first's
    ["Ansøgningsfrist: 11. april 2027\nSamtaler: Onsdag den 21. april 2027 (2. samtale mandag den 26. april 2027)", ["2027-04-21", "2027-04-26"]],
    // but a round's mention with its hours after it is the date's before it
    ["Ansøgningsfrist 1. juni 2023. Samtaler: 13. juni (1. samtale 9.30-15.00) og 20. juni (2. samtale 10.00-14.00).", ["2023-06-13", "2023-06-20"]],
    ["Ansøgningsfrist 1. juni 2023. Ansættelsessamtaler forventes afholdt den 12. juni. Kaffemøde med borgmesteren den 14. juni.", ["2023-06-12"]],
    // a viewing of the workplace is no round, under whatever heading of the process
    ["# ansaettelsesproces: Ansøgning og samtaler\nAnsøgningsfrist 18. marts 2027. Samtaler torsdag den 25. marts 2027.\nBesigtigelse: Interesserede er velkomne til at se kirkekontoret tirsdag den 9. marts 2027 kl. 16.00.", ["2027-03-25"]],
    ["Ansøgningsfrist 1. juni 2023.\n- 1. interview: 12. juni\n- Test og interview hos Mercuri Urval: 14. juni\n- 2. interview: 20. juni", ["2023-06-12", "2023-06-20"]],
    // an unnumbered first round before a numbered second; a date whose cue stands before it takes no round from after it
    ["Ansøgningsfrist: 14. marts 2027. Samtaler afholdes i uge 12, og 2. samtale i uge 13.", ["2027-03-22", "2027-03-29"]],
    ["Ansøgningsfrist 1. marts 2027. Samtaler den 10. marts, og anden samtale den 17. marts.", ["2027-03-10", "2027-03-17"]],
    ["Ansøgningsfrist 1. marts 2027. Den 10. marts holdes første samtale.", ["2027-03-10"]],
    // the day the candidates are chosen for the first round is not that round
    ["| Ansøgningsfrist | 23. august 2027 |\n| Udvælgelse til første samtale | 25. august |\n| 1. samtalerunde | 31. august |", ["2027-08-31"]],
    ["- Ansøgningsfrist: mandag den 1. marts 2027 kl. 9.00\n- Udvælgelse af kandidater til 1. samtale: 3. marts 2027\n- 1. samtale: 12. marts 2027", ["2027-03-12"]],
    // an English part's interviews, in a week, with the shortlisted candidates
    ["The deadline for applications is 15 March 2027 at 23:59 CET.\nInterviews with the shortlisted candidates are expected to be held in week 16.", ["2027-04-19"]],
    ["The deadline is Sunday 9 May 2027 at 23:59. The committee will invite the qualified applicants to interviews, which are expected to take place in week 24.", ["2027-06-14"]],
    // a case sent before the round, a meeting with the mayor between rounds: no rounds
    ["Ansøgningsfrist 1. marts 2024.\nForud for anden samtalerunde, den 10. marts, får du tilsendt en caseopgave.", []],
    // a round with a test is still the round: the test belongs to it
    ["Ansøgningsfrist 10. januar 2027. Samtaler holdes tirsdag den 19. januar, og 2. samtale med test holdes torsdag den 28. januar.", ["2027-01-19", "2027-01-28"]],
    ["Ansøgningsfrist 10. januar 2027. 1. samtale den 19. januar. 2. samtale og test den 28. januar.", ["2027-01-19", "2027-01-28"]],
    ["Ansøgningsfrist 10. januar 2027. Første samtale den 19. januar. Anden samtale inkl. personlighedstest den 28. januar.", ["2027-01-19", "2027-01-28"]],
    ["Ansøgningsfrist 10. januar 2027. Samtalerunde med case den 19. januar.", ["2027-01-19"]],
    // a test day of its own is no round
    ["Ansøgningsfrist 10. januar 2027. Samtale den 19. januar. Test hos konsulenten den 22. januar.", ["2027-01-19"]],
    // nor is a trial lesson or a shift after the interviews in the same sentence
    ["Ansøgningsfrist 1. marts 2027. Vi holder samtaler d. 9/3, og du kan undervise en prøvetime i uge 11.", ["2027-03-09"]],
    ["Ansøgningsfrist 1. marts 2027. Samtaler den 9. marts; derefter en prøvevagt den 15. marts.", ["2027-03-09"]],
    // a week in brackets after a day says which week that day is in
    ["Ansøgningsfrist 20. marts 2027. Første samtalerunde holdes onsdag den 7. april 2027 (uge 14), og anden samtalerunde finder sted tirsdag den 13. april.", ["2027-04-07", "2027-04-13"]],
    ["Send din ansøgning senest 7/3-2027. Vi holder første samtaler i uge 11 (tirsdag 16/3) og anden samtale i uge 12 (torsdag 25/3).", ["2027-03-16", "2027-03-25"]],
    // a timetable by weeks: the week labels the row, the day after it says which day
    ["Tidsplan\nUge 7: Ansøgningsfristen udløber fredag den 19. februar 2027 kl. 12.00\nUge 10: Første samtaler – mandag den 8. marts kl. 9-15\nUge 12: Anden samtaler inkl. case – tirsdag den 23. marts", ["2027-03-08T09:00", "2027-03-23"]],
    ["Tidsplan\nUge 7: Ansøgningsfrist 19. februar 2027\nUge 10: Første samtaler\nUge 12: Anden samtaler", ["2027-03-08", "2027-03-22"]],
    // a timetable's week column beside its day column: the week is the day's, no date of its own
    [
      "| Uge | Dato | Tid | Aktivitet |\n| uge 9 | mandag 1. marts 2027 | kl. 12.00 | Ansøgningsfrist |\n| uge 11 | onsdag 17. marts | kl. 9.00–16.00 | 1. samtalerunde |\n| uge 14 | onsdag 7. april | kl. 13.00–17.30 | 2. samtalerunde med case |",
      ["2027-03-17T09:00", "2027-04-07T13:00"],
    ],
    // a week that holds another round's day is a round of its own
    ["Ansøgningsfristen er søndag den 14. marts 2027. Første samtale afholdes i uge 12, og en eventuel anden samtale afholdes fredag den 26. marts 2027.", ["2027-03-22", "2027-03-26"]],
    // the notice of who goes on to a round is no round, though the round is named nearer its day
    ["| uge 11 | onsdag 17. marts 2027 | 1. samtalerunde |\nKandidaterne får besked om udvælgelse til første samtale senest fredag i uge 10.", ["2027-03-17"]],
    // a relative clause after the round dates the round, though the sentence speaks of what comes before it
    ["Ansøgningsfrist: torsdag 8/4-2027 kl. 12.\nFørste samtaler holdes mandag den 19.4. Inden anden samtale, som er onsdag den 28.4., skal du udfylde en personlighedstest.", ["2027-04-19", "2027-04-28"]],
    ["Ansøgningsfrist: 28. februar 2027.\nFørste samtaler holdes torsdag den 4. marts. Inden anden samtale onsdag den 17. marts beder vi dig udfylde en profil.", ["2027-03-04", "2027-03-17"]],
    ["Første samtalerunde holdes torsdag den 15. april 2027. Kandidaterne har en testfeedback den 20. eller 21. april, inden anden samtalerunde holdes tirsdag den 27. april 2027.", ["2027-04-15", "2027-04-27"]],
    ["Ansøgningsfrist: 1. april 2027\nInterviews are expected to be held in week 16, and a second round of interviews, if needed, will take place on 29 April 2027.", ["2027-04-19", "2027-04-29"]],
    ["Ansøgningsfrist: 28. februar 2027.\nFørste samtaler holdes torsdag den 4. marts. Mellem første og anden samtale den 10. marts gennemfører du en test. Anden samtale er den 17. marts.", ["2027-03-04", "2027-03-17"]],
    // a round given a week in one place and a day in another: the day
    ["Ansøgningsfrist 3. maj 2027. Første samtalerunde holdes onsdag den 12. maj. Kandidaterne til anden runde gennemfører i uge 20 en personlighedstest. Anden samtalerunde er torsdag den 27. maj.", ["2027-05-12", "2027-05-27"]],
    // a clause about whom the candidate meets between the round and its day; the day the committee chooses whom to call
    ["Ansøgningsfrist 19. marts 2027. Vi holder første samtaler tirsdag den 30. marts 2027, og anden samtale, hvor du også møder en gruppe medarbejdere, holdes onsdag den 7. april 2027.", ["2027-03-30", "2027-04-07"]],
    ["Ansøgningsfrist 18. april 2027. Ansættelsesudvalget udvælger kandidater til første samtale onsdag den 28. april 2027. Første samtalerunde holdes torsdag den 6. maj 2027.", ["2027-05-06"]],
    // a timetable's cells run together: the choosing's row, then the round's own day in the next cell
    ["Ansøgningsfrist 12. april 2027.\nTorsdag den 15. april Ansættelsesudvalget udvælger kandidater til første samtale Tirsdag den 20. april 2027, kl. 9.00–16.00\nFørste samtalerunde på rådhuset", ["2027-04-20T09:00"]],
    // an English part, its months and its rounds
    ["Deadline: Sunday 11 April 2027 at 23:59\nFirst interviews: 20 April 2027 in Copenhagen or online\nSecond interviews: 4 May 2027, including a short presentation", ["2027-04-20", "2027-05-04"]],
    // a university's prose: two days of one month, and a second round named without its word
    // a test's day for those who go on to a round is not that round's; the round's own interviews for them are
    ["| 11.–12. maj 2027 | 1. samtalerunde\n| 19.–20. maj 2027 | Master Person Analyse og case for kandidater i 2. runde\n| 27. maj 2027 | 2. samtalerunde", ["2027-05-11", "2027-05-12", "2027-05-27"]],
    ["Første samtalerunde holdes den 11. maj 2027. Referencetagning for kandidaterne i anden runde sker den 19. maj 2027. Anden samtalerunde holdes den 27. maj 2027.", ["2027-05-11", "2027-05-27"]],
    ["Ansøgningsfrist: 1. marts 2027.\nSamtaler for kandidater i 1. runde afholdes den 25. marts 2027.", ["2027-03-25"]],
    ["The deadline for applications is 1 March 2027, 23:59 CET. First-round interviews are expected to take place on 22 and 23 March 2027. A second round, which will include a presentation for the department's staff, is planned for 6 April 2027.", ["2027-03-22", "2027-03-23", "2027-04-06"]],
    // the candidates invited to an interview (and a trial lecture), its days after it
    ["Deadline: 1 April 2027. Shortlisted candidates will be invited to an interview and a trial lecture, which are expected to take place on 14 and 15 June 2027.", ["2027-06-14", "2027-06-15"]],
    // the day those invited are told is no round
    ["Deadline: 1 April 2027. Only applicants invited for an interview will be notified, no later than 20 April 2027.", []],
  ];
  it.each(cases)("%s", (outline, want) => {
    expect(dates(outline).interviews).toEqual(want);
  });
});

describe("the start", () => {
  const cases: [string, string | null][] = [
    ["Vi forventer tiltrædelse den 1. august 2023.", "2023-08-01"],
    ["Forventet tiltrædelse er **den 1. oktober 2026**.", "2026-10-01"],
    ["Forventes tiltrædelse 1. februar 2010.", "2010-02-01"],
    ["Stillingen ønskes besat pr. 1. januar 2024.", "2024-01-01"],
    ["Tiltrædelse: 1. november 2023 eller snarest derefter", "2023-11-01"],
    ["Tiltrædelse senest 1. marts 2024", "2024-03-01"],
    ["Ansøgningsfristen er den 2. juni 2017, og den nye direktør forventes ansat pr. 1. august.", "2017-08-01"],
    ["Forventet opstart: 1. august 2024", "2024-08-01"],
    ["Ansøgningsfrist 1. marts 2027. Vi vil rigtig gerne have dig på plads 1. april.", "2027-04-01"],
    // the one the client wants in place by a day: a start, whatever its "senest"
    ["Klienten vil gerne have den nye CFO på plads senest 1. juni 2027, men der er forståelse for opsigelsesvarsler.", "2027-06-01"],
    // an English ad's start
    ["Starting date is 1 August 2027 or as soon as possible thereafter.", "2027-08-01"],
    ["tiltraedelse: 2027-04-01", "2027-04-01"],
    ["The position is available from 1 August 2027 or as soon as possible thereafter.", "2027-08-01"],
    ["The position is to be filled by 1 June 2027 or as soon as possible thereafter.", "2027-06-01"],
    ["The department invites applications for a position as Assistant Professor, starting 1 September 2027.", "2027-09-01"],
    ["A position as Head of Section is open for appointment from 1 August 2027 or as soon as possible thereafter.", "2027-08-01"],
    ["Vores leder går på efterløn, så vi søger en ny daginstitutionsleder til at tage over 1. august 2027.", "2027-08-01"],
    ["Du skal overtage ledelsen 1. marts 2027.", "2027-03-01"],
    // another's taking over, in the job text, is no start
    ["Fra 1. januar 2028 overtager afdelingen driften.", null],
    ["Afdelingen overtager driften fra 1. januar 2028.", null],
    // the sentence that seeks the post dates it
    ["Bestyrelsen søger en skoleleder, der vil stå i spidsen for skolen fra 1. august 2027.", "2027-08-01"],
    ["Skoleleder søges fra den 1. august 2027.", "2027-08-01"],
    ["Vi søger en leder fra 1. august 2027. Tiltrædelse senest 1. september 2027.", "2027-09-01"],
    ["Stillingen er ledig til besættelse pr. 1. august 2023.", "2023-08-01"],
    ["Tiltrædelse: Snarest muligt og senest 1. oktober 2023", "2023-10-01"],
    ["Den nye direktør forventes at tiltræde 1. marts 2019.", "2019-03-01"],
    ["Ansøgningsfrist 2. december 2024. Tiltrædelse 1. februar.", "2025-02-01"],
    // "pr." before a date names the start, unless something else does
    ["Rigshospitalet søger en afdelingssygeplejerske pr. 1. marts 2027.", "2027-03-01"],
    ["Stillingen ønskes besat 1. maj 2027 eller snarest derefter.", "2027-05-01"],
    ["# jobprofil: Om os\nPr. 1. januar 2027 blev de to forvaltninger lagt sammen.\n# ansaettelsesproces: Proces\nAnsøgningsfrist 14. marts 2027.", null],
    // labels
    ["Tiltrædelse: 1. maj 2027", "2027-05-01"],
    ["Forventet tiltrædelse: 1. maj 2027", "2027-05-01"],
    ["Start: 1. maj 2027", "2027-05-01"],
    ["Ansættelsesstart: 1. maj 2027", "2027-05-01"],
    ["Tiltrædelse\n1. maj 2027", "2027-05-01"],
    ["| Tiltrædelse | 1/5-2027", "2027-05-01"],
    ["Tiltrædelse: snarest muligt", null],
    ["Du skal kunne starte senest 1. august 2027.", "2027-08-01"],
    // "Start" with no colon, and a day/month after it
    ["Ansøgningsfrist: 7/3-2027. Start 1/5.", "2027-05-01"],
    ["Start 1. maj 2027.", "2027-05-01"],
    // a start long after a December deadline is in the next year, not the closer date before it
    ["Ansøgningsfrist: 20. december 2026. Tiltrædelse: 1. august.", "2027-08-01"],
    ["... at kommunalbestyrelsen træffer ansættelsesbeslutning på sit ordinære møde tirsdag den 27. juni 2023.", null],
    // a fixed term starts on its period's first day; the last day is no start
    ["Vikariatet er på 30 timer om ugen i perioden fra den 1. april 2027 til og med den 31. marts 2028.", "2027-04-01"],
    ["Barselsvikariatet løber fra 15. maj 2027 til 30. april 2028.", "2027-05-15"],
    ["Stillingen er et barselsvikariat på 30 timer om ugen fra 1. maj 2027 til 31. marts 2028.", "2027-05-01"],
    ["Ansættelsen er tidsbegrænset for perioden fra 1/9-2027 til 31/8-2029.", "2027-09-01"],
    ["Ansøgningsfristen er til og med den 5. marts 2027.", null],
    ["Samtaler forventes afholdt tirsdag den 20. april 2027. Stillingen er til besættelse 1. juni 2027.", "2027-06-01"],
    ["Uge 22: Tiltrædelse tirsdag den 1. juni 2027", "2027-06-01"],
    ["Derfor søger bestyrelsen en ny leder med virkning fra 1. august 2027.", "2027-08-01"],
    // a fact box's "Ansættelse:" line
    ["Løn: efter overenskomst\nAnsættelse: 1. april 2027", "2027-04-01"],
    // (a fixed term's last day is none)
    ["Løn: efter overenskomst\nAnsættelse: Tidsbegrænset til 31. december 2027", null],
  ];
  it.each(cases)("%s", (outline, want) => {
    expect(dates(outline).start).toBe(want);
  });
});

describe("a fact box's label above its value", () => {
  it("labels a date filed in another section than its label", () => {
    const got = dates("# vilkaar:\nStillingstype\nFuldtid\nTiltrædelse\n# ansaettelsesproces:\n1. marts 2027");
    expect(got.start).toBe("2027-03-01");
  });
  it("takes no sentence of another section for a label", () => {
    const got = dates("# vilkaar:\nVi glæder os til at byde dig velkommen ved tiltrædelse\n# ansaettelsesproces:\n1. marts 2027");
    expect(got.start).toBeNull();
  });
});

describe("a timetable read a cell a line, as a PDF gives it", () => {
  it("takes a date's step from the label above it", () => {
    expect(dates("1. samtale\n14. oktober 2026\n2. samtale\n26. oktober 2026").interviews).toEqual(["2026-10-14", "2026-10-26"]);
  });
  it("takes a date's step from the event below it, when the line above is the previous date's event", () => {
    const got = dates("Lørdag den 13. marts 2027\nFørste samtalerunde på skolen\nTorsdag den 18. marts 2027, kl. 17–21\nAnden samtalerunde, med rundvisning og spisning");
    expect(got.interviews).toEqual(["2027-03-13", "2027-03-18T17:00"]);
  });
  it("takes a date's step from the step set as a heading right above it, before the next step below it", () => {
    const got = dates("# ansaettelsesproces: Tidsplan\n# ansaettelsesproces: Udvælgelse af kandidater\nMandag den 1. marts 2027\n- 1. samtalerunde\nFredag den 5. marts 2027");
    expect(got.interviews).toEqual(["2027-03-05"]);
  });
  it("reads past the rest of a date's cell that wrapped ('kl. 13.00–' over '17.00')", () => {
    const got = dates("Tirsdag den 20. april 2027\nFørste samtalerunde\nOnsdag den 28. april 2027, kl. 13.00–\n17.00\nAnden samtalerunde, herunder en case");
    expect(got.interviews).toEqual(["2027-04-20", "2027-04-28T13:00"]);
  });
});

describe("a fact box's lines, one block", () => {
  it("reads each line's date by its own label", () => {
    const position = { start: { line: 1, page: null }, end: { line: 3, page: null } };
    const box = { kind: "paragraph" as const, text: "Indrykket 18. november 2026\nAnsøgningsfrist 4. januar 2027\nTiltrædelse 1. marts 2027", section: "andet" as const, heading: null, position };
    const { facts } = extractFacts([box]);
    expect(facts).toMatchObject({ applicationDeadline: "2027-01-04", startDate: "2027-03-01" });
  });
  it("outranks the deadlines of other posts in a process section", () => {
    const position = { start: { line: 1, page: null }, end: { line: 1, page: null } };
    const box = { kind: "paragraph" as const, text: "Arbejdssted: Holbæk\nAnsøgningsfrist: 29. august 2027", section: "andet" as const, heading: null, position };
    const other = { kind: "paragraph" as const, text: "Ansøgningsfrist: 5. september 2027", section: "ansaettelsesproces" as const, heading: null, position };
    expect(extractFacts([box, other]).facts.applicationDeadline).toBe("2027-08-29");
  });
});

describe("a table's header row labels its columns", () => {
  it("reads each date by the label above it", () => {
    const got = dates("| Ansøgningsfrist | 1. samtale | 2. samtale | Tiltrædelse\n| 14. marts 2027 | 22. marts | 29. marts | 1. maj");
    expect(got).toMatchObject({ deadline: "2027-03-14", interviews: ["2027-03-22", "2027-03-29"], start: "2027-05-01" });
  });
  it("labels every row below the header", () => {
    const got = dates("| Begivenhed | Dato\n| Ansøgningsfrist | 14. marts 2027\n| Samtaler | 22. marts 2027");
    expect(got).toMatchObject({ deadline: "2027-03-14", interviews: ["2027-03-22"] });
  });
  it("reads a cue in the next cell as that cell's, when the header row's cells did not line up", () => {
    const got = dates("| 19. april 2027 kl. 12.00 | 1. runde: 28. april\n2. runde: 10. maj");
    expect(got).toMatchObject({ interviews: ["2027-04-28", "2027-05-10"] });
  });
});

describe("years the document leaves out", () => {
  const cases: [string, { deadline?: string | null; interviews?: string[]; start?: string | null }][] = [
    // a sequence rolls over the year's end
    ["Ansøgningsfrist: 20. december 2026.\nSamtaler: 5. januar og 12. januar.\nTiltrædelse: 1. marts.", { interviews: ["2027-01-05", "2027-01-12"], start: "2027-03-01" }],
    ["# andet: Stillingsopslag\nNovember 2026\n# ansaettelsesproces: Proces\nAnsøgningsfrist: 20. december.\nSamtaler: 5. januar.\nTiltrædelse: 1. august.", { deadline: "2026-12-20", interviews: ["2027-01-05"], start: "2027-08-01" }],
    // a month the document tells of as past: the document is not older than it
    [
      "# andet: Stillingsopslag\n1. december 2026\n# jobprofil: Om jobbet\nI februar 2027 fik afdelingen en ny direktør.\n# ansaettelsesproces: Proces\nAnsøgningsfrist: 13. juni.",
      { deadline: "2027-06-13" },
    ],
    [
      "# jobprofil: Om jobbet\nSiden 1. marts 2027 har de to afdelinger været lagt sammen.\n# ansaettelsesproces: Proces\nAnsøgningsfrist: 13. juni. Samtaler: 21. juni.",
      { deadline: "2027-06-13", interviews: ["2027-06-21"] },
    ],
    [
      "# andet: Stillingsopslag\n1. december 2026\n# jobprofil: Om jobbet\nI 2027 blev de to afdelinger lagt sammen.\n# ansaettelsesproces: Proces\nAnsøgningsfrist: 13. juni.",
      { deadline: "2027-06-13" },
    ],
    [
      "# andet: Stillingsopslag\n1. december 2026\n# jobprofil: Om jobbet\nVi har i 2027 fået ny direktør og en ny strategi.\n# ansaettelsesproces: Proces\nAnsøgningsfrist: 13. juni.",
      { deadline: "2027-06-13" },
    ],
    // a name ("Vision 2030") and the far end of a period are no such bound: a cue of the past marks the date nearest it
    [
      "# andet: Stillingsopslag\n1. december 2026\n# jobprofil: Om jobbet\nByrådet vedtog i 2026 Vision 2030.\n# ansaettelsesproces: Proces\nAnsøgningsfrist: 3. januar.",
      { deadline: "2027-01-03" },
    ],
    [
      "# andet: Stillingsopslag\n1. december 2026\n# jobprofil: Om jobbet\nStrategien blev vedtaget i december 2026 og gælder til december 2028.\n# ansaettelsesproces: Proces\nAnsøgningsfrist: 3. januar.",
      { deadline: "2027-01-03" },
    ],
    // with no date in the process or on the cover, the past it tells of anchors the years, not a date of the job text
    [
      "# jobprofil: Om jobbet\nStrategien blev vedtaget i marts 2026 og gælder til december 2028.\n# ansaettelsesproces: Proces\nAnsøgningsfrist: 3. januar.",
      { deadline: "2027-01-03" },
    ],
    // a future date in the job text is no such bound
    [
      "# andet: Stillingsopslag\n1. december 2026\n# jobprofil: Om jobbet\nFra 1. januar 2028 overtager afdelingen driften.\n# ansaettelsesproces: Proces\nAnsøgningsfrist: 3. januar.",
      { deadline: "2027-01-03" },
    ],
    // a process date before the day the ad was posted is a slip of its year: the posting anchors the others
    [
      "# andet: Stillingsopslag\nEgebjerg Forsyning A/S · Indrykket 12. januar 2027\n# ansaettelsesproces: Praktisk\nAnsøgningsfrist: søndag den 7. februar kl. 23.59\n1. samtale: tirsdag den 16. februar\nTiltrædelse: 1. april 2026",
      { deadline: "2027-02-07T23:59", interviews: ["2027-02-16"], start: "2026-04-01" },
    ],
    [
      "# andet: Stillingsopslag\nOpslået 12. januar 2027\n# ansaettelsesproces: Praktisk\nAnsøgningsfrist: 7. februar\nTiltrædelse: 1. april 2026",
      { deadline: "2027-02-07" },
    ],
    // a weekday names the year of a date that leaves it out
    ["# andet: Stillingsopslag\nJuni 2026\n# ansaettelsesproces: Proces\nAnsøgningsfrist: fredag den 12. februar.", { deadline: "2027-02-12" }],
    ["# andet: Stillingsopslag\nJuni 2026\n# ansaettelsesproces: Proces\nAnsøgningsfrist: 12. februar.", { deadline: "2026-02-12" }],
    // no date with a year at all: the year the text names on its own, its weekdays checked ("fra skoleåret 2027/28")
    [
      "# indledning: Om stillingen\nVi har brug for dig fra skoleåret 2027/28.\n# ansaettelsesproces: Ansøgning\nSøg senest mandag den 8. marts.\nFørste samtalerunde holdes onsdag den 17. marts.",
      { deadline: "2027-03-08", interviews: ["2027-03-17"] },
    ],
    // a postcode, a phone number or a plan's name names no year, and no weekday confirms one
    ["# indledning: Om os\nSmallegade 1, 2000 Frederiksberg. Tlf. 2045 6789. Vi arbejder efter Vision 2030.\n# ansaettelsesproces: Ansøgning\nSøg senest mandag den 8. marts.", { deadline: null }],
    ["# indledning: Om os\nVi har brug for dig fra skoleåret 2027/28.\n# ansaettelsesproces: Ansøgning\nSøg senest den 8. marts.", { deadline: null }],
    // weeks take the inferred year too, and roll over with the rest
    ["Ansøgningsfrist 20. august 2027. Samtaler i uge 35.", { interviews: ["2027-08-30"] }],
    ["Ansøgningsfrist 15. december 2026. Samtaler i uge 2.", { interviews: ["2027-01-11"] }],
    ["Ansøgningsfrist 17. januar 2027. Vi forventer at holde første samtaler i uge 4 og anden samtaler i uge 5.", { interviews: ["2027-01-25", "2027-02-01"] }],
  ];
  it.each(cases)("%s", (outline, want) => {
    expect(dates(outline)).toMatchObject(want);
  });
});

describe("weeks", () => {
  it("resolves a week to its Monday, says so, and warns of nothing", () => {
    const got = dates("Ansøgningsfrist 20. august 2027 kl. 12. Samtaler i uge 35. Tiltrædelse 1. oktober 2027.");
    expect(got.interviews).toEqual(["2027-08-30"]);
    expect(got.precision).toEqual({ applicationDeadline: "time", "interviewDates[0]": "week", startDate: "day" });
    expect(got.warnings).toEqual([]);
  });
  it("gives a start named by its month and year alone as the month's first day, of month precision", () => {
    const got = dates("Ansøgningsfrist 20. august 2027. Tiltrædelse: november 2027 eller efter aftale.");
    expect(got.start).toBe("2027-11-01");
    expect(got.precision).toEqual({ applicationDeadline: "day", startDate: "month" });
    expect(got.warnings).toEqual([]);
  });
  it("leaves a start early in a month, or a month with no year, unresolved", () => {
    expect(dates("Ansøgningsfrist 20. august 2027. Tiltrædelse primo november 2027.").start).toBeNull();
    expect(dates("Ansøgningsfrist 20. august 2027. Tiltrædelse i november.").start).toBeNull();
  });
  it("takes a start's day over its month when both are given", () => {
    expect(dates("Ansøgningsfrist 20. august 2027. Tiltrædelse november 2027, gerne 15. november 2027.").start).toBe("2027-11-15");
  });
  it("keeps the time of a deadline whose row also gives its week", () => {
    const got = dates("| Uge | Dato | Tid | Aktivitet |\n| uge 9 | mandag 1. marts 2027 | kl. 12.00 | Ansøgningsfrist |");
    expect(got.deadline).toBe("2027-03-01T12:00");
    expect(got.precision).toEqual({ applicationDeadline: "time" });
  });
  it("finds no contradiction in a week holding the deadline", () => {
    // the deadline is a Wednesday of week 33: interviews that week are after it
    const got = dates("Ansøgningsfrist onsdag den 18. august 2027. Samtaler i uge 33.");
    expect(got.interviews).toEqual(["2027-08-16"]);
    expect(got.warnings).toEqual([]);
  });
  describe("a day or week told from the date before it", () => {
    const cases: [string, string[], string[]][] = [
      ["Ansøgningsfrist 30. april 2027. Samtaler holdes mandag den 10. maj, og anden samtale ugen efter.", ["2027-05-10", "2027-05-17"], ["day", "week"]],
      // the next week's Monday, whatever day the first round falls on; a year's last week runs into the next year
      ["Ansøgningsfrist 30. april 2027. Første samtale torsdag den 13. maj. Anden samtale holdes ugen derpå.", ["2027-05-13", "2027-05-17"], ["day", "week"]],
      ["Ansøgningsfrist 1. december 2027. Første samtale i uge 51, anden samtale den efterfølgende uge.", ["2027-12-20", "2027-12-27"], ["week", "week"]],
      ["Ansøgningsfrist 1. december 2027. Første samtale onsdag den 29. december 2027, anden samtale ugen efter.", ["2027-12-29", "2028-01-03"], ["day", "week"]],
      ["Ansøgningsfrist 30. april 2027. Første samtale er den 10. maj og anden samtale dagen efter, kl. 9.", ["2027-05-10", "2027-05-11"], ["day", "day"]],
      // told from the deadline, the paragraph's date before it
      ["Ansøgningsfristen er fredag den 30. april 2027, og samtaler holdes ugen efter.", ["2027-05-03"], ["week"]],
      // told from something that is not a date: no date at all, and nothing unparsed
      ["Ansøgningsfrist 30. april 2027.\nSamtaler holdes ugen efter påske.", [], []],
      ["Ansøgningsfrist 30. april 2027.\nVi holder samtaler ugen efter.", [], []],
      // no day told from a week, and the week stays
      ["Ansøgningsfrist 30. april 2027. Første samtale holdes i uge 19, og anden samtale dagen efter.", ["2027-05-10"], ["week"]],
      // an answer's day or a deadline's is no round
      ["Ansøgningsfrist 30. april 2027. Samtaler holdes mandag den 10. maj 2027, og du får svar på samtalen dagen efter.", ["2027-05-10"], ["day"]],
      ["Ansøgningsfristen er fredag den 30. april 2027. Vi holder samtaler løbende, og du hører fra os senest ugen efter.", [], []],
      // the deadline's "senest" is another clause's, with a comma or without
      ["Send os din ansøgning senest mandag den 3. maj 2027, og vi holder samtaler ugen efter.", ["2027-05-10"], ["week"]],
      ["Send din ansøgning senest fredag den 30. april 2027 og vi holder samtaler ugen efter.", ["2027-05-03"], ["week"]],
      // told from a time with no day between: no date
      ["Ansøgningsfristen er tirsdag den 20. april 2027. Første samtale holdes i maj, og anden samtale ugen efter.", [], []],
      ["Ansøgningsfristen er tirsdag den 20. april 2027. Første samtale holdes efter påske, og anden samtale ugen efter.", [], []],
    ];
    it.each(cases)("%s", (outline, want, precision) => {
      const got = dates(outline);
      expect(got.interviews).toEqual(want);
      expect(want.map((_, k) => got.precision[`interviewDates[${k}]`])).toEqual(precision);
      expect(got.warnings).toEqual([]);
    });
  });
  it("still finds an interview week that is wholly before the deadline", () => {
    expect(dates("Ansøgningsfrist 18. august 2027. Samtaler i uge 31.").warnings).toEqual(["date-order"]);
  });
});

describe("warnings", () => {
  it("keeps a vague start as an approximate date, not a guessed day and no defect", () => {
    const got = extractFacts(units("Ansøgningsfrist 1. februar 2024.\nTiltrædelse primo marts."));
    expect(got.facts.startDate).toBeNull();
    expect(got.warnings).toHaveLength(1);
    expect(got.warnings[0]).toMatchObject({ code: "approximate-date", phrase: "primo marts", role: "start", section: "ansaettelsesproces", text: "Tiltrædelse primo marts." });
  });
  it.each([
    ["Ansøgningsfrist 1. februar 2027.\nTiltrædelse i løbet af foråret.", "i løbet af foråret", "start"],
    ["Ansøgningsfrist 1. februar 2027.\nTiltrædelse efter aftale, gerne inden sommerferien.", "inden sommerferien", "start"],
    ["Ansøgningsfrist 1. februar 2027.\nSamtaler holdes i foråret 2027.", "i foråret 2027", "interview"],
  ])("keeps a season as an approximate date: %s", (outline, phrase, role) => {
    const got = extractFacts(units(outline));
    expect(got.warnings.map((w) => [w.code, w.phrase, w.role])).toEqual([["approximate-date", phrase, role]]);
  });
  it("calls a vague deadline unparsed: a deadline must be a day", () => {
    const got = extractFacts(units("Ansøgningsfrist primo marts."));
    expect(got.warnings.map((w) => [w.code, w.phrase])).toEqual([["unparsed-date", "primo marts"]]);
  });
  it.each([
    // no year anywhere to infer one from
    ["Samtaler afholdes i uge 35.", "uge 35"],
    ["Tiltrædelse snarest muligt.", "snarest muligt"],
    ["Forventet tiltrædelse medio august 2024", "medio august 2024"],
    ["Ansøgningsfristen er den 31. juni 2024.", "den 31. juni 2024"],
    // no year anywhere to infer one from
    ["Ansøgningsfristen er den 2. juni.", "den 2. juni"],
  ])("%s", (outline, phrase) => {
    const got = extractFacts(units(outline));
    expect(got.warnings.map((w) => w.phrase)).toEqual([phrase]);
  });
  it("says nothing of a vague phrase in the job text or in no fact's place", () => {
    expect(dates("# jobprofil: Jobbet\nJuridisk Afdeling er pr. primo juni flyttet til et andet område.").warnings).toEqual([]);
    expect(dates("# andet: Job- og personprofil\nJuni 2026").warnings).toEqual([]);
    expect(dates("Tiltrædelse 1. august 2023 eller snarest muligt.").warnings).toEqual([]);
    expect(dates("Test og interview hos Mercuri Urval: Uge 13").warnings).toEqual([]);
  });
  it("flags a start before the deadline", () => {
    const got = dates("Ansøgningsfristen udløber torsdag den 2. december 2010.\nForventes tiltrædelse 1. februar 2010.");
    expect(got.start).toBe("2010-02-01");
    expect(got.warnings).toEqual(["date-order"]);
  });
  it("flags an interview before the deadline, and rounds out of order", () => {
    expect(dates("Ansøgningsfrist 10. marts 2024. Første samtale 5. marts 2024.").warnings).toEqual(["date-order"]);
    expect(dates("Ansøgningsfrist 1. marts 2024. Første samtale 20. marts 2024. Anden samtale 12. marts 2024.").warnings).toEqual(["date-order"]);
  });
  it("is quiet when the dates agree", () => {
    expect(dates("Ansøgningsfrist 1. marts 2024. Første samtale 12. marts. Anden samtale 20. marts. Tiltrædelse 1. maj 2024.").warnings).toEqual([]);
  });
});

/**
 * Work, not time: every pattern execution, every element an array method
 * visits and every character sliced is counted while the extractor runs. A
 * role finder that rescans the sentence (or all its cues) per date does work
 * growing with the square of the dates, which doubling the input exposes.
 */
function work(run: () => void): number {
  let n = 0;
  const saved: [object, string, unknown][] = [];
  const wrap = (proto: object, name: string, cost: (self: unknown, result: unknown) => number) => {
    const original = (proto as Record<string, (...a: unknown[]) => unknown>)[name];
    saved.push([proto, name, original]);
    Object.defineProperty(proto, name, {
      configurable: true,
      writable: true,
      value: function (this: unknown, ...args: unknown[]) {
        const result = original.apply(this, args);
        n += cost(this, result);
        return result;
      },
    });
  };
  wrap(RegExp.prototype, "exec", () => 1);
  for (const name of ["filter", "find", "findLast", "findIndex", "some", "every", "map", "forEach", "reduce", "sort", "indexOf", "includes", "slice"])
    wrap(Array.prototype, name, (self) => (self as unknown[]).length);
  wrap(String.prototype, "slice", (_self, result) => (result as string).length);
  try {
    run();
  } finally {
    for (const [proto, name, original] of saved) Object.defineProperty(proto, name, { configurable: true, writable: true, value: original });
  }
  return n;
}

describe("date roles take work linear in the dates of a sentence", () => {
  const shapes: [string, (i: number) => string][] = [
    ["dates", (i) => `den ${1 + (i % 28)}. juni 2027, `],
    ["dates after cues", (i) => `frist den ${1 + (i % 28)}. juni 2027, `],
    ["yearless dates with times", (i) => `den ${1 + (i % 28)}. juni kl. 12, `],
    ["numeric dates", (i) => `d. ${1 + (i % 28)}/6, `],
    ["weeks", (i) => `uge ${1 + (i % 50)}, `],
    ["rounds", (i) => `${1 + (i % 4)}. samtale ${1 + (i % 28)}. juni, `],
    ["past and future", (i) => `siden ${1 + (i % 28)}. maj 2026 og senest ${1 + (i % 28)}. juni, `],
    ["table cells", (i) => `${1 + (i % 28)}. juni 2027 | `],
  ];
  const sentence = (shape: (i: number) => string, n: number) => {
    let text = "Ansøgningsfrist 1. juni 2027. ";
    for (let i = 0; i < n; i++) text += shape(i);
    return text;
  };
  it.each(shapes)("%s", (_name, shape) => {
    const cost = (n: number) => work(() => assignDates(findDateMentions(units(sentence(shape, n)))));
    const small = cost(500);
    const large = cost(2000);
    // four times the dates: linear work is about four times as much, quadratic sixteen
    expect(large / small).toBeLessThan(6);
  });
});

describe("the day a file says it was published bounds the years its dates leave out", () => {
  const deadline = (published: string | null) =>
    extractFacts(units("# ansaettelsesproces: Ansøgning\nSend din ansøgning senest den 27. september kl. 12.00. Samtaler holdes den 5. oktober."), published).facts;

  it("puts a yearless deadline after it", () => {
    expect(deadline("2027-09-02")).toMatchObject({ applicationDeadline: "2027-09-27T12:00", interviewDates: ["2027-10-05"] });
    expect(deadline("2027-10-01").applicationDeadline).toBe("2028-09-27T12:00");
  });

  it("leaves a document that says nothing of its year with none", () => {
    expect(deadline(null).applicationDeadline).toBeNull();
  });
});

describe("a recruiter's message: 'på plads senest' is the start, not the deadline", () => {
  it("gives no deadline for the day the client wants the new CFO in place", () => {
    const got = dates("Vi forventer at holde de første samtaler i uge 9. Klienten vil gerne have den nye CFO på plads senest 1. juni 2027.");
    expect(got.deadline).toBeNull();
    expect(got.start).toBe("2027-06-01");
  });
  it.each([
    // a thing in place, no person: no start, and an application's deadline stays one
    ["Ansøgningsfrist 1. marts 2027. Vi forventer at have den nye organisation på plads 1. januar 2027.", "2027-03-01", null],
    ["Alle ansøgninger skal være på plads senest den 1. marts 2027 kl. 12.", "2027-03-01T12:00", null],
    // a compound of a post's word is no post; "en ny" is
    ["Ansøgningsfrist 1. marts 2027. Vi forventer at have den nye lederstruktur på plads 1. januar 2027.", "2027-03-01", null],
    ["Ansøgningsfrist 1. marts 2027. Vi vil gerne have en ny økonomichef på plads 1. maj 2027.", "2027-03-01", "2027-05-01"],
  ])("%j: deadline %j, start %j", (text, deadline, start) => {
    const got = dates(text);
    expect(got.deadline).toBe(deadline);
    expect(got.start).toBe(start);
  });
});

describe("a pay's date is no start", () => {
  it("reads 'niveau pr. 1. april 2027' after a salary as the figure's date, and the start from its own sentence", () => {
    const got = dates(
      "# vilkaar: Løn og vilkår\nStillingen er placeret i lønramme 37, hvilket i dag svarer til en grundløn på ca. 53.400 kr. om måneden (niveau pr. 1. april 2027).\nStillingen er til besættelse pr. 1. maj 2027.",
    );
    expect(got.start).toBe("2027-05-01");
  });
  it("still reads a bare 'pr.' as the start", () => {
    expect(dates("# vilkaar: Løn og vilkår\nRigshospitalet søger en afdelingssygeplejerske pr. 1. marts 2027.").start).toBe("2027-03-01");
  });
});

describe("session 41: bare days after the verb of a round, and a start set out in a box", () => {
  it("reads a round's bare day after 'holdes'", () => {
    expect(dates("Første samtalerunde holdes 20/4 og anden samtalerunde 28/4.\nAnsøgningsfrist: 11.04.2027").interviews).toEqual(["2027-04-20", "2027-04-28"]);
  });
  it("reads the start after 'Ansættelse:' across a fact box's wide gap", () => {
    expect(dates("# andet:\nAnsættelse:      1. august 2027 eller snarest derefter").start).toBe("2027-08-01");
  });
  it("reads a deadline written in capitals", () => {
    expect(dates("ANSØGNINGSFRIST: 7. MAJ 2027").deadline).toBe("2027-05-07");
  });
});

describe("session 42: a first round over two days before a numbered second", () => {
  it("keeps both days of the unnumbered first round", () => {
    expect(dates("Vi holder samtaler tirsdag den 20. og onsdag den 21. april 2027. Der kan blive tale om en kort 2. samtale den 27. april 2027.").interviews).toEqual([
      "2027-04-20",
      "2027-04-21",
      "2027-04-27",
    ]);
  });
  it("keeps a day of another sentence out of the first round", () => {
    expect(dates("Vi holder samtaler tirsdag den 20. april 2027. Den 21. april 2027 er der rundvisning. 2. samtale er den 27. april 2027.").interviews).toEqual(["2027-04-20", "2027-04-27"]);
  });
});

describe("session 42: a day that does not exist", () => {
  it("reports 'den 31/4' as a date it could not resolve, not as a round", () => {
    const got = dates("Første samtalerunde holdes den 31/4, og anden samtalerunde holdes torsdag den 8. april 2027.");
    expect(got.interviews).toEqual(["2027-04-08"]);
    expect(got.warnings).toContain("unparsed-date");
  });
});

describe("session 42: a deadline's label over a sentence that speaks of interviews", () => {
  it("reads the date after 'senest' as the deadline its label opened", () => {
    const got = dates("Ansøgningsfrist: Hurtigst muligt, da vi løbende indkalder til samtaler – dog senest den 31. januar 2027.");
    expect(got.deadline).toBe("2027-01-31");
    expect(got.interviews).toEqual([]);
  });
  it("keeps a start after 'senest' in a sentence the deadline opens without a label", () => {
    expect(dates("Ansøgningsfristen er 1. marts 2027, og tiltrædelse senest 1. maj 2027.").start).toBe("2027-05-01");
  });
});

describe("session 42: the candidates for a round and the test they take first", () => {
  it("dates the test, not the round, where the candidates for the round take one", () => {
    expect(dates("Første samtale finder sted mandag den 21. juni 2027. Kandidaterne til anden samtale gennemfører i perioden 23.–25. juni 2027 en personlighedstest. Anden samtale finder sted onsdag den 30. juni 2027.").interviews).toEqual(["2027-06-21", "2027-06-30"]);
  });
  it("dates the round where its day follows it", () => {
    expect(dates("Første samtale afholdes tirsdag den 19. januar 2027. Kandidaterne til anden samtale torsdag den 28. januar 2027 gennemfører forinden en personlighedstest.").interviews).toEqual(["2027-01-19", "2027-01-28"]);
  });
});

describe("session 42 review: a label's own day, a day told of apart", () => {
  it("gives a start after 'senest' its own role where the label's day came first", () => {
    expect(dates("Ansøgningsfrist: 1. marts 2027, og tiltrædelse senest 1. maj 2027.").start).toBe("2027-05-01");
  });
  it("keeps a visit's day in the first round's sentence out of the round", () => {
    expect(dates("Samtaler holdes den 20. april 2027 med besøg på skolen den 22. april 2027. 2. samtale er den 27. april 2027.").interviews).toEqual(["2027-04-20", "2027-04-27"]);
  });
});

describe("session 43: a clause between commas tells of its subject", () => {
  it("dates the round its clause tells of, not the test the clause names", () => {
    const got = dates("Første samtale afholdes tirsdag den 16. marts 2027. Anden samtale, hvor der indgår en personlighedstest og en mindre case, afholdes onsdag den 24. marts 2027.");
    expect(got.interviews).toEqual(["2027-03-16", "2027-03-24"]);
  });
  it("keeps a clause's cue where no other cue is left outside it", () => {
    const got = dates("Kandidater, der går videre til anden samtale, skal forvente at deltage den 12. maj 2027.");
    expect(got.interviews).toEqual(["2027-05-12"]);
  });
});

describe("session 44: a label's colon over its date, a clause of its own, the choosing's round", () => {
  it("reads a timetable of labels over dates by the label above, a test's between the rounds", () => {
    const got = dates("Ansøgningsfrist:\nMandag den 15. marts 2027\n1. samtalerunde:\nMandag den 22. marts 2027\nTest (online):\n23.–26. marts 2027\n2. samtalerunde:\nTirsdag den 30. marts 2027");
    expect(got.interviews).toEqual(["2027-03-22", "2027-03-30"]);
  });
  it("still reads a timetable of dates over their steps by the step below", () => {
    const got = dates("Mandag den 22. marts 2027\n1. samtalerunde\nTirsdag den 30. marts 2027\n2. samtalerunde");
    expect(got.interviews).toEqual(["2027-03-22", "2027-03-30"]);
  });
  it("gives the choosing of the candidates for a round no round of its own", () => {
    const got = dates("Udvælgelse til 1. runde | Fredag den 23. april 2027\n1. samtalerunde | Onsdag den 28. april 2027");
    expect(got.interviews).toEqual(["2027-04-28"]);
  });
  it("dates a round its own clause names after the date, past a test's clause before it", () => {
    const got = dates("Første samtale holdes tirsdag den 20. april 2027. Den 3. maj 2027 gennemfører du test og case, og fredag den 7. maj 2027 er der anden samtale.");
    expect(got.interviews).toEqual(["2027-04-20", "2027-05-07"]);
  });
  it("takes no start from a verb of beginning in the date's own clause", () => {
    const got = dates("Første samtalerunde holdes tirsdag den 20. april 2027, og fredag den 23. april 2027 begynder anden samtalerunde. Forventet tiltrædelse er 1. juni 2027.");
    expect(got.start).toBe("2027-06-01");
  });
  it("keeps the cue before a date where no clause opens between them", () => {
    const got = dates("Første samtale holdes tirsdag den 20. april 2027, og test gennemføres den 22. april 2027 forud for anden samtale.");
    expect(got.interviews).toEqual(["2027-04-20"]);
  });
});

describe("session 44: rounds moved with the deadline", () => {
  it("takes the rounds' new days over the days the text first gave", () => {
    const got = dates("Ansøgningsfristen er forlænget til mandag den 15. marts 2027 kl. 12.00. Samtalerne er flyttet tilsvarende: 1. samtalerunde holdes nu tirsdag den 23. marts 2027, og 2. samtalerunde holdes tirsdag den 30. og onsdag den 31. marts 2027.\nAnsøg senest mandag den 1. marts 2027 kl. 12.00. 1. samtalerunde forventes afholdt den 9. marts 2027 og 2. samtalerunde den 16. marts 2027.");
    expect(got.interviews).toEqual(["2027-03-23", "2027-03-30", "2027-03-31"]);
    expect(got.deadline).toBe("2027-03-15T12:00");
  });
});

describe("a timetable's week beside the day it holds", () => {
  it("takes the day and its time for the deadline a week's row names", () => {
    const d = dates("# Ansættelsesprocessen\nAnsøgning sendes senest mandag den 19. april 2027 kl. 12.00.\nUge 16: Ansøgningsfristen udløber\nUge 19: Første samtale");
    expect(d.deadline).toBe("2027-04-19T12:00");
  });
});

describe("a short date that closes on its stop", () => {
  it("keeps the time after it: 'fredag d. 9.4. kl. 12.00'", () => {
    const d = dates("# ansaettelsesproces: Ansøgning\nOpslået 15.03.2027.\nAnsøgningsfristen er fredag d. 9.4. kl. 12.00.\nAnsættelsessamtaler 1. runde holdes onsdag d. 21.4. og 2. runde tirsdag d. 27.4.");
    expect(d.deadline).toBe("2027-04-09T12:00");
    expect(d.interviews).toEqual(["2027-04-21", "2027-04-27"]);
  });
  it("keeps two short dates that share the second's year apart: 'Samtaler: 29.06. og 6.07.2027'", () => {
    expect(dates("# ansaettelsesproces: Proces\nFrist: 20.06.2027 kl. 23:59\nSamtaler: 29.06. og 6.07.2027").interviews).toEqual(["2027-06-29", "2027-07-06"]);
  });
});

describe("a timetable's day the candidates are told", () => {
  it("is no round: 'Kandidater til 1. samtale får besked'", () => {
    const d = dates("# ansaettelsesproces: Tidsplan\n| Mandag den 15. februar 2027 kl. 12.00 | Ansøgningsfrist\n| Onsdag den 17. februar | Kandidater til 1. samtale får besked\n| Tirsdag den 23. februar | 1. samtale med ansættelsesudvalget\n| Tirsdag den 2. marts | 2. samtale inkl. præsentation af en case");
    expect(d.interviews).toEqual(["2027-02-23", "2027-03-02"]);
  });
});
