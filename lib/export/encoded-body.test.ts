import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { COMPRESS_MIN_BYTES, encodedBody, negotiateEncoding } from "./encoded-body";

describe("negotiateEncoding", () => {
  it("prefers brotli, then gzip, and honours q=0", () => {
    expect(negotiateEncoding("gzip, deflate, br")).toBe("br");
    expect(negotiateEncoding("gzip;q=1.0, br;q=0")).toBe("gzip");
    expect(negotiateEncoding("deflate")).toBe("identity");
    expect(negotiateEncoding(null)).toBe("identity");
    expect(negotiateEncoding("*")).toBe("br");
    expect(negotiateEncoding("*, br;q=0")).toBe("gzip");
  });
});

describe("encodedBody", () => {
  const text = "événement,2020-01-01\n".repeat(Math.ceil((COMPRESS_MIN_BYTES * 2) / 20));

  it("compresses once per key and coding and round-trips", async () => {
    let calls = 0;
    const body = () => {
      calls += 1;
      return text;
    };
    const gz = await encodedBody("test-key-1", body, "gzip");
    expect(gz.headers["Content-Encoding"]).toBe("gzip");
    expect(gz.headers.Vary).toBe("Accept-Encoding");
    expect(gunzipSync(gz.body as Buffer).toString()).toBe(text);
    const again = await encodedBody("test-key-1", body, "gzip");
    expect(again.body).toBe(gz.body);
    expect(calls).toBe(1);
    const br = await encodedBody("test-key-1", body, "br, gzip");
    expect(br.headers["Content-Encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body as Buffer).toString()).toBe(text);
  });

  it("leaves identity requests and small bodies uncompressed", async () => {
    const plain = await encodedBody("test-key-2", () => text, null);
    expect(plain.body).toBe(text);
    expect(plain.headers["Content-Encoding"]).toBeUndefined();
    const small = await encodedBody("test-key-3", () => "a,b\n", "gzip");
    expect(small.body).toBe("a,b\n");
    expect(small.headers["Content-Encoding"]).toBeUndefined();
  });
});
