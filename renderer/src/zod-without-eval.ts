import { z } from 'zod'

// The page runs under a Content Security Policy without 'unsafe-eval'. Zod 4 compiles its object parsers with
// `new Function` after probing whether eval is allowed; the probe alone is reported as a violation. Jitless parsing
// gives the same results without either. Imported first by main.tsx, so it is set before any schema parses.
z.config({ jitless: true })
