// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useClientModule } from "./use-client-module";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function Probe({ load }: { load: () => Promise<{ label: string }> }) {
  const state = useClientModule(load);
  return (
    <p data-testid="state">
      {state.status === "ready"
        ? `ready: ${state.module.label}`
        : state.status === "error"
          ? `error: ${state.message}`
          : "loading"}
    </p>
  );
}

afterEach(cleanup);

describe("useClientModule", () => {
  it("shows the placeholder state first, then the loaded module", async () => {
    const pending = deferred<{ label: string }>();
    const load = () => pending.promise;
    render(<Probe load={load} />);
    expect(screen.getByTestId("state").textContent).toBe("loading");
    await act(async () => pending.resolve({ label: "map" }));
    expect(screen.getByTestId("state").textContent).toBe("ready: map");
  });

  it("names a failed load instead of throwing", async () => {
    const pending = deferred<{ label: string }>();
    const load = () => pending.promise;
    render(<Probe load={load} />);
    await act(async () => pending.reject(new Error("chunk 404")));
    expect(screen.getByTestId("state").textContent).toBe("error: chunk 404");
  });
});
