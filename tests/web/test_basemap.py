"""The basemap builder's geometry helpers (the shipped GeoJSON is checked in test_api)."""

from __future__ import annotations

import math
import struct

from newsevents.web.make_basemap import read_polygons, simplify


def test_basemap_simplify_keeps_a_closed_ring_and_its_corners():
    # a square with many points on each side, closed (first point == last point)
    side = [i / 10 for i in range(10)]
    ring = (
        [(x, 0.0) for x in side]
        + [(1.0, y) for y in side]
        + [(1 - x, 1.0) for x in side]
        + [(0.0, 1 - y) for y in side]
        + [(0.0, 0.0)]
    )
    small = simplify(ring, 0.05)
    assert small[0] == small[-1] == (0.0, 0.0)
    assert set(small) == {(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)}


def test_basemap_simplify_keeps_detail_above_the_tolerance():
    ring = [(math.cos(t / 20 * 2 * math.pi), math.sin(t / 20 * 2 * math.pi)) for t in range(21)]
    assert len(simplify(ring, 0.001)) == 21
    assert 4 <= len(simplify(ring, 0.3)) < 21


def test_basemap_reads_polygon_records():
    points = [(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (0.0, 0.0)]
    content = struct.pack("<i4d2i", 5, 0, 0, 1, 1, 1, len(points)) + struct.pack("<i", 0)
    content += b"".join(struct.pack("<2d", *p) for p in points)
    record = struct.pack(">2i", 1, len(content) // 2) + content
    null = struct.pack(">2i", 2, 2) + struct.pack("<i", 0)
    shp = bytes(100) + record + null
    assert read_polygons(shp) == [[points], []]
