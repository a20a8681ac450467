#!/usr/bin/env node
// Cross-validation of the section classifier on our own wild corpus: train
// without the a- documents and score them, then the same for b-, then train
// on everything again. The scores printed are what the classifier does on
// documents it has not seen; the committed model is the one trained on all.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const scorer = new URL("../../shared/eval/score.mjs", import.meta.url).pathname;
if (!existsSync(scorer)) {
  console.error(`cv: the scorer is not at ${scorer}`);
  process.exit(2);
}
const run = (cmd, args) => execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
const rows = [];
for (const half of ["a-", "b-"]) {
  run("node", ["scripts/train-sections.mjs", "--hold-out", half]);
  run("npm", ["run", "--silent", "build"]);
  const out = JSON.parse(run("node", [scorer, "--gold", "fixtures/wild/gold", "--only", half, "--json"]));
  rows.push({ held: half, ...out.total });
  console.log(`held out ${half}: sections ${out.total.sectionAccuracy.toFixed(1)}%  facts ${out.total.factAccuracy.toFixed(1)}%  (${out.total.documents} documents)`);
}
run("node", ["scripts/train-sections.mjs"]);
run("npm", ["run", "--silent", "build"]);
const mean = rows.reduce((a, r) => a + r.sectionAccuracy * r.documents, 0) / rows.reduce((a, r) => a + r.documents, 0);
console.log(`cross-validated sections: ${mean.toFixed(1)}% (the committed model is trained on all)`);
