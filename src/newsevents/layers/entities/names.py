"""Names in the text: NER spans and dictionary names, each made a mention of its entity.

Countries merge by every variant ("US", "U.S.", "United States", "America"); a demonym that
modifies a person or group gives its country, a standalone one is a mention of the country, a
plural one ("Palestinians") is a civilian group; dictionary actors, places and organisations
(with their acronyms) follow. NER labels the dictionaries contradict are corrected.
"""

from __future__ import annotations

import re

from ...ontology.actors import LEGAL_FORMS, Agent
from ...ontology.codes import STATE_BODY_SECTORS
from ...ontology.normalize import norm
from ...ontology.reading import organisation_words, place_words, timex_words
from ..initials import spells
from .actors import LOCATIVE_PREPS
from .groups import descriptor, left_mods
from .mentions import (
    ACTOR_LABELS,
    DETERMINERS,
    NOMINAL_POS,
    POSSESSIVE,
    TEXT,
    Draft,
    Evidence,
    NameSpan,
)
from .people import TITLE_PREPOSITIONS, from_place, title_prefix
from .personal_names import full_name
from .workspace import (
    FORMER_STATE_PREFIXES,
    Workspace,
    agent_at,
    firm_by_first_word,
    premodifiers,
)

# Signs a country name may precede as the name of its currency ("US $199", "HK $5")
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})
# Time-zone abbreviations (IANA tzdata; timex_words.json), read after a clock time only
ZONES = frozenset(timex_words()["zone_abbreviations"])
# A clock time's tokens: '0100', '14:48', '8:30', '2', 'p.m.', '2am', 'noon', '1800 hours'
CLOCK = re.compile(r"(?:\d{1,2}(?:[:.]\d\d)?|[01]\d[0-5]\d|2[0-3][0-5]\d)(?:[ap]\.?m\.?)?", re.I)
CLOCK_WORDS = frozenset(
    {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "noon", "midnight", "hours", "hrs"}
)


def name_spans(ws: Workspace) -> list[NameSpan]:
    tok, n = ws.tok, len(ws.tok)
    spans: list[NameSpan] = []
    covered: set[int] = set()
    skip_to = -1
    for s in ws.doc.ner:  # a headline's words the NER took for a name are no other name
        covered.update(range(s.tok_start, s.tok_end))
    for s in ws.ner:
        if s.label not in ACTOR_LABELS or s.tok_start <= skip_to:
            continue
        a, b = s.tok_start, s.tok_end - 1
        while a <= b and ws.low(a) in DETERMINERS:
            a += 1
        longer = match_name(ws, a, set()) if a <= b else None
        if (
            longer is not None
            and longer[0] > b  # 'Liberation Tigers' + 'of Tamil Eelam'
            and longer[1] != "PERSON"
            and "PERSON" not in {ws.ner_label.get(x) for x in range(a, longer[0] + 1)}
        ):
            spans.append(NameSpan(a, longer[0], longer[1], _poss_after(ws, longer[0])))
            covered.update(range(a, longer[0] + 1))
            skip_to = longer[0]
            continue
        while a <= b and ws.low(a) in DETERMINERS:
            a += 1
        # an acronym in parentheses is the name again, never a word of it: 'World Health
        # Organization (WHO', 'National Elections Committee (CNE)'
        b = next((x - 1 for x in range(a + 1, b) if _acronym_opens(ws, x)), b)
        while b >= a and (tok[b].text in POSSESSIVE or tok[b].pos == "PUNCT"):
            b -= 1
        if s.label == "PERSON":
            b = hyphenated_end(ws, b)
        if a <= b and s.label in ("PERSON", "ORG") and (k := _place_before_name(ws, a, b)):
            spans.append(NameSpan(a, k, "GPE", None))
            a = k + 1  # 'Senator from Vermont Bernie Sanders': the state, then the person
        if a <= b and not (s.label == "GPE" and currency_name(ws, b)) and not zone_name(ws, a, b):
            label = _relabel(ws, a, b, s.label)
            if label in ("GPE", "LOC") and ws.lower_case(a, b):
                continue  # 'the window of a police van' names no Van, Turkey
            spans.append(NameSpan(a, b, label, _poss_after(ws, b)))
    spans.extend(repeated_names(ws, spans, covered))
    spans.extend(untagged_people(ws, covered))
    i = 0
    while i < n:
        found = None if i in covered else match_name(ws, i, covered)
        if found is None:
            i += 1
            continue
        last, label = found
        spans.append(NameSpan(i, last, label, _poss_after(ws, last)))
        i = last + 1
    spans.sort(key=lambda s: s.first)
    return spans


def repeated_names(ws: Workspace, spans: list[NameSpan], covered: set[int]) -> list[NameSpan]:
    """One name, one label in a document: a name the NER tagged an organisation (or a person,
    in two words or more) at one mention is that name at the mentions it left untagged
    ('WeWork is reportedly being investigated' after 'investigating WeWork'; 'Twitter',
    'Nasdaq', 'Alibaba', 'Walmart' on news pages: the small model tags a name at some mentions
    only). A name tagged both ways is left alone, and so is a match inside a longer name."""
    tok, n = ws.tok, len(ws.tok)
    labels: dict[tuple[str, ...], set[str]] = {}
    for sp in spans:
        if sp.label == "ORG" or (sp.label == "PERSON" and sp.last > sp.first):
            words = tuple(tok[x].text for x in range(sp.first, sp.last + 1))
            labels.setdefault(words, set()).add(sp.label)
    names = {
        w: label
        for w, ls in labels.items()
        if len(ls) == 1 and w[0][:1].isupper() and _named_actor(ws, w, label := ls.pop())
    }
    lengths = sorted({len(w) for w in names}, reverse=True)
    out: list[NameSpan] = []
    for i in range(n):
        if i in covered or not ws.capitalized(i):
            continue
        for k in lengths:
            j = i + k - 1
            if j >= n or any(x in covered for x in range(i, j + 1)):
                continue
            tagged = names.get(tuple(tok[x].text for x in range(i, j + 1)))
            if tagged is None or _inside_longer_name(ws, i, j) or _modifier(ws, j):
                continue
            out.append(NameSpan(i, j, tagged, _poss_after(ws, j)))
            covered.update(range(i, j + 1))
            break
    return out


