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

from teikit.convert import lexicon

Table = dict[str, re.Pattern[str]]

# Capital and small letters of the Latin (with the accented letters of German, French and the
# other languages of Western and Central Europe) and Cyrillic alphabets.
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŸŹŻŽА-ЯЁ"
LOWER = "a-zß-öø-ÿāăąćčďđēėęěğīįıłńňōőœřśşšţťūůűųźżžа-яё"
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
    # The volume and pages of the collection the page reproduces: "Т. 6. Письма. — 1999. — С. 203—206."
    volume=rf"(?i:{lexicon.alternation('volume-marker')})\s*[0-9IVXLC]+\.?\s.*?(?<![^\W\d_])"
           rf"(?i:{lexicon.alternation('page-marker')})\s*\d+(?:\s?[-–—]\s?\d+)?\.?",
)

# A collection of letters named in a title: "Briefe an Ludwig Hagen" is a page title, no heading.
_WORKS = r"(?i:letters|correspondence|papers|briefe|briefwechsel|lettres|correspondance|письма|переписка)"

# The first line of a document: who wrote to whom, in English, German, French and Russian.
# Names are resolved by the name finder; a number or a date before the heading is cut off
# first (``heading_core``). Keyword words match in any case ("ENGELS TO KAUTSKY").
_LETTER = rf"(?i:{lexicon.alternation('document_kind')})"
_TELEGRAM = r"(?i:telegram|telegramm|télégramme|телеграмма|cable)"
_FROM = r"(?i:from|of|by|von|de|d['’]|от)"
_TO = r"(?i:to|an|à|au|aux|в|к)"
# What may follow the recipients in a heading: a date or place after a comma, a subject.
_REST = r"(?:\s*(?:,|\[|\(|\s(?=\d)|\s(?i:about|concerning|regarding|re|über|betreffend|wegen|sur|au sujet de|о|об)\b).*)?"
# A particle between forenames or initials and a surname: "J. van Santen", "Marie von Ebner".
_PARTICLE = r"(?:von der|van der|von|van|de la|de|du|zu|d['’])"
# Names only: capitalised words and initials with their particles ("Theodor von Fontane und Emilie").
_NAMES = (rf"(?:{INITIAL}\s*)*{NAME_WORD_ANY_CASE}(?:\s+(?:(?:{INITIAL}\s*)*{NAME_WORD_ANY_CASE}"
          r"|und|et|and|von|van|de|du|d['’]\S+)){0,6}")
# Lower-case words inside the name of a person, a couple or a body ("Bank für Handel und Industrie").
_NAME_LINKS = r"(?:und|et|and|и|&|für|of|for|the|des|der|die|das|dem|den|la|le|les|для)"
# The writers of a dash heading: names, initials and particles only ("Есенин С. А.", "Marie von
# Ebner-Eschenbach", "Marx und Engels"), so that a line of a site ("Highlighting feelings - loneliness")
# is no heading.
_DASH_NAMES = (rf"(?:{INITIAL}\s*)*{NAME_WORD_ANY_CASE}(?:\s*(?:{INITIAL}\s*)+"
               rf"|\s+(?:(?:{INITIAL}\s*)*{NAME_WORD_ANY_CASE}|{_PARTICLE}|{_NAME_LINKS})){{0,6}}")
