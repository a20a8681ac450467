import type { Section } from "../../schemas/record.js";
import { defineRule } from "../types.js";

const isEmpty = (s: Section) => s.content.length === 0 && s.subsections.every((sub) => sub.content.length === 0);

export default defineRule({
  id: "empty-section",
  description: "A section has a heading but no text under it.",
  defaultSeverity: "warn",
  kinds: ["profile", "advertisement"],
  messages: {
    empty: 'section "{{heading}}" ({{kind}}) has no text',
  },
  check(record) {
    return record.sections
      .filter(isEmpty)
      .map((s) => ({
        messageId: "empty",
        data: { heading: s.heading ?? "(untitled)", kind: s.kind },
        section: s.kind,
        position: s.position,
      }));
  },
});
