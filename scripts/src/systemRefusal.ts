/** Whether an error is the system's refusal (with an errno code: ENOENT, EACCES, ENOSPC…), not a bug of simpul's. */
export function isSystemRefusal(error: unknown): error is NodeJS.ErrnoException {
  return typeof (error as NodeJS.ErrnoException | undefined)?.code === "string";
}
