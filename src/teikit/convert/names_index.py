"""The registers compiled into one automaton: a trie over normalised words.

Every name of every entry is cut into its core words ("Central Committee",
"Sergei Sergeevich", "Сталин"); cue words ("Comrade", "T.") and initials are
taken off and the initials kept as evidence for telling namesakes apart.
Looking a name up walks the trie from one word, so the cost of a lookup
depends on the length of the longest name, not on the size of the registers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from teikit.convert import lexicon
from teikit.convert.names_grammar import (
    CUE_INITIALS,
    CUE_WORDS,
    PATRONYMIC,
    case_forms,
    given_name_key,
)
from teikit.convert.names_tokens import Token, initials_at, is_initial, tokenize
from teikit.registers import Entry, Registers
from teikit.xml import TEI_NS, tei

KINDS = ("person", "org", "place")
FORENAME_TYPE = "forename"  # persName/@type of a bare forename that names the person only in context
CONTEXT_ONLY_TYPES = frozenset({"main", FORENAME_TYPE})  # person names not put in the trie as they stand
_LEAF = ""


@dataclass(frozen=True)
class Target:
    """What a trie path names: an entry's key and kind; exact names win over case forms."""

    key: str
    kind: str
    exact: bool


@dataclass
class NameIndex:
    """The trie of all register names, and what each person entry says about initials.

    ``cues`` holds, per person, the words that point to them among namesakes.
    ``given`` maps the stems of a forename and patronymic ("zinaid", "gavrilovn")
    to the persons so named, so that any case form of the pair is found.
    ``forenames`` holds, per person, the main forename and the register's
    ``persName[@type='forename']`` forms ("Joseph" for Iosif): a bare forename
    names a person only in context, so these are kept out of the trie.
    ``surnames`` holds each person's main surname in lower case.
    """

    registers: Registers
    trie: dict = field(default_factory=dict)
    initials: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    cues: dict[str, list[str]] = field(default_factory=dict)
    given: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    forenames: dict[str, list[str]] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, registers: Registers, *, exclude_file: str = "archives.xml") -> "NameIndex":
        index = cls(registers)
        persons = registers.of_kind("person", exclude_file=exclude_file)
        claimed = {pair: entry.key for entry in persons for pair in _listed_pairs(entry)}
        for kind in KINDS:
            for entry in registers.of_kind(kind, exclude_file=exclude_file):
                index._add_entry(entry, claimed)
        return index

    def _add_entry(self, entry: Entry, claimed: dict[tuple[str, str], str]) -> None:
        """Index an entry's names; the forename and patronymic of its main name only when no
        other person lists that pair as a name ("Nikolai Ivanovich" is Bukharin's, not Muralov's)."""
        person = entry.kind == "person"
        texts = [n.text for n in entry.names if not (person and (n.type in CONTEXT_ONLY_TYPES or _common_forename(n.text)))]
        if person:
            main = _main_parts(entry)
            self.surnames[entry.key] = main[0].lower() if main else ""
            self.forenames[entry.key] = main[1:2] + [n.text for n in entry.names if n.type == FORENAME_TYPE
                                                     or (n.type != "main" and _common_forename(n.text))]
            self.initials[entry.key] = [tuple(main[1:])] if len(main) > 1 else []
            self.cues[entry.key] = _context_cues(entry)
            free = len(main) == 3 and claimed.get((given_name_key(main[1]), given_name_key(main[2])),
                                                  entry.key) == entry.key
            texts[:0] = main[:1] + ([" ".join(main[1:])] if free and "." not in "".join(main) else [])
            if free:
                self._add_given(main[1], main[2], entry.key)
        for text in texts:
            tokens = tokenize(text)
            core, given = _core_of(tokens)
            if not core:
                continue
            if given and person:
                self.initials[entry.key].append(tuple(given))
            if person and len(core) == 2 and PATRONYMIC.search(core[1].norm):
                self._add_given(core[0].raw, core[1].raw, entry.key)
            self._insert([t.norm for t in core], Target(entry.key, entry.kind, True))
            if len(core) == 1 and core[0].word:
                for form in case_forms(core[0].norm, person=person):
                    self._insert([form], Target(entry.key, entry.kind, False))

    def _add_given(self, forename: str, patronymic: str, key: str) -> None:
        keys = self.given.setdefault((given_name_key(forename), given_name_key(patronymic)), [])
        if key not in keys:
            keys.append(key)

    def named_by(self, forename: str, patronymic: str) -> list[str]:
        """Persons with this forename and patronymic, in any case form ("Зинаиде Гавриловне")."""
        return self.given.get((given_name_key(forename), given_name_key(patronymic)), [])

    def _insert(self, path: list[str], target: Target) -> None:
        node = self.trie
        for step in path:
            node = node.setdefault(step, {})
        targets = node.setdefault(_LEAF, [])
        if target not in targets:
            targets.append(target)

    def longest(self, tokens: list[Token], i: int) -> tuple[int, list[Target]]:
        """The longest register name starting at token i: (index after it, its targets)."""
        node, best, best_end = self.trie, [], i
        j = i
        while j < len(tokens) and tokens[j].norm in node:
            node = node[tokens[j].norm]
            j += 1
            if _LEAF in node:
                best, best_end = node[_LEAF], j
        exact = [t for t in best if t.exact]
        return best_end, exact or best


