// `npm run synth -- --events N --seed S --out DIR/events.json [--places P]`
// Writes a deterministic synthetic dataset (see lib/synth/dataset-files.ts for the file layout).
// Serve it with: EVENTS_FILE=DIR/events.json PLACES_FILE=DIR/places.json SOURCES_FILE=DIR/sources.json npm start
import { parseArgs } from "node:util";
import { synthPaths, writeSynthDataset } from "../lib/synth/dataset-files";
import { generateDataset } from "../lib/synth/generate";

function fail(message: string): never {
  console.error(`synth: ${message}`);
  console.error("usage: npm run synth -- --events N --seed S --out DIR/events.json [--places P]");
  process.exit(2);
}

function main(): void {
  let values: { events?: string; seed?: string; out?: string; places?: string };
  try {
    ({ values } = parseArgs({
      options: {
        events: { type: "string" },
        seed: { type: "string", default: "1" },
        out: { type: "string" },
        places: { type: "string" },
      },
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const events = Number(values.events);
  if (!Number.isInteger(events) || events < 1) fail("--events must be a positive integer");
  if (!values.out) fail("--out is required (e.g. /tmp/synth/events.json)");
  const places = values.places === undefined ? undefined : Number(values.places);
  if (places !== undefined && (!Number.isInteger(places) || places < 1))
    fail("--places must be a positive integer");
  const started = performance.now();
  const dataset = generateDataset({ events, seed: values.seed ?? "1", places });
  const paths = synthPaths(values.out);
  writeSynthDataset(paths, dataset);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `synth: ${dataset.events.length} events, ${dataset.places.length} places, ${dataset.sources.length} sources → ${paths.events} (${seconds} s)`,
  );
  console.log(
    `  serve: EVENTS_FILE=${paths.events} PLACES_FILE=${paths.places} SOURCES_FILE=${paths.sources} npm start`,
  );
}

main();