# Where a heading may say the recipient lives: "À Gustave Flaubert, à Paris", "To J. Smith, at Bath".
_AT = r"(?i:à|a|au|at|in|en|nach|zu|в|во)"
HEADING = _table(
    # A library catalogue's heading: "Surname, Forename: Postkarte an Forename Surname. Place, date".
    catalogue=rf"(?P<senders>{NAME_WORD}(?:[\s-]+{NAME_WORD})*,(?:\s+(?:{INITIAL}|{NAME_WORD})){{1,3}}"
              rf"(?:\s+{_PARTICLE})?)\s*:\s*(?:{_LETTER}|{_TELEGRAM})\s+{_TO}\s+(?P<recipients>{_NAMES})"
              r"(?:\s*[.,;]\s+.*|\.)?",
    telegram_to=rf"{_TELEGRAM}\s+{_FROM}\s+(?P<senders>.+?)\s+{_TO}\s+(?P<recipients>.+)",
    telegram_from=rf"{_TELEGRAM}\s+{_FROM}\s+(?P<senders>.+)",
    sender_telegram=rf"(?P<senders>[^:]{{2,60}}?)\s*:\s*{_TELEGRAM}\s+(?:{_TO}\s+)?(?P<recipients>.+)",
    telegram_recipient=rf"{_TELEGRAM}\s+{_TO}\s+(?P<recipients>.+)",
    telegram_pair=r"(?:Telegram|Телеграмма)\s+(?P<pair>.+)",
    letter_from_to=rf"(?:{_LETTER}\s+)?{_FROM}\s+(?P<senders>[{UPPER}].*?)\s+{_TO}\s+(?P<recipients>[^,\[(]+?){_REST}",
    letter_to=rf"{_LETTER}(?:\s*«[^»]{{1,40}}»)?\s+{_TO}\s+(?P<recipients>[{UPPER}][^,\[(]*?){_REST}",
    letter_pair=r"(?:Письмо|Записка)\s+(?P<pair>.+)",
    note=r"(?:Notes?|Записки)\s+(?:exchanged|passed|written)\s+by\s+(?P<both>.+?)\s+(?:at|during)\s+.+",
    minutes=r"(?:Extract|Excerpt|Выписка)\s+(?:from|из)\s+(?:the\s+)?(?:minutes|protocol|протокола)\s+.*?(?:of|of the)?\s*(?P<senders>(?:the\s+)?(?:meeting\s+of\s+the\s+)?.+)",
    from_=r"(?:From|FROM|Von|VON|От|ОТ):?\s+(?P<senders>.+)",
    to_body=rf"(?:To|TO|An|AN|À|A|В|ВО|Во|К)\s+(?P<recipients>(?:(?i:the|die|den|das|la|le|l['’])\s*)?"
            rf"(?i:{lexicon.alternation('addressee_body')})\b[^.!?]{{0,80}})\.?",
    to_only=rf"(?:To|TO|An|AN|À|A|К):?\s+(?:(?i:the)\s+)?(?P<recipients>(?:{INITIAL}\s*)*(?:{_PARTICLE}\s+)?{NAME_WORD_ANY_CASE}(?:[^.!?:;]|\.(?=\s*\S)){{0,80}}?)"
            rf"(?:,\s*{_AT}\s+[{UPPER}][^.!?:;,]{{0,40}})?\.?",
    to_dative=r"(?P<recipients>(?:[А-ЯЁABEHKMOPCTX][а-яё]?\.\s*){1,3}[А-ЯЁ][А-ЯЁа-яё-]+(?i:у|ю|ой|ей|ым|им|ам|ям|е))\*{0,2}\.?",
    to=rf"(?!{_WORKS}\s)(?P<senders>(?:{INITIAL}\s*)*{NAME_WORD_ANY_CASE}[^:;!?]*?)\s+(?i:to)\s+(?P<recipients>.+)",
    an=rf"(?!{_WORKS}\s)(?P<senders>{_NAMES})\s+(?i:an|à|au)\s+(?P<recipients>(?:{INITIAL}\s*)*[{UPPER}].*)",
    dash=rf"(?!{_WORKS}\s)(?P<senders>{_DASH_NAMES})\s+[-–—]\s+(?!{_WORKS}\b)(?P<recipients>(?:{INITIAL}\s*)*[{UPPER}].*?)"
         r"(?:[.,]\s+\[?\d.*)?",
)

# A number or a date that may open a heading line: "47. TO HENRY ACLAND", "No. 12. Marx an
# Engels", "Док. 5. Сталин — Ленину", "3 March 1884. Engels to Kautsky".
HEADING_NUMBER = re.compile(r"(?:(?i:No|Nr|№|Док|Doc|Brief|Lettre|Letter|Письмо)\.?\s*)?\d{1,4}(?:/\d{1,5})?[a-zа-я]?[.)]\s+(?=\S)")
HEADING_DATE = re.compile(r"[^:;—–\n]{0,30}?\b1[5-9]\d\d\b[\])]?\s*(?:[:.—–-]|,)\s+(?=\S)")


