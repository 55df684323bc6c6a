import { describe, expect, it } from "vitest";
import { type UrlHost, UrlWriter } from "./url-writer";

/** A fake address bar and history with a manual clock. */
function fakeHost(start = "/?from=2020-01-01") {
  const entries = [start];
  let index = 0;
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const [path, query = ""] = start.split("?");
  const location = { pathname: path ?? "/", search: query ? `?${query}` : "", hash: "" };
  const go = (url: string) => {
    const [p, q = ""] = url.split("?");
    location.pathname = p ?? "/";
    location.search = q ? `?${q}` : "";
  };
  const host: UrlHost = {
    location,
    history: {
      pushState: (_d, _u, url) => {
        entries.splice(index + 1, entries.length, String(url));
        index = entries.length - 1;
        go(String(url));
      },
      replaceState: (_d, _u, url) => {
        entries[index] = String(url);
        go(String(url));
      },
    },
    setTimeout: (callback) => {
      const id = nextTimer++;
      timers.set(id, callback);
      return id;
    },
    clearTimeout: (id) => {
      timers.delete(id as number);
    },
  };
  const runTimers = () => {
    for (const [id, callback] of [...timers]) {
      timers.delete(id);
      callback();
    }
  };
  return { host, entries, runTimers, pendingTimers: () => timers.size };
}

describe("UrlWriter", () => {
  it("writes pushes and replaces at once", () => {
    const { host, entries } = fakeHost();
    const writer = new UrlWriter(host);
    writer.write("/?place=baku", "push");
    expect(entries).toEqual(["/?from=2020-01-01", "/?place=baku"]);
    writer.write("/?place=baku&q=x", "replace");
    expect(entries).toEqual(["/?from=2020-01-01", "/?place=baku&q=x"]);
  });

  it("writes a window move only after the delay, and only the last of a burst", () => {
    const { host, entries, runTimers, pendingTimers } = fakeHost();
    const writer = new UrlWriter(host);
    writer.write("/?from=2021-01-01", "deferred");
    writer.write("/?from=2022-01-01", "deferred");
    expect(entries).toEqual(["/?from=2020-01-01"]);
    expect(pendingTimers()).toBe(1);
    runTimers();
    expect(entries).toEqual(["/?from=2022-01-01"]);
    expect(host.location.search).toBe("?from=2022-01-01");
  });

  it("flushes a pending move before a push, so the entry left keeps its window", () => {
    const { host, entries, pendingTimers } = fakeHost();
    const writer = new UrlWriter(host);
    writer.write("/?from=2022-01-01", "deferred");
    writer.write("/?from=2022-01-01&place=baku", "push");
    expect(entries).toEqual(["/?from=2022-01-01", "/?from=2022-01-01&place=baku"]);
    expect(pendingTimers()).toBe(0);
  });

  it("drops a pending move (back/forward) and skips writes of the URL already shown", () => {
    const { host, entries, runTimers } = fakeHost();
    const writer = new UrlWriter(host);
    writer.write("/?from=2023-01-01", "deferred");
    writer.drop();
    runTimers();
    expect(entries).toEqual(["/?from=2020-01-01"]);
    writer.write("/?from=2020-01-01", "push");
    expect(entries).toEqual(["/?from=2020-01-01"]);
  });

  it("builds URLs from the current path and hash", () => {
    const { host } = fakeHost("/embed");
    host.location.hash = "#x";
    const writer = new UrlWriter(host);
    expect(writer.urlFor("a=1")).toBe("/embed?a=1#x");
    expect(writer.urlFor("")).toBe("/embed#x");
  });
});
