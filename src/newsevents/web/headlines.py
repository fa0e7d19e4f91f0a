"""A stored event as a headline: "Joe Biden to sign an agreement with Ukraine".

An event row (as `Store.events` returns it) becomes a sentence in four parts, each taken from
what the store holds, in this order:

1. who: the actors' names ("Joe Biden", "Brazil and South Korea"), or "Someone";
2. the verb: the trigger's lemma (its inflected form looked up among the lexicon's verbs), with
   the particles or the light verb's object that follow it in a multi-word trigger ("pull out",
   "made a state visit"); a trigger that is no verb ("invasion") takes a phrase from
   `ontology/data/headline_words.jsonl`, by the noun, then the CAMEO code, then the PLOVER type;
3. the modality: asserted "signs", future "to sign", hypothetical "may sign", negated "does not
   sign";
4. what and to whom: the object the lexicon's frame for the event's code names, when the
   sentence holds one of its words ("an agreement"), then the recipients, after the preposition
   the sentence puts before them, or else the one the verb takes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..ontology.codebook import EventOntology, Trigger
from ..ontology.events import load_event_ontology
from ..ontology.loader import Field, read_jsonl

_SCHEMA = {
    "kind": Field((str,), choices=frozenset({"irregular", "particle", "phrase", "object", "prep"})),
    "verb": Field((str,), required=False),
    "forms": Field((list,), required=False, items=(str,)),
    "word": Field((str,), required=False),
    "key": Field((str,), required=False),
    "phrase": Field((str,), required=False),
    "prep": Field((str,), required=False),
}
_VOWEL = re.compile(r"^(?:[aeio]|u(?!ni|se|su|ra))", re.IGNORECASE)
_MAX_NAMES = 3
# Plural group nouns that do not end in s ("Police arrest ...").
_PLURALS = frozenset({"police", "people", "children", "men", "women", "clergy", "cattle"})


@dataclass(frozen=True)
class Phrase:
    verb: str  # base form: "sign", "crack"
    rest: str = ""  # what follows the verb: particles, a light verb's object ("down", "a visit")
    prep: str | None = None  # the recipient's preposition when the sentence shows none
    trigger: Trigger | None = None  # the lexicon's entry for a verb trigger (frames, preps)
    verb_trigger: bool = True  # the trigger is this verb: the sentence's preposition is its own


@dataclass(frozen=True)
class HeadlineWords:
    lemmas: Mapping[str, str]  # inflected form -> verb lemma
    particles: frozenset[str]
    objects: frozenset[str]  # the objects a headline names ("an agreement"), countable all
    preps: Mapping[str, str]  # verb -> the preposition of its recipient ("respond" -> "to")
    phrases: Mapping[str, tuple[str, str | None]]  # noun, CAMEO code or PLOVER -> phrase, prep
    onto: EventOntology


@cache
def headline_words() -> HeadlineWords:
    """The verb forms, particles and phrases, loaded once per process."""
    onto = load_event_ontology()
    rows = read_jsonl("headline_words.jsonl", _SCHEMA)
    irregular = {r["verb"]: r["forms"] for r in rows if r["kind"] == "irregular"}
    # a light verb kept to some nouns ("be [in talks]") is no headline verb of its own
    lights = [w for w, spec in onto.lights.items() if "nouns" not in spec]
    own = [*onto.verbs, *lights, *irregular]
    # PETRARCH-2 lists some inflected forms as verbs of their own ("attacked"): not lemmas
    inflected = {form for verb in [*own, *onto.petrarch] for form in regular_forms(verb)}
    verbs = own + [v for v in onto.petrarch if v not in inflected]  # the project's own first
    lemmas: dict[str, str] = {}
    for verb in verbs:
        lemmas.setdefault(verb, verb)
    for verb, forms in irregular.items():
        for form in forms:
            lemmas.setdefault(form, verb)
    for verb in verbs:
        for form in regular_forms(verb):
            lemmas.setdefault(form, verb)
    return HeadlineWords(
        lemmas=lemmas,
        particles=frozenset(r["word"] for r in rows if r["kind"] == "particle"),
        objects=frozenset(r["word"] for r in rows if r["kind"] == "object"),
        preps={r["verb"]: r["prep"] for r in rows if r["kind"] == "prep"},
        phrases={r["key"]: (r["phrase"], r.get("prep")) for r in rows if r["kind"] == "phrase"},
        onto=onto,
    )


def regular_forms(verb: str) -> list[str]:
    """The -s, -ed and -ing forms English makes by rule (both spellings where a final consonant
    may double: "banned", "visited")."""
    if not verb.isalpha():
        return []
    forms = [third_person(verb)]
    if verb.endswith("e"):
        forms.append(verb + "d")
        forms.append(verb[:-2] + "ying" if verb.endswith("ie") else verb + "ing")
        if not verb.endswith(("ee", "ye", "oe")):
            forms.append(verb[:-1] + "ing")
    elif _consonant_y(verb):
        forms += [verb[:-1] + "ied", verb + "ing"]
    else:
        forms += [verb + "ed", verb + "ing"]
        if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou":
            forms += [verb + verb[-1] + "ed", verb + verb[-1] + "ing"]
    return forms


def third_person(verb: str) -> str:
    """The present tense after he, she or it: "signs", "reaches", "denies"."""
    special = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if verb in special:
        return special[verb]
    if verb.endswith(("s", "x", "z", "ch", "sh", "o")):
        return verb + "es"
    if _consonant_y(verb):
        return verb[:-1] + "ies"
    return verb + "s"


def _consonant_y(word: str) -> bool:
    return len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou"


def headline(row: Mapping[str, Any]) -> str:
    """The event as a sentence: who, the verb in its modality, what, and to whom."""
    words = headline_words()
    actors = _unique(row.get("actor_names") or ())
    recipients = [r for r in _unique(row.get("recipient_names") or ()) if r not in actors]
    phrase = _phrase(row, words)
    plural = len(actors) > 1 or (len(actors) == 1 and _looks_plural(actors[0]))
    thing = _object(row, phrase, words)
    parts = [
        _join(actors) or "Someone",
        _verb(phrase.verb, row.get("modality") or "asserted", plural=plural),
        phrase.rest,
        thing,
    ]
    if recipients:
        prep = _recipient_prep(row, recipients[0], phrase, words)
        parts += [prep or ("to" if thing else ""), _join(recipients)]
    text = " ".join(p for p in parts if p)
    return text[:1].upper() + text[1:]


def _phrase(row: Mapping[str, Any], words: HeadlineWords) -> Phrase:
    trigger = " ".join((row.get("trigger_text") or "").lower().split())
    tokens = trigger.split()
    if trigger in words.phrases:  # a noun the table names ("invasion", "talks")
        return _table_phrase(*words.phrases[trigger])
    lemma = words.lemmas.get(tokens[0]) if tokens else None
    if lemma is not None:
        rest = " ".join(tokens[1:])
        if all(t in words.particles for t in tokens[1:]):
            return Phrase(lemma, rest, trigger=words.onto.verbs.get(lemma))
        return Phrase(lemma, rest)  # a light verb and its object: "made a state visit"
    code = row.get("cameo") or ""
    for key in (code, code[:3], code[:2], row.get("plover") or "", ""):
        if key in words.phrases and (key or not code):
            return _table_phrase(*words.phrases[key])
    return _table_phrase(*words.phrases[""])


def _table_phrase(phrase: str, prep: str | None) -> Phrase:
    verb, _, rest = phrase.partition(" ")
    return Phrase(verb, rest, prep, verb_trigger=False)


def _verb(verb: str, modality: str, *, plural: bool) -> str:
    if modality == "future":
        return f"to {verb}"
    if modality == "hypothetical":
        return f"may {verb}"
    if modality == "negated":
        return f"{'do' if plural else 'does'} not {verb}"
    return verb if plural else third_person(verb)


def _object(row: Mapping[str, Any], phrase: Phrase, words: HeadlineWords) -> str | None:
    """The object a frame of the verb names for this code, when the sentence has it after the
    trigger: "sign [a long-term security agreement]" -> "an agreement"."""
    code = row.get("cameo") or ""
    if phrase.trigger is None or phrase.rest or not code:
        return None
    after = _after_trigger(row).lower()
    if not after:
        return None
    names: set[str] = set()
    for frame in phrase.trigger.frames:
        if frame.obj and frame.code and code.startswith(frame.code):
            is_class = frame.obj.startswith(("@", "&"))
            names |= words.onto.classes.get(frame.obj, frozenset()) if is_class else {frame.obj}
    for word in re.findall(r"[a-z][a-z-]*", after.split(".")[0])[:10]:  # nearest first
        if word in names and word in words.objects:
            return word if word.endswith("s") and not word.endswith("ss") else _a(word)
    return None


def _recipient_prep(
    row: Mapping[str, Any], recipient: str, phrase: Phrase, words: HeadlineWords
) -> str | None:
    """The preposition before the recipient in the sentence, if the event's code takes it;
    else the verb's own ("respond to", "sign ... with"), or none (a direct object: "attacks
    Ukraine")."""
    allowed = set(words.onto.recipient_preps(row.get("cameo")))
    if phrase.trigger is not None:
        allowed |= set(phrase.trigger.recip)
    if phrase.prep:
        allowed.add(phrase.prep)
    after = _after_trigger(row)
    at = after.lower().find(recipient.lower())
    if at > 0 and phrase.verb_trigger:
        before = re.findall(r"[A-Za-z]+", after[:at])
        while before and before[-1].lower() in ("the", "a", "an"):
            before.pop()
        if before:
            word = before[-1].lower()
            if word in allowed:
                return word
    if phrase.verb_trigger and phrase.verb in words.preps and not phrase.rest:
        return words.preps[phrase.verb]
    if phrase.trigger is not None:
        return phrase.trigger.recip[0] if phrase.trigger.recip else None
    return phrase.prep


def _after_trigger(row: Mapping[str, Any]) -> str:
    """The sentence from the end of the trigger on ("" when the sentence was not stored)."""
    sentence, trigger = row.get("sentence_text") or "", row.get("trigger_text") or ""
    at = sentence.find(trigger) if trigger else -1
    return sentence[at + len(trigger) :] if at >= 0 else ""


def _a(word: str) -> str:
    return f"{'an' if _VOWEL.match(word) else 'a'} {word}"


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def _join(names: Sequence[str]) -> str:
    if len(names) > _MAX_NAMES:
        return ", ".join(names[:_MAX_NAMES]) + " and others"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _looks_plural(name: str) -> bool:
    """A group named by a plural noun ("protesters", "Western governments", "Brazilians"),
    not a proper name that ends in s ("United States", "Congress", "Airbus")."""
    words = name.split()
    last = words[-1] if words else ""
    if last.lower() in _PLURALS or (last.endswith("men") and last.lower() != "yemen"):
        return True
    if not last.endswith("s") or last.endswith(("ss", "us", "is", "ics")) or last.isupper():
        return False
    return last[0].islower() or len(words) == 1