def heading_core(text: str) -> tuple[str, str]:
    """A heading line without the number or date that opens it: (prefix, rest)."""
    text = text.strip()
    prefix = HEADING_DATE.match(text) or HEADING_NUMBER.match(text)
    return (text[:prefix.end()], text[prefix.end():]) if prefix else ("", text)


def natural_order(name: str) -> str:
    """A catalogue's inverted name in reading order: "Ebner-Eschenbach, Marie von" ->
    "Marie von Ebner-Eschenbach"; any other name as it is."""
    surname, comma, forenames = name.partition(",")
    return f"{forenames.strip()} {surname.strip()}" if comma and forenames.strip() else name


def heading_match(text: str) -> tuple[str, re.Match[str]] | None:
    """The heading pattern a line matches, after any number or date that opens it."""
    prefix, rest = heading_core(text)
    return (match(HEADING, rest) if prefix and rest else None) or match(HEADING, text)

# Numbering line above a heading.
NUMBER = _table(
    number=r"(?i:No|Number|Nr|№|Номер|Док(?:умент)?|Doc(?:ument)?\.?\s*No|Doc(?:ument)?|Brief|Lettre|Letter|Письмо)\.?\s*(?P<n>\d+[a-zа-я]?)\.?",
)
# A bare number ("47.", "XII.") above a heading; it is a numbering line only when a heading follows.
BARE_NUMBER = re.compile(r"(?P<n>\d{1,4}[a-zа-я]?|[IVXLC]{1,7})\.")
# A volume's letter number in Roman figures without a stop ("CCXIII"), above a heading.
ROMAN_NUMBER = re.compile(r"(?P<n>[IVXLCDM]{2,9})")

# Header marks and telegram transmission lines before the text.
MARK = _table(
    secret=r"(?i:(?:TOP\s+|S\.\s*)?SECRET|СЕКРЕТНО|СОВ(?:ЕРШЕННО)?\.?\s*СЕКРЕТНО)\s*\.?",
    copy=r"(?i:COPY|КОПИЯ)\s*\.?",
    urgent=r"(?i:URGENT|СРОЧНО|PERSONAL|ЛИЧНО)\s*\.?",
    wire=r"(?i:ON A DIRECT WIRE|BY DIRECT WIRE|ПО ПРЯМОМУ ПРОВОДУ)\s*\.?",
    fragment=r"[(\[](?i:fragment|fragments|extract|extrait|draft|brouillon|entwurf|auszug|bruchstück|"
             r"отрывок|фрагмент|черновик)[)\]]\.?",
)
TRANSMISSION = _table(
    filed=r"(?:Filed|Sent|Dispatched|Handed in|Отправлена|Подана)\b.*",
    received=r"(?:Received|Accepted|Deciphered|Принята|Получена)\b.*",
)

# Opening address: a salutation formula from the word list ("Dear ...", "Lieber ...",
# "Cher ami,", "Дорогой ...", "Monsieur,"), a short line ending in "!", or "T. X." /
# "Comrade X." / "To the ...".
# The formula words that open a salute, with the forms of address after them ("My dear",
# "Sehr geehrter Herr", "Дорогой товарищ").
SALUTE_OPENING = re.compile(
    rf"(?i:{lexicon.alternation('salute')})(?:\s+(?i:{lexicon.alternation('address')}))?(?!\w)\s*")
