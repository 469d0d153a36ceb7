// Corroborate web UI: plain JavaScript over the REST API. Every piece of article or API text reaches the page as a
// text node (el() below), never as HTML.
"use strict";

const STATUSES = ["ASSERTED", "REPORTED", "CLAIMED", "ALLEGED", "RUMOURED", "SPECULATED", "OPINION", "DENIED"];
const WEAK = new Set(["RUMOURED", "SPECULATED", "OPINION"]);
const TYPES = ["ARMED_ASSAULT", "BOMBING", "ASSASSINATION", "KIDNAPPING", "HIJACKING", "HOSTAGE_BARRICADE",
  "ARSON_SABOTAGE", "AIR_DRONE_STRIKE", "SHELLING", "ARMED_CLASH", "SECURITY_OPERATION", "UNARMED_ASSAULT",
  "ROBBERY", "THREAT", "OTHER"];
const PAGE = 50;
const view = document.getElementById("view");
const filters = document.getElementById("filters");

// ---- helpers ---------------------------------------------------------------------------------------------------

/** An element with attributes and children; strings and numbers become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else if (key === "class") node.className = value;
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  return node;
}

async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== "" && value !== null && value !== undefined) query.set(key, value);
  }
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url);
  const body = await response.json().catch(() => ({ error: "the server's answer was not JSON" }));
  if (!response.ok) throw new Error(body.error || response.statusText);
  return body;
}

function badge(status) {
  return el("span", { class: "badge status-" + status, title: status.toLowerCase() }, status.toLowerCase());
}

function dateText(incident) {
  if (!incident.start && !incident.end) return "undated";
  if (!incident.start) return "by " + incident.end;
  return incident.start === incident.end || !incident.end ? incident.start : incident.start + " – " + incident.end;
}

function figureText(range) {
  if (!range) return "";
  const high = range.open_above ? range.high + "+" : range.high;
  return range.low === range.high && !range.open_above ? String(range.low) : range.low + "–" + high;
}

function typeName(type) {
  return type.toLowerCase().replaceAll("_", " ");
}

function showError(error) {
  view.replaceChildren(el("div", { class: "error", role: "alert" }, String(error.message || error)));
}

function currentFilters() {
  const data = new FormData(filters);
  return Object.fromEntries([...data.entries()].filter(([, v]) => v !== "" && v !== "0"));
}

function incidentFilters() {
  const { status, ...rest } = currentFilters();
  return rest;
}

// Every view takes a ticket when it starts. An answer that arrives after a newer view has started is dropped, so a
// slow request never draws into the page the user has since moved to (or into the list of a newer filter).
let latestView = 0;
function startView() {
  const ticket = ++latestView;
  return () => ticket === latestView;
}

function markNav(name) {
  document.querySelectorAll("header nav a").forEach(a => a.classList.toggle("active", a.dataset.view === name));
}

// ---- overview: timeline, map, list ------------------------------------------------------------------------------

let map = null;
let boundaries = null;

async function overview(offset = 0) {
  const current = startView();
  markNav("overview");
  view.replaceChildren(document.getElementById("overview-template").content.cloneNode(true));
  const params = incidentFilters();
  const [all, page] = await Promise.all([
    api("incidents", { ...params, limit: 10000 }),
    api("incidents", { ...params, limit: PAGE, offset }),
  ]);
  if (!current()) return;
  drawTimeline(all.items);
  await drawMap(all.items, current);
  if (!current()) return;
  drawList(page, offset);
}

function drawTimeline(incidents) {
  const box = document.getElementById("timeline");
  const dated = incidents.filter(i => i.start || i.end);
  document.getElementById("timeline-note").textContent =
    `(${dated.length} dated of ${incidents.length}; circle size: independent sources)`;
  if (!dated.length) {
    box.append(el("p", { class: "muted" }, "No dated incidents match the filters."));
    return;
  }
  const day = i => Date.parse(i.start || i.end);
  // The axis covers the middle 94% of the dates, so that one stray date (a retrospective mention, an article
  // decades later) does not squeeze the rest into a line; the strays sit at the edges, drawn hollow.
  const times = dated.map(day).sort((a, b) => a - b);
  const first = times[Math.floor(times.length * 0.03)];
  const last = times[Math.max(Math.ceil(times.length * 0.97) - 1, 0)];
  const span = Math.max(last - first, 86400000);
  const width = 1000, height = 170, left = 20, right = 20;
  const x = t => left + (Math.min(Math.max(t, first), last) - first) / span * (width - left - right);
  const outside = t => t < first || t > last;
  const strays = dated.filter(i => outside(day(i))).length;
  if (strays) document.getElementById("timeline-note").textContent += `; ${strays} outside the axis, at its edges`;
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": "Timeline of incidents" });
  const axis = svg("g", { class: "axis" });
  axis.append(svg("line", { x1: left, x2: width - right, y1: height - 25, y2: height - 25 }));
  for (let k = 0; k <= 6; k++) {
    const t = first + span * k / 6;
    const label = svg("text", { x: x(t), y: height - 8, "text-anchor": "middle" });
    label.textContent = new Date(t).toISOString().slice(0, 10);
    axis.append(label);
  }
  chart.append(axis);
  const rows = TYPES.filter(t => dated.some(i => i.type === t));
  const y = type => 12 + rows.indexOf(type) * Math.min(24, (height - 50) / Math.max(rows.length, 1));
  for (const incident of dated) {
    const dot = svg("circle", { cx: x(day(incident)), cy: y(incident.type),
      r: 3 + 2.5 * Math.sqrt(incident.independent_sources), fill: colourOfType(incident.type),
      "data-incident": incident.id });
    if (outside(day(incident))) dot.setAttribute("fill-opacity", "0.15");
    const title = svg("title");
    title.textContent = `${dateText(incident)} · ${typeName(incident.type)} · ${incident.place || "place unknown"}`
      + ` · ${incident.independent_sources} independent source(s)`;
    dot.append(title);
    dot.addEventListener("click", () => { location.hash = "#/incident/" + incident.id; });
    chart.append(dot);
  }
  box.append(chart);
}

function colourOfType(type) {
  const hue = TYPES.indexOf(type) * 360 / TYPES.length;
  return `hsl(${hue}, 60%, 42%)`;
}

async function drawMap(incidents, current) {
  if (map) { map.remove(); map = null; }
  map = L.map("map", { attributionControl: true, worldCopyJump: true, minZoom: 1, maxZoom: 12 })
    .setView([10, -40], 2); // layers need a view before they are added
  map.attributionControl.addAttribution("Boundaries: Natural Earth (public domain)");
  if (!boundaries) boundaries = await fetch("/boundaries/countries.json").then(r => r.json());
  if (!current()) return;
  L.geoJSON(boundaries, { style: { color: "#8a99a8", weight: 1, fillColor: "#f4f1ea", fillOpacity: 1 },
    interactive: false }).addTo(map);
  const available = await fetch("/boundaries/admin1/index.json").then(r => r.json());
  if (!current()) return;
  const countries = [...new Set(incidents.map(i => i.location && i.location.country_iso3).filter(Boolean))];
  for (const iso3 of countries.filter(c => available.includes(c))) {
    const provinces = await fetch(`/boundaries/admin1/${iso3}.json`).then(r => r.json());
    if (!current()) return;
    L.geoJSON(provinces, { style: { color: "#b3bdc7", weight: .7, fill: false }, interactive: false }).addTo(map);
  }
  const placed = incidents.filter(i => i.location && i.location.lat !== null && i.location.lon !== null);
  const points = [];
  for (const incident of placed) {
    const killed = incident.figures.KILLED ? incident.figures.KILLED.conservative : 0;
    const at = [incident.location.lat, incident.location.lon];
    points.push(at);
    const marker = L.circleMarker(at, { radius: 4 + 3 * Math.sqrt(killed), color: "#7a1f1f", weight: 1,
      fillColor: "#c0392b", fillOpacity: .55 });
    marker.bindTooltip(`${dateText(incident)} · ${typeName(incident.type)} · ${incident.place}`
      + (killed ? ` · ${killed} killed (lowest)` : ""));
    marker.on("click", () => { location.hash = "#/incident/" + incident.id; });
    marker.addTo(map);
  }
  if (points.length) map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 8 });
}

function drawList(page, offset) {
  document.getElementById("incident-count").textContent = `(${page.total} match)`;
  const body = document.querySelector("#incident-table tbody");
  for (const incident of page.items) {
    body.append(el("tr", {},
      el("td", {}, dateText(incident)),
      el("td", {}, typeName(incident.type)),
      el("td", {}, incident.place || "—"),
      el("td", { class: "num" }, figureText(incident.figures.KILLED)),
      el("td", { class: "num" }, incident.sources),
      el("td", { class: "num" }, incident.independent_sources),
      el("td", {}, el("a", { href: "#/incident/" + incident.id }, incident.title))));
  }
  const pager = document.querySelector(".pager");
  if (offset > 0) pager.append(el("button", { onclick: () => overview(Math.max(0, offset - PAGE)) }, "‹ Previous"));
  pager.append(el("span", { class: "muted" },
    `${page.total ? offset + 1 : 0}–${Math.min(offset + PAGE, page.total)} of ${page.total}`));
  if (offset + PAGE < page.total) pager.append(el("button", { onclick: () => overview(offset + PAGE) }, "Next ›"));
}

// ---- one incident -----------------------------------------------------------------------------------------------

async function incidentView(id) {
  const current = startView();
  markNav("overview");
  const incident = await api("incidents/" + id);
  if (!current()) return;
  const s = incident.summary;
  const figureRows = [];
  for (const report of incident.reports) {
    const byKind = kind => report.figures.filter(f => f.kind === kind);
    const cell = kind => byKind(kind).map(f => f.min + (f.max === null ? "+" : f.max !== f.min ? "–" + f.max : ""))
      .join(", ");
    const statuses = [...new Set(report.figures.map(f => f.status))];
    figureRows.push(el("tr", {},
      el("td", {}, report.source, report.copy_of ? el("div", { class: "muted" }, "copy of " + report.copy_of) : null),
      el("td", {}, statuses.length ? statuses.map(badge) : badge(report.status)),
      el("td", { class: "num" }, cell("KILLED")),
      el("td", { class: "num" }, cell("INJURED")),
      el("td", { class: "num" }, cell("HOSTAGES")),
      el("td", {}, el("a", { href: "#/article/" + report.article_id }, report.title || report.article_key)),
      el("td", {}, report.published || "")));
  }
  const range = kind => figureText(s.figures[kind]);
  figureRows.push(el("tr", { class: "range" }, el("td", {}, "Range across sources"), el("td", {}),
    el("td", { class: "num" }, range("KILLED")), el("td", { class: "num" }, range("INJURED")),
    el("td", { class: "num" }, range("HOSTAGES")), el("td", { colspan: 2 },
      "Lowest among independent sources: " + ["KILLED", "INJURED", "HOSTAGES"]
        .filter(k => s.figures[k]).map(k => `${k.toLowerCase()} ${s.figures[k].conservative}`).join(", ")
      || "no figures given")));

  view.replaceChildren(
    el("section", { class: "panel", "data-testid": "incident" },
      el("h2", {}, `${typeName(s.type)} · ${dateText(s)} · ${s.place || "place unknown"}`),
      el("div", { class: "counts" },
        el("div", {}, el("strong", { "data-testid": "sources" }, s.sources), "sources"),
        el("div", {}, el("strong", { "data-testid": "independent-sources" }, s.independent_sources),
          "independent sources"),
        el("div", {}, el("strong", {}, s.reports), "reports"),
        el("div", {}, el("strong", {}, s.perpetrators.join(", ") || "—"), "perpetrators named")),
      el("h3", {}, "Competing figures"),
      el("table", { class: "figures", "data-testid": "competing-figures" },
        el("thead", {}, el("tr", {}, ["Source", "Status", "Killed", "Injured", "Hostages", "Article", "Published"]
          .map(h => el("th", {}, h)))),
        el("tbody", {}, figureRows))),
    el("section", { class: "panel" },
      el("h2", {}, "Why these reports are one incident"),
      el("ul", { class: "side-list" }, incident.reports.map(report => el("li", {},
        el("strong", {}, report.source), " — ",
        el("span", { class: "merge-reason" }, report.merge_reason || "first report: started the incident"),
        el("div", { class: "evidence" }, "“" + report.evidence.text + "”"))))),
    el("section", { class: "panel" },
      el("h2", {}, "Statements in these reports"),
      incident.statements.length ? el("ul", { class: "side-list" }, incident.statements.map(st => el("li", {},
        badge(st.status), " ", st.source ? el("strong", {}, st.source + ": ") : "",
        el("span", {}, st.evidence.text), " ",
        el("a", { href: "#/article/" + st.article_id }, "article"))))
        : el("p", { class: "muted" }, "None.")),
    el("section", { class: "panel" },
      el("h2", {}, "Relations of its parties"),
      incident.relations.length ? el("ul", { class: "side-list" }, incident.relations.map(r => el("li", {},
        badge(r.status), ` ${r.subject} — ${r.predicate.toLowerCase()} → ${r.object}`,
        r.source ? el("span", { class: "muted" }, " (according to " + r.source + ")") : "")))
        : el("p", { class: "muted" }, "None.")));
}

// ---- one article -----------------------------------------------------------------------------------------------

async function articleView(id) {
  const current = startView();
  markNav("articles");
  const { article, report, incident_of_report: incidentOf } = await api("articles/" + id);
  if (!current()) return;
  const text = report.article.text;
  const statements = report.statements.filter(st => st.span);
  const body = el("div", { class: "article-text", "data-testid": "article-text" });
  renderHighlighted(body, text, statements);

  const legend = el("div", { class: "legend", "data-testid": "legend" },
    STATUSES.map(st => el("span", {}, badge(st), " ", statements.filter(x => x.status === st).length)));
  const focus = span => {
    const mark = body.querySelector(`mark[data-start="${span.start}"]`) || markCovering(body, span.start);
    if (mark) {
      mark.scrollIntoView({ behavior: "smooth", block: "center" });
      mark.classList.add("flash");
      setTimeout(() => mark.classList.remove("flash"), 1500);
    }
  };
  const incidents = report.incidents.map(inc => el("li", {},
    el("button", { class: "link", onclick: () => focus((inc.evidence[0] || {})) },
      `${typeName(inc.type)} · ${inc.date.start || inc.date.end || "undated"} · ${inc.place ? inc.place.name : "?"}`),
    incidentOf[inc.id] ? el("div", {}, el("a", { href: "#/incident/" + incidentOf[inc.id] },
      "merged incident #" + incidentOf[inc.id])) : null));
  const relations = report.relations.map(r => el("li", {},
    badge(r.status), " ",
    el("button", { class: "link", onclick: () => focus(r.evidence) },
      `${r.subject} — ${r.predicate.toLowerCase()} → ${r.object}`),
    r.source ? el("span", { class: "muted" }, " (" + r.source.name + ")") : ""));

  view.replaceChildren(el("section", { class: "panel" },
    el("h2", {}, article.title || article.key, el("span", { class: "muted" },
      ` · ${article.source}${article.published ? " · " + article.published : ""}`)),
    legend,
    el("div", { class: "article-layout" }, body,
      el("aside", {},
        el("h3", {}, `Incidents (${incidents.length})`), el("ul", { class: "side-list" }, incidents),
        el("h3", {}, `Relations (${relations.length})`), el("ul", { class: "side-list" }, relations),
        el("h3", {}, `Statements (${statements.length})`),
        el("ul", { class: "side-list" }, statements.map(st => el("li", {}, badge(st.status), " ",
          el("button", { class: "link", onclick: () => focus(st.span) },
            (st.source ? st.source.name + ": " : "") + st.span.text.slice(0, 120)))))))));
}

/**
 * Writes {@code text} into {@code box} with each statement's span marked by its status. Where statements nest
 * (an accusation inside a report), the innermost one colours the words; cue words are underlined.
 */