def _named_actor(ws: Workspace, words: tuple[str, ...], label: str) -> bool:
    """A name that is an actor whatever its mention: a person's full name, an organisation
    the dictionaries know or a firm by its legal form or firm word ('Acme Holdings Inc.').
    Other NER organisations are often products, indexes or events ('GarageBand', 'Dow
    Jones', 'Google Science Fair') whose other mentions are better left alone."""
    known = ws.lex.actor(" ".join(words))
    if label == "PERSON":
        # a given name first ('Tynice Nichole Hall'), not a product the NER took for a person
        # ('Mac Pro', 'Sonos Move', 'RAV4 Hybrid' on news pages)
        return (known is not None and known.kind == "person") or norm(words[0]) in ws.lex.given
    if known is not None:
        return known.kind == "org"
    last = norm(words[-1])
    return len(words) > 1 and (last in LEGAL_FORMS or last in FIRM_WORDS)


def _modifier(ws: Workspace, j: int) -> bool:
    """A name modifying a common noun ('WeWork founder', 'the Twitter attention') or a number
    ('S&P 500'), which the name's own passes read with their noun."""
    t, tok = ws.tok[j], ws.tok
    after = tok[j + 1] if j + 1 < len(tok) else None
    if after is not None and (after.pos == "NUM" or after.text[:1].isdigit()):
        return True
    return t.dep in ("compound", "amod", "nmod") and tok[t.head].pos == "NOUN"


def _inside_longer_name(ws: Workspace, i: int, j: int) -> bool:
    """Whether tokens i..j sit in a longer capitalised name ('WeWork' in 'WeWork Labs', 'Ford'
    in 'the Ford Taurus')."""
    tok = ws.tok

    def name_word(x: int) -> bool:
        return (
            0 <= x < len(tok)
            and tok[x].pos == "PROPN"
            and ws.capitalized(x)
            and tok[x].sent == tok[i].sent
        )

    return name_word(i - 1) or name_word(j + 1)


def hyphenated_end(ws: Workspace, last: int) -> int:
    """The end of a person's name whose last part is hyphenated and cut at the hyphen by the
    tagger when the syllable after it is also an English word: 'Moon Jae-in', 'Wong Yeung-tat'
    (Korean and Cantonese given names; 'Kim Jong-un' is kept whole)."""
    tok, n = ws.tok, len(ws.tok)
    while (
        last + 2 < n
        and tok[last + 1].text == "-"
        and tok[last + 1].start == tok[last].end
        and tok[last + 2].start == tok[last + 1].end
        and tok[last + 2].text.isalpha()
        and tok[last + 2].text.islower()
    ):
        last += 2
    return last


def currency_name(ws: Workspace, last: int) -> bool:
    """A country's name written before a currency sign names the currency ('US $2.63 billion',
    'priced at US $199'), not the country."""
    return last + 1 < len(ws.tok) and ws.tok[last + 1].text in CURRENCY_SIGNS


def zone_name(ws: Workspace, a: int, b: int) -> bool:
    """A time-zone abbreviation written right after a clock time ('at 0100 UTC', '8:30 p.m. BST',
    '(2100 UTC)') names the clock's zone, never an actor, whatever the NER tags it; the span may
    hold the clock time too ('14:48 UTC'). Alone it is left a name ('UTC', 'IST')."""
    if ws.tok[b].text not in ZONES or not all(_clock(ws, x) for x in range(a, b)):
        return False
    return a < b or (b > 0 and _clock(ws, b - 1))


def _clock(ws: Workspace, x: int) -> bool:
    text = ws.tok[x].text
    return ws.low(x) in CLOCK_WORDS or CLOCK.fullmatch(text) is not None


def _bracketed_initials(ws: Workspace, a: int, b: int, key: str) -> Draft | None:
    """The draft of the name a bracket before or at word a..b spells the initials of, when
    a..b is that one word ('rapid action force (raf) ... the raf'; 'Central Reserve Police
    Force (CRPF)'): a name written out and then bracketed defines the acronym for the article,
    in lower case too (the Times of India's copy), and the acronym never names another body the
    dictionary knows by the same letters (the Royal Air Force's RAF)."""
    x = ws.brackets.get(key) if a == b else None
    if x is None or x >= a - 1:
        return None
    d = ws.owner.get(x)
    m = next((m for m in d.mentions if m.last == x), None) if d is not None else None
    if d is None or m is None or m.first == m.last:
        return None
    # the name's last words spell it: 'high alert and rapid action force (raf)', a mention the
    # parser's coordination made longer than the name
    letters = key.replace(".", "")
    words = [w for y in range(m.first, m.last + 1) if (w := ws.low(y))]
    return d if len(letters) >= 2 and spells(letters, words) else None


def _acronym_opens(ws: Workspace, x: int) -> bool:
    """Token x opens parentheses around an acronym: '(' then 'WHO'."""
    nxt = ws.tok[x + 1].text
    return ws.tok[x].text == "(" and len(nxt) > 1 and nxt.isupper()


def untagged_people(ws: Workspace, covered: set[int]) -> list[NameSpan]:
    """Capitalised names the NER missed that follow a title word ('militant Haroon Aswad') or
    that are a known given name and a surname ('Isabel Ruiz': `personal_names.full_name`)."""
    tok, out = ws.tok, []
    i = 0
    while i < len(tok):
        if i in covered or tok[i].pos != "PROPN" or not ws.capitalized(i):
            i += 1
            continue
        j = i
        while j + 1 < len(tok) and tok[j + 1].pos == "PROPN" and j + 1 not in covered:
            j += 1
        names = range(i, j + 1)
        title = i - 1
        if _untagged_full_name(ws, i, j, covered) or (
            j > i
            and title >= 0
            and tok[title].pos == "NOUN"
            and tok[title].head in names
            and all(tok[x].head in names or tok[x].head == tok[j].head for x in names)
            and (agent := agent_at(ws, title, title)[0]) is not None
            and agent.refers == "PERSON"
            and not any(ws.lex.countries.get(ws.low(x)) for x in names)
        ):
            out.append(NameSpan(i, j, "PERSON", _poss_after(ws, j)))
            covered.update(names)
        i = j + 1
    return out


def _untagged_full_name(ws: Workspace, i: int, j: int, covered: set[int]) -> bool:
    """A run of untagged name words that is a full name by itself, with no capitalised or
    tagged word run on before or after it in its sentence (not 'Eva' in 'Eva Tower Group')."""

    def runs_on(x: int) -> bool:
        return (
            0 <= x < len(ws.tok)
            and ws.tok[x].sent == ws.tok[i].sent
            and x != ws.sent_start(i)
            and (ws.capitalized(x) or x in covered)
            and ws.tok[x].text.isalpha()
        )

    return full_name(ws, i, j) and not runs_on(i - 1) and not runs_on(j + 1)


