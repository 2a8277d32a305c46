"""Render the application icon (resources/icons/caregiver-app.svg) to PNG and ICO files.

    python packaging/make_icons.py                      # PNGs for Linux, the .ico for Windows
    python packaging/make_icons.py --iconset DIR        # also a macOS .iconset folder for iconutil

Writes packaging/icons/hicolor/<size>x<size>/apps/caregiver-app.png for 16 to 512 px and
packaging/icons/caregiver-app.ico (16 to 256 px). Uses only PySide6 (QtSvg renders the SVG);
the ICO container is written here because Qt's ICO writer stores a single size per file.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "caregiver-app.svg"
OUT = ROOT / "packaging" / "icons"
NAME = "caregiver-app"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS .iconset: file name -> pixel size (iconutil -c icns turns the folder into an .icns).
ICONSET = {
    f"icon_{points}x{points}{suffix}.png": points * scale
    for points in (16, 32, 128, 256, 512)
    for suffix, scale in (("", 1), ("@2x", 2))
}


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size pixels on a transparent background, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise SystemExit(f"make_icons: could not encode the {size} px PNG: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding each PNG as one image (PNG entries: Windows Vista and later)."""
    count = len(pngs)
    header = struct.pack("<HHH", 0, 1, count)  # reserved, type 1 = icon, number of images
    offset = 6 + 16 * count
    entries, images = b"", b""
    for size, png in sorted(pngs.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset)
        images += png
        offset += len(png)
    return header + entries + images


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG, help=f"source SVG (default {SVG})")
    parser.add_argument("--out", type=Path, default=OUT, help=f"output folder (default {OUT})")
    parser.add_argument(
        "--iconset", type=Path, metavar="DIR", help="also write a macOS .iconset folder here"
    )
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(args.svg, size)
        return cache[size]

    for size in PNG_SIZES:
        write(args.out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png", png(size))
    write(args.out / f"{NAME}.ico", ico_bytes({size: png(size) for size in ICO_SIZES}))
    if args.iconset:
        for filename, size in ICONSET.items():
            write(args.iconset / filename, png(size))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
