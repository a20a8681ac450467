// Preloaded (NODE_OPTIONS=--require) into the CLI by no-network.test.ts:
// records every attempt to open a connection, resolve a name or start a
// process, in the file JOBPROFIL_GUARD_LOG names, and blocks it.
"use strict";
const fs = require("node:fs");
const net = require("node:net");
const dns = require("node:dns");
const child = require("node:child_process");
const log = process.env.JOBPROFIL_GUARD_LOG;
const record = (what) => {
  fs.appendFileSync(log, `${what}\n`);
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  record(`connect ${JSON.stringify(args[0])}`);
  return connect.apply(this, args);
};
for (const name of ["lookup", "resolve", "resolve4", "resolve6"]) {
  const original = dns[name];
  dns[name] = function (...args) {
    record(`dns.${name} ${args[0]}`);
    return original.apply(this, args);
  };
}
for (const name of ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"]) {
  const original = child[name];
  child[name] = function (...args) {
    record(`child_process.${name} ${args[0]}`);
    return original.apply(this, args);
  };
}