def _place_before_name(ws: Workspace, a: int, b: int) -> int | None:
    """The last token of a country's or a place's name that opens a name span after a title's
    'of/from/to/for' complement, when a person's full name follows it: 'United States Senator
    from Vermont Bernie Sanders', 'Prime Minister of Slovakia Igor Matovic'. English sets the
    title's place and the name side by side with no comma; the NER runs them into one span
    (often an ORG), so the person was lost and the place taken for a word of the name."""
    if a < 1 or ws.low(a - 1) not in TITLE_PREPOSITIONS or ws.tok[a - 1].head >= a - 1:
        return None
    title, _ = agent_at(ws, ws.tok[a - 1].head, ws.tok[a - 1].head)
    if title is None or title.refers != "PERSON" or title.kind != "agent":
        return None
    for k in range(a, min(a + 3, b - 1)):
        key = norm(ws.phrase(a, k))
        if (key in ws.lex.countries or key in ws.lex.places) and _person_name(ws, k + 1, b):
            return k
    return None


def _person_name(ws: Workspace, a: int, b: int) -> bool:
    """Tokens a..b are a full name (`full_name`) or the name of a person the dictionary knows
    ('Bernie Sanders': a given name the given-name list lacks)."""
    if full_name(ws, a, b):
        return True
    known = ws.lex.actor(norm(ws.phrase(a, b))) if a < b else None
    return known is not None and known.kind == "person"


def _relabel(ws: Workspace, a: int, b: int, label: str) -> str:
    """Fix NER labels the dictionaries or the parse contradict ('Sri Lanka' tagged PERSON)."""
    key = norm(ws.phrase(a, b))
    lex = ws.lex
    if label in ("GPE", "ORG", "LOC") and not _resolvable(ws, key):
        # 'Oshima, the UN Emergency Relief Coordinator': a person the NER took for a place
        for c in ws.tree.children_by_dep(b, "appos"):
            agent, _ = agent_at(ws, c, c)
            if agent is not None and agent.refers == "PERSON" and agent.kind != "org":
                return "PERSON"
    if label not in ("PERSON", "ORG"):
        return label
    if key in lex.countries:
        return "GPE"
    if key in lex.demonyms:
        return "NORP"
    if a < b and lex.demonyms.get(ws.low(a)) and ws.tok[b].tag in ("NNPS", "NNS"):
        return "NORP"  # 'Bosnian Serbs'
    if label == "ORG" and _titled_name(ws, a, b, key):
        return "PERSON"  # 'DSP Raju Bhargav': a person's title and name taken for an ORG
    if label == "ORG" and full_name(ws, a, b):
        return "PERSON"  # 'Fritz Meyer', 'Nikki Holland': a given name and a surname
    if label == "ORG" and a == b and _office_holder(ws, a, key):
        return "PERSON"  # 'Museveni said', 'Trump said': the NER took a lone surname for an ORG
    if label == "PERSON":
        known = lex.actor(key)
        if known is not None and known.kind == "org":
            return "ORG"
        place = lex.places.get(key) if a == b else None
        if place is not None and norm(place.name) == key:
            # a place by its own name; not by another language's spelling ('Bono' is Bonn's
            # Italian name and U2's singer)
            return "GPE"
    return label


def _titled_name(ws: Workspace, a: int, b: int, key: str) -> bool:
    """A person's title with a sector ('DSP', 'Police Commissioner') and then two or more words
    that are no agent term, no known name and no place ('DSP Raju Bhargav'; not 'Senator John
    McCain Institute')."""
    first = title_prefix(ws, a, b)
    if first == a or b - first < 1 or key in ws.lex.known:
        return False
    title, _ = agent_at(ws, a, first - 1)
    if title is None or title.refers != "PERSON" or title.kind != "agent" or not title.sector:
        return False
    if not all(_title_word(piece) for piece in _title_pieces(ws, a, first)):
        return False  # 'National Stock Exchange', 'State Department Refugee Processing Center'
    rest = range(first, b + 1)
    return not any(
        agent_at(ws, x, x)[0] is not None or ws.names_country(x) or ws.low(x) in ws.lex.places
        for x in rest
    )


def _title_pieces(ws: Workspace, a: int, first: int) -> list[Agent | None]:
    """The agent terms that tokens a..first-1 are made of, read as `title_prefix` reads them
    ('Deputy Chief Constable': deputy, chief, constable); None where a word is no term."""
    pieces: list[Agent | None] = []
    i = a
    while i < first:
        for end in range(min(first - 1, i + 2), i - 1, -1):
            agent, start = agent_at(ws, i, end)
            if agent is not None and start == i:
                pieces.append(agent)
                i = end + 1
                break
        else:
            return [*pieces, None]
    return pieces


def _title_word(agent: Agent | None) -> bool:
    """A word that can stand as a title before a name: no organisation ('State Department'),
    and no noun that names people only with a modifier before it ('a national', 'a voter', 'a
    union': 'National Urban League', 'Union of Rationalist Atheists'); the weak 'Deputy' and
    'Chief' of 'Deputy Chief Constable' are titles."""
    if agent is None or agent.kind == "org":
        return False
    return not (agent.kind == "agent" and agent.needs_modifier)


def _office_holder(ws: Workspace, i: int, key: str) -> bool:
    """One capitalised word that no organisation or place is called and that names one curated
    person on the article's date (an acronym is an organisation's)."""
    text = ws.tok[i].text
    if text.isupper() or key in ws.lex.known or key in ws.lex.places:
        return False
    known = ws.lex.by_surname(key, ws.date)
    return known is not None and known.kind == "person"


def _poss_after(ws: Workspace, b: int) -> int | None:
    j = b + 1
    if j < len(ws.tok) and ws.tok[j].text in POSSESSIVE and ws.tok[j].dep == "case":
        return j
    return None


def match_name(ws: Workspace, i: int, covered: set[int]) -> tuple[int, str] | None:
    """A country, demonym or multi-word dictionary actor starting at token i (not in NER)."""
    lex, tok = ws.lex, ws.tok
    if not ws.capitalized(i) or tok[i].pos not in ("PROPN", "NOUN", "ADJ"):
        return None
    lengths = lex.lengths.get(ws.low(i))
    if not lengths:
        return None
    words: list[str] = []
    ends: list[int] = []
    j = i
    while j < len(tok) and len(words) < lengths[0] and j not in covered:
        w = ws.low(j)
        if w:
            words.append(w)
            ends.append(j)
        elif tok[j].text not in ("-", "."):
            break
        j += 1
    for k in lengths:
        if k > len(words):
            continue
        key = " ".join(words[:k])
        last = ends[k - 1]
        if tok[last].pos == "PUNCT":
            continue
        short = len(key.replace(" ", "")) <= 3
        if short and not all(tok[x].text.replace(".", "").isupper() for x in range(i, last + 1)):
            continue
        if key in lex.countries:
            # 'rubles (US $2.63 billion)', 'priced at US $199': a currency's name, no country
            return None if currency_name(ws, last) else (last, "GPE")
        if key in lex.demonyms:
            return last, "NORP"
        if (k > 1 or tok[i].text.isupper()) and key in lex.known:
            return last, "PERSON" if lex.known[key][0].kind == "person" else "ORG"
        if k == 1 and _organisation_written_out(ws, i, key):
            return last, "ORG"
    return None


