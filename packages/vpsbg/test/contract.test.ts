import { describeContract } from "@specfirst/testkit";

// pnpm contract vpsbg against faithful and drifting servers on 127.0.0.1 (needs this package built).
describeContract("vpsbg");