SALUTE = _table(
    formula=rf"(?i:(?:mein|meine|my|mon|ma|mio|mia)\s+)?(?i:{lexicon.alternation('salute')})"
            rf"(?:\s+(?:[^.!?]|(?<=\b\w)\.(?=\s)|(?<=\b\w\w)\.(?=\s)|(?<=\b[{UPPER}]\w\w)\.(?=\s)"
            rf"|(?<=\b[{UPPER}]\w\w\w)\.(?=\s)){{0,70}}?)?\s*[,!:.]?",
    exclaim=r"(?:[^.!?]{1,80}!\s*){1,3}",
    tov=rf"(?:T|Т|т|Tov|Тов|тов|Comrade|Товарищ)\.?\s+(?:{INITIAL}\s*)*{NAME_WORD}(?:\s+(?:and|и)\s+.+)?\s*[.!]?",
    patronymic=rf"(?:[{UPPER}][{LOWER}]+\s+)?[{UPPER}][{LOWER}]+(?:ович|евич|ич|овна|евна|ична|инична|ovich|evich|ovna|evna)\s*[,!]",
    address=r"(?:To|В|Во)\s+(?:(?:the|all)\s+(?:[a-z]+\s+){0,3}(?:of\s+the\s+)?)?[A-ZА-ЯЁ].{2,150}\.",
)

# A salute that opens the first line of a letter's text, the text running on after it:
# "Lieber Freund! Besten Dank ...", "Dear Sir, I have ...", "Cher ami, je ...".
SALUTE_LEAD = re.compile(
    rf"(?i:{lexicon.alternation('salute')})(?:\s+[^.!?,:;\d]{{1,40}}?)?\s*[!,:]\s+(?=[{UPPER}{LOWER}])")

# A short sentence that may close a letter before the signature on the same line.
CLOSING_SENTENCE = re.compile(r"[^.!?\d]{2,40}[.!]\s+(?=\S)")

# A note marker left at the end of a short line ("Dear Ilyich! one", "Yours S. Kirov 1 .").
TRAILING_MARKER = re.compile(r"(?:(?<=[\w.!,\])])\s*(?:\d{1,2}|\*{1,3}|[(\[]\d{1,2}[)\]]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})"
                             r"|\s+(?i:one|two|three|four|five))\s*\.?$")

# Closing formula that may precede a signature on the same line: the word list's formulas
# ("Yours ever", "Ihr ergebener", "Votre dévoué", "С уважением") and a few open shapes.
CLOSING_FORMULA = re.compile(
    r"(?:(?:With|Mit|Avec)\s+[\w\s-]*(?:greetings|regards|respect|love|wishes|Grüßen|Grüssen|Gruß|Gruss|"
    r"Hochachtung|Achtung|Ergebenheit|Verehrung|salutations|amitiés|respect|considération|dévouement)|"
    r"(?:I\s+)?(?:firmly\s+)?shake\s+(?:your\s+)?hands?(?:\s+with)?|"
    r"С\s+[\w\s.-]*приветом|(?:Крепко\s+)?жму\s+(?:Вашу\s+|твою\s+)?руку|"
    rf"{lexicon.alternation('closing')})(?!\w)[,!.]?\s*",
    re.IGNORECASE,
)
# A short closing phrase on a line of its own: "Mit Hochschätzung & Ergebenheit", "In alter
# Freundschaft", "With every good wish", "Avec mes amitiés".
CLOSING_PHRASE = re.compile(r"(?:With|Mit|Avec|In|En|С|Со)\s+[^.!?\d]{2,50}?[,.!]?")
# A closing formula that ends its line before the name below: "Ever affectionately yours,",
# "Wie immer Ihr", "Your most affectionate son,".
CLOSING_LINE_END = re.compile(
    r"[^.!?]{0,60}\b(?:[Yy]ours|[Yy]our(?:\s+[a-z]+){1,4}|[Yy]our(?:\s+\w+){0,3}\s+(?i:servant|friend|brother|sister|son|daughter)s?|Ihr|Ihre|[Dd]ein|[Dd]eine|[Ee]uer|[Vv]otre|[Vv]ôtre|[Tt]on|[Tt]a|"
    r"[Вв]аш|[Вв]аша|[Тт]вой|[Тт]воя)\s*[,.!]?")
