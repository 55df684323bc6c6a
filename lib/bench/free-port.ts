// A free TCP port on loopback, preferring a range (each engineer's range on the shared machine).
import net from "node:net";

function tryPort(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** First free port in [from, to]; any free port when the range is exhausted or not given. */
export async function freePort(range?: { from: number; to: number }): Promise<number> {
  if (range)
    for (let port = range.from; port <= range.to; port++) if (await tryPort(port)) return port;
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
