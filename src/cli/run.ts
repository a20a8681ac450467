/** The command line's entry: dist/cli/run.js, and the CLI bundle built from it (scripts/bundle.mjs). */
import { main } from "./main.js";
import { processIo } from "./io.js";

// A reader that stops early (`jobprofil parse x | head`) closes the pipe: that ends the output, it is no error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

// No top-level await: the bundle is CommonJS.
void main(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
