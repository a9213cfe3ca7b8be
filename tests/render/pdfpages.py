"""Looking at PDF pages as a reader would: page images (pdftoppm) and the words on each page (pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

MM_PER_INCH = 25.4


def require_poppler() -> None:
    if not (shutil.which("pdftoppm") and shutil.which("pdftotext")):
        pytest.skip("pdftoppm/pdftotext (poppler-utils) are not installed")


@dataclass(frozen=True)
class PageImage:
    """One page as grey levels (0 black .. 255 white), ``dpi`` pixels to the inch."""

    width: int
    height: int
    dpi: int
    pixels: bytes

    def ink_columns(self, threshold: int = 200) -> list[int]:
        """The x of every column holding a pixel darker than threshold."""
        return [x for x in range(self.width)
                if any(self.pixels[y * self.width + x] < threshold for y in range(self.height))]

    def mm(self, pixels: int) -> float:
        return pixels * MM_PER_INCH / self.dpi


def page_images(pdf: Path, dpi: int = 40) -> list[PageImage]:
    """Every page of the PDF rendered to a grey image."""
    out = pdf.parent / f"{pdf.stem}-page"
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(out)], check=True)
    images = []
    for path in sorted(pdf.parent.glob(f"{pdf.stem}-page-*.pgm")):
        data = path.read_bytes()
        fields = data.split(maxsplit=4)  # P5 width height maxval pixels
        width, height = int(fields[1]), int(fields[2])
        images.append(PageImage(width, height, dpi, fields[4][-width * height:]))
    return images


def page_texts(pdf: Path) -> list[str]:
    """The words of each page, in reading order."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]
