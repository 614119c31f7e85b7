/**
 * @module bench/load/protocol
 * The IPC messages between the load/soak parent and its server children.
 */

/** What a server child sends its parent. */
export type ServerMessage =
  | { readonly type: 'ready'; readonly url: string }
  | {
      readonly type: 'sample';
      readonly rss: number;
      readonly heapUsed: number;
      readonly gc: boolean;
      /** process.cpuUsage() user + system, µs. */
      readonly cpuMicros: number;
    };

/** A memory sample of a server child (bytes). */
export interface MemorySample {
  readonly rss: number;
  readonly heapUsed: number;
  /** Whether a full GC ran first (the child was started with --expose-gc). */
  readonly gc: boolean;
  /** CPU time the child has used so far (user + system), µs. */
  readonly cpuMicros: number;
}
