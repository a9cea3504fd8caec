"""Drawings for the demo caseload: small PNGs made with zlib and struct alone (no Qt here), so
that demo children have pictures on their record as real children do."""

from __future__ import annotations

import math
import random
import struct
import zlib


def _png(width: int, height: int, rows: list[bytes]) -> bytes:
    def chunk(tag: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + tag + body + struct.pack(">I", zlib.crc32(tag + body))

    raw = b"".join(b"\x00" + row for row in rows)  # filter type 0 on every row
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))


def drawing_png(rng: random.Random, width: int = 160, height: int = 120) -> bytes:
    """A child's picture of a house, a tree and the sun, in crayon colours."""
    sky = rng.choice([(235, 244, 252), (255, 248, 225), (240, 236, 250)])
    ground = rng.choice([(120, 180, 90), (100, 160, 110)])
    wall = rng.choice([(220, 90, 80), (240, 190, 80), (110, 150, 220), (200, 130, 200)])
    roof = rng.choice([(120, 70, 50), (60, 60, 90), (170, 60, 60)])
    sun_x, sun_y, sun_r = rng.randint(20, width - 20), rng.randint(12, 30), rng.randint(8, 14)
    house_x, house_w = rng.randint(15, 50), rng.randint(45, 60)
    house_top, ground_y = rng.randint(55, 65), height - 22
    tree_x = min(width - 20, house_x + house_w + rng.randint(15, 35))

    def span(row: bytearray, x0: int, x1: int, colour: tuple[int, int, int]) -> None:
        x0, x1 = max(0, x0), min(width, x1)
        if x1 > x0:
            row[x0 * 3:x1 * 3] = bytes(colour) * (x1 - x0)

    rows = []
    for y in range(height):
        row = bytearray(bytes(sky) * width)
        if abs(y - sun_y) <= sun_r:
            half = int(math.sqrt(sun_r * sun_r - (y - sun_y) ** 2))
            span(row, sun_x - half, sun_x + half, (250, 200, 40))
        if y >= ground_y:
            span(row, 0, width, ground)
        roof_top = house_top - house_w // 2
        if roof_top <= y < house_top:
            inset = (house_top - y)
            span(row, house_x - 4 + inset, house_x + house_w + 4 - inset, roof)
        if house_top <= y < ground_y:
            span(row, house_x, house_x + house_w, wall)
            if y >= ground_y - 22:
                span(row, house_x + house_w // 2 - 6, house_x + house_w // 2 + 6, (90, 60, 40))
            elif house_top + 8 <= y < house_top + 20:
                span(row, house_x + 6, house_x + 18, (250, 250, 255))
        crown_y = ground_y - 38
        if abs(y - crown_y) <= 14:
            half = int(math.sqrt(196 - (y - crown_y) ** 2))
            span(row, tree_x - half, tree_x + half, (50, 140, 60))
        if crown_y + 10 <= y < ground_y:
            span(row, tree_x - 3, tree_x + 3, (110, 80, 50))
        rows.append(bytes(row))
    return _png(width, height, rows)
