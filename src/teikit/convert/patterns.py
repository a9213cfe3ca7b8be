"""Named pattern tables for the parts of a raw page, in English and Russian.

Each table maps a pattern name to a compiled regular expression; code asks a
table whether a line matches and which pattern did, so each pattern can be
tested on its own. Site-specific headings (a site's repeated section titles)
live in ``furniture.tsv`` beside this module, not here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

Table = dict[str, re.Pattern[str]]

UPPER = "A-ZА-ЯЁ"
LOWER = "a-zа-яё"
INITIAL = rf"[{UPPER}][{LOWER}]?\."
NAME_WORD = rf"[{UPPER}][{LOWER}'’\-]+"
NAME_WORD_ANY_CASE = rf"[{UPPER}](?:[{UPPER}{LOWER}'’\-]|\[[{LOWER}]+\])+"


def _table(**patterns: str) -> Table:
    return {name: re.compile(rx) for name, rx in patterns.items()}


def match(table: Table, text: str) -> tuple[str, re.Match[str]] | None:
    """The first pattern of the table that matches the whole text (stripped), with its match."""
    for name, rx in table.items():
        found = rx.fullmatch(text.strip())
        if found:
            return name, found
    return None


# Lines of the printed collection's bibliographic header.
COLLECTION = _table(
    title=r"(?P<title>.*\S)[.,]?\s+(?P<start>1[5-9]\d\d|20\d\d)\s*[-–—]\s*(?P<end>1[5-9]\d\d|20\d\d)\.?",
    year=r"(?:Collection of documents|Сборник документов|Documents|Документы)[.,]?\s*(?P<year>\d{4})\.?",
    editors=r"(?:Compiled by|Compilers|Edited by|Составители|Составитель|Ответственный редактор)\s*:\s*(?P<names>.+)",
)

# The first line of a document: who wrote to whom. Names are resolved by the name finder.
HEADING = _table(
    telegram_to=r"(?:Telegram|Телеграмма)\s+(?:from|of|by|от)\s+(?P<senders>.+?)\s+(?:to|в)\s+(?P<recipients>.+)",
    telegram_from=r"(?:Telegram|Телеграмма)\s+(?:from|of|by|от)\s+(?P<senders>.+)",
    telegram_pair=r"(?:Telegram|Телеграмма)\s+(?P<pair>.+)",
    letter_pair=r"(?:Письмо|Записка)\s+(?P<pair>.+)",
    note=r"(?:Notes?|Записки)\s+(?:exchanged|passed|written)\s+by\s+(?P<both>.+?)\s+(?:at|during)\s+.+",
    minutes=r"(?:Extract|Excerpt|Выписка)\s+(?:from|из)\s+(?:the\s+)?(?:minutes|protocol|протокола)\s+.*?(?:of|of the)?\s*(?P<senders>(?:the\s+)?(?:meeting\s+of\s+the\s+)?.+)",
    from_=r"(?:From|От)\s+(?P<senders>.+)",
    to=rf"(?P<senders>(?:{INITIAL}\s*)*{NAME_WORD}.*?)\s+to\s+(?P<recipients>.+)",
    dash=rf"(?P<senders>(?:{INITIAL}\s*)*{NAME_WORD}.*?)\s+[-–—]\s+(?P<recipients>.+)",
)

# Numbering line above a heading.
NUMBER = _table(number=r"(?:No|Number|Nr|№|Номер|Doc(?:ument)?\.?\s*No)\.?\s*(?P<n>\d+[a-zа-я]?)\.?")

# Header marks and telegram transmission lines before the text.
MARK = _table(
    secret=r"(?i:(?:TOP\s+|S\.\s*)?SECRET|СЕКРЕТНО|СОВ(?:ЕРШЕННО)?\.?\s*СЕКРЕТНО)\s*\.?",
    copy=r"(?i:COPY|КОПИЯ)\s*\.?",
    urgent=r"(?i:URGENT|СРОЧНО|PERSONAL|ЛИЧНО)\s*\.?",
    wire=r"(?i:ON A DIRECT WIRE|BY DIRECT WIRE|ПО ПРЯМОМУ ПРОВОДУ)\s*\.?",
)
TRANSMISSION = _table(
    filed=r"(?:Filed|Sent|Dispatched|Handed in|Отправлена|Подана)\b.*",
    received=r"(?:Received|Accepted|Deciphered|Принята|Получена)\b.*",
)

# Opening address: a short line ending in "!", or "T. X." / "Comrade X." / "To the ...".
SALUTE = _table(
    exclaim=r"(?:[^.!?]{1,80}!\s*){1,3}",
    tov=rf"(?:T|Т|Tov|Тов|Comrade|Товарищ)\.?\s+(?:{INITIAL}\s*)*{NAME_WORD}(?:\s+(?:and|и)\s+.+)?\s*[.!]?",
    address=r"(?:To|В|Во)\s+(?:(?:the|all)\s+(?:[a-z]+\s+){0,3}(?:of\s+the\s+)?)?[A-ZА-ЯЁ].{2,150}\.",
)

# A short sentence that may close a letter before the signature on the same line.
CLOSING_SENTENCE = re.compile(r"[^.!?\d]{2,40}[.!]\s+(?=\S)")

# A note marker left at the end of a short line ("Dear Ilyich! one", "Yours S. Kirov 1 .").
TRAILING_MARKER = re.compile(r"(?:(?<=[\w.!,\])])\s*(?:\d{1,2}|\*{1,3})|\s+(?i:one|two|three|four|five))\s*\.?$")

# Closing formula that may precede a signature on the same line.
CLOSING_FORMULA = re.compile(
    r"(?:With\s+[\w\s-]*greetings|With respect|Respectfully|Yours(?:\s+faithfully|\s+truly)?|Your|Warmly|"
    r"(?:I\s+)?(?:firmly\s+)?shake\s+(?:your\s+)?hands?(?:\s+with)?|Greetings|Regards|"
    r"С\s+[\w\s-]*приветом|С уважением|(?:Крепко\s+)?жму\s+(?:Вашу\s+|твою\s+)?руку|Привет|"
    r"Ваш|Твой|Ваша|Твоя)\b[,!.]?\s*",
    re.IGNORECASE,
)
# A signature: initials and a surname, or a lone surname with a full stop (any case).
SIGNATURE = _table(
    initials=rf"(?:{INITIAL}\s*)+{NAME_WORD_ANY_CASE}\.?",
    initials_only=rf"(?:{INITIAL}\s*){{2,3}}",
    names=rf"{NAME_WORD_ANY_CASE}(?:\s*(?:,|and|и)\s*{NAME_WORD_ANY_CASE}){{1,3}}\.",
    surname_first=rf"{NAME_WORD_ANY_CASE}\s+(?:{INITIAL}\s*)+",
    lone=rf"{NAME_WORD_ANY_CASE}\.",
    bare=rf"{NAME_WORD_ANY_CASE}",
)
# A name that ends a signature line after a title or a formula: "Secretary F. Dorofeev".
NAME_AT_END = re.compile(rf"(?:{INITIAL}\s*)+{NAME_WORD_ANY_CASE}\.?$")
# A possessive that may stand between the closing formula and the name: "With greetings, your A. X."
SIGNATURE_POSSESSIVE = re.compile(r"(?:your|yours|ваш|ваша|твой|твоя)\s+", re.IGNORECASE)
TRAILING_POSSESSIVE = re.compile(r"\s*\b(?:your|yours|ваш|ваша|твой|твоя),?$", re.IGNORECASE)
# Words that open an office or a role in a signature: "Chairman of the board N. Belousov".
TITLE_WORDS = re.compile(
    r"(?:Secretary|Chairman|Chairwoman|Chair|Deputy|Head|Member|Commander|Commissar|Director|Manager|"
    r"Chief|Engineer|Senior|Acting|Inspector|Agronomist|Teacher|Doctor|People's Commissar|"
    r"Instructor|Organi[sz]er|Representative|Plenipotentiary|Correspondent|Worker|Delegate|Agent|"
    r"Секретарь|Председатель|Зам(?:еститель)?|Начальник|Член|Уполномоченный|Командующий|Заведующий|"
    r"Рабкор|Инструктор)\b",
    re.IGNORECASE,
)
TITLE_SIGNATURE = re.compile(rf"{TITLE_WORDS.pattern}[^.!?]{{0,80}}", re.IGNORECASE)

# A speaker's label in notes passed at a meeting: "[Dzerzhinsky]" (a name, no digits).
SPEAKER = re.compile(rf"\[(?P<name>[{UPPER}][^\[\]\d]{{1,60}})\]")

POSTSCRIPT = re.compile(r"(?:P\.\s?S\.|P\.\s?P\.\s?S\.|PS\b|Post\s*scriptum)", re.IGNORECASE)

NOTES_HEADING = re.compile(r"(?:Notes|Примечания|Комментарии|Footnotes)\s*:?\s*|_{3,}|-{3,}|—{2,}")

NUMBER_WORDS: dict[str, str] = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}
_WORDS = "|".join(NUMBER_WORDS)

# Where a marker can stand in running text; group "m" is the marker itself.
MARKER = _table(
    asterisk=r"(?P<m>\*{1,3})",
    spaced_digit=r"(?<=[^\W\d_]|[.,;:!?»\"”)\]]) (?P<m>\d{1,2})(?![.,:/-]\d)(?=\s?[.,;:!?)(\-–—]|\s[^\W\d_]|\s*$)",
    glued_digit=r"(?<=[^\W\d_]|[.,;:!?»\"”)\]])(?P<m>\d{1,2})(?![.,:/-]\d)(?=[\s.,;:!?)(\-–—]|$)",
    glued_to_next=rf"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][.,;:!?] )|^)(?P<m>\d{{1,2}})(?=[{UPPER}][a-zа-яё]|I |[a-zа-яё]{{2,}})",
    word_after_stop=rf"(?<=[.!?;:,] )(?P<m>{_WORDS})(?= [{UPPER}]|\s?[.,;:]|$)",
    word_spaced=rf"(?<=[^\W\d_] )(?P<m>{_WORDS})(?= [.,;:])",
)

# A number standing alone between a word and a punctuation mark ("tomorrow 2 .") is a
# marker even when no note waits for it: it becomes a marker without note text.
LONE_MARKER = re.compile(r"(?<=\S) (?P<m>\d{1,2}) (?=[.,;:!?])")

# The start of a note line: its marker, then the note text.
NOTE_LINE = re.compile(
    rf"(?P<marker>\d{{1,3}}|\*{{1,3}}|(?i:{_WORDS})(?=[{UPPER}«\"“(])|(?i:{_WORDS})(?=[.)]?\s))\s*[.)]?\s*(?P<text>\S.*)"
)

# A numbered paragraph: "I.", "1.", "2)", "a)".
NUMBERED = re.compile(r"(?P<n>[IVXLC]{1,6}|\d{1,3}|[a-zа-я])[.)]\s+\S")

SENTENCE_END = re.compile(r"[.!?…:;»\"”)]\s*$")


@lru_cache(maxsize=1)
def furniture_table() -> Table:
    """Site headings and advertising, from furniture.tsv (name, tab, regular expression)."""
    table: Table = {}
    path = Path(__file__).with_name("furniture.tsv")
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.strip() and not raw.startswith("#"):
            name, _, rx = raw.partition("\t")
            table[name.strip()] = re.compile(rx.strip(), re.IGNORECASE)
    return table


def is_nav_bar(text: str) -> bool:
    """A navigation bar: three or more short items separated by '|' (or '<<'/'>>' links)."""
    parts = [p.strip() for p in text.split("|")]
    if len(parts) >= 3 and all(0 < len(p.split()) <= 5 for p in parts):
        return True
    return bool(re.search(r"<<|>>", text)) and len(text.split()) <= 14