# Where a one-word name the NER missed stands as a party of its clause ('Wikinews spoke with',
# 'told Gizmodo by email'), not as a noun's modifier ('the Ford Explorer', 'Google Science Fair').
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def _organisation_written_out(ws: Workspace, i: int, key: str) -> bool:
    """A hand-written organisation's name of one word, written as its entry writes it
    ('Wikinews', 'Gizmodo', 'TVN24'; not 'Plan' for PLAN, 'Inc.' for INC), standing as a party
    of its clause, not a speaker's label ('Wikinews: What is ...') nor a word of a longer
    name: the NER missed it."""
    t = ws.tok[i]
    if t.pos != "PROPN" or t.dep not in PARTY_DEPS:
        return False
    if i + 1 < len(ws.tok) and ws.tok[i + 1].text == ":":
        return False
    if any(0 <= x < len(ws.tok) and ws.capitalized(x) for x in (i - 1, i + 1)):
        return False  # a word of a longer name: 'the Andean Community (Comunidad Andina)'
    return any(k.curated and k.kind == "org" and k.name == t.text for k in ws.lex.known[key])


def add_name(ws: Workspace, sp: NameSpan) -> None:
    a, b = sp.first, sp.last
    if any(i in ws.owner for i in range(a, b + 1)):
        return
    lex = ws.lex
    text = ws.phrase(a, b)
    key = norm(text)
    if all(i in ws.used for i in range(a, b + 1)) and not _resolvable(ws, key):
        return  # a word of a title ('Defense Secretary'), not a name
    spelled = _bracketed_initials(ws, a, b, key)
    if spelled is not None:
        # 'rapid action force (raf)': the article's own acronym, whatever the case it is
        # written in, not the dictionary's RAF; its later mentions join the same draft
        ws.drafts.setdefault(f"O:{key}", spelled)
        ws.add_mention(spelled, a, b, "acronym")
        return
    last = sp.poss if sp.poss is not None else b
    kind = "possessive" if sp.poss is not None else "name"
    person = _person_by_surname(ws, key, a, text)
    if key in ws.states:  # 'Atlanta, Georgia': the state, not the country
        d = ws.draft(f"P:{key}", "GPE", text)
        d.set_country(ws.states[key].country, TEXT)
        ws.add_mention(d, a, last, kind, head=b)
        return
    if ws.former_state(b) and (key in lex.demonyms or key in lex.countries or _prefixed(ws, a)):
        return  # 'the ex-Soviet republic': a land once of the state, not the state
    code = lex.countries.get(key)
    if person is not None and (code is None or _surname_not_country(ws, person, key, code, a)):
        ws.add_mention(person, a, last, "surname", head=b)
        if places := from_place(ws, b, a):  # 'Sirhan, an ethnic Palestinian from Jordan,'
            person.evidence.append(Evidence(countries=places))
        return
    if code is not None:
        d = ws.draft(f"C:{code}", "GPE", lex.country_names.get(code, text))
        d.set_country(code, TEXT)
        if kind == "name" and text.replace(".", "").isupper():
            kind = "acronym"
        ws.add_mention(d, a, last, kind, head=b)
        return
    demonym = lex.demonyms.get(key)
    if demonym is not None and b in ws.club_names:
        # 'the Indians' of a baseball report: a club, of no people's country ('Cleveland')
        ws.add_mention(ws.draft(f"O:{key}", "ORG", text), a, last, kind, head=b)
        return
    if demonym is not None:
        add_demonym(ws, sp, demonym, text)
        return
    defined = ws.drafts.get(f"O:{key}")
    known = lex.actor(text)
    if known is None and sp.poss is not None and sp.label != "PERSON":
        # a firm named in the possessive ('Standard & Poor's', "Macy's", "Kellogg's"): the
        # span stops before the "'s" that is the name's own
        known = lex.firm(text + "s")
    if defined is None and known is None and " " not in key and key not in lex.places:
        firm = firm_by_first_word(ws, key, a)
        if firm is not None:
            ws.add_mention(firm, a, last, kind, head=b)
            return
    if (
        defined is not None
        and defined.known is None
        and norm(defined.name) != key
        and not (known is not None and norm(known.name) in norm(defined.name))
    ):
        # 'the Rapid Action Force (RAF)': the article's own acronym, not the dictionary's RAF;
        # 'General Motors Corporation (GM)' is the dictionary's GM (General Motors) all the same
        add_org(ws, sp, text, key, last, kind)
        return
    if known is not None and sp.label != "PERSON":
        d = ws.draft(f"K:{known.id}", _type(sp.label, known), text)
        d.known = known
        if len(text) > len(d.name):
            d.name = text
        if len(text.split()) > 1:
            d.hint_country = d.hint_country or ws.country_in(a, b)
        if kind == "name" and text.replace(".", "").isupper() and " " not in text:
            kind = "acronym"
        lead = [x for x in descriptor_lead(ws, a) if x not in ws.used]
        ws.used.update(lead)  # 'the German carmaker Volkswagen': one mention, the entry's codes
        ws.add_mention(d, min([a, *lead]), last, kind, head=b)
        return
    if sp.label == "ORG":
        add_org(ws, sp, text, key, last, kind)
        return
    if sp.label in ("GPE", "LOC", "FAC"):
        d = ws.draft(f"P:{key}", sp.label, text)
        code = place_country(ws, key)
        if code is not None and key in lex.places and key not in lex.countries:
            code = ws.read_place(key, a, b)  # 'Santa Clara' in California, not Cuba
        d.set_country(code, TEXT)
        ws.add_mention(d, a, last, kind, head=b)
        return
    if sp.label == "NORP" and ws.tok[b].dep not in ("amod", "compound"):
        d = ws.draft(f"N:{key}", "NORP", text)
        d.agent = lex.agent(key) or agent_at(ws, b, b)[0]
        outer = lex.demonyms.get(ws.low(a)) if a < b else None
        if outer is not None and (head := ws.descent_head(a)) is not None:
            outer = lex.demonyms.get(ws.low(head))  # 'Finnish Americans' are Americans
        before = [
            x
            for x in ws.tree.children_by_dep(b, "amod", "compound")
            if x < a and lex.demonyms.get(ws.low(x)) and x not in ws.used
        ]
        if outer is None and before:  # 'Iraqi' + 'Kurds' as two NER spans
            outer, a = lex.demonyms.get(ws.low(before[0])), before[0]
            ws.used.update(before)
        if outer is not None:  # 'Bosnian Serbs': the first demonym is the country
            d.set_country(outer, TEXT)
            d.plural = ws.tok[b].tag in ("NNS", "NNPS")
            d.agent = d.agent or Agent("people", "CVL")
        ws.add_mention(d, a, last, kind, head=b)