function renderHighlighted(box, text, statements) {
  const cuts = new Set([0, text.length]);
  for (const st of statements) {
    cuts.add(st.span.start); cuts.add(st.span.end);
    if (st.cue) { cuts.add(st.cue.start); cuts.add(st.cue.end); }
  }
  const points = [...cuts].filter(p => p >= 0 && p <= text.length).sort((a, b) => a - b);
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k], to = points[k + 1];
    const covering = statements.filter(st => st.span.start <= from && to <= st.span.end);
    const words = document.createTextNode(text.slice(from, to));
    if (!covering.length) { box.append(words); continue; }
    const inner = covering.reduce((a, b) => (b.span.end - b.span.start < a.span.end - a.span.start ? b : a));
    const isCue = covering.some(st => st.cue && st.cue.start <= from && to <= st.cue.end);
    box.append(el("mark", { class: "status-" + inner.status + (isCue ? " cue" : ""),
      title: inner.status.toLowerCase() + (inner.source ? " · source: " + inner.source.name : ""),
      "data-status": inner.status, "data-start": from }, words));
  }
}

function markCovering(box, offset) {
  const marks = [...box.querySelectorAll("mark")];
  return marks.filter(m => Number(m.dataset.start) <= offset).pop();
}

// ---- articles, search ------------------------------------------------------------------------------------------

