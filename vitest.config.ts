import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "src/**/*.test.ts"],
    testTimeout: 30_000,
    setupFiles: ["test/event-loop.setup.ts"],
    // End-to-end tests spawn the CLI; two cores do not profit from more forks.
    pool: "forks",
    // test/scaling.test.ts collects garbage between its timed runs, so that one run does not pay for another's.
    poolOptions: { forks: { execArgv: ["--expose-gc"] } },
  },
});
