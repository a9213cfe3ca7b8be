"""The grammar of names: cue words, name endings, case forms and transliteration.

Tables, not code paths: each table says what it holds. No person, place or
organisation is named here; those live in the TEI registers.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from teikit.convert import lexicon
from teikit.convert.names_morphology import surname_nominative

# A lone "T." before a surname is the Russian "Tov." (comrade), not an initial (lexicon data).
CUE_INITIALS = lexicon.folded("cue_initial")

# Forms of address and titles before a name ("Comrade Rakhimov", "Tov. Stalin", "т. Крупской",
# "Herr Kessler", "Mr. Hughes", "Professor Haskell"): the lexicon's list, in lower case without the
# full stop; a single letter ("M." for Monsieur) only where it is no initial ("T." for Tov.).
FORMS_OF_ADDRESS = frozenset(
    form for form in (w.casefold().rstrip(".") for w in lexicon.words("address") if " " not in w)
    if len(form) > 1 or form in CUE_INITIALS
)
CUE_WORDS = FORMS_OF_ADDRESS
# The forms written with a full stop ("Tov.", "Mr."): only these stand before a name past a full stop.
ABBREVIATED_FORMS = frozenset(w.casefold().rstrip(".") for w in lexicon.words("address") if w.endswith(".")) \
    | CUE_INITIALS

# Words that introduce the editor or compiler of a cited work ("edited by Orlov V. P.",
# "Ed. Zhuravleva V. V.", "под ред. Соболева В. Н."): the name after them is a person,
# in Russian in the genitive. Lower case, each a sequence of words.
EDITOR_CUES = (("edited", "by"), ("compiled", "by"), ("ed",), ("eds",), ("ред",), ("под", "редакцией"), ("сост",))

# Labels written like initials that begin a postscript or a remark ("P.S.", "P.P.S.", "N.B."),
# as the letters of a run of initials written without spaces, in lower case.
POSTSCRIPT_LABELS = frozenset({"ps", "pps", "ppps", "nb"})

# Digits that digitised pages put for a capital before an editor's bracket ("3[inaida]"):
# the letter meant, in Latin and in Cyrillic script.
OCR_CAPITALS = {"3": ("z", "з")}
MIN_OCR_REST = 3  # letters after the bracket: "3[inaida]" is a name, "3[rd]" an ordinal

# A word's last letters split off after its bracket ("Tr[otsk] y"): at most this many.
MAX_SPLIT_ENDING = 2

# Two-letter transliterated initials: "Ya. P. Fomin", "Yu. O. Martov".
INITIAL_DIGRAPHS = frozenset({"ya", "yu", "ye", "yo", "zh", "kh", "ch", "sh", "ts"})

# Capitalised words that are never a surname, even after initials or a cue
# ("P.S. The ...", "Comrade Commander"). Lower case.
NOT_SURNAMES = frozenset(
    """
    i a an the this that these those in on at to from of and but or if we he she it they you your yours
    my our his her its their dear hello please see now here there what when where why how yes no not
    all any some every each one two three four five both then also only even still so as by for with
    after before about between until since while within again begin certain main plain origin latin
    party commander chief chairman secretary commissar president deputy head member members
    notes note copy secret telegram section papers letters correspondence contents previous next home page library search contacts
    advertisement regards sincerely greetings ed comp vol op ibid apparently evidently
    soviet soviets bolshevik bolsheviks menshevik mensheviks russian english german polish red white
    whites army front congress conference committee commission council bureau presidium plenum
    central state people republic union god sir madam friend friends
    ambassador consul minister general colonel captain count prince lord
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    я мы вы вам вас ты он она они это прошу пишу примечания дорогой уважаемый с в на по и но
    """.split()
) | FORMS_OF_ADDRESS | lexicon.folded("address_nouns") | frozenset().union(
    *(lexicon.folded(f"function_words_{lang}") for lang in ("en", "de", "fr", "it", "ru"))
)

# Words before a bare capitalised word that make it a thing or a place, not a
# person ("the Nikolaevsky station", "in Saratov").
NOT_BEFORE_BARE_SURNAME = frozenset(
    {"the", "a", "an", "in", "at", "near", "into", "via", "through", "в", "во", "под", "около"}
)

# Occupations written before a surname ("Агроном Лисицына", "инженера Петрова", "engineer Rubtsov"):
# a capitalised word with a surname ending after one is a person. Stems in lower case, any case ending.
JOB_TITLE = re.compile(
    r"^(?:агроном|инженер|врач|учител|учительниц|председател|секретар|директор|заведующ|начальник|командир"
    r"|комиссар|следовател|фельдшер|землемер|уполномоченн|инструктор|бухгалтер|техник|профессор|доктор"
    r"|управляющ|редактор|прокурор|судь)"
    r"(?:ь|а|я|у|ю|ом|ем|е|ы|и|ей|ой|ий|ая|его|ему|им|ого|ому|ым)?$"
    r"|^(?:engineer|agronomist|teacher|director|manager|inspector|instructor)s?$"
)
# A masculine or plural adjective in an oblique case ("инженер Московского отделения"): never a surname
# after an occupation.
OBLIQUE_ADJECTIVE = re.compile(r"(?:ого|его|ому|ему|ым|ими|ыми|ых|ских)$")

# Words for a village or settlement before its name ("деревня Кошелево", "станица Тихорецкая",
# "the village of Koshelevo"): the capitalised word after one is a place, never a person.
SETTLEMENT_WORD = re.compile(
    r"^(?:деревн(?:я|и|е|ю|ей)|сел(?:о|а|е|у|ом)|станиц(?:а|ы|е|у|ей)|хутор(?:а|е|у|ом)?|пос[её]л(?:ок|ка|ке|ку|ком)"
    r"|слобод(?:а|ы|е|у|ой)|villages?|stanitsas?|khutors?|settlements?|hamlets?)$"
)

# Neuter endings of Russian place names ("Koshelevo", "Кошелево", "Ilyinskoye"): an unregistered
# word with one is a place, never a person (a woman's surname "Кошелева" differs in one letter).
NEUTER_PLACE_ENDINGS = ("ovo", "evo", "skoye", "skoe", "ово", "ево", "ское", "цкое")

# A surname in capitals is the subject of a telegram's sentence before one of these words
# ("KOLESNIKOV HAS ARRIVED", "ПАНКОВ ВЫЕХАЛ"): an auxiliary counts only before such a verb,
# so that "BALASHOV HAS BEEN TAKEN" stays a place. Lower case.
CAPITALS_AUXILIARIES = frozenset({"has", "have", "had", "is", "was", "will", "would", "must", "shall"})
CAPITALS_PERSON_VERBS = frozenset(
    """
    arrived arrives arrive left leaves leave come comes came gone went goes go reports reported report
    asks asked ask demands demanded demand says said say promises promised promise agrees agreed agree
    refuses refused refuse insists insisted insist proposes proposed propose requests requested request
    wires wired telegraphs telegraphed writes wrote write informs informed inform answers answered answer
    прибыл прибыла приехал приехала выехал выехала уехал уехала просит просил сообщает сообщил требует
    требовал телеграфирует предлагает предложил обещает обещал отказывается настаивает
    """.split()
)

# Pet names of Russian forenames ("Dear Alyosha!", "Misha!", "Володе"): each row is the full
# forename in its spellings, then its diminutives in Latin and Cyrillic script. A pet name names
# the one heading person, or the one person already named, who bears the forename.
DIMINUTIVES = (
    (("Aleksei", "Alexei", "Alexey", "Алексей"), ("Alyosha", "Alesha", "Lyosha", "Алёша", "Лёша")),
    (("Mikhail", "Михаил"), ("Misha", "Миша")),
    (("Aleksandr", "Alexander", "Aleksandra", "Alexandra", "Александр", "Александра"),
     ("Sasha", "Shura", "Саша", "Шура")),
    (("Nikolai", "Nikolay", "Николай"), ("Kolya", "Коля")),
    (("Vladimir", "Владимир"), ("Volodya", "Володя")),
    (("Sergei", "Sergey", "Сергей"), ("Seryozha", "Serezha", "Серёжа")),
    (("Grigory", "Grigorii", "Григорий"), ("Grisha", "Гриша")),
    (("Ivan", "Иван"), ("Vanya", "Ваня")),
    (("Pyotr", "Petr", "Пётр"), ("Petya", "Петя")),
    (("Konstantin", "Константин"), ("Kostya", "Костя")),
    (("Lev", "Лев"), ("Lyova", "Leva", "Лёва")),
    (("Yakov", "Яков"), ("Yasha", "Яша")),
    (("Zinaida", "Зинаида"), ("Zina", "Зина")),
    (("Nadezhda", "Надежда"), ("Nadya", "Надя")),
    (("Maria", "Mariya", "Мария"), ("Masha", "Manya", "Маша", "Маня")),
    (("Dmitry", "Dmitrii", "Дмитрий"), ("Mitya", "Митя")),
    (("Anatoly", "Anatolii", "Анатолий"), ("Tolya", "Толя")),
    (("Yekaterina", "Ekaterina", "Екатерина"), ("Katya", "Катя")),
    (("Anastasia", "Анастасия"), ("Nastya", "Настя")),
    (("Yemelyan", "Emelyan", "Емельян"), ("Yemelya", "Емеля")),
)

# Endings of surnames (nominative), for a capitalised word with no other cue.
SURNAME_ENDINGS = (
    "ov", "ev", "ova", "eva", "in", "ina", "yn", "yna", "sky", "skii", "skaya", "dze", "shvili", "enko", "yan",
    "ов", "ев", "ёв", "ова", "ева", "ин", "ина", "ын", "ына", "ский", "ская", "цкий", "цкая", "дзе", "швили", "енко",
    "ян",
)

# Single "initials" that may be the Roman numeral of a numbered section ("I. Barracks.").
ROMAN_NUMERAL_INITIALS = frozenset({"I", "V", "X"})

# Endings that make a word ending in "-in" English, not a surname ("Grain", "Again", "Join").
NOT_SURNAME_ENDINGS = ("ain", "oin", "ein", "uin", "win")

# A patronymic in any case: "Sergeevich", "Kuzmich", "Ivanovna", "Сергеевичу", "Гавриловне".
PATRONYMIC = re.compile(
    r"(?:ovich|evich|(?<!r)ich|ovna|evna|ichna|inichna)$"
    r"|(?:ович|евич|ич)(?:а|у|ем|е|ом)?$|(?:овн|евн|ичн|иничн)(?:а|ы|е|у|ой|ою)$"
)

# Given names reduced to a stem that all their case forms share, in transliterated
# lower case: a patronymic keeps "-ich"/"-n" ("Gavrilovne" -> "gavrilovn"), a
# forename loses its case ending ("Zinaide" -> "zinaid", "Grigoriyu" -> "grigor").
PATRONYMIC_STEM = re.compile(r"^(.*?(?:ovich|evich|ich))(?:a|u|em|e|om)?$|^(.*?(?:ovn|evn|ichn))(?:a|y|e|u|oy|oyu)$")
FORENAME_ENDINGS = (
    "iya", "iyu", "iey", "iem", "iei", "ii", "iy", "ia", "iu", "ie", "ya", "yu", "ye", "ey", "ei", "em", "om",
    "oy", "oi", "a", "u", "e", "y", "i", "o",
)
MIN_STEM = 3  # a forename stem keeps at least this many letters

# Russian prepositions: a surname in "-ова"/"-ева" after one ("у т. Велиева") is the
# genitive or accusative of a man's name, never a woman's nominative.
RUSSIAN_PREPOSITIONS = frozenset(
    """
    у от для из до без около после кроме против вместо возле среди мимо ради с со к ко про через на в во
    за о об обо при по под подо над перед между
    """.split()
)

# Endings of a Russian woman's surname that may also be a man's genitive ("Велиева"):
# the man's nominative drops the last letter.
AMBIGUOUS_FEMININE_ENDINGS = ("ова", "ева", "ёва", "ина", "ына")
MIN_GENITIVE_LENGTH = 4  # letters a man's genitive in -а exceeds: "Зуева" (Зуев) is one

# Endings only a man's surname takes ("с Велиевым", "о Велиеве"): such a form anywhere
# in a text decides an ambiguous "Велиева" in it for the man.
MASCULINE_ONLY_ENDINGS = ("овым", "евым", "иным", "ове", "еве")

# A place adjective ("Pokrovsky", "Sunskaya", "Покровского") is a place, not a
# person, before a word for an administrative unit or a named place
# ("Pokrovsky u[ezd]", "Sunsky volost", "Nikolaevsky station").
PLACE_ADJECTIVE = re.compile(
    r"(?:sk|tsk|ck)(?:y|ii|iy|ij|oi|oy|aya|oye|oe|ogo|om|oj)$|(?:ск|цк)(?:ий|ой|ая|ое|ого|ому|ом|ую|ие|их)$"
)
PLACE_UNITS = re.compile(
    r"^(?:uy?ezds?|volosts?|guberni(?:ya|yas|a|as)|provinces?|districts?|regions?|okrugs?|ra[iy]ons?|oblasts?"
    r"|krai|stations?|monastery|monasteries|works|factory|plant|mines?|streets?|prospekt|prospect|square|bridge"
    r"|railways?|roads?|lines?"
    r"|barracks|canal|embankment|boulevard|uy?ezda|volosti"
    r"|уезд(?:а|у|ом|е|ы|ов)?|волост(?:ь|и|ью|ей|ям|ях)|губерни(?:я|и|ю|ей|й)|район(?:а|у|ом|е|ы|ов)?"
    r"|округ(?:а|у|ом|е)?|област(?:ь|и|ью)|кра(?:й|я|ю|ем|е)|вокзал(?:а|у|ом|е)?|станци(?:я|и|ю|ей)"
    r"|монастыр(?:ь|я|ю|ём|ем|е)|завод(?:а|у|ом|е)?|фабрик(?:а|и|е|у|ой)|рудник(?:а|у|ом|е)?"
    r"|улиц(?:а|ы|е|у|ей)|площад(?:ь|и|ью)|мост(?:а|у|ом|е)?|проспект(?:а|у|ом|е)?)$"
)
# The same words abbreviated with a full stop ("Pokrovsky u.", "Сунской вол.").
PLACE_UNIT_ABBREVIATIONS = frozenset({"u", "uez", "vol", "gub", "obl", "у", "уезд", "вол", "губ", "обл"})

# A Russian adjective in a feminine, neuter, oblique or plural form ("Закавказской дороге",
# "Ленинградская организация", "Каспийской флотилии"): before a lower-case word that is not
# a verb in the past tense it qualifies that word and is no surname.
RUSSIAN_ADJECTIVE = re.compile(r"(?:ск|цк|н)(?:ая|ой|ую|ое|ые|ых|ие|их|ими)$")
PAST_TENSE_VERB = re.compile(r"(?:л|ла|ло|ли|лся|лась|лось|лись)$")

# A name that is both a place and a person ("Lvov") is the place after these words
# ("occupy Lvov", "near Lvov", "в Львове"), lower case; "to"/"from" count only after a
# verb of movement ("break through to Lvov"), since "a letter to Kirov" is a person.
PLACE_CUES_BEFORE = frozenset(
    """
    in at near into under via through towards toward outside around beyond
    take took taken taking occupy occupied occupying capture captured capturing seize seized reach reached
    liberate liberated abandon abandoned surrender surrendered defend defended besiege besieged
    в во под около возле близ из через взять взяли занять заняли
    """.split()
)
PLACE_CUES_MOVEMENT = frozenset({"to", "from"})
MOVEMENT_VERBS = frozenset(
    """
    go goes went gone going come came coming move moved moving advance advanced advancing
    retreat retreated retreating march marched marching return returned returning travel travelled
    arrive arrived leave left leaving break broke through way road route transferred sent
    """.split()
)
# ... and before these words ("the Lvov front", "Lvov direction").
PLACE_CUES_AFTER = frozenset(
    {"front", "direction", "sector", "region", "area", "district", "railway", "road", "line", "фронт", "направление",
     "направлении", "район", "районе"}
)
# Points of the compass: an unregistered word after "south of" is a place ("south of Lgov").
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})

# Titles written after a name that make it a person ("Kamil Pasha", "Нури-паша"). Lower case.
TITLES_AFTER_NAME = frozenset({"pasha", "bey", "khan", "effendi", "паша", "бей", "хан"})

# Endings that make an adjective of a place name ("Omskaya" of Omsk, "Tomskaya" of Tomsk):
# such an adjective is no person.
PLACE_ADJECTIVE_ENDINGS = ("aya", "oye", "oe", "y", "ii", "iy", "ая", "ое", "ий", "ой")

# Endings of place names that are never surnames (neuter forms: "Shestakovo",
# "Ilyinskoye", "Покровское"); a place adjective listed beside one is a place too.
PLACE_NAME_ENDINGS = (
    "skoye", "skoe", "tskoye", "ovo", "evo", "ino", "yno", "ское", "цкое", "ово", "ево", "ино", "ыно",
)
# Marks and words that join the items of a list ("Shestakovo, Ilyinskoye and Sunsky").
LIST_JOINERS = frozenset({",", ";", "and", "or", "и", "или"})

# Words that introduce the addressee at the end of a telegram's address line
# ("VYATKA, GUBKOM, FOR PANKOV.", "ВЯТКА, ДЛЯ ПАНКОВА."). Lower case.
ADDRESSEE_CUES = frozenset({"for", "to", "для"})

# Case forms of a surname in transliterated Russian text ("edited by Zhuravleva V. V."):
# (ending of the nominative, endings that replace it).
LATIN_CASE_FORMS = (
    ("sky", ("skogo", "skomu", "skim", "skom")),
    ("skii", ("skogo", "skomu", "skim", "skom")),
    ("aya", ("oy", "uyu")),
    ("ov", ("ova", "ovu", "ovym", "ove")),
    ("ev", ("eva", "evu", "evym", "eve")),
    ("in", ("ina", "inu", "inym", "ine")),
    ("a", ("e", "u", "y", "oi", "oy")),
)

# Case forms of a Cyrillic name (persons and places): first matching ending wins.
CYRILLIC_CASE_FORMS = (
    ("ский", ("ского", "скому", "ским", "ском")),
    ("цкий", ("цкого", "цкому", "цким", "цком")),
    ("ий", ("ого", "ому", "им", "ом")),
    ("ая", ("ой", "ую")),
    ("ия", ("ии", "ию", "ией")),
    ("я", ("и", "е", "ю", "ей")),
    ("ова", ("овой", "ову")),
    ("ева", ("евой", "еву")),
    ("ина", ("иной", "ину")),
    ("ов", ("ова", "ову", "овым", "ове")),
    ("ев", ("ева", "еву", "евым", "еве")),
    ("ёв", ("ёва", "ёву", "ёвым", "ёве")),
    ("ин", ("ина", "ину", "иным", "ине")),
    ("ын", ("ына", "ыну", "ыным", "ыне")),
    ("ь", ("я", "ю", "ем", "е", "и", "ью")),
    ("а", ("ы", "и", "е", "у", "ой")),
    ("дзе", ()),
)
CYRILLIC_CONSONANT_FORMS = ("а", "у", "ом", "е")

CYRILLIC_TO_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
         "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"],
    )
) | {"ß": "ss"}  # a German sharp s has no decomposition: "Großmann" is grossmann, not gromann
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked again for every word of every document
def transliterate(text: str) -> str:
    """Lower-case Latin form of a word: common English transliteration for Cyrillic."""
    low = text.lower()
    low = re.sub(r"[ыи]й\b", "y", low)
    out = "".join(CYRILLIC_TO_LATIN.get(c, c) for c in low)
    return "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))


def key_of(surname: str) -> str:
    """A register key made from a surname: lower-case ASCII letters, digits and hyphens."""
    return "".join(c for c in transliterate(surname) if c.isascii() and (c.isalnum() or c == "-")).strip("-")


def case_forms(name: str, *, person: bool) -> tuple[str, ...]:
    """Oblique case forms of a one-word name (lower case): Cyrillic always, Latin for persons."""
    low = name.lower()
    if has_cyrillic(low):
        for ending, forms in CYRILLIC_CASE_FORMS:
            if low.endswith(ending):
                return tuple(low[: len(low) - len(ending)] + f for f in forms)
        if low[-1] in "бвгджзклмнпрстфхцчшщ":
            return tuple(low + f for f in CYRILLIC_CONSONANT_FORMS)
        return ()
    if person:
        for ending, forms in LATIN_CASE_FORMS:
            if low.endswith(ending):
                return tuple(low[: len(low) - len(ending)] + f for f in forms)
    return ()


def looks_like_surname(word: str) -> bool:
    """A capitalised word with a surname ending ("Ryabinin", "Abashidze", "Пахомов")."""
    low = word.lower()
    return len(low) > 3 and low.endswith(SURNAME_ENDINGS) and not low.endswith(NOT_SURNAME_ENDINGS)


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked again for every word of every document
def given_name_stem(word: str) -> str:
    """The stem every case form of a forename or patronymic shares ("Зинаиде", "Zinaida" -> "zinaid")."""
    low = re.sub(r"(?<=[^aeiouy])y(?=[aeiou])", "", transliterate(word.strip("[]")))
    patronymic = PATRONYMIC_STEM.match(low)
    if patronymic:
        return patronymic.group(1) or patronymic.group(2)
    for ending in FORENAME_ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= MIN_STEM:
            return low[: len(low) - len(ending)]
    return low


def given_name_key(word: str) -> str:
    """The stem of a forename or patronymic with the soft signs and y/i spellings of
    transliteration made alike: "Михайловичу" and "Mikhailovich", "Vasilyevich" and
    "Васильевич" have one key."""
    stem = re.sub(r"[yi](?=[aeiou])", "", given_name_stem(word))
    return re.sub("i+", "i", stem.replace("y", "i"))


def same_given_name(a: str, b: str) -> bool:
    """Whether two forenames or patronymics are one, in any case form and any transliteration."""
    return given_name_key(a) == given_name_key(b)


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked for every capitalised word against every forename named
def same_forename(word: str, forename: str) -> bool:
    """Whether a lone word is this forename: any case form in Cyrillic ("Вячеславу"), the
    spelling as it stands in Latin script, "-i"/"-y"/"-ii" endings alike ("Sergey", "Sergei")."""
    cyrillic = has_cyrillic(word)
    return forename_form(word, cyrillic) == forename_form(forename, cyrillic)


def forename_form(word: str, cyrillic: bool) -> str:
    """The form ``same_forename`` compares a forename in, as it is asked about a Cyrillic word or a Latin one."""
    return given_name_stem(word) if cyrillic else _latin_spelling(word)


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked for every capitalised word no person named bears
def forenames_of_pet_name(word: str) -> tuple[str, ...]:
    """The spellings of the forename a pet name stands for, in any case ("Алёше" -> "Aleksei", "Алексей", ...);
    none when the word is no pet name."""
    cyrillic = has_cyrillic(word)
    return _pet_names()[cyrillic].get(forename_form(word, cyrillic), ())


@functools.cache
def _pet_names() -> dict[bool, dict[str, tuple[str, ...]]]:
    """The forenames of ``DIMINUTIVES`` by the form ``same_forename`` compares a pet name in: for a
    Latin word (False) its spelling, for a Cyrillic one (True) its stem; the first group listed wins."""
    by_form: dict[bool, dict[str, tuple[str, ...]]] = {False: {}, True: {}}
    for spellings, pets in DIMINUTIVES:
        for pet in pets:
            by_form[False].setdefault(_latin_spelling(pet), spellings)
            by_form[True].setdefault(given_name_stem(pet), spellings)
    return by_form


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked again for every word of every document
def _latin_spelling(name: str) -> str:
    return re.sub(r"(?:ii|iy|ij|ei|ey|y)$", "i", transliterate(name))


def initials_compatible(given: tuple[str, ...], known: tuple[str, ...]) -> bool:
    """Whether initials ("L", "B") or names in any case ("Зинаиде") fit a known name or other initials."""
    for a, b in zip(given, known):
        la, lb = transliterate(a), transliterate(b)
        if not (la.startswith(lb) or lb.startswith(la) or same_given_name(a, b)):
            return False
    return True


def masculine_forms(words: list[str]) -> set[str]:
    """Lower-case nominatives of the Cyrillic words that can only be a man's surname."""
    return {surname_nominative(w).lower() for w in words if w.lower().endswith(MASCULINE_ONLY_ENDINGS) and len(w) > 5}


