/**
 * A paragraph that presents the employer by its size ("Norddjurs Kommune har ca. 37.000 indbyggere og strækker sig
 * …", "Kommunen har omkring 5.000 medarbejdere og et samlet driftsbudget på …"): the introduction, wherever it
 * stands. Ads put it last, under the process's heading or the contacts', as the employer's closing word about
 * itself. Data, tested on the paragraph's first sentence.
 */
import { BODY_ENDINGS } from "./employers.js";

// a body's name closes with its kind (BODY_ENDINGS: "Kommune", "Hospital", "Museum" …), or opens with it ("Region Sjælland")
const BODY = String.raw`(?:(?:\p{Lu}[\p{L}-]*\s){1,3}(?:${[...BODY_ENDINGS, "Forsyning"].join("|")})|(?:Region|Hospitalsenhed|Regionshospitalet|Sygehus)\s\p{Lu}[\p{L}-]*|Kommunen|Regionen|Universitetet|Hospitalet|Sygehuset|Museet|Forsyningen|Selskabet|Virksomheden)`;
const ABOUT = String.raw`(?:ca\.|cirka|omkring|godt|knap|knapt|over|mere end|næsten|lidt over|i alt)`;
const MEMBERS = String.raw`(?:indbyggere|medarbejdere|ansatte|borgere|studerende|elever|kunder|forbrugere|besøgende)`;
const PRESENTATION = new RegExp(String.raw`^${BODY}\s(?:har|beskæftiger|tæller)\s(?:${ABOUT}\s)?\d[\d.,]*\s(?:${MEMBERS})(?![\p{L}])`, "u");

export const isEmployerPresentation = (sentence: string): boolean => PRESENTATION.test(sentence.trim());