def _common_forename(text: str) -> bool:
    """A name of one word that many people bear as their forename ("Felix"): a register's nickname or
    variant of this shape names its person only in context, like a ``type="forename"`` form."""
    return " " not in text.strip() and text.strip().casefold() in lexicon.folded("forenames")


def _listed_pairs(entry: Entry) -> list[tuple[str, str]]:
    """The forename-and-patronymic pairs a person entry lists among its names, as given-name keys."""
    pairs = []
    for name in entry.names:
        words = name.text.split()
        if name.type != "main" and len(words) == 2 and PATRONYMIC.search(words[1].lower()):
            pairs.append((given_name_key(words[0]), given_name_key(words[1])))
    return pairs


def _core_of(tokens: list[Token]) -> tuple[list[Token], list[str]]:
    """A name without its cue word and initials: (core tokens, initials in order)."""
    i = 0
    if tokens and tokens[0].norm in CUE_WORDS | CUE_INITIALS:
        dotted = len(tokens) > 1 and tokens[1].raw == "."
        if (dotted and not is_initial(tokens, 2)) or tokens[0].norm not in CUE_INITIALS:
            i = 2 if dotted else 1
    given = initials_at(tokens, i)
    i += 2 * len(given)
    end = len(tokens)
    while end - 2 > i and is_initial(tokens, end - 2):
        end -= 2
    trailing = initials_at(tokens, end)
    return tokens[i:end], given or trailing


def _main_parts(entry: Entry) -> list[str]:
    """Surname, forename and patronymic of the main name, as far as given."""
    main = next((n for n in entry.element.iterchildren(tei("persName")) if n.get("type") == "main"), None)
    if main is None:
        return []
    parts = []
    for path in ("surname", "forename", "addName[@type='patronymic']"):
        found = main.find(f"{{{TEI_NS}}}{path}")
        if found is None:
            break
        parts.append(" ".join("".join(found.itertext()).split()).rstrip("."))
    return parts


def _context_cues(entry: Entry) -> list[str]:
    """Words near a mention that single a person out among namesakes, in lower case.

    The part of an occupation before " of " when it is specific enough
    (several words or a hyphenated title: "commander-in-chief"; one generic
    word such as "Chairman" is no cue), and the word beginnings the register
    lists in ``<note type="context">`` as ``<seg>`` ("Zinov", "Politburo",
    "дивизи").
    """
    cues = []
    for occ in entry.element.iterchildren(tei("occupation")):
        head = " ".join("".join(occ.itertext()).split()).split(" of ")[0].lower()
        if "-" in head or len(head.split()) > 1:
            cues.append(head)
    for seg in entry.element.iterfind(f"{{{TEI_NS}}}note[@type='context']/{{{TEI_NS}}}seg"):
        cue = " ".join("".join(seg.itertext()).split()).lower().replace("ё", "е")
        if cue:
            cues.append(cue)
    return list(dict.fromkeys(cues))
