/** True only in builds made for the end-to-end tests (SIMPUL_E2E=1); see vite.config.ts. */
declare const __SIMPUL_E2E__: boolean;
/** True only in builds made for `npm run bench` (SIMPUL_BENCH=1). */
declare const __SIMPUL_BENCH__: boolean;
