// Stories: the list (#/stories) and one story's thread (#/story/ID): a timeline of its events
// and articles, who reported first, how many sources.

import { h, api, fmt, tag, quadColor } from "./util.js";

const plural = (n, word) => `${fmt.n(n)} ${word}${n === 1 ? "" : "s"}`;

function span(first, last) {
  if (!first && !last) return "undated";
  return first === last || !last ? fmt.date(first) : `${fmt.date(first)} – ${fmt.date(last)}`;
}

export async function storiesView() {
  const page = await api("/stories", { limit: 100 });
  const rows = page.items.map((s) => h("li", { class: "story" },
    h("a", { class: "title", href: "#/story/" + encodeURIComponent(s.id) }, s.title || s.id),
    h("div", { class: "meta" }, [plural(s.num_articles, "article"), plural(s.num_sources, "source"),
      span(s.first_seen, s.last_seen), (s.actors || []).slice(0, 4).join(", ")].filter(Boolean).join(" · "))));
  return h("div", {},
    h("div", { class: "crumbs" }, h("a", { href: "#/" }, "← Overview")),
    h("header", { class: "article-head" }, h("h1", {}, "Stories"),
      h("div", { class: "meta" }, "Articles about one developing story, most reported first")),
    rows.length ? h("ul", { class: "articles", id: "story-list" }, rows) : h("p", { class: "empty" }, "No stories yet."));
}

/** Events and articles of a story in one date order: what happened, and who reported when. */
function timeline(story) {
  const first = story.articles[0];
  const items = [
    ...story.events.map((e) => ({ date: e.date_start || e.first_seen, kind: "event", e })),
    ...story.articles.map((a) => ({ date: a.published, kind: "article", a })),
  ];
  items.sort((x, y) => String(x.date || "9999").localeCompare(String(y.date || "9999")) || (x.kind === "event" ? -1 : 1));
  return h("ol", { class: "list", id: "story-timeline" }, items.map((it) => {
    if (it.kind === "event") {
      const e = it.e;
      return h("li", { class: "row event" },
        h("span", { class: "when" }, fmt.date(it.date)), " ",
        tag(e.plover || "event", quadColor(e.quad_class)), e.modality !== "asserted" ? [" ", tag(e.modality, null, "mod-" + e.modality)] : "", " ",
        h("b", {}, (e.actor_names || []).join(", ") || "—"), h("span", { class: "arrow" }, "→"),
        (e.recipient_names || []).join(", ") || "—",
        e.location_name ? ` in ${e.location_name}` : "",
        h("span", { class: "sub" }, `  ${plural(e.num_articles, "article")}, ${plural(e.num_sources, "source")}`));
    }
    const a = it.a;
    return h("li", { class: "row article" },
      h("span", { class: "when" }, fmt.date(it.date)), " ",
      a.id === first.id ? tag("first report", null, "light") : "", " ",
      h("a", { href: "#/article/" + encodeURIComponent(a.id) }, a.title || a.id),
      h("span", { class: "sub" }, `  ${a.source || ""}${a.duplicate_of ? " (copy)" : ""}`));
  }));
}

export async function storyView(id) {
  const story = await api("/stories/" + encodeURIComponent(id));
  const first = story.articles[0];
  const facts = h("dl", { class: "event-card", id: "story-facts" },
    h("dt", {}, "span"), h("dd", {}, span(story.first_seen, story.last_seen)),
    h("dt", {}, "reported by"), h("dd", {}, `${plural(story.num_articles, "article")} from ${plural(story.num_sources, "source")}`),
    h("dt", {}, "first report"), h("dd", {}, first ? `${first.source || first.id}, ${fmt.date(first.published)}` : "—"),
    h("dt", {}, "actors"), h("dd", {}, (story.actors || []).join(", ") || "—"),
    h("dt", {}, "places"), h("dd", {}, (story.places || []).join(", ") || "—"),
    h("dt", {}, "events"), h("dd", {}, plural(story.num_corpus_events, "event")));
  return h("div", {},
    h("div", { class: "crumbs" }, h("a", { href: "#/" }, "← Overview"), "  ·  ", h("a", { href: "#/stories" }, "stories")),
    h("header", { class: "article-head" }, h("h1", {}, story.title || "Untitled story")),
    facts,
    h("h2", {}, "Timeline"),
    timeline(story));
}
