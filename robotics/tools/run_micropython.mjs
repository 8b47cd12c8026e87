// Run firmware files on a real MicroPython interpreter (the WebAssembly port) under Node.
//
// Usage: node run_micropython.mjs JOB.json
//
// JOB.json: {
//   "files": {"main.py": "/host/path/main.py", ...},   copied into /flash on MicroPython
//   "texts": {"fake_script.json": "...text..."},         written into /flash as they are
//   "code": "import main\n...",                          run with /flash as the working folder
//   "heapsize": 8388608                                  optional, bytes of MicroPython heap
// }
// What the code prints goes to stdout. A Python error prints its traceback to stderr and
// exits with status 1. The caller is expected to stop this process if it runs too long.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const packageName = "@micropython/micropython-webassembly-pyscript";

async function loadPackage() {
  const require = createRequire(join(here, "..", "..", "package.json"));
  const entry = require.resolve(packageName + "/micropython.mjs");
  return import(entry);
}

async function main() {
  const jobPath = process.argv[2];
  if (!jobPath) {
    process.stderr.write("usage: node run_micropython.mjs JOB.json\n");
    process.exit(2);
  }
  const job = JSON.parse(readFileSync(jobPath, "utf8"));
  const { loadMicroPython } = await loadPackage();
  const mp = await loadMicroPython({
    heapsize: job.heapsize || 8 * 1024 * 1024,
    stdout: (line) => process.stdout.write(line + "\n"),
    stderr: (line) => process.stderr.write(line + "\n"),
  });
  mp.FS.mkdir("/flash");
  for (const [name, hostPath] of Object.entries(job.files || {})) {
    mp.FS.writeFile("/flash/" + name, readFileSync(hostPath));
  }
  for (const [name, text] of Object.entries(job.texts || {})) {
    mp.FS.writeFile("/flash/" + name, text);
  }
  mp.runPython("import os, sys\nos.chdir('/flash')\nsys.path[:] = ['', '/flash', '.frozen']");
  try {
    mp.runPython(job.code || "");
  } catch (error) {
    process.stderr.write(String(error.message || error) + "\n");
    process.exitCode = 1;
  }
}

await main();
