import dns2 from "dns2";

const { Packet } = dns2;

/** What the server knows: the TXT records of each name, lower-case; a missing name does not exist. */
export type TxtRecords = (name: string) => string[] | undefined | Promise<string[] | undefined>;

export type TestDnsServer = {
  /** `127.0.0.1:<port>`, as DNS_SERVER takes it. */
  address: string;
  close: () => Promise<void>;
};

/**
 * A real DNS server on 127.0.0.1 (UDP and TCP, a random port) that answers TXT questions from `records`:
 * the records when there are some, NXDOMAIN for a name it does not know, and SERVFAIL for a name mapped to
 * `["SERVFAIL"]` (a DNS failure on demand). Other types get an empty answer.
 */
export async function startDnsServer(records: TxtRecords): Promise<TestDnsServer> {
  const server = dns2.createServer({
    udp: true,
    tcp: true,
    handle: async (request, send) => {
      const response = Packet.createResponseFromRequest(request);
      const [question] = request.questions;
      const values = question ? await records(question.name.toLowerCase()) : undefined;
      if (!question || values === undefined) response.header.rcode = Packet.RCODE.NXDOMAIN;
      else if (values[0] === "SERVFAIL") response.header.rcode = Packet.RCODE.SERVFAIL;
      else if (question.type === Packet.TYPE.TXT) {
        for (const value of values) {
          // A character-string holds at most 255 octets: a longer value is split, as zone files do.
          const data = value.match(/[\s\S]{1,255}/g) ?? [""];
          const record = { name: question.name, type: Packet.TYPE.TXT, class: Packet.CLASS.IN, ttl: 0, data };
          // The typings ask for an encoder on every record; the packet encodes plain records itself.
          response.answers.push(record as unknown as (typeof response.answers)[number]);
        }
      }
      await send(response);
    },
  });
  // One port for both transports: a resolver retries a truncated UDP answer over TCP on the same port.
  for (let attempt = 0; ; attempt++) {
    const port = 20_000 + Math.floor(Math.random() * 40_000);
    try {
      await server.listen({ udp: { port, address: "127.0.0.1" }, tcp: { port, address: "127.0.0.1" } });
      return { address: `127.0.0.1:${port}`, close: () => server.close() };
    } catch (error) {
      if (attempt >= 10) throw error;
    }
  }
}

/** A server answering from a map that tests fill: `records.set("_codeqr-verification.go.acme.com", ["…"])`. */
export async function startDnsServerWithMap(): Promise<TestDnsServer & { records: Map<string, string[]> }> {
  const records = new Map<string, string[]>();
  const server = await startDnsServer((name) => records.get(name));
  return { ...server, records };
}
