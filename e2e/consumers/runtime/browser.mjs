// Bundled by the install test with esbuild for the browser, against the installed @specfirst/polar, and
// run in headless Chromium: the runtime contract (scenarios.cjs) with the config the page sets.
import * as polar from "@specfirst/polar";
import { runContract } from "./scenarios.cjs";

globalThis.contractReport = runContract({ copy: polar, config: globalThis.contractConfig });
