import { z } from 'zod';

// The CSP forbids eval. zod decides at schema construction whether to compile parsers with
// new Function(), so this must run before any schema module loads: main.tsx imports it first.
z.config({ jitless: true });
