// One measurement of the requests suite, alone in this fresh process (bench/requests.mjs forks it with
// `<contender> <origin> <requests> <in flight> <warm-up> <page size>`): it checks the contender lists the
// page, makes the untimed warm-up calls (so the code it runs is compiled), then sends the timed figures
// `{ requestsPerSecond, cpuMicrosPerRequest }` to the parent.
import { contenders, timed } from "./requests.mjs";

const [name, origin, requests, inFlight, warmup, pageSize] = process.argv.slice(2);
const { setup } = contenders.find((contender) => contender.name === name);
const call = await setup(origin);
const count = await call();
if (count !== Number(pageSize)) throw new Error(`bench: ${name} listed ${count} orders, not ${pageSize}.`);
await timed(call, Number(warmup), Number(inFlight));
const figures = await timed(call, Number(requests), Number(inFlight));
// Exit at once: the keep-alive connection would keep the process waiting.
process.send(figures, () => process.exit(0));
