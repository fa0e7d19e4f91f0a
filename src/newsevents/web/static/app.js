// The explorer: a hash router (#/?filters, #/article/ID, #/event/ARTICLE/EVENT) and the overview.

import { h, api, fmt, tag, ploverColor, hideTip } from "./util.js";
import { drawTimeline, drawNetwork, drawMap } from "./charts.js";
import { articleView, eventView } from "./article.js";
import { storiesView, storyView } from "./story.js";

const FILTERS = ["text", "actor", "country", "plover", "cameo", "modality", "date_from", "date_to", "source",
  "min_confidence"];
const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const state = { stats: null, chartBy: "plover", netKind: "events", netActors: 20 };
// The events list's columns: [heading, the API's `order` field or null when not sortable].
const COLUMNS = [["Date", "date"], ["Who → whom", "actor"], ["Type", "plover"], ["Event", null], ["Article", "title"]];

function currentFilters() {
  const [, query = ""] = location.hash.split("?");
  const params = new URLSearchParams(query);
  const f = Object.fromEntries(FILTERS.map((k) => [k, params.get(k) || ""]));
  // no choice in the address: the threshold chosen on the dev gold (0 shows every event)
  if (!params.has("min_confidence")) f.min_confidence = String(state.stats?.default_min_confidence ?? "");
  return f;
}

function go(filters, extra) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, ...extra })) if (v || k === "min_confidence") params.set(k, v || 0);
  const q = params.toString();
  location.hash = "#/" + (q ? "?" + q : "");
}

function filterBar(f) {
  const input = (name, label, attrs) => h("label", {}, label, h("input", { name, value: f[name], ...attrs }));
  const known = new Set([...PLOVER, ...Object.keys(state.stats?.events_by_plover || {})]);
  known.delete("(none)");
  const form = h("form", { class: "filters", id: "filters", onsubmit: (e) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.target).entries());
    go({ ...f, ...data });
  } },
  input("actor", "Actor", { placeholder: "name or code" }),
  input("country", "Country", { placeholder: "ISO3", class: "short", maxlength: 3 }),
  h("label", {}, "PLOVER", h("select", { name: "plover" }, h("option", { value: "" }, "any"),
    [...known].sort().map((p) => h("option", { value: p, selected: f.plover === p }, p)))),
  input("cameo", "CAMEO", { placeholder: "e.g. 04", class: "short", inputmode: "numeric" }),
  h("label", {}, "Modality", h("select", { name: "modality" }, ["", "asserted", "future", "hypothetical", "negated"]
    .map((m) => h("option", { value: m, selected: f.modality === m }, m || "any")))),
  input("date_from", "From", { type: "date" }),
  input("date_to", "To", { type: "date" }),
  input("source", "Source", { placeholder: "site" }),
  input("min_confidence", "Min. confidence", { type: "number", min: 0, max: 1, step: 0.05, class: "short",
    title: "only events at least this likely right (0 shows all)" }),
  h("button", { class: "btn primary", type: "submit" }, "Apply"),
  h("button", { class: "btn", type: "button", onclick: () => go({}) }, "Clear"));
  return form;
}

function card(title, body, { wide, controls, note } = {}) {
  return h("section", { class: "card" + (wide ? " wide" : "") },
    h("div", { class: "card-head" }, h("h2", {}, title), controls || null),
    note ? h("p", { class: "note" }, note) : null,
    body);
}

function segmented(options, current, onPick) {
  return h("div", { class: "seg", role: "group" }, options.map(([value, label]) =>
    h("button", { type: "button", "aria-pressed": String(value === current), onclick: () => onPick(value) }, label)));
}

