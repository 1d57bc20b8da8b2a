import { AbortError, type ErrorContext } from "./errors.js";

/**
 * One attempt's abort controller: it fires when the per-attempt timer runs out or the caller's signal
 * fires, and `race` ends any promise of the attempt at that moment, so even a `fetch` or a body that
 * ignores its signal cannot outlive the timeout or the caller's abort. `end()` clears the timer and
 * unlinks the caller's signal, so a long-lived signal collects no listeners.
 */
export class Attempt {
  readonly controller = new AbortController();
  timedOut = false;
  /** Why the final response is a failure although its status alone would not say so (a redirect not followed). */
  refused: string | undefined;
  /** A non-idempotent request was answered with 301/302/303 and became a GET: it was processed, never resend it. */
  answered = false;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  // The pending race's reject: an attempt races one promise at a time (fetch, body, hooks in turn).
  private reject: ((reason: unknown) => void) | undefined;
  // The caller's abort, linked to this attempt's (made only when there is a caller).
  private link: (() => void) | undefined;

  constructor(
    private readonly caller: AbortSignal | undefined,
    timeout: number,
  ) {
    // A signal that has fired fires no more events.
    if (caller?.aborted) this.abort(caller.reason);
    else if (caller) {
      this.link = () => this.abort(caller.reason);
      caller.addEventListener("abort", this.link);
    }
    if (timeout !== Number.POSITIVE_INFINITY) {
      this.timer = setTimeout(() => {
        this.timedOut = true;
        this.abort();
      }, timeout);
    }
  }

  /** The signal of the attempt's requests. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  private abort(reason?: unknown): void {
    this.controller.abort(reason);
    this.reject?.(this.controller.signal.reason);
  }

  /** `promise`, or a rejection as soon as the attempt is aborted or timed out. */
  race<T>(promise: Promise<T>): Promise<T> {
    const { signal } = this.controller;
    return signal.aborted
      ? Promise.reject(signal.reason)
      : new Promise<T>((resolve, reject) => {
          this.reject = reject;
          promise.then(resolve, reject);
        });
  }

  /**
   * `race(start())`, with this race in place before `start` runs: a race that `start` begins
   * synchronously (the transport's, for the first attempt) replaces it, as the later race does.
   */
  raceWhile<T>(start: () => Promise<T>): Promise<T> {
    if (this.signal.aborted) return Promise.reject(this.signal.reason);
    let started!: (promise: Promise<T>) => void;
    const raced = this.race(new Promise<T>((resolve) => (started = resolve)));
    started(start());
    return raced;
  }

  /** Stops the timer; also unlinks the caller's signal unless the body is still being streamed. */
  end(keepCaller = false): void {
    clearTimeout(this.timer);
    if (!keepCaller) this.unlink();
  }

  unlink(): void {
    if (this.link) this.caller?.removeEventListener("abort", this.link);
  }
}

/** Throws the call's {@link AbortError} when the caller's signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined, context: ErrorContext): void {
  if (signal?.aborted) throw new AbortError("aborted", context, signal.reason);
}

/** `promise`, or an {@link AbortError} as soon as the caller aborts (for a token getter). */
export async function raceCaller<T>(
  promise: Promise<T> | T,
  signal: AbortSignal | undefined,
  context: ErrorContext,
): Promise<T> {
  const pending = Promise.resolve(promise);
  // Its failure after an abort has nobody left to tell.
  pending.catch(() => {});
  throwIfAborted(signal, context);
  const link = new Attempt(signal, Number.POSITIVE_INFINITY);
  try {
    return await link.race(pending);
  } catch (error) {
    throwIfAborted(signal, context);
    throw error;
  } finally {
    link.end();
  }
}

/** Waits `delay` ms (an attempt at nothing, over when its timer fires); rejects with {@link AbortError} as soon as the caller aborts. */
export async function sleep(delay: number, signal: AbortSignal | undefined, context: ErrorContext): Promise<void> {
  const wait = new Attempt(signal, delay);
  try {
    await wait.race(new Promise(() => {}));
  } catch {
    throwIfAborted(signal, context);
  } finally {
    wait.end();
  }
}
