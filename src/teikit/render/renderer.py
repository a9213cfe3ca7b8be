"""The Renderer: TEI trees to HTML, plain text or PDF with stylesheets compiled once per process."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from lxml import etree

from teikit.errors import InputError
from teikit.render import _saxon
from teikit.render.text import fold

Format = Literal["html", "text", "pdf"]
Paper = Literal["a4", "letter"]

FORMATS: tuple[Format, ...] = ("html", "text", "pdf")
PAPERS: tuple[Paper, ...] = ("a4", "letter")
SUFFIXES: dict[Format, str] = {"html": ".html", "text": ".txt", "pdf": ".pdf"}


@dataclass(frozen=True)
class RenderOptions:
    """What to render to: the format, the text width in columns and the paper size for PDF."""

    to: Format = "html"
    width: int = 72
    paper: Paper = "a4"

    def __post_init__(self) -> None:
        if self.to not in FORMATS:
            raise InputError(f"unknown output format {self.to!r} (choose from {', '.join(FORMATS)})")
        if self.paper not in PAPERS:
            raise InputError(f"unknown paper size {self.paper!r} (choose from {', '.join(PAPERS)})")
        if self.width < 20:
            raise InputError(f"--width {self.width} is too narrow (at least 20 columns)")

    @property
    def suffix(self) -> str:
        return SUFFIXES[self.to]


class Renderer:
    """Renders many documents with one set of options; the stylesheet is compiled once per process."""

    def __init__(self, options: RenderOptions = RenderOptions()) -> None:
        self.options = options
        if options.to == "text":
            self._exe = _saxon.executable("tei-text.xsl", {"width": options.width})
        else:
            self._exe = _saxon.executable("tei-html.xsl", {"paged": options.to == "pdf", "paper": options.paper})
        if options.to == "pdf":
            from teikit.render.pdf import html_to_pdf, require_weasyprint

            self._pdf = html_to_pdf
            require_weasyprint()

    def render(self, tree: etree._ElementTree | etree._Element, source: str = "<tree>") -> bytes:
        """The rendered document of a parsed tree as the bytes of its output file."""
        return self._finish(_saxon.transform(self._exe, _saxon.to_xdm(tree, source), source), source)

    def render_bytes(self, data: bytes, source: str = "<bytes>", params: Mapping[str, str | bool] | None = None) -> bytes:
        """The rendered document of an XML file's bytes (parsed once) as the bytes of its output file.

        ``params`` sets stylesheet parameters for this document (an edition's page links).
        """
        for name, value in (params or {}).items():
            self._exe.set_parameter(name, _saxon.value(value))
        return self._finish(_saxon.transform(self._exe, _saxon.parse(data, source), source), source)

    def _finish(self, result: str, source: str) -> bytes:
        if self.options.to == "text":
            return fold(result, self.options.width).encode("utf-8")
        if self.options.to == "pdf":
            return self._pdf(result, source)
        return result.encode("utf-8")