async function articlesView(offset = 0, q = "") {
  const current = startView();
  markNav("articles");
  const page = await api("articles", { q, limit: PAGE, offset });
  if (!current()) return;
  view.replaceChildren(el("section", { class: "panel" },
    el("h2", {}, "Articles ", el("span", { class: "muted" }, `(${page.total})`)),
    el("table", { class: "list" },
      el("thead", {}, el("tr", {}, ["Published", "Source", "Title", "Incidents", "Statements", "Relations"]
        .map(h => el("th", {}, h)))),
      el("tbody", {}, page.items.map(a => el("tr", {},
        el("td", {}, a.published || ""), el("td", {}, a.source),
        el("td", {}, el("a", { href: "#/article/" + a.id }, a.title || a.key)),
        el("td", { class: "num" }, a.incidents), el("td", { class: "num" }, a.statements),
        el("td", { class: "num" }, a.relations))))),
    el("div", { class: "pager" },
      offset > 0 ? el("button", { onclick: () => articlesView(offset - PAGE, q) }, "‹ Previous") : null,
      el("span", { class: "muted" }, `${offset + 1}–${Math.min(offset + PAGE, page.total)} of ${page.total}`),
      offset + PAGE < page.total ? el("button", { onclick: () => articlesView(offset + PAGE, q) }, "Next ›") : null)));
}

