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
}

// The case-insensitive aliases are ASCII and carry no `u` flag: V8 runs `\b` under `iu` about ten times slower.
export const CONSULTANCIES: Consultancy[] = [
  { name: "Genitor", hint: "genitor", aliases: /\bGenitors?\b/u, domains: ["genitor.dk"] },
  { name: "Lundgaard Konsulenterne", hint: "lundgaard", aliases: /\bLundgaard[- ]Konsulenterne\b/i, domains: ["lundgaard-konsulenterne.dk"] },
  { name: "KL's Konsulentvirksomhed", hint: "kl", aliases: /\bKL[’'`´]?s Konsulentvirksomhed\b|\bKLIK\b/u, domains: [] },
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
  { name: "Kommunernes Landsforening", hint: "kommunernes landsforening", aliases: /\bKommunernes Landsforening\b/u, domains: [] },
];

/** Domains that host applications for everyone and so say nothing about who runs the search. */
export const GENERIC_DOMAINS = [
  "emply.net", "emply.com", "hr-manager.net", "hr-skyen.dk", "jobindex.dk", "ofir.dk", "linkedin.com",
  "gmail.com", "hotmail.com", "outlook.com", "jobnet.dk", "easycruit.com", "varbi.com", "kl.dk", "politiken.dk",
];

/** Phrases that put a firm in charge of the process: "med hjælp fra Genitor", "partner i Genitor". */
export const CONSULTANCY_CUES: RegExp[] = [
  /\bmed (?:hjælp|bistand|assistance|støtte) fra ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3})/gu,
  /\bhar bedt ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3}) om at (?:assistere|bistå|hjælpe)/gu,
  /\b(?:partner|chefkonsulent|seniorkonsulent|konsulent|direktør|seniorpartner|managing partner) i ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3})/gu,
  /\b(?:rekrutteringsfirmaet|konsulentfirmaet|rekrutteringsvirksomheden) ([A-ZÆØÅ][\wæøåÆØÅ&'’-]*(?: [A-ZÆØÅ][\wæøåÆØÅ&'’-]*){0,3})/gu,
];
