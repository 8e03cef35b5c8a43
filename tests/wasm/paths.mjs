// Where the tests and benchmarks find the builds (scripts/build.sh makes
// them): the JavaScript distributions of the wasm build and the native CLI.
// NEWSANN_DIST and NEWSANN_NATIVE override them.
import { join, resolve } from "node:path";

import { repoRoot } from "./corpus.mjs";

export const distDir = resolve(process.env.NEWSANN_DIST ?? join(repoRoot, "build/wasm/dist"));
export const nativeCli = resolve(process.env.NEWSANN_NATIVE ?? join(repoRoot, "build/native/annotate"));
