import { defineRule } from "../types.js";

export default defineRule({
  id: "missing-contact",
  description: "No contact person with a phone number or an e-mail address is named.",
  defaultSeverity: "error",
  kinds: ["profile", "advertisement"],
  messages: {
    none: "no contact person named for questions about the position",
    unreachable: "contact {{names}} has neither a phone number nor an e-mail address",
  },
  check(record) {
    const { contacts } = record.facts;
    if (contacts.some((c) => c.phone !== null || c.email !== null)) return [];
    const names = contacts.map((c) => c.name).filter((n): n is string => n !== null);
    if (names.length === 0) return [{ messageId: "none" }];
    return [{ messageId: "unreachable", data: { names: names.join(", ") }, position: null }];
  },
});