# Words around a place name that the gazetteer lists without ('Montenegro province').
PLACE_WORDS = frozenset(
    [
        "province",
        "state",
        "region",
        "district",
        "city",
        "county",
        "governorate",
        "oblast",
        "territory",
        "town",
        "village",
        "area",
        "prefecture",
        "municipality",
    ]
)

COMPASS = frozenset(place_words()["compass"]) | {"upper", "lower"}


def place_country(ws: Workspace, key: str) -> str | None:
    """The country of a place name, trying it without 'province' or 'northern' too."""
    lex = ws.lex
    words = key.split()
    for _ in range(3):
        if not words:
            return None
        joined = " ".join(words)
        code = lex.countries.get(joined)
        place = lex.places.get(joined) or lex.divisions.get(joined)
        if code is None and place is not None:
            code = place.country
        if code is not None:
            return code
        if words[-1] in PLACE_WORDS:
            words = words[:-1]
        elif words[0] in COMPASS:
            words = words[1:]
        else:
            return None
    return None


def _resolvable(ws: Workspace, key: str) -> bool:
    lex = ws.lex
    return key in lex.countries or key in lex.demonyms or key in lex.places or key in lex.known


def _type(label: str, known) -> str:
    if known.kind == "person":
        return "PERSON"
    if known.kind == "org":
        return "ORG"
    return label if label in ("ORG", "GPE", "NORP", "LOC", "FAC") else "ORG"


def _surname_not_country(ws: Workspace, person: Draft, key: str, code: str, a: int) -> bool:
    """Whether a country's name of one word at token a ('Jordan') is the surname of a person
    the text named in full before ('Rep. Jim Jordan', 'Eddie Jordan of Washington'): 'Jordan
    said', 'threw Jordan under the bus'. Not where it stands in a phrase of place ('in
    Jordan', 'flew to Jordan') or after a noun's 'of' ('the King of Jordan'), nor where the
    article names the country by other words, a people's or a place's ('Jordanian', 'Amman'):
    then the country is in the story, and the word may be it."""
    if person.first is None:
        return False
    t = ws.tok[a]
    if t.dep == "pobj" and ws.low(t.head) in LOCATIVE_PREPS:
        return False
    of = t.dep == "pobj" and ws.low(t.head) == "of" and ws.tok[t.head].head != t.head
    if of and ws.tok[ws.tok[t.head].head].pos in ("NOUN", "PROPN"):
        return False  # 'the King of Jordan', 'the people of Jordan'
    for i, (x, y) in ws.ner_span.items():
        if i != x or ws.ner_label[i] not in ("GPE", "LOC", "NORP"):
            continue
        if norm(ws.phrase(x, y)).removesuffix("'s").strip() != key and ws.names_country(x) == code:
            return False
    return True


def _person_by_surname(ws: Workspace, key: str, at: int, text: str) -> Draft | None:
    """The person named before whose surname this name is, written as one word: 'Jordan' after
    'Rep. Jim Jordan', and a hyphenated surname the NER took for an organisation
    ('Strauss-Kahn' after 'Dominique Strauss-Kahn', 'Al-Quaety' after 'Nabil Hasan
    al-Quaety': the key reads its parts as words); never a name of two words."""
    if any(c.isspace() for c in text):
        return None
    return max(ws.persons_named_before(key, at), key=lambda d: len(d.mentions), default=None)


def _prefixed(ws: Workspace, a: int) -> bool:
    """A name span that takes a prefix of a former state in ('ex-Soviet')."""
    if ws.low(a) not in FORMER_STATE_PREFIXES or a + 1 >= len(ws.tok):
        return False
    return ws.tok[a + 1].text in ("-", "–")


def add_demonym(ws: Workspace, sp: NameSpan, code: str, text: str) -> None:
    """A modifier of an actor gives its country; a plural is a group; else the country."""
    b = sp.last
    if b in ws.used:
        return
    t = ws.tok[b]
    if t.dep in ("amod", "compound", "nmod") and ws.tok[t.head].pos in NOMINAL_POS:
        head = ws.owner.get(t.head)
        if head is not None and head.type in ("PERSON", "GROUP", "ORG"):
            return
        if ws.ner_label.get(t.head) == "NORP" and ws.tok[t.head].tag in ("NNPS", "NNS"):
            return  # 'Iraqi Kurds': the people noun takes it
        if descriptor(ws, t.head):
            return  # 'the German carmaker Volkswagen': the organisation takes it
    plural = t.tag in ("NNS", "NNPS") or (
        "Number=Plur" in t.morph and t.pos in NOMINAL_POS and t.dep not in ("amod", "compound")
    )
    people = norm(text) in ws.lex.peoples and t.pos in NOMINAL_POS  # 'Bangladeshis and Rohingya'
    if plural or people or (text.endswith("s") and t.dep in ("nsubj", "nsubjpass", "dobj", "pobj")):
        # 'ethnic Albanians', 'the Albanians of southern Serbia': an ethnicity, not a country
        ethnic = [x for x in ws.tree.children_by_dep(b, "amod") if ws.low(x) == "ethnic"]
        where = place_of(ws, b)
        # a people of a state is not the state's nation: 'Americans' and 'African Americans',
        # 'Chinese' and 'Tibetans' are two groups
        nation = (
            f"D:{code}:{norm(text).rstrip('s')}" if norm(text) in ws.lex.peoples else f"D:{code}"
        )
        key = nation if not (ethnic or where) else f"E:{norm(text)}:{where}"
        d = ws.draft(key, "NORP", text)
        d.set_country(where or (None if ethnic else code), TEXT)
        d.plural = True
        # 'ordinary Kazakhs', 'two Brazilians', 'ethnic Albanians': people, CVL; a bare
        # 'the Palestinians' is the nation acting as a whole, coded like its country (no
        # sector: PLOVER GSR 'Nigerians', 'Iraqis' NGA/IRQ; NGEC 'Brazilians' BRA)
        described = _described(ws, sp.first, b)
        if ethnic or where or described or d.agent is None:
            d.agent = Agent("people", "CVL" if ethnic or where or described else None)
        ws.add_mention(d, min([sp.first, *ethnic]), b, "demonym", head=b)
        return
    d = ws.draft(f"C:{code}", "GPE", ws.lex.country_names.get(code, text))
    d.set_country(code, TEXT)
    ws.add_mention(d, sp.first, b, "demonym", head=b)