# A writer signing with a kinship or friendship word: "Your Lovingest Husband.", "Dein treuer
# Freund", "Ton vieil ami", "Твой старый друг".
RELATION_SIGNATURE = re.compile(
    rf"(?i:your|yours|thy|thine|dein|deine|euer|eure|ihr|ihre|ton|ta|votre|твой|твоя|ваш|ваша)"
    rf"(?:\s+[^\W\d_]+){{0,3}}?\s+(?i:{lexicon.alternation('relation')})\s*[.,!]?")

# A signature: initials and a surname, or a lone surname with a full stop (any case).
SIGNATURE = _table(
    initials=rf"(?:{INITIAL}\s*)+{NAME_WORD_ANY_CASE}\.?",
    initials_only=rf"(?:{INITIAL}\s*){{2,3}}",
    initial=rf"[{UPPER}]\.",
    names=rf"{NAME_WORD_ANY_CASE}(?:\s*(?:,|and|и)\s*{NAME_WORD_ANY_CASE}){{1,3}}\.",
    surname_first=rf"{NAME_WORD_ANY_CASE}\s+(?:{INITIAL}\s*)+",
    lone=rf"{NAME_WORD_ANY_CASE}\.",
    bare=rf"{NAME_WORD_ANY_CASE}",
)
# A line that is a full name, as under a closing formula of the line above: "Gve Flaubert.".
_NAME_LINK = rf"\s+(?:(?:von der|van der|von|van|de la|de|del|della|di|da|du|le|la|zu|zur|zum|im|d['’])\s+)?{NAME_WORD_ANY_CASE}"
FULL_NAME = re.compile(rf"(?:[{UPPER}](?:[{LOWER}]{{1,3}}[:.])?\.?\s+)+{NAME_WORD_ANY_CASE}(?:{_NAME_LINK}){{0,2}}\.?"
                       rf"|{NAME_WORD_ANY_CASE}(?:{_NAME_LINK}){{1,2}}\.?")
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

NOTES_HEADING = re.compile(rf"(?i:{lexicon.alternation('notes_heading')})\s*:?\s*|_{{3,}}|-{{3,}}|—{{2,}}")

NUMBER_WORDS: dict[str, str] = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}
_WORDS = "|".join(NUMBER_WORDS)

# Where a marker can stand in running text; group "m" is the marker itself.
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
MARKER = _table(
    asterisk=r"(?P<m>\*{1,3})",
    superscript=rf"(?P<m>[{SUPERSCRIPT_DIGITS}]{{1,3}})",
    bracketed=r"(?<=\S)\s?(?P<m>\[\d{1,3}\])",
    parenthesised=r"(?<=\S)\s?(?P<m>\(\d{1,2}\))",
    spaced_digit=r"(?<=[^\W\d_]|[.,;:!?»\"”)\]]) (?P<m>\d{1,2})(?![.,:/-]\d)(?=\s?[.,;:!?)(\-–—]|\s[^\W\d_]|\s*$)",
    glued_digit=r"(?<=[^\W\d_]|[.,;:!?»\"”)\]—–])(?P<m>\d{1,2})(?![.,:/-]\d)(?=[\s.,;:!?)(\-–—]|$)",
    glued_to_next=rf"(?:(?<=[^\W\d_] )|(?<=[^\W\d_][.,;:!?] )|^)(?P<m>\d{{1,2}})(?=[{UPPER}][a-zа-яё]|I |[a-zа-яё]{{2,}})",
    word_after_stop=rf"(?<=[.!?;:,] )(?P<m>{_WORDS})(?= [{UPPER}]|\s?[.,;:]|$)",
    word_spaced=rf"(?<=[^\W\d_] )(?P<m>{_WORDS})(?= [.,;:])",
)

# A number standing alone between a word and a punctuation mark ("tomorrow 2 .") is a
# marker even when no note waits for it: it becomes a marker without note text.
LONE_MARKER = re.compile(r"(?<=\S) (?P<m>\d{1,2}) (?=[.,;:!?])")

# A note printed inside the text in parentheses, numbered by letter and note: "(112/1. The
# proofs of the second edition.)", as volumes of letters with notes after each paragraph print them.
INLINE_NOTE = re.compile(r"\((?P<n>\d{1,4}/\d{1,3})\.\s+(?P<body>[^()]*(?:\([^()]*\)[^()]*)*)\)")

