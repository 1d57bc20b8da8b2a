// One call of the memory suite, alone in this fresh process (bench/memory.mjs forks it with
// `<contender> <origin> <warm-up origin> <warm-up items>`): it reads the small warm-up page, collects,
// then makes the measured call and sends `{ items, peakBytes }` to the parent.
//
// The figure is the kernel's high-water mark of the resident set (getrusage's maxRSS) during the call,
// minus the resident set just before it. It is what the call costs the machine, whatever holds it: V8's
// heap, the string being parsed, and the body's Buffers and undici's chunks, which live outside the heap
// (heapUsed misses them). It is also exact: a sampler in this thread (process.memoryUsage() on a timer)
// cannot run while JSON.parse holds the thread, which is when the peak happens, and it missed most of
// it in trials. On Linux the high-water mark is reset to the current resident set just before the call
// (writing 5 to /proc/self/clear_refs), so it is the call's own, not the start-up's; elsewhere the
// process's peak stands for the call's only if the call raised it, and the run fails when it did not.
import { writeFileSync } from "node:fs";
import { contenders } from "./memory.mjs";

const [name, origin, warmupOrigin, warmupItems] = process.argv.slice(2);
const { setup } = contenders.find((contender) => contender.name === name);
const warmup = await (await setup(warmupOrigin))();
if (warmup !== Number(warmupItems)) throw new Error(`bench: ${name} read ${warmup} warm-up items, not ${warmupItems}.`);
const call = await setup(origin);

const maxRss = () => process.resourceUsage().maxRSS * 1024;
globalThis.gc();
const before = process.memoryUsage.rss();
let reset = true;
try {
  writeFileSync("/proc/self/clear_refs", "5");
} catch {
  reset = false;
}
const peakBefore = maxRss();
const items = await call();
const peak = maxRss();
if (!reset && peak <= peakBefore) {
  throw new Error(`bench: ${name}'s call did not raise the process's peak memory; the figure would be start-up's.`);
}
// Exit at once: the keep-alive connection would keep the process waiting.
process.send({ items, peakBytes: peak - before }, () => process.exit(0));