# Words that count people: 'thousands of Nigerians' are people, not the nation.
QUANTITY_NOUNS = frozenset(
    {"hundreds", "thousands", "millions", "dozens", "scores", "tens", "number", "group"}
)


def _described(ws: Workspace, a: int, b: int) -> bool:
    """People picked out of a nation: 'ordinary Kazakhs', 'two Brazilians', 'Palestinians
    living in the West Bank', 'thousands of Nigerians' (a bare 'the Palestinians' is not)."""
    t = ws.tok[b]
    if any(x < a for x in ws.tree.children_by_dep(b, "amod", "nummod", "compound")):
        return True
    if any(ws.tree.children_by_dep(b, "acl", "relcl")):
        return True
    if t.dep == "pobj" and ws.low(t.head) == "of":
        owner = ws.tok[t.head].head
        return ws.low(owner) in QUANTITY_NOUNS or ws.tok[owner].pos == "NUM"
    return False


def place_of(ws: Workspace, i: int) -> str | None:
    """The country of an 'of/in/from <place>' phrase attached to token i."""
    for p in ws.tree.children_by_dep(i, "prep"):
        if ws.low(p) in ("of", "in", "from"):
            for o in ws.tree.children_by_dep(p, "pobj"):
                if ws.capitalized(o) and (code := ws.names_country(o)):
                    return code
    return None