# A note of an apparatus keyed by the words it explains: "neulich] vermutlich beim Besuch am 22. 10.".
LEMMA_NOTE = re.compile(r"(?P<lemma>[^\[\]\s][^\[\]]{0,80}?)\]\s+(?P<text>\S.*)")

# An edition's line on where the letter's text comes from: "Печатается по рукописи".
SOURCE_NOTE = re.compile(rf"(?i:{lexicon.alternation('source-note')})\b")

# A line that opens the address on a letter's back or envelope: "На обороте или на конверте:".
ADDRESS_SECTION = re.compile(rf"(?i:{lexicon.alternation('address-section')})\b[^.!?]{{0,40}}:")

# The start of a note line: its marker, then the note text.
NOTE_LINE = re.compile(
    rf"(?P<marker>\d{{1,3}}|\[\d{{1,3}}\]|\(\d{{1,3}}\)|[{SUPERSCRIPT_DIGITS}]{{1,3}}|\*{{1,3}}|(?i:{_WORDS})(?=[{UPPER}«\"“(])|(?i:{_WORDS})(?=[.)]?\s))\s*[.)]?\s*(?P<text>\S.*)"
)

# A numbered paragraph: "I.", "1.", "2)", "a)".
NUMBERED = re.compile(r"(?P<n>[IVXLC]{1,6}|\d{1,3}|[a-zа-я])[.)]\s+\S")

# A line of a web copy's metadata above a letter: "Written: ...", "Source: ...", "Quelle: ...".
META_LINE = re.compile(rf"[{UPPER}][{LOWER}]+(?:[ \\/][{UPPER}{LOWER}]+){{0,2}}:\s+\S.*")

# The writer a site or a volume is about, from its title or banner: "Letters of John Ruskin",
# "Karl Wendt: Briefe", "Лавров Н. П. — Письма", or a name standing alone ("Henri Vasseur").
# A volume's number after a title: ". Volume 1 of 2", ", Bd. 3", ". Том 6".
_VOLUME_PART = r"(?:[.,:;]?\s+(?i:volume|vol\.|band|bd\.|tome|том|т\.)\s*[\dIVXLC]+\b.*)?"
# A name written surname first, as a catalogue or a site's metadata gives it: "McHenry, James".
INVERTED_NAME = re.compile(rf"{NAME_WORD_ANY_CASE}(?:[\s-]+{NAME_WORD})*,(?:\s+(?:{INITIAL}|{NAME_WORD})){{1,3}}"
                           rf"(?:\s+{_PARTICLE})?")
