// The three overview charts, drawn as SVG: a stacked timeline, an actor network laid out by a
// small force simulation, and a map of event locations on an offline country basemap.

import { s, h, fmt, quadColor, shade, showTip, hideTip, kv, QUADS, NEUTRAL } from "./util.js";

// -- timeline ---------------------------------------------------------------------------------

function nextBucket(date, size) {
  const d = new Date(date.getTime());
  if (size === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (size === "week") d.setUTCDate(d.getUTCDate() + 7);
  else if (size === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}

function bucketLabel(iso, size) {
  if (size === "year") return iso.slice(0, 4);
  if (size === "month") return iso.slice(0, 7);
  return iso;
}

/** Colours per series: by quad class, or shades of the quad colour for PLOVER types. */
export function seriesColors(data) {
  const colors = {};
  const used = {};
  for (const series of data.series) {
    if (data.by === "quad_class") colors[series.key] = quadColor(series.key);
    else {
      const q = series.quad_class;
      used[q] = (used[q] || 0) + 1;
      colors[series.key] = q ? shade(quadColor(q), used[q] - 1) : NEUTRAL;
    }
  }
  return colors;
}

export function drawTimeline(data, { onPick }) {
  const W = 1100, H = 220, L = 40, R = 10, T = 10, B = 28;
  const root = s("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Events over time" });
  if (!data.series.length) return h("p", { class: "empty" }, "No dated events match.");
  const buckets = [];
  const end = new Date(data.series.flatMap((x) => x.points.map((p) => p.t)).sort().at(-1) + "T00:00:00Z");
  let cur = new Date(data.series.flatMap((x) => x.points.map((p) => p.t)).sort()[0] + "T00:00:00Z");
  while (cur <= end && buckets.length < 2000) {
    buckets.push(cur.toISOString().slice(0, 10));
    cur = nextBucket(cur, data.bucket);
  }
  const index = new Map(buckets.map((b, i) => [b, i]));
  const stacks = buckets.map(() => []);
  for (const series of data.series) {
    for (const p of series.points) if (index.has(p.t)) stacks[index.get(p.t)].push([series.key, p.n]);
  }
  const max = Math.max(1, ...stacks.map((st) => st.reduce((a, [, n]) => a + n, 0)));
  const colors = seriesColors(data);
  const slot = (W - L - R) / buckets.length;
  const bw = Math.min(slot, 56);
  const x0 = (i) => L + i * slot + (slot - bw) / 2;
  const y = (n) => T + (H - T - B) * (1 - n / max);
  const ticks = [0, Math.ceil(max / 2), max].filter((v, i, a) => a.indexOf(v) === i);
  root.append(
    s("g", { class: "grid" }, ticks.map((t) => s("line", { x1: L, x2: W - R, y1: y(t), y2: y(t) }))),
    s("g", {}, ticks.map((t) => s("text", { x: L - 6, y: y(t) + 4, "text-anchor": "end" }, fmt.n(t)))),
  );
  const every = Math.max(1, Math.ceil(buckets.length / 10));
  buckets.forEach((b, i) => {
    if (i % every === 0) {
      root.append(s("text", { x: x0(i) + bw / 2, y: H - 8, "text-anchor": "middle" }, bucketLabel(b, data.bucket)));
    }
    let base = 0;
    for (const [key, n] of stacks[i]) {
      const bar = s("rect", {
        class: "bar", x: x0(i) + Math.min(1, bw * 0.1), width: Math.max(1, bw - Math.min(2, bw * 0.2)),
        y: y(base + n), height: y(base) - y(base + n), fill: colors[key],
        onmousemove: (ev) => showTip(ev, [h("div", { class: "t-head" }, bucketLabel(b, data.bucket)),
          ...stacks[i].map(([k, m]) => h("div", {}, `${labelOf(data, k)}: ${fmt.n(m)}`))]),
        onmouseleave: hideTip,
        onclick: () => onPick(b, nextBucket(new Date(b + "T00:00:00Z"), data.bucket)),
      });
      root.append(bar);
      base += n;
    }
  });
  const legend = h("div", { class: "legend" },
    data.series.map((x) => h("span", { vars: { "--c": colors[x.key] } }, labelOf(data, x.key))));
  return h("div", {}, root, legend);
}

function labelOf(data, key) {
  return data.by === "quad_class" ? (QUADS[key] || { name: "Uncoded" }).name : String(key);
}

// -- actor network ----------------------------------------------------------------------------

/** Fruchterman-Reingold layout; deterministic (starts on a circle), a few hundred steps. */
export function layout(nodes, edges, W, H) {
  const n = nodes.length;
  const pos = nodes.map((_, i) => {
    const a = (2 * Math.PI * i) / Math.max(1, n);
    const r = Math.min(W, H) * (0.25 + 0.15 * (i % 3) / 2);
    return { x: W / 2 + r * Math.cos(a), y: H / 2 + r * Math.sin(a) };
  });
  const byId = new Map(nodes.map((nd, i) => [nd.id, i]));
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.62;
  let temp = W / 8;
  for (let step = 0; step < 320; step++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
        const d = Math.max(0.01, Math.hypot(dx, dy));
        const f = (k * k) / d;
        dx /= d; dy /= d;
        disp[i].x += dx * f; disp[i].y += dy * f;
        disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
    }
    for (const e of edges) {
      const i = byId.get(e.source), j = byId.get(e.target);
      let dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y;
      const d = Math.max(0.01, Math.hypot(dx, dy));
      const f = ((d * d) / k) * (1 + Math.log2(e.weight) * 0.25);
      dx /= d; dy /= d;
      disp[i].x -= dx * f; disp[i].y -= dy * f;
      disp[j].x += dx * f; disp[j].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      // gravity keeps disconnected pairs on the canvas
      disp[i].x += (W / 2 - pos[i].x) * 0.08 * k / 10;
      disp[i].y += (H / 2 - pos[i].y) * 0.08 * k / 10;
      const d = Math.max(0.01, Math.hypot(disp[i].x, disp[i].y));
      pos[i].x = Math.min(W - 60, Math.max(60, pos[i].x + (disp[i].x / d) * Math.min(d, temp)));
      pos[i].y = Math.min(H - 30, Math.max(30, pos[i].y + (disp[i].y / d) * Math.min(d, temp)));
    }
    temp = Math.max(0.5, temp * 0.975);
  }
  return pos;
}

