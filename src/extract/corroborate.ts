/**
 * A web page's schema.org JobPosting (JSON-LD or microdata) is a second witness for the
 * title, the employer and the deadline: it fills what the text left open and
 * is reported where it disagrees with the text, which stays the authority.
 */
import type { JobPostingMetadata } from "../read/jsonld.js";
import type { Evidence, Facts, Warning } from "../schemas/record.js";
import type { Header } from "./header.js";
import { neverEmployer, organisationKey } from "./employer.js";
import { postFromHeadline } from "./title.js";
import { foldText } from "../vocabulary/letters.js";

export interface Corroborated {
  header: Header;
  facts: Facts;
  evidence: Evidence[];
  warnings: Warning[];
}

export function corroborate(header: Header, facts: Facts, jobPosting: JobPostingMetadata | undefined): Corroborated {
  const out: Corroborated = { header: { ...header }, facts: { ...facts }, evidence: [], warnings: [] };
  if (!jobPosting) return out;
  const compare = (field: "title" | "employer", fromPage: string | null) => {
    if (!fromPage) return;
    const fromText = out.header[field];
    if (fromText === null) out.header[field] = fromPage;
    else if (!foldText(fromText).includes(foldText(fromPage)) && !foldText(fromPage).includes(foldText(fromText)))
      out.warnings.push({ code: "jsonld-disagrees", message: `the page's ${jobPosting.from ?? "JSON-LD"} gives ${field} “${fromPage}”, the text “${fromText}”` });
  };
  // A page's title is often its headline ("X søger Y"): the post is what the record wants.
  compare("title", jobPosting.title && (postFromHeadline(jobPosting.title, [jobPosting.employer ?? ""].filter(Boolean)) ?? jobPosting.title));
  // hiringOrganization names the employer outright; where the text names it too, it settles a choice the text's
  // evidence made otherwise. A job board or a recruitment firm given there is not taken.
  const employer = jobPosting.employer && !neverEmployer(jobPosting.employer) ? jobPosting.employer : null;
  if (employer && out.header.employer && header.organisations?.includes(organisationKey(employer))) out.header.employer = employer;
  else compare("employer", employer);
  if (jobPosting.deadline) {
    const fromText = facts.applicationDeadline;
    if (fromText === null) {
      out.facts.applicationDeadline = jobPosting.deadline;
      out.evidence.push({ fact: "applicationDeadline", text: `${jobPosting.from ?? "JSON-LD"} validThrough ${jobPosting.validThrough ?? jobPosting.deadline}`, section: null, position: null });
    } else if (fromText.slice(0, 10) !== jobPosting.deadline.slice(0, 10))
      out.warnings.push({ code: "jsonld-disagrees", message: `the page's ${jobPosting.from ?? "JSON-LD"} gives the deadline ${jobPosting.deadline}, the text ${fromText}` });
  }
  return out;
}
