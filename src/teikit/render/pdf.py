"""HTML pages to print-ready PDF through CSS Paged Media (WeasyPrint), strictly offline."""

from __future__ import annotations

import logging
from typing import NoReturn

from teikit.errors import InputError, TeikitError

try:
    import weasyprint
except ImportError:  # the optional extra teikit[pdf]
    weasyprint = None


def _refuse(url: str, *args: object, **kwargs: object) -> NoReturn:
    """WeasyPrint's URL fetcher: rendered pages are self-contained, so nothing is fetched."""
    raise ValueError(f"teikit renders offline; not fetching {url}")


def require_weasyprint() -> None:
    """Fail with a clear message (exit 2) when the PDF engine is not installed."""
    if weasyprint is None:
        raise InputError("--to pdf needs WeasyPrint: install it with pip install 'teikit[pdf]'")


def html_to_pdf(html: str, source: str) -> bytes:
    """The PDF of a page written by ``tei-html.xsl`` with paged=true."""
    require_weasyprint()
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    try:
        # Source line breaks inside footnote text trip WeasyPrint's footnote layout
        # ("Got ' \\n' between two lines"); the page has no preformatted text, so they become spaces.
        return weasyprint.HTML(string=html.replace("\n", " "), url_fetcher=_refuse).write_pdf()
    except Exception as err:  # WeasyPrint raises many kinds; each is a failed document
        raise TeikitError(f"{source}: PDF rendering failed: {err}") from None
