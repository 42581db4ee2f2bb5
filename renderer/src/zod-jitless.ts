/**
 * Zod 4 compiles fast parsers with `new Function` and probes for it the first time an object schema is
 * built. The page's CSP forbids eval, so the probe fails quietly but the browser reports a `script-src
 * eval` violation at start. Jitless parsing never probes. This module only has that side effect, and the
 * renderer entry imports it before anything that defines a schema (imports run in order).
 */
import { config } from 'zod/v4/core';

// The core's `config` is the one `z.config` is: importing it alone keeps the rest of zod out of the first
// paint's scripts, for the dialogs and the log's writes that build schemas, which load after it.
config({ jitless: true });
