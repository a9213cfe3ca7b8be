"""Reading a rendered HTML page back for tests: ids, links, nesting, text of elements."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "br", "img", "link", "hr", "input", "wbr", "source"}
BLOCKS = {"div", "p", "ul", "ol", "li", "table", "section", "header", "blockquote", "h1", "h2", "h3",
          "h4", "h5", "h6", "dl", "figure", "address", "main", "article"}


@dataclass
class Page(HTMLParser):
    """Ids, local links, external resources and blocks nested where HTML forbids them."""

    ids: list[str] = field(default_factory=list)
    hrefs: list[str] = field(default_factory=list)
    resources: list[str] = field(default_factory=list)
    misnested: list[str] = field(default_factory=list)
    langs: list[str] = field(default_factory=list)
    _open: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.append(values["id"] or "")
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"] or "")
        if values.get("lang"):
            self.langs.append(values["lang"] or "")
        if values.get("src") or (tag == "link" and values.get("href")):
            self.resources.append(values.get("src") or values.get("href") or "")
        if tag in BLOCKS and any(t in ("p", "span", "a", "h1", "h2", "h3", "dt") for t in self._open):
            self.misnested.append(f"<{tag}> inside <{'> <'.join(self._open[-3:])}>")
        if tag not in VOID:
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open and self._open.pop() != tag:
                pass


def read_page(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page
