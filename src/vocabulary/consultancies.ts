/**
 * Recruitment firms that run Danish public-sector leader searches: the name
 * to report, the spellings that name them, and their web domains.
 */
export interface Consultancy {
  name: string;
  aliases: RegExp;
  domains: string[];
}

// The case-insensitive aliases are ASCII and carry no `u` flag: V8 runs `\b` under `iu` about ten times slower.
export const CONSULTANCIES: Consultancy[] = [
  { name: "Genitor", aliases: /\bGenitors?\b/u, domains: ["genitor.dk"] },
  { name: "Lundgaard Konsulenterne", aliases: /\bLundgaard[- ]Konsulenterne\b/i, domains: ["lundgaard-konsulenterne.dk"] },
  { name: "KL's Konsulentvirksomhed", aliases: /\bKL[’'`´]?s Konsulentvirksomhed\b|\bKLIK\b/u, domains: [] },
  { name: "Mercuri Urval", aliases: /\bMercuri Urval\b/i, domains: ["mercuriurval.com", "mercuriurval.dk"] },
  { name: "Muusmann", aliases: /\bMuusmann\b/u, domains: ["muusmann.dk", "muusmann.com"] },
  { name: "Hartmanns", aliases: /\bHartmanns?\b/u, domains: ["hartmanns.dk"] },
  { name: "Odgers Berndtson", aliases: /\bOdgers Berndtson\b/i, domains: ["odgersberndtson.com"] },
  { name: "Amrop", aliases: /\bAmrop\b/u, domains: ["amrop.dk"] },
  { name: "Heidrick & Struggles", aliases: /\bHeidrick (?:&|og) Struggles\b/i, domains: ["heidrick.com"] },
  { name: "Egon Zehnder", aliases: /\bEgon Zehnder\b/i, domains: ["egonzehnder.com"] },
  { name: "Korn Ferry", aliases: /\bKorn Ferry\b/i, domains: ["kornferry.com"] },
  { name: "Stanton Chase", aliases: /\bStanton Chase\b/i, domains: ["stantonchase.com"] },
  { name: "Signium", aliases: /\bSignium\b/u, domains: ["signium.dk"] },
  { name: "Capacent", aliases: /\bCapacent\b/u, domains: ["capacent.dk"] },
  { name: "Kompetencehuset", aliases: /\bKompetencehuset\b/u, domains: ["kompetencehuset.dk"] },
  { name: "Rambøll Management Consulting", aliases: /\bRambøll Management\b/u, domains: ["ramboll.dk"] },
  { name: "Dansk Kommunikation", aliases: /\bDansk Kommunikation\b/u, domains: [] },
  { name: "Kommunernes Landsforening", aliases: /\bKommunernes Landsforening\b/u, domains: [] },
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