# Last words that make an organisation's name a firm ('Avalon Partners', 'Barclays Capital', 'IG
# Markets', 'Launch Systems', 'Ceramtech Incorporated'): ontology/data/organisation_words.json.
FIRM_WORDS = frozenset(organisation_words()["firm_words"])
REGISTERED_FORMS = frozenset(organisation_words()["registered_forms"])
MASTHEADS = frozenset(organisation_words()["mastheads"])
# The prepositions after a plural people's word that name an advocacy group's cause
# ('Physicians for Human Rights', 'Mothers Against Drunk Driving'): `_people_for_a_cause`.
CAUSE_PREPOSITIONS = frozenset(organisation_words()["cause_prepositions"])
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Agent terms heading the names of bodies of any sector ('Global Coalition to Defeat ISIS',
# 'National Coalition for Men'): a name they head takes no sector from them (`add_org`).
OPEN_HEADS = frozenset(organisation_words()["open_heads"])


def _firm_name(ws: Workspace, a: int, b: int) -> bool:
    """Whether the name of tokens a..b ends, before any legal form, with a firm word after
    another word ('Fort Pitt Capital Group', 'BGC Partners'; not a bare 'Capital') or a firm's
    two last words after another ('Solaris Asset Management'), or ends with
    a registered company form after another word ('Ceramtech Incorporated', 'Ithaca Holdings')."""
    words = [norm(ws.tok[x].text) for x in range(a, b + 1)]
    if len(words) > 1 and words[-1] in REGISTERED_FORMS:
        return True
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words.pop()
    if len(words) > 2 and " ".join(words[-2:]) in FIRM_WORDS:
        return True  # 'Aberdeen Asset Management', 'Dreman Value Management'
    return len(words) > 1 and words[-1] in FIRM_WORDS


def _masthead(ws: Workspace, a: int, b: int) -> bool:
    """A newspaper's name: a masthead word last ('Miami Herald', 'Denver Post', 'San Francisco
    Chronicle') or first before 'of' ('Times of Zambia'), after or before a capitalised
    word (`organisation_words.json` `mastheads`)."""
    words = [x for x in range(a, b + 1) if ws.low(x) not in DETERMINERS]
    if len(words) < 2 or not all(ws.capitalized(x) or ws.low(x) == "of" for x in words):
        return False
    if ws.low(words[-1]) in MASTHEADS:
        return True
    return ws.low(words[0]) in MASTHEADS and ws.low(words[1]) == "of" and len(words) > 2


def _national_arm(ws: Workspace, a: int, b: int) -> bool:
    """A company's name and then a country's: its arm in that country ('Ford Australia',
    'Tesco Polska', 'Facebook Ireland Limited'), a firm of the named country."""
    for k in range(b - 1, a - 1, -1):
        known = ws.lex.actor(ws.phrase(a, k))
        if known is None or known.kind != "org" or not ws.country_in(k + 1, b):
            continue
        w = known.at(ws.date)
        return w is not None and w.sector == "BUS"
    return False


def add_org(ws: Workspace, sp: NameSpan, text: str, key: str, last: int, kind: str) -> None:
    a, b = sp.first, sp.last
    d = ws.drafts.get(f"O:{key}") or _acronym_of(ws, text)
    if d is None:
        d = ws.draft(f"O:{key}", "ORG", text)
        heads = [x for x in range(a, b + 1) if not a <= ws.tok[x].head <= b] or [b]
        d.agent, _ = agent_at(ws, a, heads[0])
        d.agent = _term_with_of(ws, heads[0], b) or d.agent
        if d.agent is None and heads[0] != b:  # 'Acme Holdings Inc.': its last word
            last_word = agent_at(ws, a, b)[0]
            d.agent = last_word if last_word is not None and last_word.kind == "org" else None
        if d.agent is None and ws.tok[b].text in ("Co.", "Co"):  # 'Pacific Gas & Electric Co.'
            d.agent = ws.lex.agent("company")  # (not an agent term: 'co' is also 'co-founder')
        # 'Avalon Partners', 'Barclays Capital' (not the weak 'partners' of a treaty)
        if (d.agent is None or not (d.agent.sector or d.agent.default)) and _firm_name(ws, a, b):
            d.agent = ws.lex.agent("company")
        if d.agent is None and _national_arm(ws, a, b):
            d.agent = ws.lex.agent("company")
        if (d.agent is None or _person_role(d.agent)) and _masthead(ws, a, b):
            # 'New York Observer': a newspaper, not an election observer (a person's role)
            d.agent = ws.lex.agent("newspaper")
        if d.agent is not None and _people_for_a_cause(ws, d.agent, heads[0], b):
            d.agent = ws.lex.agent("advocacy group")  # 'Physicians for Human Rights'
        if d.agent is not None and d.agent.term in OPEN_HEADS:
            d.agent = None  # 'WeWorkers Coalition' is no party; the words before it may say
        state_body = d.agent is not None and d.agent.sector in STATE_BODY_SECTORS
        d.set_country(ws.country_in(a, b) if state_body else ws.country_in_name(a, b), TEXT)
    if kind == "name" and text.isupper() and " " not in text:
        kind = "acronym"
    lead = [x for x in premodifiers(ws, a, b) if x not in ws.used] or descriptor_lead(ws, a)
    countries = [x for x in lead if ws.capitalized(x) and ws.names_country(x)]
    if countries:  # "Israel's Cabinet", 'the Russian Defence Ministry'
        d.set_country(ws.names_country(countries[0]), TEXT)
    else:  # 'Tehran-based', 'Turkish-based carrier SunExpress'
        d.set_country(_based_in(ws, a, b) or _of_country(ws, a, last), TEXT)
    words = [x for x in lead if x not in countries and ws.tok[x].pos == "NOUN"]
    if words and not _says_sector(d.agent):  # 'the US car manufacturer General Motors'
        # (a name's weak last word yields: 'Denmark-based retailer Salling Group')
        d.agent = agent_at(ws, words[0], words[-1])[0] or d.agent
    if countries or (words and d.agent is not None):
        a = min(countries + words)
        ws.used.update(lead)
    ws.add_mention(d, a, last, kind, head=b, own=False)
    for x in range(sp.first, last + 1):
        ws.owner.setdefault(x, d)
    # "Islamic Salvation Front (FIS)": the bracketed acronym names the same organisation
    j = last + 1
    tok = ws.tok
    if j + 2 < len(tok) and tok[j].text == "(" and tok[j + 2].text == ")":
        word = tok[j + 1].text
        if word.isupper() and len(word) >= 2:
            ws.drafts[f"O:{norm(word)}"] = d
            ws.add_mention(d, j + 1, j + 1, "acronym")


def _term_with_of(ws: Workspace, head: int, b: int) -> Agent | None:
    """The agent term a name's head makes with the noun after its 'of' ('Montana Department of
    Corrections', 'California Department of Corrections and Rehabilitation': 'department of
    corrections', COP, where the head alone is GOV), where the dictionary has one with a sector."""
    if head + 2 > b or ws.low(head + 1) != "of":
        return None
    agent = ws.lex.agent(f"{ws.low(head)} of {ws.low(head + 2)}")
    return agent if agent is not None and agent.sector else None


def _of_country(ws: Workspace, a: int, last: int) -> str | None:
    """The country an 'of' phrase names right after an organisation's name the NER closed
    before it ('ALAFCO Aviation Lease & Finance of Kuwait', 'Unilever of Britain'): a
    country's name and nothing more, not a place inside one ('of Montana')."""
    j = last + 1
    if j + 1 >= len(ws.tok) or ws.low(j) != "of" or not a <= ws.tok[j].head <= last:
        return None
    o = j + 1 + (ws.low(j + 1) == "the")
    if o >= len(ws.tok) or ws.tok[o].head != j or ws.ner_label.get(o) != "GPE":
        return None
    a, b = ws.ner_span[o]
    code = ws.lex.countries.get(norm(ws.phrase(a, b)).removeprefix("the "))
    return code if code is not None and ws.lex.is_state(code) else None


def _people_for_a_cause(ws: Workspace, agent: Agent, head: int, b: int) -> bool:
    """An organisation named as people for or against a cause ('Physicians for Human Rights',
    'Women for America First', 'Citizens for Tax Justice', 'Mothers Against Drunk Driving'):
    a plural people's term heads the name and a 'for', 'against' or 'without' of the name
    follows it (wherever the parse hangs the phrase); an advocacy group, not the people's
    trade or walk of life."""
    if agent.refers == "ORG" or agent.kind in ("org", "weak"):
        return False
    if ws.tok[head].tag not in PLURAL_TAGS:
        return False
    return head + 1 < b and ws.low(head + 1) in CAUSE_PREPOSITIONS


def _person_role(agent: Agent) -> bool:
    """A weak term of a person's role ('observer'), which gives an organisation's name no
    sector of its own."""
    return agent.kind == "weak" and agent.refers == "PERSON" and not agent.sector


def _says_sector(agent: Agent | None) -> bool:
    return agent is not None and bool(agent.sector or agent.default)


def _based_in(ws: Workspace, a: int, b: int) -> str | None:
    """The home an 'X-based' modifier gives the organisation named at tokens a..b."""
    for j in range(max(0, a - 4), a):
        if ws.low(j) != "based" or not j < ws.tok[j].head <= b:
            continue
        for c in ws.tree.children_by_dep(j, "npadvmod", "compound", "amod", "nmod"):
            if c < j and ws.capitalized(c) and (code := ws.names_country(c)):
                return code
    return None


def descriptor_lead(ws: Workspace, a: int) -> list[int]:
    """The words of a descriptor noun right before the name at token a, with its modifiers
    ('the US car manufacturer General Motors': US car manufacturer)."""
    if a > 0 and descriptor(ws, a - 1):
        return [x for x in left_mods(ws, a - 1) if ws.low(x) not in DETERMINERS] + [a - 1]
    return []


def short_firm_names(ws: Workspace, spans: list[NameSpan]) -> None:
    """A one-word name the NER called a person or a place that is the first word of an
    organisation named before it ('Mahan Air ... Mahan's permit', 'Saturn Corporation ...
    Saturn's dealers') is read as that organisation's short name (`firm_by_first_word`)."""
    firsts = {
        norm(ws.tok[sp.first].text): sp.first
        for sp in spans
        if sp.last > sp.first and _business_name(ws, sp.first, sp.last)
    }
    for sp in spans:
        if sp.first != sp.last or sp.label not in ("PERSON", "GPE", "LOC"):
            continue
        key = norm(ws.tok[sp.first].text)
        if firsts.get(key, sp.first) >= sp.first or _resolvable(ws, key):
            continue
        sp.label = "ORG"


def _business_name(ws: Workspace, a: int, b: int) -> bool:
    """A firm's name: a business of the dictionaries, or a name ending with a legal form or a
    firm word ('Saturn Corporation', 'Alden Capital')."""
    known = ws.lex.actor(ws.phrase(a, b))
    if known is not None:
        return known.kind == "org" and any(w.sector == "BUS" for w in known.windows)
    return norm(ws.tok[b].text) in LEGAL_FORMS or _firm_name(ws, a, b)


def _acronym_of(ws: Workspace, text: str) -> Draft | None:
    """An ORG already named in full whose initials spell this acronym ('NSC')."""
    letters = text.replace(".", "")
    if not (letters.isupper() and 2 <= len(letters) <= 6 and " " not in text):
        return None
    for d in ws.drafts.values():
        if d.type != "ORG":
            continue
        initials = "".join(
            w[0] for w in d.name.split() if w[0].isupper() and w.lower() not in ("of", "the")
        )
        if initials == letters:
            return d
    return None


def add_surnames(ws: Workspace) -> None:
    """Surnames the NER left unlabelled ('... said Kirby') join their person."""
    people = [d for d in ws.drafts.values() if d.type == "PERSON"]
    surnames = {d.called: d for d in people if d.called}  # 'Park' ... 'said Park'
    surnames.update((d.surname, d) for d in people if d.surname)
    if not surnames:
        return
    for i, t in enumerate(ws.tok):
        if i in ws.owner or i in ws.ner_label or not ws.capitalized(i):
            continue
        if t.pos != "PROPN" and (t.dep not in NAME_ROLES or t.text.isupper()):
            continue
        d = surnames.get(ws.low(i))
        if d is None or d.start >= i:
            continue
        if t.pos == "PROPN" or _named_in_full(ws, d, i):
            ws.add_mention(d, i, i, "surname")


# The roles in which a capitalised word the tagger read as a common noun can still be the
# surname of a person named before ('Trump granted Milken a pardon', 'Jobs welcomed everyone'):
# a subject, an object, a possessor.
NAME_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "poss"})


