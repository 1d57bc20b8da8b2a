// Scratch folders of the bench: in the OS temp folder, never in the tree, and removed when the process
// ends, even by Ctrl-C or a kill, so a cancelled `pnpm bench` leaves nothing behind.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const folders = new Set();
const removeAll = () => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders.clear();
};
process.on("exit", removeAll);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.once(signal, () => {
    removeAll();
    // The conventional exit status of a process ended by that signal.
    process.exit(128 + { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 }[signal]);
  });
}

/** A new empty folder `specfirst-<name>-…` in the OS temp folder; `remove()` removes it now. */
export function scratchFolder(name) {
  const folder = mkdtempSync(join(tmpdir(), `specfirst-${name}-`));
  folders.add(folder);
  return {
    path: folder,
    remove() {
      rmSync(folder, { recursive: true, force: true });
      folders.delete(folder);
    },
  };
}