_EDITION = r"(?i:édition|edition|ausgabe)"
_TITLE_WORD = rf"(?!{_EDITION}\b)[{UPPER}][{LOWER}]+"
_TITLE_NAME = rf"(?P<name>(?:{_TITLE_WORD}\s+){{0,3}}{_TITLE_WORD})"
PAGE_AUTHOR = (
    re.compile(rf"(?i:the\s+)?(?:[{UPPER}][{LOWER}]+\s+){{0,2}}{_WORKS}\s+(?i:of|from|von|de|d['’])\s+"
               rf"(?P<name>[{UPPER}][^,:;()\d]{{2,50}}?)\.?{_VOLUME_PART}"),
    re.compile(rf"(?:[{UPPER}][{LOWER}]+:)?(?P<name>[{UPPER}][^,:;()\d—–]{{2,50}}?)\s*[:—–-]\s*{_WORKS}\b.*"),
    # "Sarah Ann Brown Letters of 1884", "Darwin Correspondence Project", "John Adams Papers, Series 2"
    # (also a scanned volume's page title: "Page:Vance Édition Morel Correspondance 3.djvu/264")
    re.compile(rf"(?:[{UPPER}][{LOWER}]+:)?{_TITLE_NAME}\s+(?:{_EDITION}\s+[{UPPER}][{LOWER}]+\s+)?"
               rf"{_WORKS}\b(?!\s+(?i:of|from|von|de|d['’]|to|an|à|к)\s+[{UPPER}]).*"),
    # An edition's title under the writer's inverted name: "Hagen, Ludwig: Briefe. 1797"
    re.compile(rf"(?P<name>{INVERTED_NAME.pattern})\s*:\s*{_WORKS}\b.*"),
    # A catalogue's entry for the writer: "SAND, George (1804-1876)", "Fontane, Theodor, 1819-1898"
    re.compile(rf"(?P<name>{INVERTED_NAME.pattern})\s*[(,]?\s*1[5-9]\d\d\s*[-–]\s*1[5-9]\d\d\)?\.?"),
    # "Author: Anton Chekhov", "Автор книги: Антон Чехов", "Verfasser: Karl Weber"
    re.compile(rf"(?i:author|autor|auteur|verfasser|автор(?:\s+книги)?)\s*:\s*"
               rf"(?P<name>[{UPPER}][{LOWER}]+(?:\s+(?:{INITIAL}|[{UPPER}][{LOWER}]+)){{0,3}})\.?"),
    # A printed source cited by its author: "Иванов И. И. Письмо Петрову П. П., 5 мая 1925 г. // ..."
    re.compile(rf"(?P<name>[{UPPER}][{LOWER}]+(?:\s+{INITIAL}\s*{INITIAL}?)?)\.?\s+"
               rf"(?i:письмо|записка|letter|brief|lettre)\s+[{UPPER}].*"),
    # A scanned volume's page on a wiki, named after its author: "Page:Flaubert Édition Conard
    # Correspondance 3.djvu/264", "Seite:Goethe Briefe 2.djvu/15"
    re.compile(rf"(?i:page|seite|страница):(?P<name>[{UPPER}][{LOWER}]+)\b[^/]*\.(?i:djvu|pdf)/\d+"),
)

# A title naming the two writers of a correspondence: "Briefwechsel zwischen Schiller und Goethe",
# "The Correspondence of Emerson and Carlyle", "Correspondance entre George Sand et Gustave Flaubert".
_PAIR_NAME = rf"(?:[{UPPER}][{LOWER}]+\s+){{0,2}}[{UPPER}][{LOWER}]+"
CORRESPONDENTS = re.compile(
    rf"(?<![^\W\d_]){_WORKS}\s+(?i:zwischen|between|entre|of|von|de)\s+(?P<first>{_PAIR_NAME})\s+"
    rf"(?i:und|and|et|&)\s+(?P<second>{_PAIR_NAME})(?![^\W\d_])")

# A line that only separates (documents, sections): "***", "* * *", "———", "~~~".
SEPARATOR = re.compile(r"(?:\*\s*){3,}|(?:~\s*){3,}|⁂")

# Two sentences in a row ("... vôtres. Je pars"): running text, not one formula.
SENTENCE_BREAK = re.compile(rf"[{LOWER}]{{2,}}[.!?] +[{UPPER}{LOWER}]")

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


def signature_like(text: str) -> bool:
    """A short line that reads as a letter's signature: a closing formula with a name after it
    ("Ваш А. Ремизов", "Yours, J. Smith"), initials ("R. A."), or a kinship signature. Such a
    line may recur on a page of one writer's letters without being the site's furniture."""
    text = TRAILING_MARKER.sub("", text.strip())
    if len(text.split()) > 8:
        return False
    formula = CLOSING_FORMULA.match(text)
    if formula and text[formula.end():].strip() and NAME_AT_END.search(text[formula.end():]):
        return True
    hit = match(SIGNATURE, text)
    return bool(hit and hit[0] in ("initials", "initials_only")) or RELATION_SIGNATURE.fullmatch(text) is not None


def is_salute(text: str) -> bool:
    """An opening address: "Dear Comrade X!", "Lieber Freund!", "Monsieur,", "T. Stalin.", "To the Politburo ..."."""
    hit = match(SALUTE, text)
    if hit is None or len(text.split()) > 16:
        return False
    return hit[0] != "formula" or text.rstrip().endswith((",", "!", ":")) or len(text.split()) <= 5
