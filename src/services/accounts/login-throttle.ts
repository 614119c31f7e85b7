/**
 * @module services/accounts/login-throttle
 * Failed sign-ins counted per client address (OWASP Authentication Cheat Sheet, "Login
 * Throttling"): after {@link LoginThrottle.max} failures within {@link LoginThrottle.windowMs}
 * an address is refused with `ZC_ERR_RATE_LIMITED` (HTTP 429) until the oldest failure leaves the
 * window, before any password is checked. It complements the per-account lock-out (which stops
 * guessing one account from many addresses) by stopping one address from spraying many accounts.
 * In memory, per server process: a restart forgets it, which the account lock-out does not.
 */
import { ZhengceError } from '../../engine/errors.ts';

/** Failures per address, as timestamps (ms) within the window. */
export class LoginThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(
    readonly max = 30,
    readonly windowMs = 15 * 60_000,
    /** Addresses tracked at most; the oldest are forgotten first (bounded memory). */
    readonly capacity = 10_000,
  ) {}

  #recent(address: string, now: number): number[] {
    const list = (this.#failures.get(address) ?? []).filter((t) => t > now - this.windowMs);
    if (list.length === 0) this.#failures.delete(address);
    else this.#failures.set(address, list);
    return list;
  }

  /** Throws `ZC_ERR_RATE_LIMITED` when the address has used up its failures. */
  check(address: string, now: Date): void {
    const list = this.#recent(address, now.getTime());
    if (list.length < this.max) return;
    const retryAfter = Math.max(1, Math.ceil((list[0]! + this.windowMs - now.getTime()) / 1000));
    throw new ZhengceError(
      'ZC_ERR_RATE_LIMITED',
      `too many failed sign-ins from this address; try again in ${retryAfter} s`,
      {
        field: 'username',
        messageZh: `该地址登录失败次数过多，请 ${retryAfter} 秒后再试`,
        details: { retryAfterSeconds: retryAfter },
      },
    );
  }

  /** Counts a failed sign-in. */
  fail(address: string, now: Date): void {
    const list = this.#recent(address, now.getTime());
    list.push(now.getTime());
    this.#failures.delete(address); // re-insert: the map's order is least recently failed first
    this.#failures.set(address, list);
    while (this.#failures.size > this.capacity) this.#failures.delete(this.#failures.keys().next().value!);
  }
}