export function drawNetwork(data, { onPick }) {
  if (!data.nodes.length) return h("p", { class: "empty" }, "No actor pairs among these events.");
  const W = 540, H = 380;
  const nodes = data.nodes.slice(0, 40);
  const keep = new Set(nodes.map((nd) => nd.id));
  const edges = data.edges.filter((e) => keep.has(e.source) && keep.has(e.target));
  const pos = layout(nodes, edges, W, H);
  const at = new Map(nodes.map((nd, i) => [nd.id, pos[i]]));
  const maxW = Math.max(1, ...nodes.map((nd) => nd.weight));
  const radius = (nd) => 4 + 10 * Math.sqrt(nd.weight / maxW);
  const root = s("svg", { class: "chart", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "Actor network" });
  const defs = s("defs", {});
  for (const q of [0, 1, 2, 3, 4]) {
    defs.append(s("marker", { id: `arrow-${q}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" },
      s("path", { d: "M0,1 L10,5 L0,9 z", fill: quadColor(q) })));
  }
  root.append(defs);
  for (const e of edges) {
    const a = at.get(e.source), b = at.get(e.target);
    const tgt = nodes.find((nd) => nd.id === e.target);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(1, Math.hypot(dx, dy));
    const r = radius(tgt) + 3;
    const ex = b.x - (dx / d) * r, ey = b.y - (dy / d) * r;
    const mx = (a.x + ex) / 2 - (dy / d) * d * 0.12, my = (a.y + ey) / 2 + (dx / d) * d * 0.12;
    const q = e.quad_class || 0;
    root.append(s("path", {
      class: "edge", d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`, stroke: quadColor(q),
      "stroke-width": 1 + Math.log2(1 + e.weight) * 1.3,
      "marker-end": data.directed ? `url(#arrow-${q})` : null,
      onmousemove: (ev) => showTip(ev, [
        h("div", { class: "t-head" }, `${nameOf(nodes, e.source)} ${data.directed ? "→" : "—"} ${nameOf(nodes, e.target)}`),
        ...kv([[data.directed ? "events" : "articles", e.weight], ["mostly", QUADS[e.quad_class]?.name],
          ["mean Goldstein", e.goldstein == null ? null : e.goldstein.toFixed(1)]]),
      ]),
      onmouseleave: hideTip,
    }));
  }
  nodes.forEach((nd, i) => {
    const p = pos[i];
    root.append(s("g", { onclick: () => onPick(nd), onmouseleave: hideTip,
      onmousemove: (ev) => showTip(ev, [h("div", { class: "t-head" }, nd.name), ...kv([["country", nd.country], ["sector", nd.sector], ["weight", nd.weight]])]) },
    s("circle", { class: "node", cx: p.x, cy: p.y, r: radius(nd), fill: "#1f2a37" }),
    labelFor(nd, p, radius(nd), W)));
  });
  return root;
}

