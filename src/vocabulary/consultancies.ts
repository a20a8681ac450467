/**
 * Recruitment firms that run Danish public-sector leader searches: the name
 * to report, the spellings that name them, and their web domains.
 */
export interface Consultancy {
  name: string;
  /** Lower case, in every spelling the aliases match: a text without it is not searched with them. */
  hint: string;
  aliases: RegExp;
  domains: string[];
  /** Lower-case words beyond the hint that name the firm on their own ("klik"). */
  words?: string[];
}

// The case-insensitive aliases are ASCII and carry no `u` flag: V8 runs `\b` under `iu` about ten times slower.
export const CONSULTANCIES: Consultancy[] = [
  { name: "Genitor", hint: "genitor", aliases: /\bGenitors?\b/u, domains: ["genitor.dk"] },
  { name: "Lundgaard Konsulenterne", hint: "lundgaard", aliases: /\bLundgaard[- ]Konsulenterne\b/i, domains: ["lundgaard-konsulenterne.dk"] },
  { name: "KL's Konsulentvirksomhed", hint: "kl", aliases: /\bKL[’'`´]?s Konsulentvirksomhed\b|\bKLIK\b/u, domains: [], words: ["klik"] },
  { name: "Mercuri Urval", hint: "mercuri", aliases: /\bMercuri Urval\b/i, domains: ["mercuriurval.com", "mercuriurval.dk"] },
  { name: "Muusmann", hint: "muusmann", aliases: /\bMuusmann\b/u, domains: ["muusmann.dk", "muusmann.com"] },
  { name: "Hartmanns", hint: "hartmann", aliases: /\bHartmanns?\b/u, domains: ["hartmanns.dk"] },
  { name: "Odgers Berndtson", hint: "odgers", aliases: /\bOdgers Berndtson\b/i, domains: ["odgersberndtson.com"] },
  { name: "Amrop", hint: "amrop", aliases: /\bAmrop\b/u, domains: ["amrop.dk"] },
  { name: "Heidrick & Struggles", hint: "heidrick", aliases: /\bHeidrick (?:&|og) Struggles\b/i, domains: ["heidrick.com"] },
  { name: "Egon Zehnder", hint: "zehnder", aliases: /\bEgon Zehnder\b/i, domains: ["egonzehnder.com"] },
  { name: "Korn Ferry", hint: "korn ferry", aliases: /\bKorn Ferry\b/i, domains: ["kornferry.com"] },
  { name: "Stanton Chase", hint: "stanton", aliases: /\bStanton Chase\b/i, domains: ["stantonchase.com"] },
  { name: "Signium", hint: "signium", aliases: /\bSignium\b/u, domains: ["signium.dk"] },
  { name: "Capacent", hint: "capacent", aliases: /\bCapacent\b/u, domains: ["capacent.dk"] },
  { name: "Kompetencehuset", hint: "kompetencehuset", aliases: /\bKompetencehuset\b/u, domains: ["kompetencehuset.dk"] },
  { name: "Rambøll Management Consulting", hint: "rambøll", aliases: /\bRambøll Management\b/u, domains: ["ramboll.dk"] },
  { name: "Dansk Kommunikation", hint: "dansk kommunikation", aliases: /\bDansk Kommunikation\b/u, domains: [] },
  { name: "Kirstein", hint: "kirstein", aliases: /\bKirstein\b/u, domains: ["kirstein.dk"] },
  { name: "Boyden", hint: "boyden", aliases: /\bBoyden\b/u, domains: ["boyden.dk", "boyden.com"] },
  { name: "Spencer Stuart", hint: "spencer stuart", aliases: /\bSpencer Stuart\b/i, domains: ["spencerstuart.com"] },
  { name: "Russell Reynolds", hint: "russell reynolds", aliases: /\bRussell Reynolds\b/i, domains: ["russellreynolds.com"] },
  { name: "Hays", hint: "hays", aliases: /\bHays\b/u, domains: ["hays.dk"] },
  { name: "Michael Page", hint: "michael page", aliases: /\bMichael Page\b/i, domains: ["michaelpage.dk"] },
  { name: "Randstad", hint: "randstad", aliases: /\bRandstad\b/u, domains: ["randstad.dk"] },
  { name: "Adecco", hint: "adecco", aliases: /\bAdecco\b/u, domains: ["adecco.dk"] },
  // A firm named by its address counts only where the name is written as a name, capitalised and outside an
  // address: "uploades via rekruttering.dk" and "shn@rekruttering.dk" name an application site and a mailbox
  { name: "Rekruttering.dk", hint: "rekruttering", aliases: /(?<![@/.\w-])Rekruttering\.dk\b/u, domains: [] },
];

/**
 * Phrases that put a firm in charge of the process: "med hjælp fra Genitor",
 * "partner i Genitor". Each is tried only on a text that holds one of its
 * words (lower case): most texts hold none, and a pattern that fails costs a
 * scan of the whole text.
 */
export const CONSULTANCY_CUES: { words: string[]; pattern: RegExp }[] = [
  { words: ["med hjælp fra", "med bistand fra", "med assistance fra", "med støtte fra"], pattern: /\bmed (?:hjælp|bistand|assistance|støtte) fra ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3})/gu },
  { words: ["har bedt"], pattern: /\bhar bedt ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3}) om at (?:assistere|bistå|hjælpe)/gu },
  { words: ["partner", "rekrutteringskonsulent", "headhunter", "researcher"], pattern: /\b(?:partner|seniorpartner|managing partner|rekrutteringskonsulent|headhunter|researcher) (?:i|hos) ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3})/gu },
  { words: ["konsulent i"], pattern: /\b(?:chefkonsulent|seniorkonsulent|konsulent) i ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3})(?=[^.]{0,300}?\b(?:rekruttering|ansættelse|proces|søgning|stillingen))/gu },
  { words: ["firmaet", "virksomheden", "bureauet", "partneren", "konsulenthuset"], pattern: /\b(?:rekrutteringsfirmaet|konsulentfirmaet|rekrutteringsvirksomheden|rekrutteringsbureauet|rekrutteringspartneren|konsulenthuset|search-firmaet) ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3})/gu },
  {
    words: ["rekrutteringen", "processen", "søgningen", "testningen"],
    pattern: /\b(?:[Rr]ekrutteringen|[Pp]rocessen|[Ss]øgningen|[Rr]ekrutteringsprocessen|[Aa]nsættelsesprocessen|[Tt]estningen) (?:varetages|gennemføres|styres|faciliteres|sker|foregår|køres) (?:af|i samarbejde med|med bistand fra|med hjælp fra) ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3})/gu,
  },
  { words: ["udarbejdet af", "skrevet af"], pattern: /\b(?:personprofil(?:en)?|[Pp]rofil(?:en)?) er (?:udarbejdet|skrevet) af ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3})/gu },
  { words: ["test", "interview"], pattern: /\b(?:[Tt]est(?:s|en|ene|ning)?|personlighedstest|interview) (?:hos|via|gennemføres af) ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3})/gu },
];

/** Names a cue can catch that are the hiring side, never a firm: public bodies and their parts. */
export const NOT_A_FIRM =
  /kommune|region|byråd|direktion|ministeri|styrelse|direktorat|universitet|hospital|sygehus|museum|museet|skole|gymnasium|forsyning|bestyrelse|udvalg/iu;