def masculine_of(word: str) -> str | None:
    """The man's nominative of a Cyrillic surname that may be his genitive ("Велиева" -> "Велиев")."""
    if has_cyrillic(word) and word.lower().endswith(AMBIGUOUS_FEMININE_ENDINGS) and len(word) > MIN_GENITIVE_LENGTH:
        return word[:-1]
    return None


MIN_NOUN_STEM = 4  # letters before a noun ending: "Freiheit" is a noun, "Heit" may be a surname
MIN_OCCUPATION_TAIL = 6  # an occupation this long also ends a compound ("Oberingenieur")
OCCUPATION_CASE_ENDINGS = ("", "s", "n", "en", "e", "es")


@functools.lru_cache(maxsize=1 << 16)  # asked for every capitalised word
def is_noun_not_name(word: str) -> bool:
    """A capitalised Latin-script word that is a noun and no surname: an abstract noun by its ending
    ("Freiheit", "Amputation"), a newspaper's title word ("Fremdenblatt") or an occupation or rank
    ("Ingenieur", "Oberingenieurs")."""
    low = word.casefold()
    if has_cyrillic(low):
        return False
    if any(low.endswith(suffix) and len(low) - len(suffix) >= MIN_NOUN_STEM for suffix in lexicon.folded("noun_suffix")):
        return True
    if low.endswith(tuple(lexicon.folded("newspaper_word"))):
        return True
    return any(low[:len(low) - len(ending)] in _occupations() for ending in OCCUPATION_CASE_ENDINGS
               if low.endswith(ending)) or any(
        low.endswith(job + ending) for job in _long_occupations() for ending in OCCUPATION_CASE_ENDINGS)


@functools.lru_cache(maxsize=1)
def _occupations() -> frozenset[str]:
    return lexicon.folded("occupation")


@functools.lru_cache(maxsize=1)
def _long_occupations() -> tuple[str, ...]:
    return tuple(w for w in _occupations() if len(w) >= MIN_OCCUPATION_TAIL)