// Beside the node, on the side with more room, so that labels run off neither edge.
function labelFor(nd, p, r, W) {
  const right = p.x < W * 0.62;
  return s("text", {
    class: "label", x: right ? p.x + r + 4 : p.x - r - 4, y: p.y + 4,
    "text-anchor": right ? "start" : "end",
  }, shorten(nd.name));
}

function nameOf(nodes, id) {
  return (nodes.find((nd) => nd.id === id) || { name: id }).name;
}

function shorten(name) {
  return name.length > 24 ? name.slice(0, 23) + "…" : name;
}

// -- map --------------------------------------------------------------------------------------

let basemap = null;

async function loadBasemap() {
  if (!basemap) basemap = fetch("/static/countries.geojson").then((r) => r.json());
  return basemap;
}

// Equirectangular projection, cropped to the inhabited latitudes.
const MAP = { W: 720, H: 330, north: 84, south: -58 };
const px = (lon) => ((lon + 180) / 360) * MAP.W;
const py = (lat) => ((MAP.north - lat) / (MAP.north - MAP.south)) * MAP.H;

function ringPath(ring) {
  return ring.map(([lon, lat], i) => `${i ? "L" : "M"}${px(lon).toFixed(1)},${py(lat).toFixed(1)}`).join("") + "Z";
}

export async function drawMap(data, { onPick }) {
  const world = await loadBasemap();
  const root = s("svg", { class: "chart", viewBox: `0 0 ${MAP.W} ${MAP.H}`, role: "img", "aria-label": "Map of event locations" });
  const grid = s("g", {});
  for (let lon = -150; lon <= 150; lon += 30) grid.append(s("path", { class: "graticule", d: `M${px(lon)},0V${MAP.H}` }));
  for (let lat = -30; lat <= 60; lat += 30) grid.append(s("path", { class: "graticule", d: `M0,${py(lat)}H${MAP.W}` }));
  root.append(grid);
  const counts = data.countries || {};
  const maxC = Math.max(1, ...Object.values(counts));
  for (const f of world.features) {
    const iso = f.properties.iso3;
    const n = (iso && counts[iso]) || 0;
    const d = f.geometry.coordinates.map((poly) => poly.map(ringPath).join("")).join("");
    const path = s("path", {
      class: "country" + (n ? " hit" : ""), d,
      // CSSOM styles (not attributes): they must win over the stylesheet's neutral fill
      vars: n ? { fill: "#4f86b5", "fill-opacity": String(0.2 + 0.55 * Math.sqrt(n / maxC)) } : null,
      onmousemove: (ev) => showTip(ev, [h("div", { class: "t-head" }, f.properties.name), ...kv([["events located here", n || "none"]])]),
      onmouseleave: hideTip,
      onclick: iso && n ? () => onPick({ country: iso }) : null,
    });
    root.append(path);
  }
  const maxP = Math.max(1, ...data.points.map((p) => p.n));
  for (const p of data.points) {
    root.append(s("circle", {
      class: "point", cx: px(p.lon), cy: py(p.lat), r: 3 + 9 * Math.sqrt(p.n / maxP), fill: quadColor(p.quad_class),
      onmousemove: (ev) => showTip(ev, [h("div", { class: "t-head" }, p.name || "unnamed place"),
        ...kv([["events", p.n], ["mostly", p.plover], ["country", p.country]])]),
      onmouseleave: hideTip,
      onclick: p.country ? () => onPick({ country: p.country }) : null,
    }));
  }
  const places = data.points.length;
  const note = h("p", { class: "legend" }, h("span", { vars: { "--c": "#4f86b5" } }, "shade: events placed in the country"),
    h("span", { vars: { "--c": "#c4574b" } }, `dots: ${places} place${places === 1 ? "" : "s"}, coloured by quad class`));
  return h("div", {}, root, note);
}