async function searchView(q) {
  const current = startView();
  markNav("");
  const found = await api("search", { q, limit: 50 });
  if (!current()) return;
  view.replaceChildren(el("section", { class: "panel" },
    el("h2", {}, "Search: " + q),
    el("h3", {}, `Articles (${found.articles.length})`),
    el("ul", { class: "side-list" }, found.articles.map(a => el("li", {},
      el("a", { href: "#/article/" + a.id }, a.title || a.key), el("span", { class: "muted" }, " · " + a.source)))),
    el("h3", {}, `Statements (${found.statements.length})`),
    el("ul", { class: "side-list" }, found.statements.map(st => el("li", {}, badge(st.status), " ",
      st.source ? el("strong", {}, st.source + ": ") : "", st.evidence.text, " ",
      el("a", { href: "#/article/" + st.article_id }, "article")))),
    el("h3", {}, `Actors (${found.actors.length})`),
    el("ul", { class: "side-list" }, found.actors.map(a => el("li", {},
      el("button", { class: "link", onclick: () => { filters.actor.value = a.name; location.hash = "#/"; route(); } },
        a.name), el("span", { class: "muted" }, ` · ${a.kind.toLowerCase()} · ${a.incidents} incident(s), `
        + `${a.relations} relation(s)`))))));
}

