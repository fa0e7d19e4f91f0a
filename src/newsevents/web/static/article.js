// The article view (its text with every fact highlighted from its offsets) and the event view
// (one event and every article that reports it).

import { h, api, fmt, tag, quadColor, ploverColor, showTip, hideTip, kv, ENTITY_COLORS, QUADS } from "./util.js";

const KINDS = [
  ["event", "Events", "var(--q1)"],
  ["entity", "Actors", "var(--ent-person)"],
  ["quote", "Quotes", "#e2d3b0"],
  ["quantity", "Quantities", "var(--quantity)"],
  ["timex", "Dates", "var(--timex)"],
];

/** Every highlight of a document: {start, end, kind, id, tip(): rows, ...}. */
export function annotations(doc) {
  const ents = new Map(doc.entities.map((e) => [e.id, e]));
  const names = (ids) => (ids || []).map((i) => (ents.get(i) || { name: i }).name);
  const out = [];
  for (const e of doc.entities) {
    for (const m of e.mentions) {
      out.push({
        start: m.start, end: m.end, kind: "entity", id: e.id, color: ENTITY_COLORS[e.type],
        tip: () => [h("div", { class: "t-head" }, e.name), ...kv([["type", e.type], ["code", [e.country, e.sector].filter(Boolean).join(" ")],
          ["role", e.role], ["mention", m.kind], ["mentions", e.mentions.length]])],
      });
    }
  }
  for (const ev of doc.events) {
    out.push({
      start: ev.trigger.start, end: ev.trigger.end, kind: "event", id: ev.id, quad: ev.quad_class, modality: ev.modality,
      tip: () => [h("div", { class: "t-head" }, `${ev.plover || "event"} · ${ev.trigger.text}`), ...kv([
        ["who", names(ev.actors)], ["to whom", names(ev.recipients)],
        ["CAMEO", ev.cameo], ["PLOVER", [ev.plover, ev.plover_mode].filter(Boolean).join(" / ")],
        ["quad class", QUADS[ev.quad_class]?.name], ["Goldstein", ev.goldstein],
        ["modality", ev.modality],
        ["according to", ev.attribution ? [ents.get(ev.attribution.speaker)?.name, ev.attribution.text ? `“${ev.attribution.text}”` : null].filter(Boolean).join(" ") : null],
        ["when", ev.date ? [ev.date.text, ev.date.value].filter(Boolean).join(" = ") : null],
        ["where", ev.location ? [ev.location.name, ev.location.country].filter(Boolean).join(", ") : null],
        ["confidence", ev.confidence],
      ])],
    });
  }
  for (const q of doc.quotes) {
    const speaker = (q.speaker && ents.get(q.speaker)?.name) || q.speaker_text;
    const rows = () => [h("div", { class: "t-head" }, `${q.kind} quote`), ...kv([["speaker", speaker || "unattributed"], ["cue", q.cue?.text]])];
    out.push({ start: q.content.start, end: q.content.end, kind: "quote", id: q.id, tip: rows });
  }
  for (const n of doc.quantities) {
    out.push({
      start: n.start, end: n.end, kind: "quantity", id: n.id,
      tip: () => [h("div", { class: "t-head" }, n.text), ...kv([["value", n.value == null ? null : fmt.n(n.value)], ["unit", n.unit],
        ["kind", n.kind], ["measures", n.measures], ["approximate", n.approximate ? "yes" : null]])],
    });
  }
  for (const t of doc.timexes) {
    out.push({
      start: t.start, end: t.end, kind: "timex", id: t.id,
      tip: () => [h("div", { class: "t-head" }, t.text), ...kv([["type", t.type], ["value", t.value], ["mod", t.mod]])],
    });
  }
  return out.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.end > a.start);
}

/**
 * The text as nodes: cut at every annotation boundary; each piece covered by annotations becomes
 * a <span class="hl"> naming them. Offsets count code points (as Python does), not UTF-16 units.
 */
export function highlight(text, anns) {
  const chars = Array.from(text);
  const cuts = new Set([0, chars.length]);
  for (const a of anns) {
    cuts.add(Math.min(Math.max(a.start, 0), chars.length));
    cuts.add(Math.min(Math.max(a.end, 0), chars.length));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = chars.slice(from, to).join("");
    const covering = anns.filter((a) => a.start <= from && a.end >= to);
    if (!covering.length) { nodes.push(document.createTextNode(piece)); continue; }
    const kinds = [...new Set(covering.map((a) => a.kind))];
    const event = covering.find((a) => a.kind === "event");
    const entity = covering.find((a) => a.kind === "entity");
    const span = h("span", {
      class: ["hl", ...kinds.map((k) => "k-" + k), event && event.modality === "negated" ? "neg" : ""].join(" ").trim(),
      data: { ann: covering.map((a) => a.kind + ":" + a.id).join(" ") },
      vars: { ...(event ? { "--qc": quadColor(event.quad) } : {}), ...(entity && entity.color ? { "--ec": entity.color } : {}) },
      tabindex: event ? 0 : null,
      onmousemove: (ev) => showTip(ev, covering.flatMap((a) => [h("div", {}, a.tip())])),
      onmouseleave: hideTip,
      onblur: hideTip,
    }, piece);
    nodes.push(span);
  }
  return nodes;
}

