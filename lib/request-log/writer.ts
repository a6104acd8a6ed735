import type { NewApiRequest } from "@/db/schema";
import { serializeError } from "@/lib/logger";
import { type ApiRequestEntry, toRow } from "./entry";

/**
 * Where batches go: THE seam between recording and storage. The default writes PostgreSQL/PGlite
 * (db/queries/request-log-writes.ts); a column store would be another sink with the same contract: resolve once
 * the rows are durable, reject (the batch is dropped and counted) otherwise.
 */
export type RequestLogSink = (rows: NewApiRequest[]) => Promise<void>;

export type WriterOptions = {
  /** A batch is written at least this often… */
  intervalMs: number;
  /** …or as soon as this many entries wait. */
  batchSize: number;
  /** Entries beyond this many waiting are dropped (the database is slow or down) and counted. */
  maxBuffered: number;
};

export const DEFAULT_WRITER_OPTIONS: WriterOptions = {
  intervalMs: 1_000,
  batchSize: 1_000,
  maxBuffered: 20_000,
};

type Warn = (fields: Record<string, unknown>, message: string) => void;

/**
 * Buffers entries in memory and writes them in batches, one batch at a time, never on the response path:
 * `record` only pushes. Entries it cannot keep or write are counted and reported in one log line per interval.
 */
export class RequestLogWriter {
  private buffer: ApiRequestEntry[] = [];
  private writing: Promise<void> | null = null;
  private dropped = 0;
  private lastError: unknown = null;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly sink: RequestLogSink,
    private readonly warn: Warn,
    private readonly options: WriterOptions = DEFAULT_WRITER_OPTIONS,
  ) {
    this.timer = setInterval(() => this.tick(), options.intervalMs);
    this.timer.unref();
  }

  record(entry: ApiRequestEntry): void {
    if (this.buffer.length >= this.options.maxBuffered) {
      this.dropped++;
      return;
    }
    this.buffer.push(entry);
    // Started on the next turn: the request that filled the batch does not pay for turning it into rows.
    if (this.buffer.length === this.options.batchSize && !this.writing) setImmediate(() => void this.drain());
  }

  /** Resolves once everything recorded so far has been written (or dropped): shutdown and tests. */
  async flush(): Promise<void> {
    while (this.writing || this.buffer.length > 0) await this.drain();
    this.reportDropped();
  }

  /** Stops the interval; entries still waiting stay until a flush. */
  stop(): void {
    clearInterval(this.timer);
  }

  get waiting(): number {
    return this.buffer.length;
  }

  private tick(): void {
    void this.drain();
    this.reportDropped();
  }

  private reportDropped(): void {
    if (this.dropped === 0) return;
    this.warn(
      {
        event: "request_log_dropped",
        dropped: this.dropped,
        ...(this.lastError ? { err: serializeError(this.lastError) } : {}),
      },
      "request log entries dropped: the database is slow or failing",
    );
    this.dropped = 0;
    this.lastError = null;
  }

  /** Writes batches until the buffer is empty; a second call while writing waits for the same run. */
  private drain(): Promise<void> {
    this.writing ??= this.writeAll().finally(() => {
      this.writing = null;
    });
    return this.writing;
  }

  private async writeAll(): Promise<void> {
    while (this.buffer.length > 0) {
      const batch =
        this.buffer.length <= this.options.batchSize
          ? this.buffer
          : this.buffer.slice(0, this.options.batchSize);
      this.buffer = batch === this.buffer ? [] : this.buffer.slice(batch.length);
      try {
        await this.sink(batch.map(toRow));
      } catch (error) {
        this.dropped += batch.length;
        this.lastError = error;
      }
    }
  }
}
