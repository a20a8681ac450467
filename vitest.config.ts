import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 30_000,
    // End-to-end tests spawn the CLI; two cores do not profit from more forks.
    pool: "forks",
  },
});
