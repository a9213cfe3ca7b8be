"""Names in a document: persons, organisations and places, linked to the registers.

``NameFinder`` compiles the registers once; ``NameFinder.document()`` gives the
per-document state (which namesake was meant, which new names were made) and
``DocumentNames.find()`` returns the mentions of one text in reading order::

    finder = NameFinder(load_registers())
    names = finder.document("en")
    names.agents("I. V. Stalin")          # sender or recipient from a heading
    names.find("T. Stalin. ... Zhuravlev V. V. ...")
    names.entries()                       # standOff entries used so far

A mention is found by, in this order: initials before a surname ("S.S.
Kamenev"), a forename with a patronymic ("Sergei Sergeevich"), a register
name (variants, pseudonyms, case forms), and for names not in the registers
a cue ("Comrade Rakhimov", "Herr Kessler", "Агроном Лисицына"), an earlier mention
in the document, a surname in capitals that owns or does something
("SNESAREV'S STAFF", "KOLESNIKOV HAS ARRIVED"), or a surname
ending ("Ryabinin"). Namesakes are told apart by initials, then by the
document (the one last named), then by role words near the mention; what
stays ambiguous carries every candidate, ``cert="low"`` and a warning.

The heading's persons (``agents``) also answer to their forename alone
("Vyacheslav!"), to its pet name ("Dear Alyosha!"), to their surname in
capitals ("GUSAKOV.") and to a signature with another initial ("Yours Yu.
Kamenev."). A surname may stand before the forename and patronymic
("Ведерников Никифор Павлович", one mention); a forename and patronymic
nobody named before is the person named later by those initials. Russian case
forms key to the nominative ("с Велиевым", and "у т. Велиева" after a
preposition, are Велиев). A place adjective before a unit or listed with
places ("Pokrovsky u[ezd]", "Ilyinskoye and Sunsky") is not a person, nor
is a village ("деревня Кошелево", any unregistered "-ovo"/"-evo" word).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from teikit.convert.names_grammar import (
    ABBREVIATED_FORMS,
    ADDRESSEE_CUES,
    CAPITALS_AUXILIARIES,
    CAPITALS_PERSON_VERBS,
    CUE_INITIALS,
    CUE_WORDS,
    EDITOR_CUES,
    COMPASS_WORDS,
    FORMS_OF_ADDRESS,
    JOB_TITLE,
    LIST_JOINERS,
    MIN_STEM,
    MOVEMENT_VERBS,
    NEUTER_PLACE_ENDINGS,
    NOT_BEFORE_BARE_SURNAME,
    NOT_SURNAMES,
    OBLIQUE_ADJECTIVE,
    PAST_TENSE_VERB,
    PATRONYMIC,
    PLACE_ADJECTIVE,
    PLACE_ADJECTIVE_ENDINGS,
    PLACE_CUES_AFTER,
    PLACE_CUES_BEFORE,
    PLACE_CUES_MOVEMENT,
    PLACE_NAME_ENDINGS,
    PLACE_UNIT_ABBREVIATIONS,
    PLACE_UNITS,
    POSTSCRIPT_LABELS,
    ROMAN_NUMERAL_INITIALS,
    RUSSIAN_ADJECTIVE,
    RUSSIAN_PREPOSITIONS,
    SETTLEMENT_WORD,
    TITLES_AFTER_NAME,
    forenames_of_pet_name,
    has_cyrillic,
    initials_compatible,
    is_noun_not_name,
    key_of,
    looks_like_surname,
    masculine_forms,
    masculine_of,
    same_given_name,
    forename_form,
    transliterate,
)
from teikit.convert import lexicon
from teikit.convert.names_evidence import Evidence, Life, is_common_word, life_of, linkable
from teikit.convert.names_index import KINDS, NameIndex, Target
from teikit.convert.names_morphology import adjective_surname_nominative, governs_object, name_nominative
from teikit.convert.names_namesakes import NamesakeEvidence, choose_namesake
from teikit.convert.names_rules import person_at, salute_before
from teikit.convert.names_tokens import Token, adjacent, initials_at, is_initial, tokenize
from teikit.registers import Registers
from teikit.xml import XML_ID, XML_LANG, tei

# Languages whose texts name persons by a bare surname ending ("Ryabinin", "Пахомов"); in German, French
# or Italian prose such endings are common nouns ("Freundin", "Angina").
ENDING_LANGUAGES = frozenset({"en", "ru"})
MAX_ABBREVIATION = 2  # letters of a word with a full stop that abbreviates ("Wr.", "Pr."), no surname
VOWELS = frozenset("aeiouyäöüàâéèêëîïôûœæ")  # a Latin word without one, and a full stop, abbreviates ("Frd.")
CONTEXT_CHARS = 300  # how far around an ambiguous mention cue words are looked for
MIN_MISSPELT_LENGTH = 8  # a surname at least this long may be misspelt and still found
MAX_DROPPED_LETTERS = 3  # one syllable
MAX_INITIALS = 2  # forename and patronymic: "Zhuravlev V. V. M., 1991" ends before "M."
EDITOR_WORDS = frozenset(word for cue in EDITOR_CUES for word in cue)
EDITOR_CUE_ENDS = frozenset(cue[-1] for cue in EDITOR_CUES)
# What stands between a name and an organisation named as an item of its own in a heading.
LISTED_ITEM = re.compile(r"\s*[,;]\s*(?:(?:and|the|to|и)\s+)*", re.IGNORECASE)
# ", 1989" after a place: the town where a cited work came out ("Kirov, 1989").
YEAR_AFTER_PLACE = re.compile(r"\s*,\s*(?:1[6-9]|20)\d\d\b")
IMPRINT_YEAR = re.compile(r"[ \t]*,?[ \t]*(?:1[5-9]|20)\d\d\b")  # the year after a publisher's name


@dataclass(frozen=True)
class Mention:
    """A name found in a text; offsets are into the text given to ``find``."""

    start: int
    end: int
    kind: str  # "person" | "org" | "place"
    keys: tuple[str, ...]  # register keys; two or more when ambiguous
    cert: str | None  # "low" when ambiguous or unconfirmed
    unconfirmed: bool  # not in the registers: a new key was made
    surface: str


MAX_NAME_ALONE = 4  # words of a name standing alone: "Johann Heinrich Wilhelm Dietz"


class NameFinder:
    """The registers compiled once, for many documents."""

    def __init__(self, registers: Registers):
        self.registers = registers
        self.index = NameIndex.build(registers)

    def document(self, lang: str = "en", *, year: int | None = None) -> "DocumentNames":
        """Fresh state for one document written in ``lang`` (en, de, fr, ru), in ``year`` when known."""
        return DocumentNames(self.index, lang, year, self._lives)

    @functools.cached_property
    def _lives(self) -> dict[str, Life]:
        return {e.key: life_of(e) for e in self.registers.of_kind("person")}


class DocumentNames:
    """Name recognition for one document: call ``agents``/``find`` in reading order."""

    def __init__(self, index: NameIndex, lang: str, year: int | None = None, lives: dict[str, Life] | None = None):
        self._index = index
        self.lang = lang
        self.year = year
        self._lives = lives if lives is not None else {}
        self._heading = False  # reading a heading's sender or recipient
        self._primed: frozenset[str] = frozenset()  # unregistered surnames (lower case) named anywhere
        self.warnings: list[str] = []
        self._used: dict[str, None] = {}  # register keys, in order of first use
        self._new: dict[str, str] = {}  # unconfirmed key -> its fullest surface
        self._new_bodies: dict[str, str] = {}  # key of a body no register knows -> its name
        self._new_surnames: dict[str, str] = {}  # unconfirmed key -> the surname its key is made from
        self._new_forms: dict[str, dict[str, None]] = {}  # unconfirmed key -> forms seen, in order
        self._new_initials: dict[str, list[tuple[str, ...]]] = {}
        self._forenames: dict[str, list[str]] = {}  # person key -> its forenames, see _forenames_of
        self._forename_form_sets: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # see _forename_forms
        self._known: dict[str, str] = {}  # surname (lower case) -> unconfirmed key
        self._last: dict[str, int] = {}  # person key -> when it was last named
        self._agents: dict[str, None] = {}  # person keys named in the heading, in order
        self._addressees: tuple[str, ...] = ()  # person keys of the heading's recipients
        self._masculine: set[str] = set()  # men's surnames (lower case) seen in a man-only case form
        self._clock = itertools.count()

    @property
    def unconfirmed(self) -> list[tuple[str, str]]:
        """(key, surface) of every name that is not in the registers, for the report."""
        return list(self._new.items())

    @property
    def proposals(self) -> list[dict[str, object]]:
        """Every name not in the registers as the report lists it: key, fullest surface, the surname
        the key is made from, the forms seen and the language they were written in."""
        return [{"key": key, "surface": surface, "surname": self._new_surnames.get(key, surface.split()[-1]),
                 "forms": list(self._new_forms.get(key, {surface: None})),
                 "lang": "ru" if has_cyrillic(surface) else self.lang}
                for key, surface in self._new.items()]

    # --- public -------------------------------------------------------------

    def find(self, text: str) -> list[Mention]:
        """Mentions in text: non-overlapping, in reading order."""
        tokens = tokenize(text)
        self._masculine |= masculine_forms([t.raw for t in tokens if t.capitalised and has_cyrillic(t.raw)])
        found: list[Mention] = []
        i = 0
        while i < len(tokens):
            label = _postscript_label_end(tokens, i)
            if label:
                i = label
                continue
            hit = self._scan(tokens, i, text) if tokens[i].capitalised else None  # names start with a capital
            if hit is None:
                i += 1
                continue
            mention, i = hit
            found.append(mention)
            self._record(mention)
        return found

    def prime(self, text: str) -> None:
        """Learn from a document's whole text (its notes too) the unregistered surnames it names with a
        forename, a title or initials, so that a bare mention of one before them is that person
        ("bei Kugler" ... "Franz Kugler, Kunsthistoriker"). One more linear pass; nothing else is kept."""
        scout = DocumentNames(self._index, self.lang, self.year, self._lives)
        scout.find(text)
        self._primed = frozenset(scout._known)

    @contextlib.contextmanager
    def dated(self, year: int | None) -> Iterator[None]:
        """Read names of a text written in another year than the letter (a collection's compilers)."""
        kept, self.year = self.year, year
        try:
            yield
        finally:
            self.year = kept

    def agents(self, heading_part: str) -> list[Mention]:
        """Senders or recipients named in a part of a heading.

        The persons when any are named ("F. E. Dzerzhinsky and A. I. Rykov"), with
        each organisation that stands as an item of its own after a comma ("Ya. M.
        Sverdlov, Central Committee of the RCP(b)"); otherwise the first organisation
        ("the Politburo of the Central Committee").
        """
        self._heading = True
        try:
            mentions = self.find(heading_part)
        finally:
            self._heading = False
        agents, seen, previous_end = [], set(), 0
        for m in mentions:
            listed = m.kind == "org" and LISTED_ITEM.fullmatch(heading_part, previous_end, m.start)
            if (m.kind == "person" or listed) and m.keys not in seen:
                seen.add(m.keys)
                agents.append(m)
                if m.kind == "person":
                    self._agents.update(dict.fromkeys(m.keys))
            previous_end = m.end
        if any(m.kind == "person" for m in agents):
            return agents
        return [m for m in mentions if m.kind == "org"][:1]

    def addressed_to(self, recipients: list[Mention]) -> None:
        """Tell the recipients the heading names: a salutation's lone forename is the one of them ("Lieber
        Artur!" in a letter to Schnitzler)."""
        self._addressees = tuple(dict.fromkeys(k for m in recipients if m.kind == "person" for k in m.keys))

    def body_alone(self, text: str) -> list[Mention]:
        """The body a heading's part names when no register knows it: capitalised words, one of
        them a word for a body (``lexicon/addressee_body.txt``: "Doge and Senate of Venice",
        "Verlag Mohr Siebeck", "Erlanger und Söhne")."""
        name = " ".join(text.strip(" .,;:").split())
        words = re.findall(r"[^\W\d_]+", name)
        if not words or len(words) > 8 or not name[:1].isupper() \
                or not any(w.casefold() in lexicon.folded("addressee_body") for w in words):
            return []
        key = "org-" + "-".join(w.casefold() for w in words)
        self._new_bodies.setdefault(key, name)
        return [Mention(0, len(text), "org", (key,), "low", True, name)]

    def name_alone(self, text: str) -> list[Mention]:
        """The person a heading's part or a signature names when no rule knows the name: a line of
        capitalised words only ("Josiah Tuttle", "Wendt.", "Jos: Tuttle"), its last word the surname.
        Only for places that can hold nothing but a name; a salute's words are read by ``agents``."""
        tokens = tokenize(text)
        words = [k for k, t in enumerate(tokens) if t.word]
        if not words or len(words) > MAX_NAME_ALONE or not all(tokens[k].capitalised for k in words) \
                or any(tokens[k].norm in NOT_SURNAMES for k in words):
            return []
        first, j = words[0], words[-1]
        self._heading = True
        try:
            found = self._person(tokens, j, [_given_word(t) for t in tokens[first:j] if t.word], first, text)
        finally:
            self._heading = False
        if found is None or found[0].kind != "person":
            return []
        self._record(found[0])
        self._agents.update(dict.fromkeys(found[0].keys))
        return [found[0]]

    def entries(self) -> list[etree._Element]:
        """StandOff entries for every key used so far: persons, then orgs, then places.

        Register entries are copies without the register's recognition cues
        (``note[@type='context']``); a name not in the registers gets
        ``<person xml:id="KEY" cert="low"><persName>surface</persName></person>``.
        """
        registers = self._index.registers
        out = []
        for kind in KINDS:
            out += [registers.entries[k].standoff_copy() for k in self._used
                    if registers.entries[k].kind == kind]
            if kind == "person":
                out += [self._unconfirmed_entry(k, s) for k, s in self._new.items()]
            if kind == "org":
                out += [_unconfirmed_body(k, s) for k, s in self._new_bodies.items()]
        return out

    # --- scanning -------------------------------------------------------------

    def _scan(self, tokens: list[Token], i: int, text: str) -> tuple[Mention, int] | None:
        token = tokens[i]
        if not token.capitalised:
            return None
        given = [] if _in_abbreviation(tokens, i) else initials_at(tokens, i)
        if given:
            j = i + 2 * len(given)
            if j < len(tokens) and tokens[j].capitalised and len(tokens[j].norm) > 1 and not is_initial(tokens, j) \
                    and _same_line(text, tokens[i], tokens[j]) and has_cyrillic(given[-1]) == has_cyrillic(tokens[j].norm):
                hit = self._person(tokens, j, given, i, text)
                if hit:
                    return hit
        if self._is_forename_patronymic(tokens, i):
            hit = self._forename_patronymic(tokens, i, text)
            if hit:
                return hit
        if self._is_surname_first(tokens, i, text):
            return self._person(tokens, i, [_given_word(tokens[i + 1]), _given_word(tokens[i + 2])], i, text,
                                names_after=2)
        end, targets = self._index.longest(tokens, i)
        if _after_settlement_word(tokens, i) and not any(t.kind == "org" for t in targets):
            places = [t for t in targets if t.kind == "place"]
            return (self._named(tokens, i, end, places, text), end) if places else None  # "деревня Кошелево"
        if all(t.kind == "person" for t in targets) and _place_adjective_at(tokens, i):
            return None  # "Pokrovsky u[ezd]", "Ilyinskoye and Sunsky": a place
        places = [t for t in targets if t.kind == "place"]
        if places and YEAR_AFTER_PLACE.match(text, tokens[end - 1].end):
            return self._named(tokens, i, end, places, text), end  # "Kirov, 1989": where a book came out
        if places and self._place_rather_than_person(targets, tokens, i, end):
            return self._named(tokens, i, end, places, text), end  # "occupy Lvov", "the Lvov front"
        if any(t.kind == "person" for t in targets):
            return self._person(tokens, i, [], i, text)
        if targets:
            return self._named(tokens, i, end, targets, text), end
        if token.norm.endswith(NEUTER_PLACE_ENDINGS):
            return None  # "Koshelevo": a village, not the woman Kosheleva
        named = self._named_by_forename(tokens, i)
        if named:
            return self._mention(tokens, i, i + 1, "person", (named,), self._cert_of(named), text), i + 1
        misspelt = self._misspelt_named(tokens[i])
        if misspelt:
            return self._mention(tokens, i, i + 1, "person", (misspelt,), "low", text), i + 1
        found = person_at(tokens, i, text)
        if found is not None and found.rule == "salutation" and found.start == found.surname \
                and _forename_or_pet_name(tokens[i].norm):
            if len(self._addressees) == 1:  # "Lieber Artur!": the recipient, whose forename it is
                return self._mention(tokens, i, i + 1, "person", self._addressees, "low", text), i + 1
            return None  # a forename alone is no surname to key a new person by
        if found is not None and not self._place_word_at(tokens, found.surname):
            first_surname = found.surname if found.particle is None else found.particle
            hit = self._person(tokens, first_surname,
                               [_given_word(t) for t in tokens[found.start:first_surname] if t.word],
                               found.start, text, surname_end=None if found.particle is None else found.end)
            if hit:
                return hit
        if self._unknown_person_at(tokens, i, text) or self._surname_before_initials(tokens, i, text):
            return self._person(tokens, i, [], i, text)
        return None

    def _person(
        self, tokens: list[Token], j: int, given: list[str], first: int, text: str, *, names_after: int = 0,
        surname_end: int | None = None,
    ) -> tuple[Mention, int] | None:
        """A person whose surname starts at token j, with initials or names before it from token first,
        or with ``names_after`` words of forename and patronymic after it ("Ведерников Никифор Павлович");
        ``surname_end`` ends a surname of several words that opens with a particle ("van Santen Kolff")."""
        end, targets = self._index.longest(tokens, j)
        if surname_end is not None and not targets:
            return self._new_person(tokens, j, surname_end, given, first, text)
        persons = [t for t in targets if t.kind == "person"]
        if targets and not persons:
            return None
        if not persons:
            if not _plausible_surname(tokens[j]) or _abbreviated(tokens, j) or (
                len(given) == 1 and given[0] in ROMAN_NUMERAL_INITIALS and not looks_like_surname(tokens[j].norm)
            ):
                return None  # "I. Barracks." is a numbered section, not a person
            end = _surname_end(tokens, j)
        if _publisher_in_imprint(tokens, first, end, text) or _collection_after(tokens, end):
            return None
        trailing: list[str] = []
        if not given:
            trailing = _trailing_initials(tokens, end)
        evidence = tuple(given or trailing)
        stop = end + (names_after or 2 * len(trailing))
        surname = "".join(t.raw for t in tokens[j:end])
        keys: tuple[str, ...] = ()
        cert: str | None = "low"
        if persons:
            keys, cert, first = self._resolve_register(persons, evidence, given, j, first, text, tokens,
                                                       signature=_ends_text(tokens, end))
            if not keys and not evidence and not self._cued(tokens, first):
                return None  # "Lieber Freund!": a register name the document does not support
        lemma = self._nominative(tokens, j, end)
        if not keys:
            keys, cert = (self._new_key(surname, lemma, evidence, namesake=bool(persons)),), "low"
        mention = self._mention(tokens, first, stop, "person", keys, cert, text)
        named = text[mention.start:tokens[j].start] + lemma + text[tokens[end - 1].end:mention.end]
        for key in keys:
            if key not in self._index.registers.entries:
                self._note_new(key, named, evidence)
                self._new_surnames.setdefault(key, " ".join(lemma.replace("[", "").replace("]", "").split()))
                self._new_forms.setdefault(key, {})[_clean(mention.surface)] = None
        return mention, stop

    def _new_person(self, tokens: list[Token], j: int, end: int, given: list[str], first: int,
                    text: str) -> tuple[Mention, int]:
        """An unregistered person whose surname is the words tokens[j:end] ("van Santen Kolff"), keyed by
        its capitalised words joined with underscores, as it is sorted ("santen_kolff", "gogh")."""
        surname = " ".join(t.raw for t in tokens[j:end])
        key = self._known.get(surname.lower()) or "_".join(key_of(t.raw) for t in tokens[j:end] if t.capitalised)
        self._known[surname.lower()] = key
        initial = key_of(given[0])[:1] if given else ""
        named = self._new_initials.get(key, [])
        if initial and named and all(key_of(e[0])[:1] != initial for e in named if e):
            key = f"{key}_{initial}"  # "Vincent van Gogh to Theo van Gogh": gogh and gogh_t
        mention = self._mention(tokens, first, end, "person", (key,), "low", text)
        if key not in self._index.registers.entries:
            self._note_new(key, mention.surface, tuple(given))
            self._new_surnames.setdefault(key, surname)
            self._new_forms.setdefault(key, {})[_clean(mention.surface)] = None
        return mention, end

    def _resolve_register(
        self, persons: list[Target], evidence: tuple[str, ...], given: list[str], j: int, first: int, text: str,
        tokens: list[Token], *, signature: bool = False,
    ) -> tuple[tuple[str, ...], str | None, int]:
        """Keys and certainty for a register surname; no keys when the initials fit nobody.

        One initial that fits nobody, in a name that ends the text (a signature:
        "Yours Yu. Kamenev."), is a pen name of the heading person of that surname.
        """
        candidates = list(dict.fromkeys(t.key for t in persons))
        fitting = [k for k in candidates if self._fits(k, evidence)]
        if not fitting and len(given) == 1 and given[0].lower() in CUE_INITIALS:
            fitting, first = candidates, j  # "T. Stalin" is Tov. Stalin
        heading = [k for k in candidates if k in self._agents]
        if not fitting and len(given) == 1 and signature and len(heading) == 1:
            return (heading[0],), "low", first
        if not fitting and len(candidates) == 1 and (
            self._fits(candidates[0], evidence[:1]) or self._shares_initial(candidates[0], evidence)
        ):
            return (candidates[0],), "low", first  # "F. E. Makharadze" for F. I., "R. V. Menzhinsky" for V. R.
        if not fitting:
            return (), None, first
        fitting = [k for k in fitting if self._supported(k, tokens, j, first, evidence, text)]
        if not fitting:
            return (), None, first
        keys, cert = self._choose(fitting, text, tokens[j].start)
        return keys, cert, first

    def _supported(self, key: str, tokens: list[Token], j: int, first: int, given: tuple[str, ...], text: str) -> bool:
        """Whether the document supports linking the surname at token j to this register person."""
        life = self._lives.get(key)
        if life is None:
            return True
        before = _previous_word(tokens, first)
        evidence = Evidence(
            lang=self.lang, year=self.year, agent=self._heading,
            given=bool(given) and self._fits(key, given),
            address=first < j or (before is not None and before.norm in FORMS_OF_ADDRESS),
            cues=_cue_score(self._index.cues.get(key, []), text, tokens[j].start)[0] > 0,
            companions=any(k != key and k in self._lives for k in self._used),
            common_word=is_common_word(tokens[j].norm),
        )
        return linkable(life, evidence)

    def _choose(self, candidates: list[str], text: str, pos: int) -> tuple[tuple[str, ...], str | None]:
        """One namesake out of several (``choose_namesake``), on the register cues found near the
        mention and in the whole text and on when the document last named each."""
        if len(candidates) == 1:
            return (candidates[0],), None
        cues = {k: self._index.cues.get(k, []) for k in candidates}
        evidence = NamesakeEvidence(
            near={k: _cue_score(cues[k], text, pos) for k in candidates},
            anywhere={k: _cue_score(cues[k], text, pos, whole=True) for k in candidates},
            last_named={k: self._last[k] for k in candidates if k in self._last},
        )
        return choose_namesake(candidates, evidence)

    def _cued(self, tokens: list[Token], i: int) -> bool:
        """Whether a form of address or an occupation stands before token i ("Herr", "тов.", "инженер")."""
        before = _previous_word(tokens, i)
        return before is not None and (before.norm in FORMS_OF_ADDRESS or bool(JOB_TITLE.match(before.norm)))

    def _shares_initial(self, key: str, evidence: tuple[str, ...]) -> bool:
        """Whether two or more initials share one with the person's, in any order (a slip of the page:
        "R. V." for V. R., "B. M." for E. M.); one initial alone ("A. Makharadze") is a namesake."""
        letters = {transliterate(e)[:1] for e in evidence}
        return len(evidence) >= MAX_INITIALS and any(
            letters & {transliterate(k)[:1] for k in known} for known in self._initials_of(key))

    def _fits(self, key: str, evidence: tuple[str, ...]) -> bool:
        known = self._index.initials.get(key) or self._new_initials.get(key) or []
        return not evidence or not known or any(initials_compatible(evidence, k) for k in known)

    # --- forename and patronymic ------------------------------------------------

    @staticmethod
    def _is_forename_patronymic(tokens: list[Token], i: int) -> bool:
        if i + 1 >= len(tokens) or tokens[i].norm in NOT_SURNAMES or tokens[i].norm in CUE_WORDS:
            return False
        nxt = tokens[i + 1]
        return nxt.capitalised and not tokens[i].all_caps and bool(PATRONYMIC.search(nxt.norm))

    def _is_surname_first(self, tokens: list[Token], i: int, text: str) -> bool:
        """A surname before a forename and patronymic on one line ("Ведерников Никифор Павлович"):
        a registered surname, or an unregistered word with a surname ending or named before."""
        if i + 2 >= len(tokens) or tokens[i].all_caps or not tokens[i + 1].capitalised \
                or not self._is_forename_patronymic(tokens, i + 1):
            return False
        if not _plausible_surname(tokens[i]) or "\n" in text[tokens[i].end:tokens[i + 1].start]:
            return False
        end, targets = self._index.longest(tokens, i)
        if targets:
            return end == i + 1 and all(t.kind == "person" for t in targets)
        return looks_like_surname(_lemma(tokens[i].norm)) or self._is_known(tokens[i])

    def _forename_patronymic(self, tokens: list[Token], i: int, text: str) -> tuple[Mention, int] | None:
        """ "Lev Borisovich Kamenev", or "Dear Lev Kuzmich!" for a person the document names."""
        names = [_given_word(tokens[i]), _given_word(tokens[i + 1])]
        k = i + 2
        if k < len(tokens) and tokens[k].capitalised and not PATRONYMIC.search(tokens[k].norm) \
                and _same_line(text, tokens[i], tokens[k]):
            hit = self._person(tokens, k, names, i, text)
            if hit:
                return hit
        evidence = tuple(names)
        named = [
            key for key in sorted(self._last, key=self._last.__getitem__, reverse=True)
            if any(len(known) > 1 and initials_compatible(evidence, known) for known in self._initials_of(key))
        ]
        named = [key for key in named if self._spelt_out(key, evidence) is not False]
        spelt = [key for key in named if self._spelt_out(key, evidence)]
        agents = [key for key in named if key in self._agents]
        for chosen in (spelt, agents):  # "Dear Anatoly Vasilyevich!": not the A. V. of the title page
            if len(chosen) == 1:
                return self._mention(tokens, i, i + 2, "person", (chosen[0],), self._cert_of(chosen[0]), text), i + 2
        end, targets = self._index.longest(tokens, i)
        registered = list(dict.fromkeys(t.key for t in targets if t.kind == "person"))
        if not (registered and end == i + 2):
            registered, end = self._index.named_by(*names), i + 2  # "Привет Зинаиде Гавриловне"
        if registered:
            keys, cert = self._choose(registered, text, tokens[i].start)
            return self._mention(tokens, i, end, "person", keys, cert, text), end
        if len(self._addressees) == 1 and salute_before(text, tokens[i].start):
            return self._mention(tokens, i, i + 2, "person", self._addressees, "low", text), i + 2  # "Dear Vera Mikhailovna,"
        if len(named) == 1:
            return self._mention(tokens, i, i + 2, "person", (named[0],), self._cert_of(named[0]), text), i + 2
        if named:
            keys = tuple(named)
            return self._mention(tokens, i, i + 2, "person", keys, "low", text), i + 2
        later = self._named_later(tokens, i + 2, evidence, text)
        if later:
            return self._mention(tokens, i, i + 2, "person", later, "low", text), i + 2
        return None  # a person no register knows: the rule table proposes one

    def _named_later(self, tokens: list[Token], k: int, evidence: tuple[str, ...], text: str) -> tuple[str, ...]:
        """The keys of the first person named later in the text by the initials of a forename and
        patronymic ("Мария Львовна ... М. Л. Маркус"), or none."""
        for j in range(k, len(tokens)):
            given = initials_at(tokens, j)[:MAX_INITIALS]
            after = j + 2 * len(given)
            if len(given) == MAX_INITIALS and initials_compatible(evidence, tuple(given)) and after < len(tokens) \
                    and _plausible_surname(tokens[after]) and not is_initial(tokens, after):
                hit = self._person(tokens, after, given, j, text)
                if hit:
                    return hit[0].keys
        return ()

    def _spelt_out(self, key: str, evidence: tuple[str, ...]) -> bool | None:
        """Whether a forename and patronymic are this person's as the document or the register spell
        them out in full: True, False ("Lev Borisovich" is not Leonid Borisovich), None when only
        initials are known."""
        full = [known for known in self._initials_of(key) if len(known) > 1 and all(len(p) > 2 for p in known[:2])]
        if not full:
            return None
        return any(all(same_given_name(a, b) for a, b in zip(evidence, known)) for known in full)

    def _initials_of(self, key: str) -> list[tuple[str, ...]]:
        return self._index.initials.get(key) or self._new_initials.get(key) or []

    def _cert_of(self, key: str) -> str | None:
        return "low" if key in self._new else None

    # --- names not in the registers -----------------------------------------------

    def _named_by_forename(self, tokens: list[Token], i: int) -> str | None:
        """The person this lone forename or its pet name stands for, in any case ("Vyacheslav!", "Вячеславу",
        "Joseph", "Alyosha!").

        A bare forename is safe only in context: the one heading person with
        that forename, else the one person the document has already named who
        bears it (the register's main forename and ``type="forename"`` forms,
        or a forename the document spelt out).
        """
        token = tokens[i]
        if not self._last or not _plausible_surname(token) or len(token.norm) < 3:
            return None
        if (i + 1 < len(tokens) and tokens[i + 1].capitalised) or _after_word_of(tokens, i, NOT_BEFORE_BARE_SURNAME):
            return None
        if i + 2 < len(tokens) and tokens[i + 1].norm in lexicon.folded("name_particle") and tokens[i + 2].capitalised:
            return None  # "Theo van Gogh": the forename of a full name
        cyrillic = has_cyrillic(token.raw)
        form = forename_form(token.raw, cyrillic)
        pet: list[tuple[str, bool]] | None = None
        for keys in (self._agents, self._last):
            named = [key for key in keys if form in self._forename_forms(key)[cyrillic]]
            if not named:  # "Dear Alyosha!" to A. I. Rykov
                if pet is None:
                    pet = [(forename_form(s, has_cyrillic(s)), has_cyrillic(s)) for s in forenames_of_pet_name(token.raw)]
                named = [key for key in keys if any(f in self._forename_forms(key)[c] for f, c in pet)]
            if named:
                return named[0] if len(named) == 1 else None
        return None

    def _forename_forms(self, key: str) -> tuple[frozenset[str], frozenset[str]]:
        """The forms ``same_forename`` compares the person's forenames in: as Latin words ask (index
        False), as Cyrillic ones ask (True); one look per person for each capitalised word."""
        found = self._forename_form_sets.get(key)
        if found is None:
            names = self._forenames_of(key)
            found = self._forename_form_sets[key] = (frozenset(forename_form(n, False) for n in names),
                                                     frozenset(forename_form(n, True) for n in names))
        return found

    def _forenames_of(self, key: str) -> list[str]:
        """The person's forenames: the register's, and those the document spelt out (kept until it spells
        out another: asked for every capitalised word against every person named)."""
        found = self._forenames.get(key)
        if found is None:
            spelt = [known[0] for known in self._initials_of(key) if len(known[0]) > 2]
            found = self._forenames[key] = list(dict.fromkeys(self._index.forenames.get(key, []) + spelt))
        return found

    def _misspelt_named(self, token: Token) -> str | None:
        """The one person named in the document whose long surname this word misspells
        ("ORDZHONIDZE" after G. K. Ordzhonikidze in the heading): a syllable dropped or one letter wrong."""
        if not _plausible_surname(token) or len(token.norm) < MIN_MISSPELT_LENGTH - MAX_DROPPED_LETTERS:
            return None
        word = transliterate(_lemma(token.norm))
        named = [key for key in self._last if key in self._index.registers.entries
                 and _misspelling_of(word, self._index.surnames.get(key, ""))]
        return named[0] if len(named) == 1 else None

    def _place_rather_than_person(self, targets: list[Target], tokens: list[Token], i: int, end: int) -> bool:
        """Whether a name that is a place and a person stands where a place does: after a preposition
        or a verb of taking ("near Lvov", "occupy Lvov"), after to/from and a verb of movement, before
        "front" or "direction", or listed with a place ("Lublin and Lvov"). A person the document
        has named stays that person ("ASTRAKHAN, KIROV." after S. M. Kirov in the heading)."""
        persons = [t.key for t in targets if t.kind == "person"]
        if not persons or any(key in self._last for key in persons):
            return False
        before = tokens[i - 1] if i else None
        if before is not None and before.word and before.norm in PLACE_CUES_BEFORE:
            return True
        if before is not None and before.norm in PLACE_CUES_MOVEMENT and _after_word_of(tokens, i - 1, MOVEMENT_VERBS):
            return True
        if end < len(tokens) and tokens[end].word and tokens[end].norm in PLACE_CUES_AFTER:
            return True
        return self._listed_with_registered_place(tokens, i, end)

    def _listed_with_registered_place(self, tokens: list[Token], i: int, end: int) -> bool:
        """Whether the word before or after the name in a list is a registered place."""
        for k, step in ((i - 1, -1), (end, 1)):
            joined = False
            while 0 <= k < len(tokens) and tokens[k].norm in LIST_JOINERS:
                joined, k = True, k + step
            if joined and 0 <= k < len(tokens) and tokens[k].capitalised and self._only_place(tokens[k].norm):
                return True
        return False

    def _place_word_at(self, tokens: list[Token], i: int) -> bool:
        """An unregistered word that is part of a place, not a person: an adjective of a registered
        place ("Omskaya", "Tomskaya road"), a place adjective before a unit, a word joined by a hyphen
        to a registered place ("Lodz-Petrokov"), or a word after "south of"."""
        token = tokens[i]
        if _place_adjective_at(tokens, i) or _after_compass(tokens, i):
            return True
        for ending in PLACE_ADJECTIVE_ENDINGS:
            if token.norm.endswith(ending) and self._only_place(token.norm[: -len(ending)]):
                return True
        for k, h in ((i - 2, i - 1), (i + 2, i + 1)):
            if 0 <= k < len(tokens) and tokens[h].raw == "-" and adjacent(tokens[min(h, k)], tokens[max(h, k)]) \
                    and adjacent(tokens[min(i, h)], tokens[max(i, h)]) and self._only_place(tokens[k].norm):
                return True
        return False

    def _only_place(self, word: str) -> bool:
        targets = self._index.trie.get(word, {}).get("", [])
        return bool(targets) and all(t.kind == "place" for t in targets)

    def _is_known(self, token: Token) -> bool:
        """Whether the document names this unregistered surname, in any case form, before or (found
        by ``prime``) anywhere else; a German genitive in -s counts ("Heyses Brief")."""
        lemma = _lemma(token.raw)
        masculine = masculine_of(lemma)
        genitive = token.norm[:-1] if token.norm.endswith("s") and not has_cyrillic(token.norm) else ""
        return any(form.lower() in self._known or form.lower() in self._primed
                   for form in (lemma, token.norm, masculine or "", genitive) if form)

    def _unknown_person_at(self, tokens: list[Token], i: int, text: str) -> bool:
        """A capitalised word not in the registers that is a person: cue, earlier mention or ending.

        A word in capitals is a person only when the document has named it
        ("GUSAKOV." after "P. S. Gusakov" in the heading), after a cue
        ("COMRADE PANKOV"), when it ends a telegram's address line after
        "FOR"/"TO" ("VYATKA, GUBKOM, FOR PANKOV.") or when it has a surname
        ending and owns something or does something ("SNESAREV'S STAFF",
        "KOLESNIKOV HAS ARRIVED"). A title ("Herr Kessler") or an occupation
        before a word with a surname ending ("Агроном Лисицына") makes a person.
        """
        token = tokens[i]
        if not _plausible_surname(token):
            return False
        if self._is_known(token) or _title_after(tokens, i):
            return True  # "Kamil Pasha"
        if self._place_word_at(tokens, i):
            return False
        before = _previous_word(tokens, i)
        if _address_before(tokens, i, text) or _after_editor_cue(tokens, i):
            return True  # "Comrade Rakhimov", "Herr Kessler"; not "Chère Maître,\n\nJe ..."
        if i and tokens[i - 1].word and JOB_TITLE.match(tokens[i - 1].norm) and looks_like_surname(_lemma(token.norm)) \
                and not OBLIQUE_ADJECTIVE.search(token.norm):
            return True  # "Агроном Лисицына", not "инженер Московского отделения"
        if token.all_caps:
            return _ends_address_line(tokens, i, text) or _capitals_subject(tokens, i)
        if _russian_adjective_at(tokens, i):
            return False  # "Закавказской дороге", "Ленинградская организация"
        plain_before = tokens[i - 1] if i else None
        if plain_before is not None and plain_before.word and plain_before.norm in NOT_BEFORE_BARE_SURNAME:
            return False
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if after is not None and after.capitalised:
            return False  # an adjective or part of a title: "Istoricheskii Arkhiv"
        if plain_before is not None and plain_before.capitalised and RUSSIAN_ADJECTIVE.search(plain_before.norm):
            return False  # a word of a body's name after its adjective: "Совета Народных Комиссаров"
        return self.lang in ENDING_LANGUAGES and looks_like_surname(_lemma(token.norm))

    def _surname_before_initials(self, tokens: list[Token], i: int, text: str) -> bool:
        """A word before its initials, as authors and editors are cited ("Shevchuk A. I. The embassy...").

        The initials belong to the word after them instead when that word is
        a registered person or looks like a surname and the word before them
        neither looks like one nor stands inside a sentence ("Ask A. B. Ivanov").
        """
        token = tokens[i]
        if not _plausible_surname(token) or token.all_caps:
            return False
        trailing = _trailing_initials(tokens, _surname_end(tokens, i))
        if len(trailing) < MAX_INITIALS:
            return False
        k = _surname_end(tokens, i) + 2 * len(trailing)
        if k >= len(tokens) or not _plausible_surname(tokens[k]) or is_initial(tokens, k):
            return True  # "Orlov V. P. M., 1992", "Shevchuk A. I. The embassy"
        _, targets = self._index.longest(tokens, k)
        if targets:
            return not any(t.kind == "person" for t in targets)  # "Kulik V. M. Kiev, 1990"
        if not looks_like_surname(_lemma(tokens[k].norm)):
            return True  # "Fedorov A. S. Heavy industry", "Рудаков А. П. Внешняя торговля"
        return looks_like_surname(_lemma(token.norm)) and not _sentence_start(tokens, i, text)

    def _nominative(self, tokens: list[Token], j: int, end: int) -> str:
        """The nominative of an unregistered surname at tokens j..end (a German genitive in -s loses it).

        "Велиева" is a woman's name or a man's genitive: the man's when a
        preposition, a noun or a verb comes before it ("у т. Велиева", "статьи
        Лаврова", "принять т. Баранова"; not an occupation: "агроном Лисицына") or
        the document names him ("с Велиевым" earlier, or anywhere in the same text).
        """
        word = "".join(t.raw for t in tokens[j:end]).replace("[", "").replace("]", "")
        if word.endswith("s") and not has_cyrillic(word) and word[:-1].lower() in self._known.keys() | self._primed:
            return word[:-1]  # "Heyses Brief": the genitive of Heyse
        lemma = _lemma(word)
        if lemma == word and has_cyrillic(word) and j > 0 and tokens[j - 1].capitalised:
            lemma = adjective_surname_nominative(word) or lemma  # "Ивану Савинскому": Савинский
        masculine = masculine_of(word) if lemma == word else None
        if masculine and (masculine.lower() in self._known or masculine.lower() in self._masculine
                          or key_of(masculine) in self._agents
                          or _after_preposition(tokens, j) or _after_governing_word(tokens, j)):
            return masculine
        return lemma

    def _new_key(self, surname: str, lemma: str, evidence: tuple[str, ...], *, namesake: bool) -> str:
        """The key of a name not in the registers: its nominative, or nominative_initial beside a namesake."""
        known = self._known.get(lemma.lower()) or self._known.get(surname.replace("[", "").replace("]", "").lower())
        if known and (not evidence or self._fits(known, evidence)):
            return known
        key = key_of(lemma)
        if namesake or key in self._index.registers.entries:
            key = f"{key}_{key_of(evidence[0])[:1] if evidence else 'x'}"
        self._known[lemma.lower()] = key
        return key

    def _note_new(self, key: str, surface: str, evidence: tuple[str, ...]) -> None:
        if len(surface) > len(self._new.get(key, "")):
            self._new[key] = surface
        self._forenames.pop(key, None)
        self._forename_form_sets.pop(key, None)
        known = self._new_initials.setdefault(key, [])
        if evidence and evidence not in known:
            known.append(evidence)

    def _unconfirmed_entry(self, key: str, surface: str) -> etree._Element:
        person = etree.Element(tei("person"), {XML_ID: key, "cert": "low"})
        name = etree.SubElement(person, tei("persName"))
        if self.lang != "en" or has_cyrillic(surface):
            name.set(XML_LANG, "ru" if has_cyrillic(surface) else self.lang)
        name.text = _clean(surface)
        for form in self._new_forms.get(key, {}):
            if form != name.text:
                variant = etree.SubElement(person, tei("persName"), {"type": "variant"})
                if name.get(XML_LANG):
                    variant.set(XML_LANG, name.get(XML_LANG))
                variant.text = form
        return person

    # --- mentions -------------------------------------------------------------------

    def _named(self, tokens: list[Token], i: int, end: int, targets: list[Target], text: str) -> Mention:
        """An organisation or a place from the registers."""
        kind = targets[0].kind
        keys = tuple(dict.fromkeys(t.key for t in targets if t.kind == kind))
        return self._mention(tokens, i, end, kind, keys, "low" if len(keys) > 1 else None, text)

    def _mention(
        self, tokens: list[Token], first: int, stop: int, kind: str, keys: tuple[str, ...], cert: str | None, text: str
    ) -> Mention:
        start, end = tokens[first].start, tokens[stop - 1].end
        unconfirmed = any(k in self._new or k not in self._index.registers.entries for k in keys)
        return Mention(start, end, kind, keys, cert, unconfirmed, text[start:end])

    def _record(self, mention: Mention) -> None:
        for key in mention.keys:
            if key in self._index.registers.entries:
                self._used.setdefault(key, None)
        if mention.kind != "person":
            return
        if len(mention.keys) == 1:
            self._last[mention.keys[0]] = next(self._clock)
        elif mention.cert == "low":
            self.warnings.append(
                f"ambiguous name {mention.surface!r}: could be {', '.join(mention.keys)}; marked with all of them"
            )


def _unconfirmed_body(key: str, name: str) -> etree._Element:
    """``<org xml:id="KEY" cert="low"><orgName>name</orgName></org>`` for a body no register knows."""
    org = etree.Element(tei("org"), {XML_ID: key, "cert": "low"})
    etree.SubElement(org, tei("orgName")).text = name
    return org


def _misspelling_of(word: str, surname: str) -> bool:
    """Whether word is a long surname with up to three letters in a row left out, or one letter
    changed or two swapped; never longer than the surname."""
    if len(surname) < MIN_MISSPELT_LENGTH or word == surname or " " in surname:
        return False
    dropped = len(surname) - len(word)
    if 0 < dropped <= MAX_DROPPED_LETTERS:
        return any(surname[:k] + surname[k + dropped:] == word for k in range(1, len(word)))
    if dropped == 0:
        diff = [k for k in range(len(word)) if word[k] != surname[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and word[diff[0]] == surname[diff[1]] and word[diff[1]] == surname[diff[0]])
    return False


def _clean(surface: str) -> str:
    """A name as a register writes it: editorial brackets dropped, white space made single."""
    return " ".join(surface.replace("[", "").replace("]", "").split())


def _given_word(token: Token) -> str:
    """A forename or patronymic as the reader means it, brackets dropped ("L[ev]" is Lev)."""
    return token.norm[:1].upper() + token.norm[1:]


def _lemma(word: str) -> str:
    clean = word.replace("[", "").replace("]", "")
    return name_nominative(clean) if has_cyrillic(clean) else clean


def _plausible_surname(token: Token) -> bool:
    return token.word and token.capitalised and len(token.norm) > 1 and token.norm not in NOT_SURNAMES \
        and token.norm not in CUE_WORDS and not is_noun_not_name(token.norm)


def _surname_end(tokens: list[Token], j: int) -> int:
    """Index after a surname, joining hyphenated parts written without spaces."""
    end = j + 1
    while (
        end + 1 < len(tokens) and tokens[end].raw == "-" and tokens[end + 1].capitalised
        and adjacent(tokens[end - 1], tokens[end]) and adjacent(tokens[end], tokens[end + 1])
    ):
        end += 2
    return end


def _forename_or_pet_name(word: str) -> bool:
    """Whether a word is a lexicon forename or a pet name made of one ("Artur", "Paulchen", "Hansl")."""
    forenames = lexicon.folded("forenames")
    return word in forenames or any(word.endswith(end) and word[:-len(end)] in forenames
                                    for end in lexicon.words("pet_suffix"))


def _collection_after(tokens: list[Token], end: int) -> bool:
    """Whether words naming a collection of papers follow the name ("Tuttle Papers", "Fenwick Family Papers")."""
    words = " ".join(t.norm for t in tokens[end:end + 2] if t.word)
    return any(words == form or words.startswith(form + " ") for form in lexicon.folded("collection_word"))


def _publisher_in_imprint(tokens: list[Token], first: int, end: int, text: str) -> bool:
    """Whether the name at tokens[first:end] stands between a place's colon and the year of a printed
    source, as publishers do ("Berlin: S. Fischer 1893", "Leipzig: Leopold Weiss, 1901")."""
    return first > 0 and tokens[first - 1].raw == ":" and IMPRINT_YEAR.match(text, tokens[end - 1].end) is not None


def _same_line(text: str, a: Token, b: Token) -> bool:
    return "\n" not in text[a.end:b.start]


def _in_abbreviation(tokens: list[Token], i: int) -> bool:
    """Whether the capital at token i continues an abbreviation that opens with a lower-case letter
    and a full stop ("z. B. Amputation", "f. D. Brief", "u. A.") or follows a number as its unit
    ("85 Mill. Subsidien"): no initial of a name."""
    if i and (tokens[i - 1].raw == "°" or (tokens[i - 1].raw.isdigit() and len(tokens[i].norm) > 1)):
        return True  # "85 Mill. Subsidien", "+14° R.": a unit after a number (not "1914 V. I. Lenin")
    return i > 1 and tokens[i - 1].raw == "." and tokens[i - 2].word and len(tokens[i - 2].norm) == 1 \
        and not tokens[i - 2].capitalised


def _abbreviated(tokens: list[Token], j: int) -> bool:
    """Whether the word at token j is a Latin abbreviation with its full stop, of one or two letters
    or of no vowel ("N. Wr. Tagblatt", "N. Fr. Pr.", "Lieber Frd."): no surname."""
    norm = tokens[j].norm
    short = len(norm) <= MAX_ABBREVIATION or not any(c in VOWELS for c in norm)
    return short and not has_cyrillic(norm) and j + 1 < len(tokens) and tokens[j + 1].raw == "." \
        and adjacent(tokens[j], tokens[j + 1])


def _after_word_of(tokens: list[Token], i: int, words: frozenset[str]) -> bool:
    return i > 0 and tokens[i - 1].word and tokens[i - 1].norm in words


def _after_preposition(tokens: list[Token], j: int) -> bool:
    """Whether a Russian preposition comes before token j, past a cue word ("у т. Велиева",
    "с тов. X", "под ред. Соболева")."""
    for k in range(j - 1, max(-1, j - 4), -1):
        if tokens[k].word and tokens[k].norm in RUSSIAN_PREPOSITIONS:
            return True
        if not (tokens[k].raw == "." or tokens[k].norm in CUE_WORDS | EDITOR_WORDS):
            return False
    return False


def _address_before(tokens: list[Token], i: int, text: str) -> bool:
    """Whether a form of address stands before token i on its line, past a full stop only when the form
    is written with one ("Herr Kessler", "Tov. Rakhimov"; not "eine junge Dame. Immerhin")."""
    k = i - 1
    if k >= 0 and tokens[k].raw == ",":
        k -= 1
    dotted = k >= 0 and tokens[k].raw == "."
    k -= dotted
    if k < 0 or not tokens[k].word or "\n" in text[tokens[k].end:tokens[i].start]:
        return False
    if dotted and not tokens[k].capitalised and not has_cyrillic(tokens[k].norm):
        return False  # "m. Gesinnung" is "meine", "mm. Wasserzeichen" millimetres: not "M.", "MM." 
    return tokens[k].norm in (ABBREVIATED_FORMS if dotted else FORMS_OF_ADDRESS)


def _after_governing_word(tokens: list[Token], j: int) -> bool:
    """Whether a Russian noun or verb, not an occupation, comes right before token j, past a form of
    address, in lower case or opening a sentence ("статьи Лаврова", "принять т. Баранова", "Рукопись
    Зуева верну")."""
    k = j - 1
    while k >= 0 and (tokens[k].raw == "." or tokens[k].norm in FORMS_OF_ADDRESS):
        k -= 1
    if k < 0 or not tokens[k].word or not has_cyrillic(tokens[k].norm):
        return False
    if tokens[k].capitalised and (len(tokens[k].norm) < MIN_STEM or not (k == 0 or tokens[k - 1].raw in {".", "!", "?"})):
        return False  # a capital opens a sentence ("Рукопись Зуева верну") or a name
    return not JOB_TITLE.match(tokens[k].norm) and governs_object(tokens[k].norm)


def _after_editor_cue(tokens: list[Token], i: int) -> bool:
    """Whether words that introduce an editor come before token i ("edited by", "Ed.", "под ред.")."""
    words = [t.norm for t in tokens[max(0, i - 5):i] if t.raw != "."]
    return bool(words) and words[-1] in EDITOR_CUE_ENDS and any(
        len(words) >= len(cue) and tuple(words[-len(cue):]) == cue for cue in EDITOR_CUES)


def _title_after(tokens: list[Token], i: int) -> bool:
    """Whether a title follows the word, with or without a hyphen ("Kamil Pasha", "Нури-паша")."""
    k = i + 2 if i + 2 < len(tokens) and tokens[i + 1].raw == "-" else i + 1
    return k < len(tokens) and tokens[k].word and tokens[k].norm in TITLES_AFTER_NAME


def _after_compass(tokens: list[Token], i: int) -> bool:
    """Whether "south of" or the like comes before token i."""
    return i > 1 and tokens[i - 1].norm == "of" and tokens[i - 2].norm in COMPASS_WORDS


def _sentence_start(tokens: list[Token], i: int, text: str) -> bool:
    """Whether token i begins a sentence or a line."""
    if i == 0 or "\n" in text[tokens[i - 1].end:tokens[i].start]:
        return True
    return tokens[i - 1].raw in {".", "!", "?"}


def _russian_adjective_at(tokens: list[Token], i: int) -> bool:
    """A Russian adjective before the lower-case word it qualifies ("Каспийской флотилии")."""
    token, after = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
    return (has_cyrillic(token.norm) and bool(RUSSIAN_ADJECTIVE.search(token.norm))
            and after is not None and after.word and not after.capitalised
            and not PAST_TENSE_VERB.search(after.norm))


def _cue_score(cues: list[str], text: str, pos: int, *, whole: bool = False) -> tuple[int, int]:
    """(how many cues stand near pos in its paragraph, or anywhere in the text when whole,
    minus the distance of the nearest)."""
    start, end = 0, len(text)
    if not whole:
        start = max(0, pos - CONTEXT_CHARS)
        start = max(start, text.rfind("\n\n", start, pos) + 1)
        end = text.find("\n\n", pos, pos + CONTEXT_CHARS)
        end = min(len(text), pos + CONTEXT_CHARS) if end < 0 else end
    found, nearest = 0, len(text) + CONTEXT_CHARS * 2
    for cue in cues:
        hits = [h for h in _cue_starts(text, cue) if start <= h and h + len(cue) <= end]
        if hits:
            found += 1
            nearest = min(nearest, *(abs(h - pos) for h in hits))
    return found, -nearest


@functools.lru_cache(maxsize=4096)
def _cue_starts(text: str, cue: str) -> tuple[int, ...]:
    """Where a cue begins a word of the text (compared in lower case, ё as е): found once per text and
    cue, so that every mention of a namesake costs its hits, not another pass over the text."""
    low = _lowered(text)
    found, at = [], low.find(cue)
    while at >= 0:
        if at == 0 or not low[at - 1].isalnum():
            found.append(at)
        at = low.find(cue, at + 1)
    return tuple(found)


@functools.lru_cache(maxsize=8)
def _lowered(text: str) -> str:
    return text.lower().replace("ё", "е")


def _ends_address_line(tokens: list[Token], i: int, text: str) -> bool:
    """A word in capitals after "FOR"/"TO" that ends a line of capitals, the cue opening the line or
    following a comma ("VYATKA, GUBKOM, FOR PANKOV."; not "ZABOLOTNOV ASKS FOR CARTRIDGES.")."""
    if not (i > 0 and tokens[i - 1].all_caps and tokens[i - 1].norm in ADDRESSEE_CUES):
        return False
    token = tokens[i]
    line_start = text.rfind("\n", 0, token.start) + 1
    line_end = text.find("\n", token.end)
    line_end = len(text) if line_end < 0 else line_end
    head = text[line_start:token.start]
    listed = tokens[i - 1].start == line_start or (i > 1 and tokens[i - 2].raw == ",")
    return listed and text[token.end:line_end].strip() in {"", "."} and head == head.upper() and "." not in head


def _capitals_subject(tokens: list[Token], i: int) -> bool:
    """A surname in capitals that owns something or does something: "SNESAREV'S STAFF",
    "KOLESNIKOV HAS ARRIVED"; not after a word that makes it a place ("IN BALASHOV")."""
    if not looks_like_surname(tokens[i].norm) or _after_word_of(tokens, i, NOT_BEFORE_BARE_SURNAME | PLACE_CUES_BEFORE):
        return False
    k = i + 1
    if k + 1 < len(tokens) and tokens[k].raw in {"'", "\u2019"} and tokens[k + 1].norm == "s" \
            and adjacent(tokens[i], tokens[k]) and adjacent(tokens[k], tokens[k + 1]):
        return True
    if k < len(tokens) and tokens[k].all_caps and tokens[k].norm in CAPITALS_AUXILIARIES:
        k += 1
    return k < len(tokens) and tokens[k].all_caps and tokens[k].norm in CAPITALS_PERSON_VERBS


def _after_settlement_word(tokens: list[Token], i: int) -> bool:
    """Whether a word for a village comes before token i ("деревня Кошелево", "the village of Koshelevo")."""
    k = i - 1
    if k >= 0 and tokens[k].norm == "of":
        k -= 1
    return k >= 0 and tokens[k].word and bool(SETTLEMENT_WORD.match(tokens[k].norm))


def _ends_text(tokens: list[Token], end: int) -> bool:
    """Whether only marks follow token end - 1: the name closes the text, as a signature does."""
    return all(not tokens[k].word for k in range(end, len(tokens)))  # stops at the first word: no copy of the rest


def _place_adjective_at(tokens: list[Token], i: int) -> bool:
    """A place adjective before a word for a unit ("Pokrovsky u[ezd]") or listed with places."""
    if not PLACE_ADJECTIVE.search(tokens[i].norm):
        return False
    return _unit_at(tokens, i + 1) or _listed_with_place(tokens, i)


def _unit_at(tokens: list[Token], k: int) -> bool:
    """An administrative unit at token k: "uezd", "u[ezd]", "volost", "губ.", "уезда"."""
    if k >= len(tokens) or not tokens[k].word:
        return False
    norm = tokens[k].norm
    dotted = k + 1 < len(tokens) and tokens[k + 1].raw == "."
    return bool(PLACE_UNITS.match(norm)) or (dotted and norm in PLACE_UNIT_ABBREVIATIONS)


def _listed_with_place(tokens: list[Token], i: int) -> bool:
    """Whether the item before or after token i in a list is a place ("Shestakovo, Ilyinskoye and Sunsky")."""
    for step in (-1, 1):
        k, joined = i + step, False
        while 0 <= k < len(tokens) and (tokens[k].norm in LIST_JOINERS or tokens[k].raw.isdigit()):
            joined = joined or tokens[k].norm in LIST_JOINERS
            k += step
        if joined and 0 <= k < len(tokens) and tokens[k].capitalised and (
            tokens[k].norm.endswith(PLACE_NAME_ENDINGS) or _unit_at(tokens, k + 1)
        ):
            return True
    return False


def _postscript_label_end(tokens: list[Token], i: int) -> int:
    """Index after a label written like initials without spaces ("P.S.", "P.P.S."), or 0."""
    if i + 1 >= len(tokens) or tokens[i + 1].raw != "." or len(tokens[i].norm) > 1:
        return 0
    run = initials_at(tokens, i)
    end = i + 2 * len(run)
    tight = all(adjacent(tokens[k], tokens[k + 1]) for k in range(i, end - 1))
    return end if run and tight and "".join(run).lower() in POSTSCRIPT_LABELS else 0


def _trailing_initials(tokens: list[Token], end: int) -> list[str]:
    """Initials after a surname ("Zhuravlev V. V."): two of them, or one not followed by a capitalised word."""
    found = initials_at(tokens, end)[:MAX_INITIALS]
    if len(found) == 1:
        after = end + 2
        if after < len(tokens) and tokens[after].capitalised:
            return []
    return found


def _previous_word(tokens: list[Token], i: int) -> Token | None:
    """The word before token i, looking past one comma or full stop ("comrade, Abashidze", "Tov. X")."""
    k = i - 1
    if k >= 0 and tokens[k].raw in {",", "."}:
        k -= 1
    return tokens[k] if k >= 0 and tokens[k].word else None
