"""Reduce Natural Earth's 1:110m country outlines (public domain) to the small file the status map draws.

Input: `countries-110m.json` of the world-atlas npm package (Natural Earth 4.1.0 as TopoJSON) and
Debian's iso-codes `iso_3166-1.json` (numeric → alpha-2 codes). Output:
resources/world/countries-110m.json, {"about": ..., "countries": {"FJ": [[x0, y0, x1, y1, ...], ...]}}
with rings in longitude/latitude rounded to 0.1°, continuous across the antimeridian (a ring
may run past ±180°: draw it shifted by 360° too); outlines without an ISO code go under "-".

    python scripts/make_world_outline.py countries-110m.json /usr/share/iso-codes/json/iso_3166-1.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "world" / "countries-110m.json"
ABOUT = ("Country outlines from Natural Earth 1:110m Admin 0 (public domain, naturalearthdata.com) via the "
         "world-atlas 2.0.2 TopoJSON, reduced by scripts/make_world_outline.py: rings in degrees rounded to 0.1.")


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[float]:
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    flat: list[float] = []
    last = None
    shift = 0.0
    for index, (lon, y) in enumerate(points):  # unwrap at the antimeridian: the ring stays continuous
        if index and abs(lon + shift - flat[-2]) > 180:
            shift += 360.0 if flat[-2] > lon + shift else -360.0
        here = (round(lon + shift, 1), round(y, 1))
        if here != last:
            flat.extend(here)
            last = here
    return flat


def main(topojson: str, iso: str) -> None:
    topology = json.loads(Path(topojson).read_text(encoding="utf-8"))
    codes = {c["numeric"]: c["alpha_2"] for c in json.loads(Path(iso).read_text(encoding="utf-8"))["3166-1"]}
    arcs = decode_arcs(topology)
    countries: dict[str, list[list[float]]] = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        code = codes.get(str(geometry.get("id", "")), "-")
        rings = [ring(r, arcs) for polygon in polygons for r in polygon]
        countries.setdefault(code, []).extend(r for r in rings if len(r) >= 6)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"about": ABOUT, "countries": dict(sorted(countries.items()))},
                              separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB, {len(countries)} codes)")


if __name__ == "__main__":
    main(*sys.argv[1:3])