async function eventsTable(f, offset, order = "-date") {
  const page = await api("/events", { ...f, limit: 25, offset, order });
  if (!page.items.length) return h("p", { class: "empty" }, "No events match these filters.");
  const holder = h("div", { id: "events-list" });
  const redraw = async (o, ord) => holder.replaceWith(await eventsTable(f, o, ord));
  const rows = page.items.map((ev) => h("tr", { class: "row", onclick: () => { location.hash = `#/event/${encodeURIComponent(ev.article_id)}/${encodeURIComponent(ev.id)}`; } },
    h("td", { class: "when" }, fmt.date(ev.event_date)),
    h("td", { class: "who" }, h("b", {}, (ev.actor_names || []).join(", ") || "—"), h("span", { class: "arrow" }, "→"), (ev.recipient_names || []).join(", ") || "—"),
    h("td", { class: "type" }, tag(ev.plover || "—", ploverColor(ev.plover)), " ", ev.cameo ? h("span", { class: "code" }, ev.cameo) : "",
      ev.modality !== "asserted" ? [" ", tag(ev.modality, null, "mod-" + ev.modality)] : ""),
    h("td", { class: "sentence" }, h("div", { class: "headline" }, ev.headline || ev.trigger_text), h("div", { class: "sub" }, triggerInSentence(ev))),
    h("td", { class: "article" }, h("a", { href: "#/article/" + encodeURIComponent(ev.article_id), onclick: (e) => e.stopPropagation() }, ev.title || "Untitled article"),
      ev.source ? h("div", { class: "sub" }, ev.source) : null)));
  const [field, desc] = order.startsWith("-") ? [order.slice(1), true] : [order, false];
  const heads = COLUMNS.map(([label, key]) => {
    if (!key) return h("th", {}, label);
    const on = key === field;
    const next = on ? (desc ? key : "-" + key) : (key === "date" ? "-date" : key);
    return h("th", { "aria-sort": on ? (desc ? "descending" : "ascending") : "none" },
      h("button", { type: "button", class: "sort", data: { order: key }, onclick: () => redraw(0, next) }, label, on ? (desc ? " ▼" : " ▲") : ""));
  });
  const table = h("table", { class: "list", id: "events-table" }, h("thead", {}, h("tr", {}, heads)), h("tbody", {}, rows));
  const pager = h("div", { class: "pager" }, `${fmt.n(offset + 1)}–${fmt.n(offset + page.items.length)} of ${fmt.n(page.total)}`,
    h("button", { class: "btn", disabled: offset === 0, onclick: () => redraw(Math.max(0, offset - 25), order) }, "Previous"),
    h("button", { class: "btn", disabled: offset + 25 >= page.total, onclick: () => redraw(offset + 25, order) }, "Next"));
  holder.append(table, pager);
  return holder;
}

function triggerInSentence(ev) {
  const sent = ev.sentence_text || ev.trigger_text || "";
  const short = sent.length > 220 ? sent.slice(0, 217) + "…" : sent;
  const i = short.indexOf(ev.trigger_text);
  if (!ev.trigger_text || i < 0) return short;
  return [short.slice(0, i), h("b", {}, ev.trigger_text), short.slice(i + ev.trigger_text.length)];
}

// The filters of the article list: the search words match the article, the others its events.
function articleFilters(f) {
  const { text, source, ...events } = f;
  return { q: text, source, ...events };
}

async function articleList(f) {
  const page = await api("/articles", { ...articleFilters(f), limit: 12 });
  if (!page.items.length) return h("p", { class: "empty" }, "No articles match.");
  return h("ul", { class: "articles", id: "article-list" }, page.items.map((a) => h("li", {},
    h("a", { class: "title", href: "#/article/" + encodeURIComponent(a.id) }, a.title || a.id),
    h("div", { class: "meta" }, [a.source, a.published ? fmt.date(a.published) : null, `${a.n_events} event${a.n_events === 1 ? "" : "s"}`]
      .filter(Boolean).join(" · ")))));
}

const filtered = (f) => Object.values(f).some(Boolean);

