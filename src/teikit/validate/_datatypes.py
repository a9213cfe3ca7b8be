"""RELAX NG datatypes: the built-in library and the XML Schema datatypes, with their facets.

Lexical forms follow XML Schema 1.0 Part 2, as Jing checks them; dates are
checked for real days (no 30 February). Facet ``pattern`` uses XML Schema's
regular expressions (Unicode categories through the ``regex`` package).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from teikit.errors import InputError

if TYPE_CHECKING:
    from decimal import Decimal

XSD_LIBRARY = "http://www.w3.org/2001/XMLSchema-datatypes"

_NAME_START = (":A-Z_a-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
               "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff")
_NAME_CHAR = _NAME_START + r"\-.0-9\u00b7\u0300-\u036f\u203f-\u2040"
_ASCII_NAME_START = ":A-Z_a-z"  # the ASCII characters of _NAME_START and _NAME_CHAR
_ASCII_NAME_CHAR = _ASCII_NAME_START + r"\-.0-9"


def _name_types(start: str, char: str) -> dict[str, str]:
    """The lexical forms of the name datatypes, given the classes of a name's first and later characters."""
    ncname = f"[{start.replace(':', '')}][{char.replace(':', '')}]*"
    qname = f"({ncname}:)?{ncname}"
    return {"NCName": ncname, "ID": ncname, "IDREF": ncname, "ENTITY": ncname, "Name": f"[{start}][{char}]*",
            "NMTOKEN": f"[{char}]+", "QName": qname, "NOTATION": qname}


_ASCII_NAME_TYPES = _name_types(_ASCII_NAME_START, _ASCII_NAME_CHAR)
"""The same forms for ASCII text, which they judge alike: far quicker to compile than the full Unicode classes."""
_TZ = r"(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))?"
_YEAR = r"-?(?P<y>[1-9]\d{4,}|\d{4})"
_TIME = r"(([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?|24:00:00(\.0+)?)"
_DIGITS = r"(\d+(\.\d*)?|\.\d+)"

_LEXICAL = {
    "boolean": r"true|false|1|0",
    "decimal": rf"[+-]?{_DIGITS}",
    "integer": r"[+-]?\d+",
    "double": rf"[+-]?{_DIGITS}([Ee][+-]?\d+)?|INF|-INF|NaN",
    "duration": r"-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?",
    "dateTime": rf"{_YEAR}-(?P<m>\d\d)-(?P<d>\d\d)T{_TIME}{_TZ}",
    "date": rf"{_YEAR}-(?P<m>\d\d)-(?P<d>\d\d){_TZ}",
    "time": rf"{_TIME}{_TZ}",
    "gYearMonth": rf"{_YEAR}-(?P<m>\d\d){_TZ}",
    "gYear": rf"{_YEAR}{_TZ}",
    "gMonthDay": rf"--(?P<m>\d\d)-(?P<d>\d\d){_TZ}",
    "gDay": rf"---(?P<d>\d\d){_TZ}",
    "gMonth": rf"--(?P<m>\d\d){_TZ}",
    "hexBinary": r"([0-9a-fA-F]{2})*",
    "base64Binary": r"[A-Za-z0-9+/= ]*",
    "language": r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*",
    **_name_types(_NAME_START, _NAME_CHAR),
}
_LEXICAL["float"] = _LEXICAL["double"]
_LISTS = {"IDREFS": "IDREF", "ENTITIES": "ENTITY", "NMTOKENS": "NMTOKEN"}
_INTEGERS = {
    "nonNegativeInteger": (0, None), "positiveInteger": (1, None), "nonPositiveInteger": (None, 0),
    "negativeInteger": (None, -1), "long": (-2**63, 2**63 - 1), "int": (-2**31, 2**31 - 1),
    "short": (-2**15, 2**15 - 1), "byte": (-128, 127), "unsignedLong": (0, 2**64 - 1),
    "unsignedInt": (0, 2**32 - 1), "unsignedShort": (0, 65535), "unsignedByte": (0, 255),
}
XML_SPACE = " \t\n\r"
"""XML's white space; str.split and str.isspace know more (a no-break space is text to XML)."""
_SPACE_RUN = re.compile("[ \t\n\r]+")


def is_blank(text: str) -> bool:
    """Whether the text is empty or XML white space only."""
    return not text.strip(XML_SPACE)


def tokens(text: str) -> list[str]:
    """The text split at runs of XML white space (a list's items)."""
    text = text.strip(XML_SPACE)
    return _SPACE_RUN.split(text) if text else []


_PRESERVED = {"string"}
_REPLACED = {"normalizedString"}

class Datatype(NamedTuple):
    """A datatype of a library, with its facets (``param`` elements) as (name, value) pairs.

    A named tuple: patterns are interned by their operands, and a tuple hashes far faster than a dataclass.
    """

    library: str
    name: str
    params: tuple[tuple[str, str], ...] = ()


