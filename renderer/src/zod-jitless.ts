/**
 * Zod 4 compiles fast parsers with `new Function` and probes for it the first time an object schema is
 * built. The page's CSP forbids eval, so the probe fails quietly but the browser reports a `script-src
 * eval` violation at start. Jitless parsing never probes. This module only has that side effect, and the
 * renderer entry imports it before anything that defines a schema (imports run in order).
 */

// `z.config()` keeps its settings in this global, so that every copy of zod on a page shares them; zod
// reads it when it first loads, and again on every parse. Writing it here, rather than importing zod's
// core to call `config`, keeps zod (its core alone is 3.5 KB gzip) out of the first paint's scripts; a
// unit test checks that zod still reads it. `??=` in case zod loaded first (a worker, a test).
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };
const zodGlobal = globalThis as ZodGlobal;
(zodGlobal.__zod_globalConfig ??= {}).jitless = true;

// A module, so the renderer entry and the unit test can import it for its side effect alone.
export {};
