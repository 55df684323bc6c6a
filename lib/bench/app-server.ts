// Start the production app (scripts/start.mjs: builds when needed, then serves) on loopback
// in its own process group, wait until it answers, and stop the whole group afterwards.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export interface AppServer {
  url: string;
  port: number;
  /** Last lines of the server's output, for error messages. */
  log(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  port: number;
  /** Extra environment (EVENTS_FILE, BENCH_BASELINES, NEXT_DIST_DIR, SKIP_BUILD…). */
  env: Record<string, string | undefined>;
  /** How long to wait for the first 200 (a build may run first). */
  timeoutMs: number;
  /** Path answered with 200 once the server is up (it also warms the dataset cache). */
  readyPath?: string;
  quiet?: boolean;
}

const ROOT = path.resolve(__dirname, "..", "..");

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
      resolve();
      return;
    }
    const pid = child.pid;
    const timer = setTimeout(() => {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

export async function startAppServer(options: StartOptions): Promise<AppServer> {
  const lines: string[] = [];
  const child = spawn(process.execPath, [path.join(ROOT, "scripts", "start.mjs")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      ...options.env,
      PORT: String(options.port),
      HOSTNAME: "127.0.0.1",
    },
    // Own process group: stop() ends start.mjs (the server) and any build it spawned.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    if (!options.quiet) process.stderr.write(text.replace(/^/gm, "    [server] "));
    lines.push(...text.split("\n"));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${options.port}`;
  const server: AppServer = {
    url,
    port: options.port,
    log: () => lines.slice(-40).join("\n"),
    stop: () => stopGroup(child),
  };
  const deadline = Date.now() + options.timeoutMs;
  const readyUrl = `${url}${options.readyPath ?? "/"}`;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with code ${child.exitCode}:\n${server.log()}`);
    try {
      const response = await fetch(readyUrl, { signal: AbortSignal.timeout(120_000) });
      await response.arrayBuffer();
      if (response.ok) return server;
      await server.stop();
      throw new Error(`${readyUrl} answered ${response.status}:\n${server.log()}`);
    } catch (error) {
      if (error instanceof Error && error.message.includes("answered")) throw error;
      // Not listening yet (or still building): retry.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await server.stop();
  throw new Error(`the server did not answer ${readyUrl} within ${options.timeoutMs} ms`);
}
