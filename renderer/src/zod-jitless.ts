/**
 * Zod 4 compiles fast parsers with `new Function` and probes for it the first time an object schema is
 * built. The page's CSP forbids eval, so the probe fails quietly but the browser reports a `script-src
 * eval` violation at start. Jitless parsing never probes. This module only has that side effect, and the
 * renderer entry imports it before anything that defines a schema (imports run in order).
 */
import { z } from 'zod';

z.config({ jitless: true });
