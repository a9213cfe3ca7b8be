"""teikit's TEI profile, declared once: every element, its content and its attributes.

``generate.py`` writes ``teikit.rng`` (RELAX NG) and ``teikit.xsd`` (XML Schema)
from this declaration. Each content model and attribute type is a narrowing of
what TEI P5 allows for that element, so a document valid here is valid TEI;
the tests check that against ``tei_all``.

Content particles: a string is one element; ``Opt``, ``Many`` (zero or more),
``Some`` (one or more), ``Alt`` (one of), ``Seq``; ``Mixed`` is text mixed with
any of the elements named; ``EMPTY`` is no content; ``TEXT`` is text only.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Opt:
    part: object


@dataclass(frozen=True)
class Many:
    part: object


@dataclass(frozen=True)
class Some:
    part: object


@dataclass(frozen=True)
class Alt:
    parts: tuple[object, ...]

    def __init__(self, *parts: object) -> None:
        object.__setattr__(self, "parts", parts)


@dataclass(frozen=True)
class Seq:
    parts: tuple[object, ...]

    def __init__(self, *parts: object) -> None:
        object.__setattr__(self, "parts", parts)


@dataclass(frozen=True)
class Mixed:
    names: tuple[str, ...]


EMPTY = Seq()
TEXT = Mixed(())

# Attribute types, each a subset of the TEI datatype used for that attribute.
WORD = "word"            # teidata.enumerated / teidata.word: one token without spaces
STRING = "string"        # teidata.text
POINTERS = "pointers"    # list of teidata.pointer
TEMPORAL = "temporal"    # teidata.temporal.w3c: date, gYear, gYearMonth or dateTime
LANGUAGE = "language"    # teidata.language
ID = "id"                # xml:id


@dataclass(frozen=True)
class Attr:
    name: str
    type: str | tuple[str, ...] = WORD  # a tuple lists the allowed values
    required: bool = False


@dataclass(frozen=True)
class Element:
    content: object
    attributes: tuple[Attr, ...] = field(default_factory=tuple)


XML_LANG = Attr("xml:lang", LANGUAGE)
XML_ID = Attr("xml:id", ID)
TYPE = Attr("type")
N = Attr("n", STRING)
REF = Attr("ref", POINTERS)
DATING = (
    Attr("when", TEMPORAL), Attr("from", TEMPORAL), Attr("to", TEMPORAL),
    Attr("notBefore", TEMPORAL), Attr("notAfter", TEMPORAL),
    Attr("evidence", ("conjecture", "external", "internal")),
    Attr("when-custom", WORD), Attr("datingMethod", WORD),  # a Julian date beside its Gregorian @when
)
NAMING = (REF, TYPE, XML_LANG, Attr("cert", ("high", "medium", "low", "unknown")))

# Phrase-level elements allowed wherever TEI allows macro.phraseSeq.
INLINE = ("persName", "orgName", "placeName", "date", "hi", "seg", "choice", "supplied", "add", "del",
          "gap", "note", "anchor", "lb", "pb")
# Paragraph-level content: macro.paraContent.
PARA = INLINE + ("bibl", "title")

ELEMENTS: dict[str, Element] = {
    # the document and its header
    "TEI": Element(Seq("teiHeader", "text", Opt("standOff")), (XML_LANG,)),
    "teiHeader": Element(Seq("fileDesc", Opt("profileDesc"))),
    "fileDesc": Element(Seq("titleStmt", "publicationStmt", Opt("notesStmt"), "sourceDesc")),
    "notesStmt": Element(Some("note")),  # the editors' introduction printed before a letter
    "titleStmt": Element(Seq(Some("title"), Many("editor"))),
    "title": Element(Mixed(PARA), (TYPE, XML_LANG, Attr("level", ("a", "m", "j", "s", "u")))),
    "editor": Element(Mixed(INLINE), (REF,)),
    "publicationStmt": Element(Some("p")),
    "sourceDesc": Element(Alt(Some("p"), Some(Alt("bibl", "msDesc")))),  # p: a document with no citation
    "bibl": Element(Mixed(INLINE + ("title", "editor", "biblScope")), (TYPE, XML_LANG)),
    "biblScope": Element(Mixed(INLINE), (Attr("unit"), Attr("from"), Attr("to"))),
    "listBibl": Element(Some("bibl")),
    "msDesc": Element(Seq("msIdentifier", Opt("msContents"), Opt("physDesc"), Opt("additional"))),
    "msIdentifier": Element(Seq(Opt("settlement"), Opt("repository"), Many("idno"), Many("altIdentifier"))),
    "settlement": Element(TEXT, (REF,)),
    "repository": Element(TEXT, (REF,)),
    "idno": Element(TEXT, (TYPE,)),
    "altIdentifier": Element(Seq("idno")),
    "msContents": Element(Some("msItem")),
    "msItem": Element(Seq(Many("locus"), Some(Alt("title", "note")))),
    "locus": Element(TEXT, (Attr("from"), Attr("to"))),
    "physDesc": Element(Seq("objectDesc")),
    "objectDesc": Element(Some("p"), (Attr("form", ("autograph", "typescript", "manuscript", "copy",
                                                     "certified-copy", "telegram-form")),)),
    "additional": Element(Seq("listBibl")),
    "profileDesc": Element(Seq(Opt("correspDesc"), Opt("langUsage"), Opt("calendarDesc"))),
    "calendarDesc": Element(Some("calendar")),
    "calendar": Element(Some("p"), (Attr("xml:id", ID, required=True),)),
    "correspDesc": Element(Some("correspAction")),
    "correspAction": Element(Some(Alt("persName", "orgName", "placeName", "date")),
                             (Attr("type", ("sent", "received", "forwarded", "redirected", "transmitted"),
                                   required=True),)),
    "langUsage": Element(Some("language")),
    "language": Element(TEXT, (Attr("ident", LANGUAGE, required=True),)),
    # the text of a letter
    "text": Element(Seq("body", Opt("back"))),
    "body": Element(Seq(Many("head"), Opt("opener"), Some(Alt("p", "sp")), Many(Alt("closer", "postscript")))),
    "head": Element(Mixed(PARA), (TYPE,)),
    "opener": Element(Mixed(INLINE + ("address", "dateline", "salute", "signed"))),
    "closer": Element(Mixed(INLINE + ("dateline", "salute", "signed"))),
    "address": Element(Some("addrLine")),
    "addrLine": Element(Mixed(INLINE)),
    "dateline": Element(Mixed(INLINE)),
    "salute": Element(Mixed(PARA)),
    "signed": Element(Mixed(PARA)),
    "postscript": Element(Some("p")),
    "p": Element(Mixed(PARA), (N, XML_LANG)),
    "sp": Element(Seq(Opt("speaker"), Some("p"))),
    "speaker": Element(Mixed(INLINE)),
    "back": Element(Some("div")),
    "div": Element(Seq(Opt("head"), Many(Alt("p", "note"))), (TYPE,)),
    "note": Element(Mixed(PARA + ("p", "label")), (N, TYPE, Attr("place"), XML_LANG)),
    "label": Element(Mixed(INLINE), (TYPE,)),
    "anchor": Element(EMPTY, (TYPE, N, XML_ID)),
    # phrase level
    "persName": Element(Mixed(INLINE + ("surname", "forename", "addName", "roleName")), NAMING),
    "orgName": Element(Mixed(INLINE), NAMING),
    "placeName": Element(Mixed(INLINE), NAMING),
    "surname": Element(Mixed(INLINE)),
    "forename": Element(Mixed(INLINE)),
    "addName": Element(Mixed(INLINE), (TYPE,)),
    "roleName": Element(Mixed(INLINE), (TYPE,)),
    "date": Element(Mixed(INLINE), DATING),
    "seg": Element(Mixed(PARA), (TYPE,)),
    "hi": Element(Mixed(PARA), (Attr("rend"),)),
    # editorial interventions
    "supplied": Element(Mixed(PARA), (Attr("reason"),)),
    "gap": Element(EMPTY, (Attr("reason"), Attr("extent", STRING), Attr("unit"))),
    "choice": Element(Seq(Alt("sic", "corr"), Some(Alt("sic", "corr")))),
    "sic": Element(Mixed(PARA)),
    "corr": Element(Mixed(PARA)),
    "add": Element(Mixed(PARA), (Attr("place"),)),
    "del": Element(Mixed(PARA), (Attr("rend"),)),
    "lb": Element(EMPTY, (N,)),
    "pb": Element(EMPTY, (N,)),
    # registers in standOff
    "standOff": Element(Some(Alt("listPerson", "listOrg", "listPlace"))),
    "listPerson": Element(Some("person")),
    "listOrg": Element(Some("org")),
    "listPlace": Element(Some("place")),
    "person": Element(Many(Alt("persName", "birth", "death", "floruit", "occupation", "affiliation", "residence",
                               "nationality", "education", "faith", "event", "idno", "note", "listBibl")),
                      (Attr("xml:id", ID, required=True), Attr("cert", ("high", "medium", "low", "unknown")))),
    "birth": Element(Mixed(INLINE), DATING),
    "occupation": Element(Mixed(INLINE), (TYPE,)),
    "death": Element(Mixed(INLINE), DATING),
    "floruit": Element(Mixed(INLINE), DATING),
    "affiliation": Element(Mixed(INLINE), (TYPE, *DATING)),
    "residence": Element(Mixed(INLINE), DATING),
    "nationality": Element(Mixed(INLINE), DATING),
    "education": Element(Mixed(INLINE), DATING),
    "faith": Element(Mixed(INLINE), DATING),
    "event": Element(Some("p"), (TYPE, *DATING)),
    "desc": Element(Mixed(("persName", "orgName", "placeName", "date", "hi")), (TYPE,)),  # macro.limitedContent
    "location": Element(Some(Alt("settlement", "geo"))),
    "geo": Element(TEXT),
    "org": Element(Seq(Many(Alt("orgName", "idno", "desc", "event")), Many(Alt("note", "listBibl"))),
                   (Attr("xml:id", ID, required=True), TYPE, Attr("cert", ("high", "medium", "low", "unknown")))),
    "place": Element(Seq(Many(Alt("placeName", "desc", "location", "event")), Many(Alt("idno", "note", "listBibl"))),
                     (Attr("xml:id", ID, required=True), TYPE, Attr("cert", ("high", "medium", "low", "unknown")))),
}

ROOT = "TEI"