function flash(container, key) {
  const hits = [...container.querySelectorAll(".hl")].filter((el) => el.dataset.ann.split(" ").includes(key));
  if (!hits.length) return;
  hits[0].scrollIntoView({ block: "center", behavior: "smooth" });
  for (const el of hits) {
    el.classList.add("flash");
    setTimeout(() => el.classList.remove("flash"), 1600);
  }
}

function factsPanel(doc, textEl) {
  const ents = new Map(doc.entities.map((e) => [e.id, e]));
  const name = (i) => (ents.get(i) || { name: i }).name;
  const item = (key, ...children) => h("li", { onclick: () => flash(textEl, key) }, ...children);
  const section = (title, items, empty) => h("section", {}, h("h2", {}, `${title} (${items.length})`),
    items.length ? h("ul", {}, items) : h("p", { class: "sub" }, empty));
  const links = doc.event_links || {};
  const titles = doc.headlines || {};
  const events = doc.events.map((ev) => item("event:" + ev.id,
    titles[ev.id] ? h("div", { class: "headline" }, titles[ev.id]) : null,
    h("div", {}, tag(ev.plover || "event", ploverColor(ev.plover)), " ",
      ev.modality !== "asserted" ? tag(ev.modality, null, "mod-" + ev.modality) : "", " ",
      h("b", {}, ev.actors.map(name).join(", ") || "—"), h("span", { class: "arrow" }, "→"),
      ev.recipients.map(name).join(", ") || "—"),
    h("div", { class: "sub" }, `“${ev.trigger.text}”`, ev.cameo ? h("span", { class: "code" }, ` CAMEO ${ev.cameo}`) : "",
      " · ", h("a", { href: `#/event/${encodeURIComponent(doc.article.id)}/${encodeURIComponent(ev.id)}`, onclick: (e) => e.stopPropagation() },
        links[ev.id] ? "every report" : "event"))));
  const actors = doc.entities.map((e) => item("entity:" + e.id,
    h("div", {}, h("b", {}, e.name), " ", h("span", { class: "code" }, [e.country, e.sector].filter(Boolean).join(""))),
    h("div", { class: "sub" }, `${e.type} · ${e.mentions.length} mention${e.mentions.length === 1 ? "" : "s"}`, e.role ? ` · ${e.role}` : "")));
  const quotes = doc.quotes.map((q) => item("quote:" + q.id,
    h("blockquote", {}, `“${q.content.text.length > 180 ? q.content.text.slice(0, 177) + "…" : q.content.text}”`),
    h("div", { class: "sub" }, `— ${(q.speaker && name(q.speaker)) || q.speaker_text || "unattributed"} (${q.kind})`)));
  const quantities = doc.quantities.map((n) => item("quantity:" + n.id, h("b", {}, n.text),
    h("span", { class: "sub" }, ` ${n.kind}${n.value != null ? " · " + fmt.n(n.value) : ""}${n.unit ? " " + n.unit : ""}`)));
  const dates = doc.timexes.map((t) => item("timex:" + t.id, h("b", {}, t.text), h("span", { class: "sub" }, ` ${t.type} ${t.value || ""}`)));
  return h("aside", { class: "facts" },
    section("Events", events, "No events found."),
    section("Actors", actors, "No actors found."),
    section("Quotes", quotes, "No quotes."),
    section("Quantities", quantities, "No quantities."),
    section("Dates", dates, "No dates."));
}

function mainEvent(doc) {
  const me = doc.main_event;
  if (!me) return null;
  const rows = ["who", "what", "when", "where", "why", "how"].filter((k) => me[k] && me[k].text)
    .flatMap((k) => [h("dt", {}, k), h("dd", {}, me[k].text)]);
  return rows.length ? h("dl", { class: "main-event" }, rows) : null;
}

