/**
 * What the npm scripts that run the CLI set before it (package.json), and
 * the bench with them, so that it measures the CLI as users run it: glibc's
 * malloc (2.35 and later; ignored elsewhere) then asks the kernel for
 * transparent huge pages for its large blocks, where the kernel gives them
 * on request (`madvise`, a common default). A rebuild at 10,000 notes reads,
 * copies and writes a 40 MB graph in such blocks: with 4 KB pages, faults
 * and TLB misses took a quarter of a one-note rebuild here (prose edits:
 * 1.0 s against 0.74 s, table edits 1.8 s against 1.4 s, median of 10 each).
 */
export const CLI_ENVIRONMENT = { GLIBC_TUNABLES: "glibc.malloc.hugetlb=1" };

/** The environment a CLI process of the bench runs in: this process's, with CLI_ENVIRONMENT. */
export function cliEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, ...CLI_ENVIRONMENT };
}
