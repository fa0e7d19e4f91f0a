"""Where time expressions may be: candidate spans of the text, before any is normalised.

Candidates are spaCy's DATE/TIME spans (and the years inside them) and the hits of patterns of
our own over the raw text, for what the NER tends to miss (weekdays, "last week", "two years
ago", clock times, seasons, "now" ...). A leading preposition is cut off ("since 2014" ->
"2014"); pattern hits that are words of another kind are dropped (the verb "fall", the modal
"May", "the Russell 2000 Index", "USA TODAY Sports", the season of "the Winter Olympics"); each
candidate also stands with a modifier in front of it ("nearly thirty hours").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...ontology.reading import place_words, timex_words
from ...records import Document, Token
from .normalize import SPOKEN_YEAR
from .rules import lex


def candidates(doc: Document) -> set[tuple[int, int]]:
    """(start, end) of every plausible time expression, with and without its modifier."""
    text = doc.article.text
    found = {(s, e) for s, e, ner in _candidates(doc) if _plausible(doc, text, s, e, ner=ner)}
    return _with_modifiers(text, found)


_LEADING = re.compile(
    r"^(?:(?:in|on|at|since|by|until|till|during|for|from|within|through|throughout|as of"
    r"|before|after|between|starting|beginning|ending|into|of|over(?=\s+the\s))\s+)+",
    re.IGNORECASE,
)
# "over" before "the" is the preposition of a stretch of time ("over the past two years", "over
# the weekend"), not the "more than" of "over a week": no part of the expression
_THE = re.compile(r"(?i)the\s")
# an emphasis word ("only 14 days", "just a decade ago", "just last month", timex_words.json)
# stresses the time without measuring it, as "about" or "nearly" do: no part of the expression
# (TBAQ marks the time alone, 7 of 7 in APW, NYT, WSJ, PRI and CNN stories); its value is read
# the same without it
_EMPHASIS = re.compile(
    r"(?i)(?:"
    + "|".join(sorted(map(re.escape, timex_words()["emphasis_words"]), key=len, reverse=True))
    + r")\s+(?=\S)"
)

WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
# The numbers the scanner looks for: a narrower net than the number reader's (`quantities.numbers`,
# which reads what is found). Widened to its `amount_pattern()`, spans grow ("a three-year" for
# "three-year") and new ones appear ("a billion-year"): a change of output, not of layout.
_NUM = (
    r"(?:\d[\d,]*(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a couple of|a few|several|many|few"
    r"|(?:twenty|thirty|forty|fifty)-(?:one|two|three|four|five|six|seven|eight|nine))"
)
_UNITS = r"(?:days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|hours?)"
_GRAINS = r"(?:week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|winter)"
_D = r"\d{1,2}(?:st|nd|rd|th)?"
_DECADES = lex()["DECADE"]  # "the nineties"

_WEEKDAY_NAMES = frozenset(WEEKDAYS.split("|"))
# every holiday of timex_words.json by its whole name, in the capitals a text writes it with
# ("Thanksgiving Day", "St. Patrick's Day", "Palm Sunday", "Armistice Day"): "Day" is a word of
# the name, as TBAQ marks it (3 of 3 "Thanksgiving Day", APW and NYT); not a bare "New Year",
# as often the lunar one ("the Lunar New Year")
_HOLIDAY_NAMES = "|".join(
    sorted(
        (
            re.escape(" ".join(w[:1].upper() + w[1:] for w in h.split()))
            for h in lex()["w"]["holidays"]
            if h != "new year"
        ),
        key=len,
        reverse=True,
    )
)
# "Black Monday", "Patch Tuesday": a day in history, a recurring day or a thing, no weekday
_UNDATED_DAYS = frozenset(lex()["w"].get("undated_named_days", ()))
# "midnight regulations", "high noon": idioms in which the clock word names no time
_CLOCK_IDIOMS = tuple(lex()["w"].get("clock_idioms", ()))
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)['‘’`\"]? ?$")

# Patterns over the raw text for what spaCy's NER tends to miss; case matters for names.
_SCAN_SOURCES = (
    (
        rf"\b(?:(?:last|next|this|coming|early|late) )?(?:{WEEKDAYS})s?"
        rf"(?:,? (?:{MONTHS}) {_D}(?:,? \d{{4}})?)?"
        r"(?: (?:morning|afternoon|evening|night))?\b"
    ),
    (
        rf"\b(?:(?:early|late|mid-|last|next|this) ?)?(?:{MONTHS})(?: {_D}\b)?"
        r"(?:,? \d{4}\b)?"
    ),
    rf"\b{_D} (?:of )?(?:{MONTHS})(?:,? \d{{4}}\b)?",
    rf"\b(?:{MONTHS})(?: {_D})?,?(?: of)? (?:last|this|next) year\b",
    (
        r"(?i)\b(?:today|tonight|yesterday|tomorrow)(?: (?:morning|afternoon|evening|night))?"
        r"\b"
    ),
    (
        rf"(?i)\b(?:(?:earlier|later|early|late) )?(?:the )?(?:last|this|next|past|coming"
        rf"|previous) (?:{_NUM} )?{_GRAINS}s?\b"
    ),
    rf"(?i)\b(?:the )?(?:last|past|next|coming|previous) {_NUM} {_UNITS}\b",
    rf"(?i)\b{_NUM} (?:{_UNITS}|minutes?|seconds?) (?:ago|earlier|later)\b",
    (
        rf"(?i)\b{_NUM}(?: and a half| 1/2)?[- ](?:(?:more|additional|further|consecutive"
        rf"|straight|successive|full|long) )?(?:{_UNITS}|quarters)(?: and a half)?"
        r"(?:-long|-old| old)?\b"
    ),
    r"\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b",
    r"(?i)\bper (?:day|week|month|year|hour)\b",
    r"(?i)\bthe (?:near |distant |foreseeable )?future\b",
    r"(?i)\bthe (?:near|short|long) term\b(?!-\w)",  # not "the long-term debt"
    r"(?i)\b(?P<t>the (?:fiscal )?year)(?= end(?:ed|ing)\b)",
    # the year a company reports on, and its end ("by year-end", not "year-end net")
    r"(?i)\b(?:the|this|its) (?:(?:full|current|latest) (?:fiscal )?|fiscal )year\b(?! end)",
    (
        r"(?i)\b(?:by|around|at|since|until|till|before|after|near)"
        r" (?P<t>year[- ]end|year's end)\b(?!-)"
    ),
    r"(?i)\bfiscal (?:year )?(?:19|20)\d\d\b",
    r"(?i)\bthe (?:first|second|last|latter) half of (?:19|20)\d\d\b",
    # "in the past" as an adverbial (not "the past year", "his past")
    (
        rf"(?i)\bin (?P<t>the (?:recent |distant )?past)\b(?![- ](?:(?:{_NUM}|few|several"
        rf"|couple of) )?(?:{_UNITS}|{_GRAINS}s?|quarters?)\b)"
    ),
    (
        r"(?i)\b(?:the )?(?:end|start|beginning|middle|close|rest) of (?:the|this|last|next)"
        r" (?:year|month|week|day)\b"
    ),
    (
        r"(?i)\b(?:end|ends|ended|start|starts|started|close|closes|closed|begin|began"
        r"|open|opened) (?P<t>the (?:day|week|month|year))\b"
    ),
    r"(?i)\b\d+[- ](?:minutes?|seconds?)\b",
    (
        r"(?i)\b(?:about |around )?\d{1,2}(?:[:.]\d{2})? ?(?:a\.m\.|p\.m\.|am\b|pm\b)"
        r"(?: (?:local time|GMT|UTC|BST|ET|EST|EDT|PT|PST|PDT))?"
    ),
    r"\b\d{1,2}:\d{2}\b(?! ?[ap]\.?m)(?: (?:local time|GMT|UTC|BST|ET|EST|EDT|PT|PST|PDT)\b)?",
    r"\b(?:[01]\d|2[0-3])[0-5]\d (?:GMT|UTC)\b",
    # a clock time with its day: "noon Thursday", "9 a.m. EST Tuesday", "12:00 UTC Monday"
    (
        r"(?i)\b(?:\d{1,2}(?:[:.]\d{2})? ?(?:a\.m\.|p\.m\.|am\b|pm\b)|\d{1,2}:\d{2}|noon"
        r"|midnight)(?: (?:local time|GMT|UTC|ET|EST|EDT|PT|PST|PDT))?,? (?:on )?"
        rf"(?:{WEEKDAYS}|today|yesterday|tomorrow|(?:{MONTHS}) \d{{1,2}})\b"
    ),
    r"(?i)\b(?:noon|midnight|overnight)\b",
    r"(?i)\b(?:now|currently|recently|nowadays)\b",
    (
        rf"(?i)\b(?:every|each) (?:(?:{_NUM}|other) )?(?:day|week|month|year|decade"
        rf"|{WEEKDAYS})s?\b"
    ),
    rf"\b(?:[Ee]very|[Ee]ach) (?:{MONTHS})(?!\w)",
    r"(?i)\b(?:twice|once|three times) (?:a|per) (?:day|week|month|year)\b",
    r"\b(?:daily|weekly|monthly|annually|yearly|quarterly)\b",
    (
        r"(?i)\b(?:(?:last|this|next|early|late|mid-|the) )?(?:spring|summer|fall|autumn"
        r"|winter)(?: of)?(?: \d{4})?\b"
    ),
    r"\b(?:the )?(?:1[5-9]|20)\d0s\b|\bthe '?\d0s\b",
    rf"(?i)\bthe (?:{_DECADES})\b",
    (
        r"(?i)\b(?:(?:earlier|later) this (?:morning|afternoon|evening)"
        rf"|mid[- ]?(?:morning|afternoon)(?:,? (?:today|yesterday|tomorrow|{WEEKDAYS}))?)\b"
    ),
    (
        r"(?i)\b(?:the )?(?:\d{1,2}(?:st|nd|rd|th)|first|nineteenth|twentieth"
        r"|twenty-first) century\b"
    ),
    (
        r"(?i)\b(?:the (?:next|following|previous|same) (?:day|week|month|year)"
        r"|that (?:day|week|month|year)|the day (?:before|after)|(?:the|this|over the) "
        r"weekend|this time last year|earlier today|later today)\b"
    ),
    r"(?i)\b(?:earlier|later) in the (?:week|month|year)\b",
    (rf"\b(?:{_HOLIDAY_NAMES})(?:,? \d{{4}})?\b"),
    (
        r"(?i)\b(?:in|since|by|until|from|during|before|after|through) "
        r"(?:early |late |mid-)?(?:1[89]\d\d|20\d\d)\b"
    ),
)
_SCAN = [re.compile(p) for p in _SCAN_SOURCES]
# Patterns scanned only in a text that holds one of their words (most texts hold none).
_GUARDED_SOURCES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("quarter", "q1", "q2", "q3", "q4"),
        r"(?i)\b(?:the |its |(?:this|last|next) year's )?(?:fiscal[- ])?(?:first|second|third"
        r"|fourth)[- ]quarter(?: of \d{4})?\b|\bQ[1-4](?: \d{4})?\b",
    ),
    (  # earnings reports: "the quarter", "the year-earlier period", "year-ago profit"
        ("quarter", "period", "year-"),
        r"(?i)\b(?:the|that|its|last year's) (?:(?:latest|same|comparable|corresponding|year-ago"
        r"|year-earlier|comparable year-ago|\d{4}) )?(?:fiscal )?(?:(?:first|second|third|fourth)"
        r" )?(?:quarter|period)(?: a year (?:ago|earlier)| last year| of last year)?\b(?!-)"
        r"|\byear-(?:ago|earlier)\b",
    ),
    (  # spelled-out years of broadcast transcripts: "in nineteen ninety-six", "January nineteen
        # ninety-seven", "the year two thousand" ("two thousand" alone is a number)
        ("eighteen", "nineteen", "thousand"),
        rf"(?i)(?:\b(?:{MONTHS}) |\bthe (?:winter|spring|summer|fall|autumn) of |\bthe year )?"
        + SPOKEN_YEAR,
    ),
)
_GUARDED = [(needles, re.compile(p)) for needles, p in _GUARDED_SOURCES]
_MOD_BEFORE = re.compile(
    r"\b(?:about|around|approximately|roughly|some|nearly|almost|more than|less than|fewer than"
    r"|over|under|at least|up to|at most|no more than|upwards of|an estimated)\s+$",
    re.IGNORECASE,
)
_DURATION_A = re.compile(r"(?i)an? (?:day|week|month|year|decade|hour|minute)s?$")
_PREP_BEFORE = re.compile(
    r"(?i)\b(?:for|in|within|over|after|than|about|around|nearly|almost|only|just|least|to|up to"
    r"|than|under|some|past|last|first)\s+$"
)
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b")
_BARE_MAY = re.compile(r"May\b(?! \d)")
_MAY_CUE = re.compile(
    r"(?:in|since|until|by|from|early|late|mid-|last|next|this|of|through)\s*$", re.IGNORECASE
)
_MONTH_OR_DAY = re.compile(rf"(?:{MONTHS}|{WEEKDAYS})\.?", re.IGNORECASE)
_SEASON_WORD = re.compile(r"(?i)spring|summer|fall|autumn|winter")
# A four-digit number written before a time-zone abbreviation (timex_words.json, IANA tzdata) is
# a clock time of the 24-hour clock, not a year: "POSTED: 1052 GMT (1852 HKT)", "at 2045 GMT"
_ZONE_AFTER = re.compile(
    r"\s*(?:(?:hours?|hrs)\s+)?(?:"
    + "|".join(sorted(map(re.escape, timex_words()["zone_abbreviations"]), key=len, reverse=True))
    + r")\b"
)
# ... and one before a name that ends in a street word (place_words.json) is a house number:
# "at 2088 Philip Street", "of 1909 Jolinda Drive", "inside 1800 Pitkin Ave." ("the 1989
# Tiananmen Square protests", with a determiner or "in" before it, stays a year)
_STREET_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w'’-]*\.?\s+){1,3}(?i:"
    + "|".join(sorted(map(re.escape, place_words()["street_words"]), key=len, reverse=True))
    + r")\b(?!-)"
)
# articles and possessives a noun after a time expression may own (not "this", "that", "next",
# which make the time: "this year's budget")
_NOUNS_DETERMINER = re.compile(r"(?i)(the|an?|its|their|his|her|our|your)\s+")
_YEAR_BEFORE_NAME = re.compile(
    r"(?i)(?:\b(?:the|a|an|its|his|her|their|our|this|that|in|since|by|until|before|after|during"
    r"|from|between|and|or)|['’]s)\s+$"
)


def _candidates(doc: Document) -> Iterator[tuple[int, int, bool]]:
    """(start, end, from_ner) of every possible time expression."""
    text = doc.article.text
    for span in doc.ner:
        if span.label in ("DATE", "TIME"):
            for s, e in _trimmed(text, span.start, span.end):
                yield s, e, True
            for m in _YEAR.finditer(text, span.start, span.end):
                yield m.start(), m.end(), True
    lower = text.lower()
    guarded = [p for needles, p in _GUARDED if any(n in lower for n in needles)]
    for pattern in (*_SCAN, *guarded):
        group = "t" if "t" in pattern.groupindex else 0
        for m in pattern.finditer(text):
            for s, e in _trimmed(text, m.start(group), m.end(group)):
                yield s, e, False


def _with_modifiers(text: str, cands: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """Each candidate also with a modifier in front of it ("nearly thirty hours")."""
    out = set(cands)
    for start, end in cands:
        m = _MOD_BEFORE.search(text, max(0, start - 24), start)
        if m and not (m.group().rstrip().lower().endswith("over") and _THE.match(text, start)):
            out.add((m.start(), end))
    return out


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    phrase = text[start:end]
    lead = _LEADING.match(phrase)
    if lead:
        start += lead.end()
    if emphasis := _EMPHASIS.match(text, start, end):
        start = emphasis.end()
    while end > start and text[end - 1] in ".,;:'’ " and not text[start:end].endswith(".m."):
        end -= 1
    if text[start:end].endswith(("'s", "’s")):
        end -= 2
    if end > start:
        yield start, end


def _plausible(doc: Document, text: str, start: int, end: int, *, ner: bool) -> bool:
    """Drop pattern hits that are words of another kind: the verb "fall", the modal "May"."""
    phrase = text[start:end]
    if _mid_word(text, start, end):
        return False  # "Augusto Pinochet", "Kevin Mayer", "Brad Marchand": part of a longer word
    if _inside_name(doc, text, start, end):
        return False  # "the Winter Olympics", "USA Today": a word of a name, not a time
    if _clock_idiom(text, start, phrase):
        return False  # "Bush's midnight regulations", "the film High Noon"
    if _named_day(text, start, phrase):
        return False  # "on what is known as Black Monday", "Microsoft's Patch Tuesday"
    if _BARE_MAY.fullmatch(phrase):
        return bool(_MAY_CUE.search(text[max(0, start - 12) : start]))
    season = None if ner else _SEASON_WORD.search(phrase)
    if season:
        tok = _token_at(doc, start + season.start())
        if tok is not None and tok.pos not in ("NOUN", "PROPN"):
            return False
        if re.search(r"^(?:the )?\w+ of (?!\d)", text[start : end + 12], re.IGNORECASE):
            return False  # "the fall of Kabul"
        if phrase.lower() in ("spring", "summer", "fall", "autumn", "winter"):
            before = text[max(0, start - 10) : start].lower()
            return bool(re.search(r"\b(?:in|this|last|next|by|until|since|the)\s*$", before))
    if _DURATION_A.fullmatch(phrase):
        # "for a day" is a duration, and so is the offset of "comes a day after Chrysler's" (as
        # "two weeks after") or of "A day earlier"; "not a day anybody ..." and "a day high"
        # are not
        return bool(
            _PREP_BEFORE.search(text, max(0, start - 12), start)
            or re.match(r"\s+(?:after|before|earlier|later)\b", text[end : end + 9])
        )
    if re.fullmatch(r"\d{4}", phrase):
        if (
            _ZONE_AFTER.match(text, end)
            and int(phrase[:2]) < 24
            and int(phrase[2:]) < 60
            and not re.search(rf"(?:{MONTHS})\s*(?:\d\d?(?:st|nd|rd|th)?,?\s*)?$", text[:start])
        ):
            return False  # "1852 HKT": a clock time ("May 2010 GMT" stays a year)
        if _STREET_AFTER.match(text, end) and not _YEAR_BEFORE_NAME.search(
            text, max(0, start - 12), start
        ):
            return False  # "2088 Philip Street": a house number
        prev_tok, next_tok = _token_at(doc, start - 2), _token_at(doc, end + 1)
        if next_tok is not None and "Number=Plur" in next_tok.morph and next_tok.start == end + 1:
            return False  # "1709 schoolchildren"
        if (
            prev_tok is not None
            and next_tok is not None
            and prev_tok.pos == "PROPN"
            and next_tok.pos == "PROPN"
            and next_tok.text[:1].isupper()
            and not _MONTH_OR_DAY.fullmatch(prev_tok.text)
        ):
            return False  # "the Russell 2000 Index"
    if re.match(r"(?i)two thousand", phrase):
        return False  # a number, unless "the year two thousand"
    if phrase.lower() == "quarterly":
        # "its quarterly dividend", "quarterly results": a kind of payment or report, not a
        # time (TimeBank marks none of these; "adjusted quarterly" stays)
        tok = _token_at(doc, start)
        return tok is None or tok.pos != "ADJ"
    if _TERM.fullmatch(phrase):
        # "in the near term appear good" is a time; "the long term debt" a kind of debt
        nxt = _token_at(doc, end + 1)
        return nxt is None or nxt.start != end + 1 or nxt.pos not in ("NOUN", "PROPN", "ADJ")
    if phrase.lower() in ("now", "currently", "recently"):
        tok = _token_at(doc, start)
        return tok is None or tok.pos == "ADV"
    if re.fullmatch(r"'?\d0s", phrase) and _AGE_BEFORE.search(text, max(0, start - 16), start):
        return False  # "when Kopp was in his 30s": an age
    if phrase == "March" and re.match(r" (?:for|of|on) (?:the )?[A-Z]", text[end : end + 9]):
        return False  # "the annual March for Life", "the March of the Combatant Mothers"
    if _TITLE_WORD.search(phrase) and not _line_start(text, start):
        return False  # ABC's "This Week", CBS's "60 Minutes": a programme's title
    # "USA TODAY Sports": a name in capitals amid ordinary text
    return not (phrase.isupper() and len(phrase) > 3 and _in_capitalised_name(text, start, end))


_TERM = re.compile(r"(?i)the (?:near|short|long) term")
_AGE_BEFORE = re.compile(r"(?i)\b(?:his|her|their|my|your|our)(?: (?:early|mid|late))?[- ]$")
# a time word capitalised inside the phrase (not "Thanksgiving Day", "Christmas Eve")
# ("Saturday Night" stays: a part of the day is often capitalised after a weekday; so does the
# possessive "Year's" of a holiday's name, "New Year's Day", "New Year's Eve")
_TITLE_WORD = re.compile(r"\s(?:Weeks?|Minutes?|Hours?|Months?|Years?(?!['’]s\b)|Today|Tonight)\b")


def _clock_idiom(text: str, start: int, phrase: str) -> bool:
    """Whether "noon" or "midnight" opening the phrase is a word of a clock idiom of
    timex_words.json ("midnight regulations", "High Noon"), singular or plural."""
    word = phrase.split(" ", 1)[0].lower()
    if word not in ("noon", "midnight"):
        return False
    for idiom in _CLOCK_IDIOMS:
        at = idiom.find(word)
        end = start - at + len(idiom)
        if at < 0 or start < at or text[start - at : end].lower() != idiom:
            continue
        if re.match(r"s?(?!\w)", text[end : end + 2]):
            return True  # the idiom ends there, maybe with a plural "s"
    return False


def _named_day(text: str, start: int, phrase: str) -> bool:
    """Whether the weekday the phrase opens is a word of an undated named day ("Black Monday",
    "Patch Tuesday", "Ruby Tuesday"), the word before it in the text or in the phrase."""
    head = phrase.split(" ", 2)
    if head[0] in _WEEKDAY_NAMES:
        word = _WORD_BEFORE.search(text, max(0, start - 16), start)
        return word is not None and f"{word.group(1)} {head[0]}".lower() in _UNDATED_DAYS
    named = " ".join(head[:2]).lower()
    return len(head) > 1 and head[1] in _WEEKDAY_NAMES and named in _UNDATED_DAYS


def after_nouns_determiner(doc: Document, text: str, start: int, end: int) -> int:
    """Where the expression starts once a determiner that belongs to a noun after it is cut off:
    a time written before a noun modifies that noun, and the article or possessive in front is
    the noun's ("its third-quarter loss", "a two day rally", "the Aug. 7, 1998, bombings")."""
    m = _NOUNS_DETERMINER.match(text, start)
    if not m:
        return start
    det = _token_at(doc, start)
    if det is None or det.dep not in ("det", "poss") or det.end != start + len(m.group(1)):
        return start
    head = doc.tokens[det.head]
    if head.start < end or head.pos not in ("NOUN", "PROPN") or head.sent != det.sent:
        return start
    return m.end()


