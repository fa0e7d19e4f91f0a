"""Build the explorer's offline basemap: simplified country outlines as a small GeoJSON file.

The source is Natural Earth's 1:110m "Admin 0 - Countries" (public domain), as shipped in the
`naturalearth_lowres` shapefile inside the geopandas 0.14.4 wheel (the last release that bundled
it). This is a maintenance script, run once by a developer; the package ships only its output,
`static/countries.geojson`, and never reads a shapefile at run time:

    pip download --no-deps geopandas==0.14.4 -d /tmp/geo
    python -m newsevents.web.make_basemap /tmp/geo/geopandas-0.14.4-py3-none-any.whl
"""

from __future__ import annotations

import json
import struct
import sys
import zipfile
from pathlib import Path

SHP = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
OUT = Path(__file__).parent / "static" / "countries.geojson"
TOLERANCE = 0.2  # degrees: Douglas-Peucker tolerance, fine for a 1000-pixel-wide world map

Ring = list[tuple[float, float]]


def read_polygons(shp: bytes) -> list[list[Ring]]:
    """Each record of a polygon shapefile as its list of rings."""
    out: list[list[Ring]] = []
    pos = 100  # past the file header
    while pos < len(shp):
        _, length = struct.unpack(">ii", shp[pos : pos + 8])
        body = shp[pos + 8 : pos + 8 + 2 * length]
        pos += 8 + 2 * length
        if struct.unpack("<i", body[:4])[0] == 0:  # null shape
            out.append([])
            continue
        n_parts, n_points = struct.unpack("<ii", body[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", body[44 : 44 + 4 * n_parts]))
        base = 44 + 4 * n_parts
        flat = struct.unpack(f"<{2 * n_points}d", body[base : base + 16 * n_points])
        points = list(zip(flat[0::2], flat[1::2], strict=True))
        bounds = [*parts, n_points]
        out.append([points[bounds[i] : bounds[i + 1]] for i in range(n_parts)])
    return out


def read_dbf(dbf: bytes, encoding: str) -> list[dict[str, str]]:
    n_records, header_len, record_len = struct.unpack("<xxxxIHH", dbf[:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while dbf[pos] != 0x0D:
        fields.append((dbf[pos : pos + 11].rstrip(b"\0").decode(), dbf[pos + 16]))
        pos += 32
    rows = []
    for r in range(n_records):
        at = header_len + r * record_len + 1  # skip the deletion flag
        row = {}
        for name, width in fields:
            row[name] = dbf[at : at + width].decode(encoding).strip()
            at += width
        rows.append(row)
    return rows


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker, iterative (rings have up to a few hundred points)."""
    if len(ring) < 5:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        a, b = stack.pop()
        (x1, y1), (x2, y2) = ring[a], ring[b]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, idx = 0.0, -1
        for i in range(a + 1, b):
            x, y = ring[i]
            # distance to the chord; to its start point when the chord closes the ring
            if norm:
                d = abs(dy * (x - x1) - dx * (y - y1)) / norm
            else:
                d = ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
            if d > best:
                best, idx = d, i
        if idx >= 0 and best > tolerance:
            keep[idx] = True
            stack += [(a, idx), (idx, b)]
    return [p for p, k in zip(ring, keep, strict=True) if k]


def build(wheel: Path) -> dict[str, object]:
    with zipfile.ZipFile(wheel) as zf:
        shapes = read_polygons(zf.read(SHP + ".shp"))
        encoding = zf.read(SHP + ".cpg").decode("ascii").strip()
        records = read_dbf(zf.read(SHP + ".dbf"), encoding)
    features = []
    for rings, rec in zip(shapes, records, strict=True):
        polygons = []
        for ring in rings:
            small = [(round(x, 2), round(y, 2)) for x, y in simplify(ring, TOLERANCE)]
            if len(small) >= 4:
                polygons.append([[list(p) for p in small]])
        iso3 = rec["iso_a3"]
        if polygons:
            features.append(
                {
                    "type": "Feature",
                    "properties": {"iso3": iso3 if iso3 != "-99" else None, "name": rec["name"]},
                    "geometry": {"type": "MultiPolygon", "coordinates": polygons},
                }
            )
    return {
        "type": "FeatureCollection",
        "attribution": "Made with Natural Earth (public domain), 1:110m Admin 0 - Countries, "
        f"simplified to {TOLERANCE} degrees",
        "features": features,
    }


def main(argv: list[str]) -> None:
    collection = build(Path(argv[0]))
    OUT.write_text(json.dumps(collection, separators=(",", ":")) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