export async function articleView(id) {
  const doc = await api("/articles/" + encodeURIComponent(id));
  const a = doc.article;
  const anns = annotations(doc);
  const text = h("div", { class: "article-text", id: "article-text" }, highlight(a.text, anns));
  const toggles = h("div", { class: "toggles" }, KINDS.map(([kind, label, color]) => {
    const n = anns.filter((x) => x.kind === kind).length;
    const box = h("input", { type: "checkbox", checked: true, onchange: (e) => text.classList.toggle("hide-" + kind, !e.target.checked) });
    return h("label", {}, box, h("span", { class: "sw", vars: { "--c": color } }), `${label} ${n}`);
  }));
  const meta = [a.source, a.published ? fmt.date(a.published) : null].filter(Boolean).join(" · ");
  return h("div", { class: "article-layout" },
    h("article", {},
      h("div", { class: "crumbs" }, h("a", { href: "#/" }, "← Overview")),
      h("header", { class: "article-head" }, h("h1", {}, a.title || "Untitled article"),
        h("div", { class: "meta" }, meta, a.url ? [" · ", h("a", { href: a.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")] : "")),
      mainEvent(doc), toggles, text),
    factsPanel(doc, text));
}

const plural = (n, one, many) => `${fmt.n(n)} ${n === 1 ? one : many}`;

/** "2 articles from 2 sources (bbc.co.uk, reuters.com)"; an article whose site is not
 * recorded is said to be so, not counted as no source. */
function reportedBy(r) {
  const named = r.sources.length;
  const parts = [plural(r.articles, "article", "articles")];
  if (named) parts.push(`from ${plural(named, "source", "sources")} (${r.sources.join(", ")})`);
  if (r.unnamed_sources) parts.push(named ? `and ${plural(r.unnamed_sources, "article", "articles")} whose source is not recorded` : "whose source is not recorded");
  if (r.mentions > r.articles) parts.push(`· ${plural(r.mentions, "mention", "mentions")}`);
  return parts.join(" ");
}

function sentenceWithTrigger(r) {
  const sent = r.sentence_text;
  const i = sent ? sent.indexOf(r.trigger_text) : -1;
  const vars = { "--qc": quadColor(r.quad_class) };
  if (i < 0) return h("div", { class: "sentence", vars }, "… ", h("b", {}, r.trigger_text), " …");
  return h("div", { class: "sentence", vars },
    sent.slice(0, i), h("b", {}, r.trigger_text), sent.slice(i + r.trigger_text.length));
}

export async function eventView(articleId, eventId) {
  const body = await api(`/events/${encodeURIComponent(articleId)}/${encodeURIComponent(eventId)}`);
  const ev = body.event;
  const merged = body.corpus_event;
  const reports = body.reports;
  const card = h("dl", { class: "event-card" },
    h("dt", {}, "who"), h("dd", {}, (ev.actor_names || []).join(", ") || "—"),
    h("dt", {}, "did"), h("dd", {}, tag(ev.plover || "event", ploverColor(ev.plover)), " ", ev.trigger_text,
      ev.cameo ? h("span", { class: "code" }, `  CAMEO ${ev.cameo}`) : ""),
    h("dt", {}, "to whom"), h("dd", {}, (ev.recipient_names || []).join(", ") || "—"),
    h("dt", {}, "when"), h("dd", {}, fmt.date(merged?.date_start || ev.event_date)),
    h("dt", {}, "where"), h("dd", {}, ev.location_name || "—"),
    h("dt", {}, "modality"), h("dd", {}, ev.modality),
    // whether the act killed anyone, as its words say (events[].fatality); nothing when they say nothing
    ...(ev.fatal == null ? [] : [h("dt", {}, "dead"), h("dd", {}, ev.fatal ? String(ev.killed ?? "yes") : "none")]),
    h("dt", {}, "reported by"), h("dd", { id: "reported-by" }, reportedBy(body.reported_by)));
  const list = reports.map((r) => h("div", { class: "report" },
    h("a", { href: "#/article/" + encodeURIComponent(r.article_id) }, r.title || r.article_id),
    h("span", { class: "sub" }, `  ${[r.source, fmt.date(r.published)].filter(Boolean).join(" · ")}`),
    sentenceWithTrigger({ ...r, quad_class: ev.quad_class }),
    h("div", { class: "sub" }, tag(r.modality || "asserted", null, "light"), r.attribution_text ? `  according to ${r.attribution_text}` : "",
      r.copies ? `  · ${r.copies} near-duplicate cop${r.copies === 1 ? "y" : "ies"}` : "")));
  return h("div", {},
    h("div", { class: "crumbs" }, h("a", { href: "#/" }, "← Overview"), "  ·  ",
      h("a", { href: "#/article/" + encodeURIComponent(ev.article_id) }, "article")),
    h("header", { class: "article-head" }, h("h1", {}, ev.headline)),
    card,
    h("h2", {}, `Articles reporting it (${reports.length})`),
    h("div", { id: "reports" }, list));
}
