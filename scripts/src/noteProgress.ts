/**
 * How far a notes worker is, in memory it shares with its parent: the notes
 * it has finished, and when it started the note it is on (Date.now()). A
 * worker answers a whole batch in one message, as each message wakes the
 * parent; this is how the parent still knows which note has run too long.
 */
export class NoteProgress {
  readonly shared: BigInt64Array;

  constructor(shared: BigInt64Array = new BigInt64Array(new SharedArrayBuffer(2 * BigInt64Array.BYTES_PER_ELEMENT))) {
    this.shared = shared;
  }

  /** Notes finished so far. */
  get finished(): number {
    return Number(Atomics.load(this.shared, 0));
  }

  /** How long the current note (or the batch just sent, before its first note starts) has run, in ms. */
  get runningMs(): number {
    return Date.now() - Number(Atomics.load(this.shared, 1));
  }

  /** A note or a batch starts now. */
  start(): void {
    Atomics.store(this.shared, 1, BigInt(Date.now()));
  }

  finish(): void {
    Atomics.add(this.shared, 0, 1n);
  }
}
