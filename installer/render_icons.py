"""Render resources/icons/directwork.svg to the PNG sizes desktops ask for, and to a Windows
.ico. Run after changing the SVG (the renders are committed, so a build needs no SVG tools):

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/render_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "directwork.svg"
    written = []
    for size in SIZES:
        out = ICONS / f"directwork-{size}.png"
        render(svg, size).save(str(out))
        written.append(out)
    # The plain name is what the .desktop file, the AppImage and the window icon use.
    render(svg, 256).save(str(ICONS / "directwork.png"))
    Image.open(ICONS / "directwork-256.png").save(
        ICONS / "directwork.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    for path in [*written, ICONS / "directwork.png", ICONS / "directwork.ico"]:
        print(f"wrote {path.relative_to(ICONS.parents[1])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