def _mid_word(text: str, start: int, end: int) -> bool:
    """Whether the span begins or ends inside a word (a month name as the head of "Mayer")."""
    inside_end = end < len(text) and text[end - 1].isalpha() and text[end].isalpha()
    return inside_end or (start > 0 and text[start - 1].isalpha() and text[start].isalpha())


# the names whose words are not times: organisations, buildings, works, events, products, laws
_NAME_LABELS = ("ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW")
# a capitalised word after the time word that goes on the name ("Christmas Charity", "Winter
# Olympics", "Sunday Times"); not one that goes on the time ("Christmas Day", "Friday Night")
_NAME_GOES_ON = re.compile(
    rf" (?!(?:Day|Eve|Night|Morning|Afternoon|Evening|Weekend|{WEEKDAYS}|{MONTHS})\b)[A-Z][a-z]"
)
_NOW_WORD = re.compile(r"(?i)today|now|tonight")


def _inside_name(doc: Document, text: str, start: int, end: int) -> bool:
    """Whether the time word is a word inside the name of an organisation, a work, an event or
    a law: "the Great Orchestra of Christmas Charity", "the Winter Carnival" (the name goes on
    after it with a capitalised word), "USA Today", "Hawaii News Now" (a word of now closes a
    name of capitalised words). "Black Friday", "the September 11 attacks" stay: dates."""
    for span in doc.ner:
        if span.label not in _NAME_LABELS or not (span.start <= start and end <= span.end):
            continue
        if _NAME_GOES_ON.match(text, end, span.end):
            return True
        if (
            end == span.end
            and _NOW_WORD.fullmatch(text[start:end])
            and re.search(r"[A-Z]\w* $", text[span.start : start])
        ):
            return True
    return False


def _line_start(text: str, start: int) -> bool:
    """Whether the phrase opens a line (a headline may capitalise every word)."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _in_capitalised_name(text: str, start: int, end: int) -> bool:
    """Whether a word in capitals sits between capitalised words ("USA TODAY Sports") in text
    that is not itself all capitals (a shouted headline keeps its times)."""
    before = re.search(r"([A-Z][\w.-]*) $", text[max(0, start - 20) : start])
    after = re.match(r" [A-Z]", text[end : end + 2])
    around = text[max(0, start - 40) : end + 40]
    return bool(before and after) and re.search(r"[a-z]{3}", around) is not None


def _token_at(doc: Document, char: int) -> Token | None:
    lo, hi = 0, len(doc.tokens)
    while lo < hi:  # tokens are in text order: binary search
        mid = (lo + hi) // 2
        t = doc.tokens[mid]
        if t.end <= char:
            lo = mid + 1
        elif t.start > char:
            hi = mid
        else:
            return t
    return None