async function overview() {
  const f = currentFilters();
  document.getElementById("q").value = f.text;
  const pick = (extra) => go(f, extra);
  const timelineBox = h("div", {}, h("p", { class: "empty" }, "Loading…"));
  const networkBox = h("div", {}, h("p", { class: "empty" }, "Loading…"));
  const mapBox = h("div", {}, h("p", { class: "empty" }, "Loading…"));
  const eventsBox = h("div", {}, h("p", { class: "empty" }, "Loading…"));
  const articlesBox = h("div", {}, h("p", { class: "empty" }, "Loading…"));
  const redrawTimeline = async () => {
    const data = await api("/timeline", { ...f, by: state.chartBy });
    timelineBox.replaceChildren(drawTimeline(data, { onPick: (from, to) => pick({ date_from: from, date_to: to }) }));
    return data;
  };
  const redrawNetwork = async () => {
    const data = await api("/actors/network", { ...f, kind: state.netKind, edges: 300, actors: state.netActors });
    networkBox.replaceChildren(drawNetwork(data, { onPick: (node) => pick({ actor: node.name }) }));
  };
  const byControl = segmented([["plover", "PLOVER"], ["quad_class", "Quad class"]], state.chartBy, (v) => { state.chartBy = v; route(); });
  const netControl = h("div", { class: "controls" },
    segmented([["events", "Acts on"], ["cooccurrence", "Appears with"]], state.netKind, (v) => { state.netKind = v; route(); }),
    h("label", { class: "count" }, "Top ", h("select", { id: "net-actors", "aria-label": "How many actors", onchange: (e) => {
      state.netActors = Number(e.target.value);
      redrawNetwork().catch(showError);
    } }, [10, 20, 30, 50].map((n) => h("option", { value: n, selected: n === state.netActors }, n)))));
  const articlesTitle = f.text ? `Articles with “${f.text}”` : filtered(f) ? "Articles with matching events" : "Latest articles";
  const view = h("div", {},
    filterBar(f),
    h("div", { class: "grid" },
      card("Events over time", timelineBox, { wide: true, controls: byControl, note: "drag across the bars to pick dates" }),
      card("Actor network", networkBox, { controls: netControl, note: "the actors in most events; edge width = events; click to filter" }),
      card("Where", mapBox, { note: "click a country to filter" }),
      card("Events", eventsBox, { wide: true, note: "newest first; click a heading to sort" }),
      card(articlesTitle, articlesBox, { wide: true })));
  const jobs = [
    redrawTimeline(),
    redrawNetwork(),
    api("/map", f).then(async (data) => mapBox.replaceChildren(await drawMap(data, { onPick: pick }))),
    eventsTable(f, 0).then((el) => eventsBox.replaceChildren(el)),
    articleList(f).then((el) => articlesBox.replaceChildren(el)),
  ];
  Promise.allSettled(jobs).then((results) => {
    for (const r of results) if (r.status === "rejected") showError(r.reason);
    document.body.dataset.ready = "overview";
  });
  return view;
}

function showError(err) {
  const main = document.getElementById("view");
  main.prepend(h("p", { class: "empty", role: "alert" }, `Could not load: ${err.message || err}`));
}

async function route() {
  hideTip();
  delete document.body.dataset.ready;
  const main = document.getElementById("view");
  const path = location.hash.replace(/^#/, "").split("?")[0] || "/";
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  try {
    let view;
    if (parts[0] === "article" && parts[1]) {
      view = await articleView(parts[1]);
      document.title = "Article · newsevents";
    } else if (parts[0] === "story" && parts[1]) {
      view = await storyView(parts[1]);
      document.title = "Story · newsevents";
    } else if (parts[0] === "stories") {
      view = await storiesView();
      document.title = "Stories · newsevents";
    } else if (parts[0] === "event" && parts[2]) {
      view = await eventView(parts[1], parts[2]);
      document.title = "Event · newsevents";
    } else {
      view = await overview();
      document.title = "newsevents explorer";
    }
    main.replaceChildren(view);
    if (parts[0]) { window.scrollTo(0, 0); document.body.dataset.ready = parts[0]; }
  } catch (err) {
    main.replaceChildren(h("p", { class: "empty", role: "alert" }, `Could not load this view: ${err.message}`), h("p", {}, h("a", { href: "#/" }, "Back to the overview")));
    document.body.dataset.ready = "error";
  }
}

async function start() {
  document.getElementById("search").addEventListener("submit", (e) => {
    e.preventDefault();
    go({ ...currentFilters(), text: document.getElementById("q").value.trim() });
  });
  try {
    state.stats = await api("/stats");
    document.getElementById("counts").textContent =
      `${fmt.n(state.stats.articles)} articles · ${fmt.n(state.stats.events)} events · ${fmt.n(state.stats.entities)} actor mentions`;
  } catch (err) {
    document.getElementById("counts").textContent = "store unavailable";
  }
  window.addEventListener("hashchange", route);
  route();
}

start();
