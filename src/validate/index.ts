import { z } from "zod";
import { ProfileRecord } from "../schemas/record.js";

/** A record that fails its own schema is a bug in jobprofil, not in the document. */
export class InvalidRecordError extends Error {
  constructor(readonly issues: z.core.$ZodIssue[]) {
    super(`the record failed validation (a bug in jobprofil):\n${z.prettifyError(new z.ZodError(issues))}`);
    this.name = "InvalidRecordError";
  }
}

export function validateRecord(candidate: unknown): ProfileRecord {
  const result = ProfileRecord.safeParse(candidate);
  if (!result.success) throw new InvalidRecordError(result.error.issues);
  return result.data;
}
