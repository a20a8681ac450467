import { tooLarge } from "../pipeline.js";

/** All of a stream, refused (an InputError) as soon as it passes `maxBytes`: a pipe has no size to check first. */
export async function readAll(stream: NodeJS.ReadableStream, maxBytes = Infinity): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk);
    total += buf.length;
    if (total > maxBytes) {
      if ("destroy" in stream && typeof stream.destroy === "function") stream.destroy();
      throw tooLarge(null, maxBytes);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
