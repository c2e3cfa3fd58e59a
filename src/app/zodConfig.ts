import { z } from 'zod';

/**
 * The app's Content-Security-Policy has no 'unsafe-eval'. Zod would otherwise try `new Function` once
 * to see whether it may compile its object validators, and the browser would report that attempt as a
 * policy violation. Measured on a 10,000-record pull's response: about 20 ms more validation in all.
 */
z.config({ jitless: true });