def known(datatype: Datatype) -> bool:
    """Whether teikit knows the datatype (unknown ones are a schema error)."""
    if datatype.library == "":
        return datatype.name in ("string", "token")
    if datatype.library != XSD_LIBRARY:
        return False
    return (datatype.name in _LEXICAL or datatype.name in _LISTS or datatype.name in _INTEGERS
            or datatype.name in ("string", "normalizedString", "token", "anyURI"))


def _normalise(name: str, text: str) -> str:
    if name in _PRESERVED:
        return text
    if name in _REPLACED:
        return re.sub(r"[\t\n\r]", " ", text)
    return " ".join(tokens(text))


@cache
def _lexical(name: str, ascii_text: bool = False) -> re.Pattern[str]:
    """The lexical form of a datatype; for ``ascii_text`` an equivalent one for text of ASCII characters only."""
    return re.compile(_ASCII_NAME_TYPES[name] if ascii_text and name in _ASCII_NAME_TYPES else _LEXICAL[name])


def _days_in(month: int, year: int | None) -> int:
    if month == 2:
        if year is None:
            return 29
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _lexically_ok(name: str, text: str) -> bool:
    if name in ("string", "normalizedString", "token"):
        return True
    if name == "anyURI":
        return _uri_ok(text)
    if name in _LISTS:
        items = tokens(text)
        return bool(items) and all(_lexically_ok(_LISTS[name], t) for t in items)
    if name in _INTEGERS or name == "integer":
        if not _lexical("integer").fullmatch(text):
            return False
        low, high = _INTEGERS.get(name, (None, None))
        number = int(text)
        return (low is None or number >= low) and (high is None or number <= high)
    found = _lexical(name, text.isascii()).fullmatch(text)
    if not found:
        return False
    parts = found.groupdict()
    year = int(parts["y"]) if parts.get("y") else None
    month = int(parts["m"]) if parts.get("m") else None
    if year == 0 or (month is not None and not 1 <= month <= 12):
        return False
    if parts.get("d") and not 1 <= int(parts["d"]) <= (_days_in(month, year) if month else 31):
        return False
    return True


