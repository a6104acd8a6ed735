import { randomBytes } from "node:crypto";

/** A link the server answered 2xx for; `id` is null when the kill cut the body off after the status. */
export type AcknowledgedLink = { externalId: string; id: string | null };

export type LinkLoadFigures = {
  /** Requests sent; none is sent once the crash has begun. */
  sent: number;
  /** Requests whose answer (status and body) had not been read in full when the server was killed. */
  inFlightAtKill: number;
  acknowledged: AcknowledgedLink[];
  /** Statuses other than 2xx, answered before the kill (expected: none). */
  rejected: number[];
  /** Every externalId sent, to tell the load's links from anything else. */
  externalIds: Set<string>;
};

/**
 * Starts `workers` loops that POST /api/links, each with a unique externalId, back to back. `crash(kill)`
 * stops new requests, calls `kill` (which must end the server at once) while the others are in flight, and
 * returns the figures once every loop has seen its last answer or error. A network error before the crash
 * fails the load.
 */
export function startLinkLoad(options: { baseUrl: string; secret: string; workers: number }) {
  const figures: LinkLoadFigures = {
    sent: 0,
    inFlightAtKill: 0,
    acknowledged: [],
    rejected: [],
    externalIds: new Set(),
  };
  const run = randomBytes(3).toString("hex");
  let inFlight = 0;
  let stopped = false;
  let crashing = false;

  /** One POST, counted as in flight until its whole answer (status and body) is read. */
  async function send(externalId: string) {
    const response = await fetch(`${options.baseUrl}/api/links`, {
      method: "POST",
      headers: { authorization: `Bearer ${options.secret}`, "content-type": "application/json" },
      body: JSON.stringify({ url: `https://example.com/${externalId}`, externalId }),
    });
    if (!response.ok) {
      figures.rejected.push(response.status);
      return;
    }
    const link: AcknowledgedLink = { externalId, id: null };
    figures.acknowledged.push(link);
    link.id = ((await response.json()) as { id: string }).id;
  }

  async function worker(index: number) {
    for (let n = 0; !stopped; n++) {
      const externalId = `crash-${run}-${index}-${n}`;
      figures.externalIds.add(externalId);
      figures.sent++;
      inFlight++;
      try {
        await send(externalId);
      } catch (error) {
        // The kill cuts requests and bodies off; before it, a network error fails the load.
        stopped = true;
        if (!crashing) throw error;
      } finally {
        inFlight--;
      }
    }
  }

  const done = Promise.all(Array.from({ length: options.workers }, (_, index) => worker(index)));
  // Awaited by `crash`; marked handled here so a failure before the crash is not reported twice.
  done.catch(() => {});

  return {
    async crash(kill: () => Promise<void>): Promise<LinkLoadFigures> {
      stopped = true;
      crashing = true;
      figures.inFlightAtKill = inFlight;
      await kill();
      await done;
      return figures;
    },
  };
}