def _named_in_full(ws: Workspace, d: Draft, i: int) -> bool:
    """Whether the person d was named before token i by a given name and a surname the tagger
    read as a name ('Steve Jobs' before 'Jobs welcomed everyone'): a capitalised common word
    ('Jobs', 'Guests', 'Trump' as a card) is that person's surname only then."""
    return d.first is not None and any(
        m.kind == "name"
        and m.head < i
        and m.first < m.head
        and ws.tok[m.head].pos == "PROPN"
        and ws.low(m.head) == d.surname
        for m in d.mentions
    )


# Participles that place an organisation: 'a New York-based company', 'headquartered in Texas'.
BASED = frozenset({"based", "headquartered"})


def based_in(ws: Workspace) -> None:
    """An organisation the text places ('New York-based WeWork', 'InfoNation, a Sugar
    Land-based provider', 'WeWork is headquartered in New York City') takes that place's
    country, as text evidence."""
    tok = ws.tok
    for i, t in enumerate(tok):
        if ws.low(i) not in BASED:
            continue
        if i >= 2 and tok[i - 1].text in ("-", "–") and ws.capitalized(i - 2):
            code = _place_country(ws, i - 2)
            org = (
                _organisation_at(ws, t.head) or _organisation_at(ws, i + 1)
                if i + 1 < len(tok)
                else None
            )
        else:
            places = [
                o
                for p in ws.tree.children_by_dep(i, "prep")
                if ws.low(p) == "in"
                for o in ws.tree.children_by_dep(p, "pobj")
                if ws.capitalized(o)
            ]
            code = _place_country(ws, places[0]) if places else None
            subj = ws.tree.children_by_dep(i, "nsubjpass", "nsubj")
            if subj and t.dep == "relcl" and ws.low(subj[0]) in ("which", "that"):
                subj = [t.head]  # 'Northwind Mining Corp., which is headquartered in Toronto'
            org = (
                _organisation_at(ws, subj[0] if subj else t.head)
                if t.dep != "ROOT" or subj
                else None
            )
        if code and org is not None:
            org.set_country(code, TEXT)


def located_in(ws: Workspace) -> None:
    """An organisation's name followed by 'in' and a place ('Serra Automotive in Grand Blanc
    Township, Genesee County, Michigan', 'the Pacific Standard bar in Brooklyn') takes that
    place's country, as text evidence: news English places a body by where it sits. Only a
    name no dictionary entry codes ('Toyota in Kentucky' is a plant, not a Kentucky firm) nor
    a country's word ('the Ecuadorean embassy in London'), and the place read through its
    appositions and conjuncts ('Grand Blanc Township, Genesee County, Michigan')."""
    seen: set[int] = set()
    for d in list(ws.drafts.values()):
        if d.type != "ORG" or id(d) in seen or d.country or d.known or d.hint_country:
            continue
        seen.add(id(d))
        if not d.key.startswith("O:") or norm(d.name).removeprefix("the ") in ws.lex.shared:
            continue  # 'the Islamic State in Iraq and Syria' is a name, no place
        if any(ws.country_in_name(m.first, m.last) for m in d.mentions):
            continue  # 'the Ecuadorean embassy in London' is Ecuador's
        for m in d.mentions:
            code = next(
                (
                    c
                    for p in ws.tree.children_by_dep(m.head, "prep")
                    if ws.low(p) == "in"
                    for o in ws.tree.children_by_dep(p, "pobj")
                    for x in _with_appositions(ws, o)
                    if ws.capitalized(x) and (c := _place_country(ws, x))
                ),
                None,
            )
            if code:
                d.set_country(code, TEXT)
                break


def _with_appositions(ws: Workspace, i: int) -> list[int]:
    """Token i and the chain of appositions after it ('Grand Blanc Township, Genesee County,
    Michigan'), nearest first."""
    chain = [i]
    while len(chain) < 4 and (nxt := ws.tree.children_by_dep(chain[-1], "appos", "conj")):
        chain.append(nxt[0])
    return chain


def _organisation_at(ws: Workspace, i: int) -> Draft | None:
    """The organisation token i names, or that a noun at i stands in apposition to."""
    tok = ws.tok
    for j in (i, *ws.tree.children_by_dep(i, "appos"), tok[i].head if tok[i].dep == "appos" else i):
        d = ws.owner.get(j) or ws.drafts.get(f"O:{ws.low(j)}")  # a name the NER missed here
        if d is not None and d.type == "ORG":
            return d
    return None


def _place_country(ws: Workspace, i: int) -> str | None:
    """The country of the place ending at token i: the actor dictionaries, else the gazetteer
    when every place of that name lies in one country."""
    if code := ws.names_country(i):
        return code
    if ws.ner_label.get(i) not in ("GPE", "LOC", "FAC", None):
        return None
    a, b = ws.ner_span.get(i, (i, i))
    while a > 0 and ws.capitalized(a - 1) and ws.tok[a - 1].dep == "compound":
        a -= 1  # 'Sugar Land'
    from ..places.gazetteer import load_gazetteer

    found = {c.country for c in load_gazetteer().candidates(ws.phrase(a, b)) if not c.alias}
    return found.pop() if len(found) == 1 else None