_ESCAPE_OK = re.compile(r"([^%]|%[0-9A-Fa-f]{2})*", re.S)
_URI_PARTS = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*:)?(//([^/]*))?(.*)", re.S)
_BRACKETED_HOST = re.compile(r"([^@]*@)?\[[^\[\]]*\](:\d*)?")


def _uri_ok(text: str) -> bool:
    """Jing's check of anyURI: well-formed escapes, one fragment, brackets only around a host, in a query or fragment."""
    if not _ESCAPE_OK.fullmatch(text):
        return False
    reference, _, fragment = text.partition("#")
    if "#" in fragment:
        return False
    parts = _URI_PARTS.fullmatch(reference.partition("?")[0])
    authority, path = (parts[3] or "", parts[4]) if parts else ("", reference)
    if "[" in path or "]" in path:
        return False
    return not ("[" in authority or "]" in authority) or _BRACKETED_HOST.fullmatch(authority) is not None


def _number(name: str, text: str) -> Decimal | None:
    from decimal import Decimal, InvalidOperation  # only numbers with bounds need it

    try:
        return Decimal(text) if name not in ("double", "float") or text not in ("INF", "-INF", "NaN") else None
    except InvalidOperation:
        return None


def _facets_ok(datatype: Datatype, text: str) -> bool:
    for facet, literal in datatype.params:
        if facet == "pattern":
            if not _xsd_pattern(literal, text.isascii()).fullmatch(text):
                return False
        elif facet in ("length", "minLength", "maxLength"):
            size = len(tokens(text)) if datatype.name in _LISTS else len(text)
            limit = int(literal)
            if (facet == "length" and size != limit) or (facet == "minLength" and size < limit) or (
                    facet == "maxLength" and size > limit):
                return False
        elif facet in ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive"):
            number, bound = _number(datatype.name, text), _number(datatype.name, literal)
            if number is None or bound is None:
                continue
            if ((facet == "minInclusive" and number < bound) or (facet == "maxInclusive" and number > bound)
                    or (facet == "minExclusive" and number <= bound) or (facet == "maxExclusive" and number >= bound)):
                return False
    return True


def data_ok(datatype: Datatype, text: str) -> bool:
    """Whether the text is a value of the datatype, facets included."""
    if datatype.library == "":
        return True
    name = datatype.name
    normal = _normalise(name, text)
    return _lexically_ok(name, normal) and _facets_ok(datatype, normal)


def value_ok(datatype: Datatype, literal: str, text: str) -> bool:
    """Whether the text is the value ``literal`` (compared as the datatype compares them)."""
    if datatype.library == "" and datatype.name == "string":
        return literal == text
    name = datatype.name if datatype.library else "token"
    if not data_ok(Datatype(datatype.library, name), text):
        return False
    ours, theirs = _normalise(name, text), _normalise(name, literal)
    if name in _INTEGERS or name in ("integer", "decimal"):
        from decimal import Decimal

        return Decimal(ours) == Decimal(theirs)
    if name == "boolean":
        return (ours in ("true", "1")) == (theirs in ("true", "1"))
    return ours == theirs


# --- XML Schema regular expressions ------------------------------------------

_ESCAPES = {
    "i": f"[{_NAME_START}]", "I": f"[^{_NAME_START}]",
    "c": f"[{_NAME_CHAR}]", "C": f"[^{_NAME_CHAR}]",
    "s": r"[ \t\n\r]", "S": r"[^ \t\n\r]",
    "w": r"[^\p{P}\p{Z}\p{C}]", "W": r"[\p{P}\p{Z}\p{C}]",
}
"""XML Schema's multi-character escapes in its own syntax (its \\s and \\w are not Python's: a no-break space is \\S)."""
_CLASS_ESCAPES = {"i": _NAME_START, "c": _NAME_CHAR, "s": r" \t\n\r"}
"""The ones that can be spelled inside a class as its members."""


_CATEGORIES = frozenset("C Cc Cf Cn Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps "
                        "S Sc Sk Sm So Z Zl Zp Zs".split())
_CATEGORY_ESCAPE = re.compile(r"\\([pP])\{(\w+)\}")
_ASCII = [chr(code) for code in range(128)]


def _ascii_members(category: str, negated: bool) -> str:
    """The ASCII characters in (or, ``negated``, outside) a Unicode general category, escaped for a class."""
    import unicodedata

    return "".join(re.escape(c) for c in _ASCII if unicodedata.category(c).startswith(category) != negated)


def _translated(expression: str, ascii_text: bool) -> str | None:
    """An XML Schema expression in the syntax of ``regex`` (V1), or, for ``ascii_text``, of ``re``.

    For ASCII text a category escape becomes its ASCII members; None when the
    expression needs ``regex`` even so (class subtraction, nested or set-operator
    classes, block escapes).
    """
    out: list[str] = []
    depth = 0
    i = 0
    while i < len(expression):
        ch = expression[i]
        category = _CATEGORY_ESCAPE.match(expression, i) if ascii_text and ch == "\\" else None
        if category is not None:
            if category[2] not in _CATEGORIES:
                return None
            members = _ascii_members(category[2], category[1] == "P")
            if depth and not members:
                return None
            out.append(members if depth else f"[{members}]" if members else r"[^\x00-\x7f]")
            i = category.end()
            continue
        if ch == "\\" and i + 1 < len(expression):
            nxt = expression[i + 1]
            if nxt in "pP" and expression.startswith("{Is", i + 2):
                out.append(f"\\{nxt}{{In")  # a block: XML Schema's \p{IsGreek} is regex's \p{InGreek}
                i += 5
                continue
            if nxt in _CLASS_ESCAPES and depth:
                out.append(_CLASS_ESCAPES[nxt])
            elif nxt in _ESCAPES:
                inner = None if depth and ascii_text else _translated(_ESCAPES[nxt], ascii_text)
                if inner is None:
                    return None  # a class inside a class: only regex nests them
                out.append(inner)
            else:
                out.append(ch + nxt)
            i += 2
            continue
        if ascii_text and depth and (ch == "[" or expression.startswith(("&&", "||", "~~", "--"), i)):
            return None
        if ch == "[":
            if depth and i > 0 and expression[i - 1] == "-":
                out[-1] = "--"  # XML Schema's [a-z-[aeiou]] is regex's [a-z--[aeiou]]
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        elif ch == "." and not depth:
            out.append(r"[^\n\r]")
            i += 1
            continue
        elif ch in "^$" and not depth:
            out.append("\\" + ch)
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


@cache
def _xsd_pattern(expression: str, ascii_text: bool = False):  # type: ignore[no-untyped-def]
    """An XML Schema regular expression compiled for whole-string matching.

    For ``ascii_text`` (a text of ASCII characters only) it is compiled by
    ``re`` where an equivalent form exists: ``regex``, needed for Unicode
    categories and class subtraction, then need not be imported at all.
    """
    plain = _translated(expression, True) if ascii_text else None
    if plain is not None:
        try:
            return re.compile(plain)
        except re.error:
            pass
    import regex

    try:
        return regex.compile(_translated(expression, False), regex.V1)
    except regex.error as err:
        raise InputError(f"XML Schema pattern {expression!r} is not a regular expression: {err}") from None


def check_facets(datatype: Datatype) -> None:
    """InputError if a facet of the datatype cannot be used (a pattern that is no regular expression)."""
    for facet, literal in datatype.params:
        if facet == "pattern":
            _xsd_pattern(literal, True)
