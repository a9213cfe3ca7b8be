"""HTML pages to print-ready PDF through CSS Paged Media (WeasyPrint), strictly offline."""

from __future__ import annotations

import logging
import re
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


# Runs of white space (not no-break spaces): a page for print has no preformatted text.
_WHITE_SPACE = re.compile(r"[ \t\r\n]+")


def collapse_white_space(html: str) -> str:
    """Each run of the source's white space as one space, as a typesetter sets it.

    WeasyPrint keeps runs inside footnotes, and line breaks there trip its footnote
    layout ("Got ' \\n' between two lines").
    """
    return _WHITE_SPACE.sub(" ", html)


def html_to_pdf(html: str, source: str) -> bytes:
    """The PDF of a page written by ``tei-html.xsl`` with paged=true."""
    require_weasyprint()
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    try:
        return weasyprint.HTML(string=collapse_white_space(html), url_fetcher=_refuse).write_pdf()
    except Exception as err:  # WeasyPrint raises many kinds; each is a failed document
        raise TeikitError(f"{source}: PDF rendering failed: {err}") from None
