/**
 * When the totals of `corroborate/status` are counted and sent. A count reports every stale
 * article again (about 30 ms each at 10,000 articles), so it must never run between the edits of
 * someone typing: the totals are sent once changes pause (`schedule`, a debounce), an edit stops
 * a count under way (`interrupt`; what it counted is kept by the counter), and a newer count
 * stops an older one. Timers are the only clock: tests drive them with `node:test`'s mock timers.
 */
import type { CorpusStatus } from './protocol';

/** The pause after the last change before the totals are counted. */
export const STATUS_DELAY_MS = 300;

export interface StatusScheduleHooks {
  /** Counts the totals, asking `cancelled` between slices; undefined when it stopped. */
  readonly count: (cancelled: () => boolean) => Promise<CorpusStatus | undefined>;
  readonly send: (status: CorpusStatus) => void;
  readonly failed: (error: unknown) => void;
}

export class StatusSchedule {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by each count and each interruption, so that an older count still under way stops. */
  private run = 0;

  constructor(private readonly hooks: StatusScheduleHooks, private readonly delayMs: number = STATUS_DELAY_MS) {}

  /** After a change: the totals are counted and sent once changes pause for the delay. */
  schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.sendNow(), this.delayMs);
  }

  /** Counts now and sends the totals unless a newer count or an interruption stops this one. */
  sendNow(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const run = ++this.run;
    this.hooks.count(() => run !== this.run).then(
      (status) => {
        if (status && run === this.run) this.hooks.send(status);
      },
      (error: unknown) => this.hooks.failed(error),
    );
  }

  /** An edit arrived: a count under way stops at its next slice (a scheduled one still runs). */
  interrupt(): void {
    this.run++;
  }

  dispose(): void {
    this.run++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
