// The web UI as a person uses it: Playwright drives the system's Chromium (headless) against a running
// `corroborate demo`, whose address comes in CORROBORATE_URL (scripts/browser-test.sh starts it). Screenshots go to
// SCREENSHOTS (default: ../../../target/screenshots).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { getIssues } from "@placemarkio/check-geojson";

const base = process.env.CORROBORATE_URL;
const shots = process.env.SCREENSHOTS || new URL("../../../target/screenshots/", import.meta.url).pathname;
const browserPath = process.env.CHROMIUM || "/usr/bin/chromium";
let browser;
let page;

before(async () => {
  assert.ok(base, "set CORROBORATE_URL to a running demo, e.g. http://127.0.0.1:7070/ (scripts/browser-test.sh)");
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: browserPath, headless: true, args: ["--no-sandbox",
    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"] });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on("pageerror", error => { throw error; });
  // Offline: the UI must not ask any other host for anything.
  await page.route(url => !url.href.startsWith(base), route => {
    throw new Error("the UI asked another host: " + route.request().url());
  });
});

after(async () => { await browser?.close(); });

test("the overview shows the timeline and the map of the sample incidents", async () => {
  await page.goto(base);
  const dots = page.locator("[data-testid=timeline] circle");
  await dots.first().waitFor();
  assert.ok(await dots.count() >= 20, "one circle per dated incident");
  await page.locator("[data-testid=map] path.leaflet-interactive").first().waitFor();
  assert.ok(await page.locator("[data-testid=map] path.leaflet-interactive").count() >= 10,
    "one point per placed incident");
  assert.ok(await page.locator("[data-testid=map] svg path").count() > 100, "country boundaries drawn");
  await page.screenshot({ path: shots + "overview.png", fullPage: true });
});

test("the Jesuit murders are one click from the list, with competing figures per source", async () => {
  await page.goto(base);
  await page.fill("input[name=actor]", "ellacuria");
  await page.click("#filters button[type=submit]");
  const link = page.locator("#incident-table tbody a").first();
  await link.waitFor();
  await link.click();
  const table = page.locator("[data-testid=competing-figures]");
  await table.waitFor();
  const killed = await table.locator("tbody tr:not(.range) td:nth-child(3)").allTextContents();
  const distinct = new Set(killed.filter(k => k.trim() !== ""));
  assert.ok(distinct.size >= 2, "sources give different killed counts: " + [...distinct].join(" | "));
  const sources = Number(await page.locator("[data-testid=sources]").textContent());
  const independent = Number(await page.locator("[data-testid=independent-sources]").textContent());
  assert.ok(sources >= 3 && independent >= 1 && independent <= sources);
  assert.match(await page.locator("text=Why these reports are one incident").locator("..").textContent(),
    /same|named|victim|day/i, "the merge explanation is shown");
  await page.screenshot({ path: shots + "incident-jesuits.png", fullPage: true });
});

test("an article shows its text with statements highlighted by status, as text", async () => {
  await page.goto(base + "#/articles");
  await page.locator("table.list tbody a").first().waitFor();
  // The article with the most statements.
  const rows = await page.locator("table.list tbody tr").evaluateAll(trs => trs.map(tr => ({
    href: tr.querySelector("a").getAttribute("href"), statements: Number(tr.children[4].textContent) })));
  rows.sort((a, b) => b.statements - a.statements);
  await page.goto(base + rows[0].href);
  const text = page.locator("[data-testid=article-text]");
  await text.waitFor();
  const marks = text.locator("mark[data-status]");
  assert.ok(await marks.count() >= 3, "statements are highlighted");
  const statuses = new Set(await marks.evaluateAll(ms => ms.map(m => m.dataset.status)));
  assert.ok(statuses.size >= 2, "more than one status is shown: " + [...statuses]);
  assert.equal(await page.locator("[data-testid=legend] .badge").count(), 8, "the legend names all eight statuses");
  assert.equal(await text.locator(":not(mark)").count(), 0, "the article text holds only text and marks");
  await page.screenshot({ path: shots + "article.png", fullPage: true });
});

test("the actor graph hides rumours, speculation and opinion on request", async () => {
  await page.goto(base + "#/graph");
  await page.locator("[data-testid=graph] canvas").first().waitFor();
  await page.uncheck("#hide-weak");
  await page.check("#hide-weak");
  await page.screenshot({ path: shots + "graph.png", fullPage: true });
});

test("the GeoJSON export is valid GeoJSON with the placed incidents", async () => {
  const response = await fetch(base + "api/export/geojson");
  assert.equal(response.status, 200);
  const body = await response.text();
  assert.deepEqual(getIssues(body), [], "GeoJSON validator finds no issue");
  const collection = JSON.parse(body);
  assert.ok(collection.features.length >= 10);
});