// ---- actor graph -----------------------------------------------------------------------------------------------

async function graphView() {
  const current = startView();
  markNav("graph");
  const { status, actor } = currentFilters();
  const relations = (await api("relations", { status, actor, limit: 10000 })).items;
  if (!current()) return;
  const hide = el("input", { type: "checkbox", id: "hide-weak", checked: true });
  const box = el("div", { class: "graph", "data-testid": "graph" });
  view.replaceChildren(el("section", { class: "panel" },
    el("h2", {}, "Actor graph ", el("span", { class: "muted" }, `(${relations.length} relations)`)),
    el("div", { class: "graph-legend" }, STATUSES.map(badge),
      el("label", {}, hide, " hide rumours, speculation and opinion")),
    box));
  const draw = () => {
    const shown = relations.filter(r => !(hide.checked && WEAK.has(r.status)));
    const names = [...new Set(shown.flatMap(r => [r.subject, r.object]))];
    const colour = st => getComputedStyle(document.documentElement).getPropertyValue("--" + st.toLowerCase()).trim();
    cytoscape({
      container: box,
      elements: [
        ...names.map(n => ({ data: { id: "n:" + n, label: n } })),
        ...shown.map(r => ({ data: { id: "r" + r.id, source: "n:" + r.subject, target: "n:" + r.object,
          label: r.predicate.toLowerCase(), colour: colour(r.status), status: r.status } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 11, "background-color": "#20303f",
          width: 14, height: 14, "text-valign": "bottom", "text-margin-y": 3 } },
        { selector: "edge", style: { width: 2, "line-color": "data(colour)", "target-arrow-color": "data(colour)",
          "target-arrow-shape": "triangle", "curve-style": "bezier", label: "data(label)", "font-size": 9,
          color: "#555", "text-rotation": "autorotate" } },
      ],
      layout: { name: names.length > 1 ? "cose" : "grid", animate: false },
    });
  };
  hide.addEventListener("change", draw);
  draw();
}

// ---- routing and start -----------------------------------------------------------------------------------------

async function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [name, ...rest] = hash.split("/");
  try {
    if (name === "incident") await incidentView(rest[0]);
    else if (name === "article") await articleView(rest[0]);
    else if (name === "articles") await articlesView();
    else if (name === "graph") await graphView();
    else if (name === "search") await searchView(decodeURIComponent(rest.join("/")));
    else await overview();
  } catch (error) {
    showError(error);
  }
}

for (const type of TYPES) filters.type.append(el("option", { value: type }, typeName(type)));
for (const status of STATUSES) filters.status.append(el("option", { value: status }, status.toLowerCase()));
filters.addEventListener("submit", event => { event.preventDefault(); route(); });
filters.addEventListener("reset", () => setTimeout(route, 0));
document.getElementById("search").addEventListener("submit", event => {
  event.preventDefault();
  const q = event.target.q.value.trim();
  if (q) location.hash = "#/search/" + encodeURIComponent(q);
});
window.addEventListener("hashchange", route);
api("totals").then(t => {
  document.getElementById("totals").textContent =
    `${t.articles} articles · ${t.incidents} incidents · ${t.statements} statements · ${t.relations} relations`;
}).catch(() => {});
route();
