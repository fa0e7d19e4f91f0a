"""When, on whose word, and with which amounts: the circumstances of an event record, read from
the layers before the event layer (timexes, quotes, quantities) and the publication date.

Date (timex layer): a time expression of the event's own clause (or of a participle or conjunct
beside it that has no participants of its own), else of a clause above it, else the day of the
simple past told in the sentence before (for an arrest, an assault or a shooting, of the last
sentence that gives a time, unless it is a report's or a court's day); a time expression inside
a relative or adverbial clause with its own subject dates that clause's event, not this one, and
one inside a finite clause put before the main one ("After Neumann left the company in October,
SoftBank committed") dates none of the main clause's events, and one after a noun of a phrase
opening the sentence ("In addition to its order of 30 jets Wednesday, it announced an order on
Monday") yields to a time of the main clause's own; the time of a reporting verb does
not date a reported clause told in another time ("GM announced today that it will offer
buyouts", "said Thursday it had signed": future, modal or pluperfect; but a future progressive,
"announced today that the government would be providing assistance", is an arrangement told on
the report's day), nor one told as an outcome or a state under way ("announced yesterday that 337
users were arrested", "announced the Justice Department was performing an investigation": a
past passive or progressive), nor a relative clause in
the perfect ("the bombings, which have killed 250 people"), nor a clause or an event noun put
before or after it ("days after a sniper killed", "13 days after the embassy bombings"); a date
right after "before" or "after" bounds the event's time without giving it ("were convicted before
yesterday's announcements", "to replace GM after 2011"), and one in the possessive after the
event's word dates the noun it qualifies ("endorsing Biden for this year's election"). No date
in the text, no date: the publication date is the day of the report, not of the event
(docs/schema.md); but an undated past main clause after a fronted clause of the same time ("As
the charges were unsealed in New York, Hawk Sawyer testified") happened on the story's day, the
last day told before it within a week of publication (`Circumstances.simultaneous`). A clock
time whose text names no day ("at around 14:00 local time") has the publication day only by
default: its event takes the narrative's day when one is told, and it gives no day to others.
An event dated after publication in a present-tense clause is future.
Attribution: the quote whose content holds the trigger (quotes layer), else the reporting verb
above the event or an "according to" phrase in its sentence. Quantities: those inside the
trigger's argument phrases.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import replace

from ...ontology.reading import event_circumstances, quote_cues, timex_words
from ...records import Attribution, Document, EventDate, Quote, Span, Timex
from .arguments import Args
from .locations import lead_sentence
from .modality import Mood
from .roles import Proto

MAX_CLAUSES = 16  # a sentence nests fewer clauses than this
# dependency labels of a verb that heads a clause of its own
CLAUSES = frozenset(
    {"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "csubj", "csubjpass", "parataxis", "pcomp"}
)
# words that open a clause of another time put before the main one: "After Neumann left in
# October, ..." (a sequence; "when" and "as" share the main clause's time)
FRONTED = frozenset(event_circumstances()["fronted_subordinators"])
# auxiliaries that put a reported clause after the reporting verb's time ("announced today that
# it will offer"); the pluperfect ("said today it had sent") puts it before
SHIFTED = frozenset(event_circumstances()["shifted_auxiliaries"])
REPORTED = frozenset({"ccomp", "parataxis"})
# words that open a clause of the same time put before the main one ("As the charges were
# unsealed in New York, Hawk Sawyer testified"; "While protesters chanted, the Speaker spoke")
SIMULTANEOUS = frozenset(event_circumstances()["simultaneous_subordinators"])
PAST_TAGS = frozenset({"VBD"})
# nouns of a time ("the fourth night in a row that Serbians protested", "saying at the time he
# was willing to withdraw troops"): a relative clause on one tells an event of that time
TIME_NOUNS = frozenset(
    [
        *timex_words()["duration_units"],
        *timex_words()["weekdays"],
        *timex_words()["parts_of_day"],
        "time",
        "moment",
    ]
)
STORY_DAYS = 7  # a day more than this many days before publication is not the story's
SPOKEN_DAYS = 1  # an undated quote of a report this many days after the story's day is of it
# prepositions whose date bounds an event's time without giving it ("convicted before
# yesterday's announcements", "to replace GM after 2011", "released on bail until May")
BOUNDS = frozenset(event_circumstances()["bounding_prepositions"])
SPANS = frozenset(event_circumstances()["span_prepositions"])
# the last word of the name of a law or a treaty, whose year is the document's ("the Clean Air
# Act of 1970", "its 2018 Ballot Interference Prevention Act")
DOCUMENTS = frozenset(event_circumstances()["document_names"])
FUTURE_AUX = frozenset({"will", "shall", "would", "'ll"})
COURT = "JUD"
# adverbs that put an event after the day last told, maybe on another ("They later apprehended")
LATER = frozenset(event_circumstances()["later_adverbs"])
# verbs of saying: the day a report is made is not the day of what it tells
REPORTING = frozenset(w for g in quote_cues()["reporting_verbs"] for w in g["lemmas"])
# verbs of speech proper, that tell what was said in a clause ("reported", "announced"; not
# "voted", "attacked": the lead's act itself)
SPEECH = frozenset(w for g in quote_cues()["reporting_verbs"] if g["speech"] for w in g["lemmas"])
# a clock time ("at around 14:00 local time", "just after midnight") gives the publication day
# only by default when its text names no day ("Sunday", "today", "Jan. 5", "this morning")
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_NAMES_DAY = re.compile(
    r"(?i)today|tonight|this|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d/\d"
)
# CAMEO roots of a report of coercion or violence, told on the day first given
NARRATIVE_ROOTS = frozenset(event_circumstances()["narrative_roots"])
# CAMEO roots of an incident whose day is its story's (`Locator` reads its place the same way):
# those that register a day, and the incidents of one day that take it
STORY_ROOTS = frozenset(event_circumstances()["story_roots"])
STORY_DATE_ROOTS = frozenset(event_circumstances()["story_date_roots"])
# a stance said in the first person present inside a direct quote is made by saying it
STANCE_ROOTS = frozenset(event_circumstances()["stance_roots"])
FIRST_PERSON = frozenset({"i", "we"})
# "charged in the Dec. 21, 1988, bombing", "arrested in connection with last year's blasts": a
# time inside the phrase of an incident noun is the incident's, not an act done about it; an
# outcome of the incident ("killed in Tuesday's attack") or an act of violence shares its time
INCIDENT_NOUNS = frozenset(event_circumstances()["incident_nouns"])
OUTCOME_VERBS = frozenset(event_circumstances()["outcome_verbs"])
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
# "The Security Council on Friday ... pledged to impose further sanctions": a promise (AGREE,
# THREATEN) with a clausal complement is dated by the time of the act promised, not the day the
# promise was made (docs/coding-guide.md)
COMMITMENT_VERBS = frozenset(event_circumstances()["commitment_verbs"])
COMMITMENT_ROOTS = frozenset(event_circumstances()["commitment_roots"])
COMPLEMENTS = frozenset({"xcomp", "ccomp"})
# adverbs that tell another act of a kind already told, not the same act again
ANOTHER = frozenset({"also", "again", "too", "further"})


class Circumstances:
    """Date, attribution and quantities of the events of one document."""

    def __init__(self, doc: Document, args: Args) -> None:
        self.doc = doc
        self.a = args
        self.tree = args.tree
        self.published = (doc.article.published or "")[:10] or None
        self._starts: list[int] | None = None
        self._sectors = {e.id: e.sector for e in doc.entities}
        self._dated: dict[int, list[Timex]] | None = None  # sentence -> its calendar dates
        self.story: dict[int, EventDate] = {}  # sentence -> the story's day told there
        # (trigger lemma, CAMEO code) -> the days an act so named was told on, by sentence
        self.told: dict[tuple[str, str], list[tuple[int, EventDate]]] = {}
        lead = lead_sentence(doc)
        if (day := self._lead_day(lead)) is not None:
            self.story[lead] = day

    def date(self, p: Proto) -> EventDate | None:
        """The date of the event's own clause, else of a clause above it, else the narrative's
        day (`_narrative`); None when none gives one (the publication date is not the event's
        date: the store files an undated event under it, `date_value` NULL telling which)."""
        sent = self.doc.sentences[self.a.token(p.head).sent]
        mine = [c for c in (self._clause(p.head), self._clause(p.anchor)) if c is not None]
        fronted = self._fronted(sent.tok_start, sent.tok_end)
        # "the bombings, which have killed 250 people": a relative clause in the perfect tells
        # its antecedent's state, not an event of the day the clause above gives
        perfect_relative = any(self._perfect_relative(c) for c in mine)
        best = None
        # "13 days after the embassy bombings": an event noun after "after/before/since/until"
        # takes only a time of its own phrase ("after the Aug. 7 bombings")
        within = self._sequenced_noun(p.head) or self._promised(p)
        wanted = self._noun_infinitive(p.head)
        opening = self._opening(sent.tok_start, sent.tok_end)
        for t in self.doc.timexes:
            if not sent.start <= t.start < sent.end or not _dates(t):
                continue
            if within is not None and not within[0] <= t.start < within[1]:
                continue
            if wanted is not None and wanted[0] <= t.start < wanted[1]:
                continue  # "the request ... to suspend Parliament for parts of September"
            if fronted is not None and t.start < fronted <= self.a.tok[p.head].start:
                continue  # the fronted clause's own time, whatever the parse says
            if self._bound(t, p) and not self._at_time(t, mine):
                continue  # "convicted before yesterday's announcements": not that day
            if self._named(t):
                continue  # "its 2018 Ballot Interference Prevention Act": the law's year
            if self._incident_time(t, p):
                continue  # "charged in the 1995 shooting": the shooting's year
            depth = self._reach(t, mine)
            if depth is None or (depth > 0 and perfect_relative):
                continue
            if depth > 0 and self._relative_apart(t, mine, depth % MAX_CLAUSES):
                continue
            # "In addition to its order of 30 jets Wednesday, it announced an order on Monday":
            # a time under a noun of an opening phrase ranks after the main clause's own
            nested = opening is not None and self._in_opening_noun(t, sent.tok_start, opening)
            key = (depth, nested, abs(t.start - self.a.tok[p.head].start))
            if best is None or key < best[0]:
                best = (key, t)
        if best is None:
            return None if self.framed(p) else self._narrative(p)
        (depth, _, _), t = best
        evidence = "above" if 0 < depth < MAX_CLAUSES else "clause"
        found = EventDate(t.text, t.value, t.start, t.end, evidence)
        if self._bare_clock(t):
            # "The officers eventually shot him dead ... at around 14:00 local time" after "On
            # Sunday ... a man ... began to stab people": the narrative's day, not publication's
            return self._narrative(p, timed=True) or found
        return found

    def _own_time(self, p: Proto, mine: list[int]) -> bool:
        """The event's own clause gives a time the publication date does not resolve ("In
        February, a gunman killed five people", "That same year he shot and killed his father",
        "a woman was killed ... on the night of Sept. 13" in texts without a publication date):
        the event is of that time, not of the day the narrative or the story last told ("now",
        a present reference, is the story's time)."""
        sent = self.doc.sentences[self.a.token(p.head).sent]
        for t in self.doc.timexes:
            if not sent.start <= t.start < sent.end or t.type not in ("DATE", "TIME"):
                continue
            if _dates(t) or t.value == "PRESENT_REF" or self._bound(t, p):
                continue
            if self._reach(t, mine) == 0:
                return True
        return False

    def spoken(self, p: Proto) -> EventDate | None:
        """A stance said in the first person present inside a direct quote ("we call for",
        "I really urge", "we strongly urge", "we condemn") is made by saying it: it happened
        when the quote was spoken, so it takes the day of the quote's reporting verb as that
        verb's own clause or narrative gives it ("..., Esper said" after "Esper on Wednesday
        accused China"), else the story's day an undated simple past of it tells; none when the
        reporting verb has none either. Only a verb with no
        auxiliary ("we will urge", "we have called for" tell another time)."""
        a = self.a
        t = a.token(p.anchor)
        if p.code[:2] not in STANCE_ROOTS or p.head != p.anchor or t.tag != "VBP":
            return None
        if a.deps(p.anchor, "aux", "auxpass") or not any(
            a.token(x).text.lower() in FIRST_PERSON for x in a.deps(p.anchor, "nsubj")
        ):
            return None
        where = t.start
        quote = min(
            (
                q
                for q in self.doc.quotes
                if q.kind == "direct"
                and q.cue is not None
                and q.content.start <= where < q.content.end
            ),
            key=lambda q: q.content.end - q.content.start,
            default=None,
        )
        if quote is None or quote.cue is None:
            return None
        verb = self._reporting_verb(quote)
        if verb is None:
            return None
        said = replace(p, head=verb, anchor=verb, chain=[], governor=None)
        date = self.date(said) or self.simultaneous(said)
        if date is not None:
            return date if date.evidence != "clause" else replace(date, evidence="above")
        # an undated "said" in the simple past of a report of the same or the next day tells
        # the story's day, the day last told for it ("Yesterday, the Parliament of Iraq voted
        # ... Following the vote, ... he said"); a report of days later may quote a statement
        # of any day since
        if not self._told_past(verb) or self._later(verb):
            return None
        # (or the lead's day told by a verb of speech: "Esper on Wednesday accused China ...
        # '... we call for an end to the bullying,' Esper said")
        s = a.token(verb).sent
        told = [k for k in self.story if k <= s]
        lead = lead_sentence(self.doc)
        day = self.story[max(told)] if told else None
        if day is None and lead <= s:
            day = self._lead_day(lead, speech=True)
        if day is None or not self._recent(day.value or "", SPOKEN_DAYS):
            return None
        return replace(day, evidence="story")

    def _reporting_verb(self, quote: Quote) -> int | None:
        """The verb that reports a direct quote: its cue ("said"), or, for a colon, the main
        verb of the clause before it ("spoke to the press after the speech: ...")."""
        assert quote.cue is not None
        i = self._token_at(quote.cue.start)
        if i is None:
            return None
        if self.a.token(i).pos not in ("VERB", "AUX"):
            sent = self.doc.sentences[self.a.token(i).sent]
            i = next((k for k in range(sent.tok_start, i) if self._main(k)), -1)
            if i < 0 or self.a.token(i).pos != "VERB":
                return None
            if quote.content.start <= self.a.tok[i].start < quote.content.end:
                return None
        return i

    def _bare_clock(self, t: Timex) -> bool:
        """A clock time whose text names no day ("at around 14:00 local time", "just after
        midnight"): the timex layer gives it the day its sentence names, else the publication
        day, which is then a default, not a day the text tells."""
        value = t.value or ""
        return (
            t.type == "TIME"
            and value[:10] == self.published
            and bool(_CLOCK_VALUE.match(value))
            and not _NAMES_DAY.search(t.text)
        )

    def _bound(self, t: Timex, p: Proto | None) -> bool:
        """A date right after "before", "after" or "until" bounds the event's time, it does not
        give it: "were convicted before yesterday's announcements", "to replace GM after 2011",
        "be made before the end of the month", "released on bail until May" (a time of day
        stays: "shortly before midnight Wednesday").
        A date after "since" opens the span a verb's acts fall in ("had been arrested in several
        states since 1990"), but starts the state an event noun tells ("has been the subject of
        United States sanctions since 2011": imposed in 2011); without an event (a clause's
        frame) it bounds nothing."""
        i = self._token_at(t.start)
        if t.type != "DATE" or i is None or i == 0:
            return False
        word = self.a.tok[i - 1].text.lower()
        if word in SPANS:
            return p is not None and self.a.token(p.head).pos in ("VERB", "AUX")
        return word in BOUNDS

    def _at_time(self, t: Timex, mine: list[int]) -> bool:
        """The event's clause hangs on the time expression and tells what happened then:
        "since early December, when Cuban President Fidel Castro promised mass mobilization"
        (TBAQ)."""
        first, last = self._token_at(t.start), self._token_at(max(t.start, t.end - 1))
        if first is None or last is None:
            return False
        if any(first <= self.a.tok[c].head <= last and self.a.tok[c].dep == "relcl" for c in mine):
            return True
        # "since 1985 _ when the Israelis created": the "when" of the event's clause follows
        # the time expression, wherever the parser hangs that clause
        k = last + 1
        while k < len(self.a.tok) and not any(ch.isalnum() for ch in self.a.tok[k].text):
            k += 1
        return (
            k < len(self.a.tok)
            and self.a.tok[k].text.lower() == "when"
            and self.a.tok[k].head in mine
        )

    def _incident_time(self, t: Timex, p: Proto) -> bool:
        """A time that modifies an incident noun before it ("the Dec. 21, 1988, bombing",
        "last year's deadly U.S. Embassy blasts", "the 1995 shooting") dates that incident, not
        an act of another kind whose argument names it ("charged in", "arrested in connection
        with", "condemned"): but the incident itself, an outcome of it ("killed in Tuesday's
        attack") and an act of violence told with it take that time. A time in the possessive
        dates the noun it qualifies, whatever the noun, when that noun comes after the event's
        word, among what the act is done to or for ("endorsing Biden for this year's
        presidential election", "asked NBC's Lester Holt, the moderator for this year's first
        presidential debate", "officials praised Thursday's protests": the praise's day is not
        told); a phrase put before the clause frames it and gives its time ("In last week's
        action, another federal judge sentenced Manafort", "As a result of Saturday's unrest,
        twenty people were arrested")."""
        if p.code[:2] in VIOLENCE_ROOTS or self.a.lemma(p.anchor) in OUTCOME_VERBS:
            return False
        first, last = self._token_at(t.start), self._token_at(max(t.start, t.end - 1))
        if first is None or last is None:
            return False
        for i in range(first, last + 1):
            h = self.a.tok[i].head
            if first <= h <= last:
                continue
            if self.a.tok[i].dep == "poss" and h > max(p.head, p.anchor):
                return self.a.tok[h].pos == "NOUN"
            # "last year's deadly U.S. Embassy blasts": up through the words before the noun
            for _ in range(MAX_CLAUSES):
                up = self.a.tok[h]
                if up.dep not in ("compound", "amod", "nmod") or up.head <= h:
                    break
                h = up.head
            noun = self.a.tok[h]
            return (
                h > last
                and h not in (p.head, p.anchor)
                and noun.pos == "NOUN"
                and self.a.lemma(h) in INCIDENT_NOUNS
            )
        return False

    def _named(self, t: Timex) -> bool:
        """A year in the name of a law or a treaty dates the document, not the event: "over its
        2018 Ballot Interference Prevention Act", "violations of the Tenure of Office Act of
        1867" (`DOCUMENTS`: the name's last word, capitalised)."""
        i = self._token_at(t.start)
        if i is None or not re.fullmatch(r"\d{4}", t.value or ""):
            return False
        head = self.a.tok[i].head
        if self.a.tok[i].dep == "pobj" and self.a.tok[head].text.lower() == "of":
            head = self.a.tok[head].head
        name = self.a.tok[head]
        return head != i and name.pos == "PROPN" and name.text.lower() in DOCUMENTS

    def _fronted(self, lo: int, hi: int) -> int | None:
        """Where the main clause starts (the character after the comma) when the sentence opens
        with a phrase of another time: a subordinate clause ("After Neumann left the company in
        October, SoftBank ... committed") or a phrase of "after", "before", "since" or "until"
        with a noun ("After his conviction in that case last summer, Manafort agreed", "After
        the November vote, many international observers criticized the vote", "Since its
        founding in 1997, the organization claims": its time is the noun's event's); None when
        it does not."""
        return self._opened(lo, hi, FRONTED, None)

    def _opening(self, lo: int, hi: int) -> int | None:
        """The token of the comma that closes a phrase opening the sentence before the main
        clause (a preposition's phrase or a participle's: "In addition to its order of 30 Boeing
        jets Wednesday,", "Despite his arrest early yesterday,"), when the main clause's verb
        comes after it; None when the sentence opens otherwise."""
        tok = self.a.tok
        if hi - lo < 4 or tok[lo].pos not in ("ADP", "VERB"):
            return None
        root = next((i for i in range(lo, hi) if tok[i].dep == "ROOT"), None)
        if root is None:
            return None
        return next((i for i in range(lo + 1, root) if tok[i].text == ","), None)

    def _in_opening_noun(self, t: Timex, lo: int, comma: int) -> bool:
        """The time stands in the opening phrase after a noun of it, whose act it dates ("In
        addition to its order of 30 Boeing jets Wednesday", "Despite his arrest ... early
        yesterday"), not as the phrase's own time ("On Wednesday,", "In early January,", which
        date the main clause)."""
        first = self._token_at(t.start)
        if first is None or not lo < first < comma:
            return False
        return any(self.a.tok[k].pos == "NOUN" for k in range(lo + 1, first))

    def _narrative(self, p: Proto, *, timed: bool = False) -> EventDate | None:
        """An undated past event told after a dated one takes its day: "Esper on Wednesday
        accused China ... He urged Vietnam to push back." Only a day (a year or a month is
        background, not the narrative's time), only from a simple past, and only to a simple
        past (a perfect or pluperfect steps out of the narrative); never a day after
        publication, by which a simple past has happened. The day comes from the sentence
        before; an event of coercion or violence (`NARRATIVE_ROOTS`: "Police arrested six
        people Monday ... Officers also arrested Christopher L. Tays") reaches further back,
        over sentences that give no time, to the last that does, and takes its day when it is
        the day of an act, not of a report ("Kan reported on Wednesday": what a report tells
        happened before it) or of a court ("A judge on Saturday sentenced the man": the
        shooting the report then recounts is older); any other time ends the narrative, and a
        "later" ("They later apprehended the suspect") may be another day, unless the event is
        `timed` by a clock time of its own ("eventually shot him dead ... at around 14:00": a
        time of the day the narrative tells)."""
        if not self._simple_past(p.anchor):
            return None
        s = self.a.token(p.head).sent
        for k in range(s - 1, -1, -1):
            told = self._dated_in(k)
            if told:
                if k < s - 1 and self._later(p.anchor) and not timed:
                    return None  # "They later apprehended the suspect": maybe another day
                return self._day_of(told, far=k < s - 1)
            if p.code[:2] not in NARRATIVE_ROOTS:
                return None
        return None

    def framed(self, p: Proto) -> bool:
        """The sentence dates a clause above the event's, from whose time the event's clause
        is told apart (`_unshifted`: after "after" or "before", in the pluperfect, the future,
        a past passive): "Last year, Ortiz won the Medal of Honor after he fatally shot a
        carjacker", "On Sunday, he discussed the stories shared with him after Mr. Trump
        attacked them" (news pages), "Clinton said Thursday that he had ordered the strikes
        after ... the facilities the U.S. raided" (TBAQ). The event is of another time than
        that one, told in the sentence's own frame, so neither the narrative's nor the story's
        day is its day: it stays undated. So is an event whose own clause gives a time the
        publication date does not resolve (`_own_time`)."""
        mine = [c for c in (self._clause(p.head), self._clause(p.anchor)) if c is not None]
        if self._own_time(p, mine) or self._promised(p) is not None:
            return True
        ups = [(self._clauses_up(c), self._unshifted(self._clauses_up(c))) for c in mine]
        sent = self.doc.sentences[self.a.token(p.head).sent]
        for t in self.doc.timexes:
            # a time the publication date cannot resolve ("Last year" in an undated text)
            # frames the clause all the same
            if not sent.start <= t.start < sent.end or t.type not in ("DATE", "TIME"):
                continue
            first = self._token_at(t.start)
            if first is None or self._bound(t, None) or self._named(t) or self._bare_clock(t):
                continue
            c = self._clause(first)
            if any(c in full[1:] and c not in kept for full, kept in ups):
                return True
        return False

    def simultaneous(self, p: Proto) -> EventDate | None:
        """An undated event of a main clause told in the past after a fronted clause of the same
        time ("As the charges were unsealed in New York, Hawk Sawyer testified"; "While some
        protesters chanted ..., the Speaker spoke"): the fronted clause tells an act of the
        story, so the event happened on the story's day, the last day the article told before
        its sentence (not after publication, not more than `STORY_DAYS` before it)."""
        sent = self.doc.sentences[self.a.token(p.head).sent]
        comma = self._opened(sent.tok_start, sent.tok_end, SIMULTANEOUS, PAST_TAGS)
        if comma is None or self.a.tok[p.anchor].start < comma:
            return None
        root = next((i for i in range(sent.tok_start, sent.tok_end) if self._main(i)), None)
        if root is None or not self._told_past(root) or self._shifted(p.anchor):
            return None
        s = self.a.token(p.head).sent
        for k in range(s - 1, -1, -1):
            days = {
                (t.value or "")[:10]: t
                for t in self._dated_in(k)
                if self._recent(t.value or "") and not self._bare_clock(t)
            }
            if len(days) > 1:
                return None
            if days:
                t = next(iter(days.values()))
                return EventDate(t.text, t.value, t.start, t.end, "narrative")
        return None

    def _recent(self, value: str, days_before: int = STORY_DAYS) -> bool:
        """A day not after publication and at most `days_before` days before it."""
        if len(value) < 10 or not self.published or value[:10] > self.published:
            return False
        try:
            days = dt.date.fromisoformat(self.published) - dt.date.fromisoformat(value[:10])
        except ValueError:
            return False
        return days.days <= days_before

    def _opened(
        self, lo: int, hi: int, words: frozenset[str], tags: frozenset[str] | None
    ) -> int | None:
        """Where the main clause starts (the character after the comma) when the sentence
        opens with one of `words` and a clause with a verb of one of `tags` of its own (any
        phrase when `tags` is None)."""
        tok = self.a.tok
        if hi - lo < 4 or tok[lo].text.lower() not in words:
            return None
        verb = tags is None
        for i in range(lo + 1, hi):
            if tok[i].text == ",":
                return tok[i].end if verb else None
            verb = verb or tok[i].tag in (tags or ())
        return None

    def _lead_day(self, lead: int, *, speech: bool = False) -> EventDate | None:
        """The one day the lead tells, not after publication, in a clause under no verb of
        speech and no court's act ("On Thursday ... an IT worker went on a stabbing spree",
        "Yesterday, the Parliament of Iraq voted on a resolution": the lead's own act; not "Kan
        reported on Wednesday" nor "A judge on Saturday sentenced the man": the incident
        happened before the report and the sentence; with `speech`, a verb of speech's day too, the
        day a quote of the story was spoken). A clock time naming no day tells none."""
        days: dict[str, Timex] = {}
        for t in self._dated_in(lead):
            value = (t.value or "")[:10]
            if len(value) < 10 or (self.published and value > self.published):
                continue
            if self._bare_clock(t):
                continue
            i = self._token_at(t.start)
            root = self._clauses_up(i)[-1:] if i is not None else []
            if (
                root
                and (speech or self.a.lemma(root[0]) not in SPEECH)
                and not self._by_court(root[0])
            ):
                days.setdefault(value, t)
        if len(days) != 1:
            return None
        t = next(iter(days.values()))
        return EventDate(t.text, t.value, t.start, t.end, "story")

    def note(self, p: Proto, date: EventDate | None) -> None:
        """An incident dated to a day tells its story's day for later reports; a court's act
        does not ("A judge on Saturday sentenced the man": the crime is older)."""
        if date is None or p.code[:2] not in STORY_ROOTS or len(date.value or "") < 10:
            return
        if not any(self._sectors.get(x) == COURT for x in p.actors):
            self.story[self.a.token(p.head).sent] = date

    def note_told(self, p: Proto, date: EventDate | None, modality: str) -> None:
        """An act told as done on a day of the story (`retold` reads it for its later reports)."""
        if date is None or modality != "asserted" or not self._recent(date.value or ""):
            return
        if self.a.token(p.head).pos != "VERB" and p.coding.light is None:
            return  # "the arrest of Yasin Malik a couple of days ago": a noun names the kind
        key = (self.a.lemma(p.coding.tok), p.code)
        self.told.setdefault(key, []).append((self.a.token(p.head).sent, date))

    def retold(self, p: Proto, modality: str, *, relative: bool) -> EventDate | None:
        """The day an earlier sentence gave the same act, told again undated by a verb of the
        same lemma and code in the simple past ("A former adviser ... was sentenced ... on
        Wednesday. Paul Manafort was sentenced by Judge Amy Berman Jackson to 73 months"): the
        same event's report elsewhere dates it (docs/coding-guide.md section 4). Only when every
        earlier report of it gave one day of the story (not after publication, at most
        `STORY_DAYS` before), not in a relative clause, not "later", and not an act told as
        another of the kind ("also arrested", "met again": `ANOTHER`)."""
        if modality != "asserted" or relative or self.a.token(p.anchor).pos != "VERB":
            return None
        if self._later(p.anchor) or not self._told_past(p.anchor):
            return None
        if any(self.a.lemma(x) in ANOTHER for x in self.a.deps(p.anchor, "advmod")):
            return None  # "Police officers also arrested Christopher Tays": another arrest
        s = self.a.token(p.head).sent
        told = [d for k, d in self.told.get((self.a.lemma(p.coding.tok), p.code), []) if k < s]
        if len({(d.value or "")[:10] for d in told}) != 1:
            return None
        return replace(told[-1], evidence="story")

    def in_story(self, p: Proto, modality: str, *, relative: bool) -> EventDate | None:
        """The story's day for a later undated report of an incident of one day
        (`STORY_DATE_ROOTS`: "The protesters clashed in front of parliament with the police",
        after "at least 71 people were arrested Friday night"): the day last told for the
        story before its sentence, for an event told as happening in the simple past (active
        or passive: "The attacker was shot dead by police"; a noun, "the demonstrations", "the
        airstrikes", more often names a series or the kind than the story's act), not in a
        relative clause, not "later"."""
        if p.code[:2] not in STORY_DATE_ROOTS or modality not in ("asserted", "negated"):
            return None
        if relative or self._later(p.anchor) or not self._told_past(p.anchor):
            return None
        s = self.a.token(p.head).sent
        told = [k for k in self.story if k < s]
        return replace(self.story[max(told)], evidence="story") if told else None

    def in_series(self, p: Proto, modality: str, *, relative: bool) -> EventDate | None:
        """The day of a series told before its acts are told one by one: "On Tuesday, ...
        Donald Trump issued a series of seven pardons and four commutations" ... "Trump granted
        Angela Ronae Stanton a full and unconditional pardon" (the same act's report elsewhere,
        docs/coding-guide.md section 4). An undated act told in the simple past takes the one
        day of the last sentence before it whose main clause has the act's doer as subject and
        that names the act (its trigger or what it gives) by a plural noun."""
        if modality != "asserted" or relative or not p.actors or not self._told_past(p.anchor):
            return None
        a, c = self.a, p.coding
        words = {a.lemma(x) for x in (c.tok, c.consumed) if x is not None}
        s = a.token(p.head).sent
        for k in range(s - 1, -1, -1):
            sent = self.doc.sentences[k]
            span = range(sent.tok_start, sent.tok_end)
            if not any(a.tok[j].tag == "NNS" and a.lemma(j) in words for j in span):
                continue
            root = next((i for i in span if self._main(i)), None)
            if root is None or not set(a.entities(a.subject(root).token)) & set(p.actors):
                continue
            days = {
                (t.value or "")[:10]: t
                for t in self._dated_in(k)
                if len(t.value or "") >= 10
                and self._recent(t.value or "")
                and not self._bare_clock(t)
            }
            if len(days) != 1:
                return None
            t = next(iter(days.values()))
            return EventDate(t.text, t.value, t.start, t.end, "story")
        return None

    def _told_past(self, v: int) -> bool:
        """A simple past, active or passive ("clashed", "was shot")."""
        t = self.a.token(v)
        if any(self.a.lemma(x) == "have" for x in self.a.deps(v, "aux")):
            return False
        passive = t.tag == "VBN" and any(
            self.a.token(x).text.lower() in ("was", "were") for x in self.a.deps(v, "auxpass")
        )
        # "Trump granted Kerik a full pardon" tagged VBN: a main verb with a subject and no
        # auxiliary is finite, so a participle's form there is a simple past
        finite = (
            t.tag == "VBN"
            and self._main(v)
            and bool(self.a.deps(v, "nsubj"))
            and not self.a.deps(v, "aux", "auxpass")
        )
        return t.tag == "VBD" or passive or finite

    def _dated_in(self, k: int) -> list[Timex]:
        """The calendar dates told in sentence k (indexed once per document)."""
        if self._dated is None:
            starts = [sent.start for sent in self.doc.sentences]
            self._dated = {}
            for t in self.doc.timexes:
                if _dates(t) and starts:
                    self._dated.setdefault(bisect_right(starts, t.start) - 1, []).append(t)
        return self._dated.get(k, [])

    def _day_of(self, told: list[Timex], *, far: bool) -> EventDate | None:
        """The one day the simple pasts of a sentence are told on (its time expressions); from
        `far` back, only the day of the sentence's main clause ("A man fired four days earlier
        from his job walked into his old office": the day is the firing's), of an act, not of a
        report or of a court."""
        days = []
        for t in told:
            if len(t.value or "") < 10 or self._bare_clock(t):
                continue
            if self.published and (t.value or "")[:10] > self.published:
                continue  # "the Jan. 14 deadline": a simple past happened by publication
            i = self._token_at(t.start)
            c = self._clause(i) if i is not None else None
            if c is None or not self._simple_past(c):
                continue
            if far and (not self._main(c) or self.a.lemma(c) in REPORTING or self._by_court(c)):
                return None
            days.append(t)
        if len({t.value[:10] for t in days if t.value}) != 1:
            return None
        t = days[0]
        return EventDate(t.text, t.value, t.start, t.end, "narrative")

    def _later(self, v: int) -> bool:
        return any(self.a.lemma(x) in LATER for x in self.a.deps(v, "advmod"))

    def _main(self, v: int) -> bool:
        return self.a.tok[v].dep == "ROOT" or self.a.tok[v].head == v

    def _by_court(self, v: int) -> bool:
        """A court acts at v: its subject, or the agent of its passive ("was sentenced by a
        court in Multan")."""
        subjects = self.a.deps(v, "nsubj")
        subjects += [o for a in self.a.deps(v, "agent") for o in self.a.deps(a, "pobj")]
        return any(self._sectors.get(self.a.entity(x) or "") == COURT for x in subjects)

    def _simple_past(self, v: int) -> bool:
        if self.a.token(v).tag != "VBD":
            return False
        return not any(self.a.lemma(x) == "have" for x in self.a.deps(v, "aux"))

    def _clause(self, i: int) -> int | None:
        """The head of the clause token i belongs to (a verb heading a clause, or the root)."""
        tok = self.a.tok
        seen = 0
        while seen < 64:  # a parse is a tree; the bound only guards a malformed one
            t = tok[i]
            if t.dep == "ROOT" or t.head == i or (t.pos in ("VERB", "AUX") and t.dep in CLAUSES):
                return i
            i, seen = t.head, seen + 1
        return None

    def _reach(self, t: Timex, mine: list[int]) -> int | None:
        """How many clauses up from the event's clause the timex stands (0: its own clause;
        a clause above dates the clauses below it), or None when it dates another event: it
        sits in a clause of its own participants that holds no event clause (a relative or
        adverbial clause with its own subject or by-agent: "the budget approved by Republicans
        in April", "after Neumann left the company in October"). A clause without participants
        of its own ("in a statement published Oct. 25") shares the event's time."""
        first = self._token_at(t.start)
        if first is None:
            return None
        ups = [self._unshifted(self._clauses_up(c)) for c in mine]
        below: list[int] = []
        for c in self._clauses_up(self._hosted(first)):
            depths = [up.index(c) for up in ups if c in up]
            if depths:
                if any(self._own_participants(x) for x in below):
                    return None
                # a clause beside the event's ranks after the event's own and those above it
                return min(depths) + (MAX_CLAUSES if below else 0)
            below.append(c)
        return None

    def _hosted(self, i: int) -> int:
        """Where the time phrase of token `i` belongs: the reporting verb for one the parser
        hangs on a reported clause without "that" before its subject ("Iran said on Monday
        it will hold talks": Monday is the saying's, `Tree.host`), else `i` itself."""
        c = self._clause(i)
        k = i
        for _ in range(MAX_CLAUSES * 4):
            if c is None or k == c or self.a.tok[k].head == c:
                break
            k = self.a.tok[k].head
        if c is None or k == c:
            return i
        host = self.tree.host(k)
        return i if host == c else host

    def _clauses_up(self, i: int) -> list[int]:
        """The clause of token i, then each clause above it, up to the sentence's root."""
        out: list[int] = []
        c = self._clause(i)
        while c is not None and c not in out and len(out) < MAX_CLAUSES:
            out.append(c)
            up = self.a.tok[c].head
            c = None if up == c else self._clause(up)
        return out

    def _unshifted(self, up: list[int]) -> list[int]:
        """The clauses of `up` whose time reaches the event: none above a reported clause told
        in another time than the verb reporting it ("GM announced today that it will offer
        buyouts": "today" is the announcement's day, not the offer's; "said today it had sent
        an envoy": before it)."""
        for k in range(1, len(up)):
            lower = up[k - 1]
            if self.a.tok[lower].dep in REPORTED and (
                (self._shifted(lower) and not self._future_progressive(lower, up[k]))
                or self._told_before(lower)
            ):
                return up[:k]
            if self._sequenced(lower):
                return up[:k]
        return up

    def _sequenced(self, v: int) -> bool:
        """A clause of its own participants put in sequence with the one above ("was seen
        crossing the border Friday, days after a sniper killed the doctor", "one year after he
        was killed"): it happened before or after that clause's time, not at it."""
        t = self.a.tok[v]
        if t.dep != "advcl" or not self.a.deps(v, "nsubj", "nsubjpass"):
            return False
        return any(self.a.lemma(m) in FRONTED for m in self.a.deps(v, "mark"))

    def _sequenced_noun(self, i: int) -> tuple[int, int] | None:
        t = self.a.tok[i]
        if t.pos not in ("NOUN", "PROPN") or t.dep != "pobj" or self.a.lemma(t.head) not in FRONTED:
            return None
        lo, hi = self.tree.subtree_bounds(t.head)
        return self.a.tok[lo].start, self.a.tok[hi].end

    def _promised(self, p: Proto) -> tuple[int, int] | None:
        """The character span of the act a promise or a threat commits to, when the event is
        the commitment (AGREE, THREATEN: `COMMITMENT_ROOTS`) told by a verb of commitment with
        a clausal complement ("pledged to impose further sanctions", "agreed to put together a
        reform plan by March of next year", "pledged converting Hagia Sophia"): only a time
        inside it dates the event, the act's time (docs/coding-guide.md: the date of AGREE and
        THREATEN is the date of the promised act, else null); the day the promise was made
        ("The Security Council on Friday ... pledged", "met Thursday and pledged to work
        together") is not its date, nor is the story's."""
        v = p.anchor
        if p.code[:2] not in COMMITMENT_ROOTS or self.a.lemma(v) not in COMMITMENT_VERBS:
            return None
        if self.a.token(v).pos != "VERB":
            return None
        acts = [
            x
            for x in self.a.deps(v, *COMPLEMENTS, "dobj")
            if self.a.token(x).pos in ("VERB", "AUX")
            and (self.a.token(x).dep in COMPLEMENTS or self.a.token(x).tag == "VBG")
        ]
        if not acts:
            return None
        lo, hi = self.tree.subtree_bounds(acts[0])
        return self.a.tok[lo].start, self.a.tok[hi].end

    def _noun_infinitive(self, i: int) -> tuple[int, int] | None:
        """The character span of the infinitive an event noun takes as its content ("the request
        of Prime Minister Boris Johnson to suspend Parliament for parts of September", "their
        refusal to disclose ... documents related to ... the 2020 census", Wikinews; "give the
        order to shut down factories ... ahead of major events like the 2008 Beijing Olympics",
        a news page): a time inside it is the time of the act asked, refused or ordered, after
        or apart from the noun's own act, so it does not date the event."""
        if self.a.token(i).pos != "NOUN":
            return None
        for v in self.a.deps(i, "acl", "xcomp"):
            to = [x for x in self.a.deps(v, "aux") if self.a.token(x).text.lower() == "to"]
            if self.a.token(v).tag == "VB" and to:
                lo, hi = self.tree.subtree_bounds(v)
                return self.a.tok[lo].start, self.a.tok[hi].end
        return None

    def _relative_apart(self, t: Timex, mine: list[int], depth: int) -> bool:
        """The event is told in a relative clause of its own participants below the clause the
        time expression dates, so the time is not the event's: "On Friday, Judge Urbanski
        sentenced Fields ... for driving his car into a crowd of people who were
        counter-protesting" (the protest was in 2017), "He announced this change ... in a rally
        on Friday, despite criticism by ... UNESCO who questioned his authority" (Wikinews);
        "Saddam Hussein on Friday tried to scare other Arab leaders into supporting him by
        calling on Arabs to rise up in a holy war against leaders who invited American ...
        soldiers", "attended a Sunday night memorial service for the Buffalo-area physician who
        performed abortions", "said Friday she had been ``practically kidnapped'' by the
        boyfriend who perished along with her" (TBAQ). Only on a noun after the verb the time
        dates: one on its subject is told of its time ("Officials and customers who accused
        the utility of overkill protested last month"). A time inside
        the antecedent's phrase modifies it, and so dates what the clause tells of it ("one last
        month that affected nearly 2.5 million people"), as does a time noun the clause is on
        ("Friday night was the fourth night in a row that Serbians protested"); so does one
        inside the whole noun phrase ("since the January 1998 bombing of a ... clinic that
        killed an off-duty police officer", TBAQ)."""
        for c in mine:
            up = self._unshifted(self._clauses_up(c))
            below = up[:depth]
            # the relative clause right below the time's clause (one nested in it tells a part
            # of what the outer one tells: "one last month that affected ... officials and
            # customers who accused the utility")
            v = next((v for v in reversed(below) if self.a.tok[v].dep == "relcl"), None)
            if v is None or not self._own_participants(v):
                continue
            noun = self.a.tok[v].head
            if depth < len(up) and noun < up[depth]:
                continue  # on the subject: "Officials who accused the utility protested then"
            lo, hi = self.tree.subtree_bounds(self._phrase_top(noun))
            inside = self.a.tok[lo].start <= t.start < self.a.tok[hi].end
            # "which rejected, the day before the rally, a lawsuit": a time right after the
            # clause's verb is its own, wherever the parser hangs it
            first = self._token_at(t.start)
            right_after = (
                first is not None
                and first > v
                and all(self.a.tok[k].pos == "PUNCT" for k in range(v + 1, first))
            )
            if not inside and not right_after and not self._time_noun(noun):
                return True
        return False

    def _phrase_top(self, i: int) -> int:
        """The head of the whole noun phrase noun i stands in, up through prepositions and
        conjuncts ("the January 1998 bombing of a Birmingham, Ala., abortion clinic that
        killed": "bombing"), below any verb."""
        tok = self.a.tok
        for _ in range(MAX_CLAUSES):
            t = tok[i]
            up = tok[t.head]
            linked = t.dep in ("pobj", "conj", "appos", "compound")
            if linked and up.pos in ("ADP", "NOUN", "PROPN"):
                nxt = up.head if up.pos == "ADP" else t.head
                if tok[nxt].pos not in ("NOUN", "PROPN") or nxt == i:
                    return i
                i = nxt
            else:
                return i
        return i

    def _time_noun(self, i: int) -> bool:
        """A noun of a time, or the noun of a phrase that hangs on one ("the fourth night in a
        row that Serbians protested")."""
        tok = self.a.tok
        up = tok[tok[i].head].head if tok[i].dep == "pobj" else i
        return any(tok[k].text.lower() in TIME_NOUNS for k in (i, up))

    def _perfect_relative(self, v: int) -> bool:
        if self.a.tok[v].dep != "relcl" or self.a.tok[v].tag != "VBN":
            return False
        return any(self.a.lemma(x) == "have" for x in self.a.deps(v, "aux"))

    def _told_before(self, v: int) -> bool:
        """The clause headed at v is a past passive or a past progressive ("announced that 337
        users were arrested", "Kan reported on Wednesday ... was stabbed to death", "announced
        the Department of Justice was performing an investigation"): a report of an outcome
        or of a state under way when it is made, whose own time is before the report's day."""
        if any(self.a.lemma(x) == "have" for x in self.a.deps(v, "aux")):
            return False
        tag = self.a.token(v).tag
        past = {"VBN": "auxpass", "VBG": "aux"}.get(tag)
        return past is not None and any(
            self.a.token(x).text.lower() in ("was", "were") for x in self.a.deps(v, past)
        )

    def _future_progressive(self, v: int, report: int) -> bool:
        """A future progressive reported in the simple past ("announced today that the
        government would be providing assistance", "announced that she would be launching an
        impeachment inquiry"): an arrangement already made, told on the day the report
        announces it (not under a report told in the pluperfect: "the police had said they
        would be investigating")."""
        if self.a.token(v).tag != "VBG" or self._shifted(report):
            return False
        aux = [self.a.token(x).text.lower() for x in self.a.deps(v, "aux")]
        return "be" in aux and any(a in FUTURE_AUX for a in aux)

    def _shifted(self, v: int) -> bool:
        """The clause headed at v is future, modal or pluperfect ("will offer", "would
        investigate", "had sent")."""
        for x in self.a.deps(v, "aux", "auxpass"):
            t = self.a.token(x)
            if t.text.lower() in SHIFTED or t.lemma in SHIFTED:
                return True
            if t.text.lower() == "had" and self.a.token(v).tag == "VBN":
                return True
        return False

    def _own_participants(self, clause: int) -> bool:
        t = self.a.tok[clause]
        if t.dep not in ("relcl", "advcl", "acl", "ccomp", "csubj", "conj", "parataxis"):
            return False
        return bool(self.a.deps(clause, "nsubj", "nsubjpass", "agent", "expl"))

    def _token_at(self, start: int) -> int | None:
        """The token holding character `start` (a timex may begin inside a token: "mid-2019")."""
        if self._starts is None:
            self._starts = [t.start for t in self.a.tok]
        k = bisect_right(self._starts, start) - 1
        return k if k >= 0 and start < self.a.tok[k].end else None

    def future_by_date(self, mood: Mood, date: EventDate | None, p: Proto) -> Mood:
        """An event dated after the publication date, in a non-past clause, is future; so is
        a present tense in a time clause under a future one ("once he arrives in the United
        States it will begin", "would be turned over once the government arrives")."""
        if mood.modality == "asserted" and self._under_future(p.anchor):
            return Mood("future", None, False)
        if mood.modality != "asserted" or date is None or date.text is None or not self.published:
            return mood
        value = _period_start(date.value or "")
        if value[:10] <= self.published[: len(value[:10])]:
            return mood
        tag = self.a.token(p.anchor).tag
        if tag in ("VBD", "VBN") or (
            self.a.deps(p.anchor, "aux")
            and any(self.a.lemma(x) == "have" for x in self.a.deps(p.anchor, "aux"))
        ):
            return mood
        return Mood("future", None, False)

    def _under_future(self, v: int) -> bool:
        t = self.a.token(v)
        if t.tag not in ("VBZ", "VBP") or t.dep != "advcl" or t.head == v:
            return False
        return any(
            self.a.token(x).text.lower() in FUTURE_AUX
            for x in self.a.deps(t.head, "aux", "auxpass")
        )

    def attribution(self, p: Proto) -> Attribution | None:
        where = self.a.tok[p.head].start
        if self.doc.quotes:
            best = None
            for q in self.doc.quotes:
                if q.content.start <= where < q.content.end:
                    size = q.content.end - q.content.start
                    if best is None or size < best[0]:
                        best = (size, q)
            if best is not None:
                q = best[1]
                sp = q.speaker_span
                text = q.speaker_text or (sp.text if sp else None) or (q.cue.text if q.cue else "")
                return Attribution(
                    q.speaker, text, sp.start if sp else None, sp.end if sp else None
                )
            return None
        return self._attribution_from_parse(p)

    def _attribution_from_parse(self, p: Proto) -> Attribution | None:
        """Without a quotes layer: the reporting verb above the event, or "according to X"."""
        a = self.a
        for t, g in p.chain:
            if g.role == "report":
                subj = a.subject(t).token
                if subj is not None:
                    return self._phrase_attribution(subj)
        sent = self.doc.sentences[a.token(p.head).sent]
        for i in range(sent.tok_start, sent.tok_end):
            if a.lemma(i) == "accord" and (tos := [o for w, o in a.preps(i) if w == "to"]):
                return self._phrase_attribution(tos[0])
        return None

    def _phrase_attribution(self, i: int) -> Attribution:
        lo, hi = self.tree.subtree_bounds(i)
        span: Span = self.tree.token_span(lo, hi)
        ents = self.a.entities(i)
        return Attribution(ents[0] if ents else None, span.text, span.start, span.end)

    def quantities(self, p: Proto) -> tuple[str, ...]:
        if not self.doc.quantities:
            return ()
        roots = [p.head] if self.a.token(p.head).pos == "NOUN" else []
        for v in {p.anchor, p.head}:
            if self.a.token(v).pos != "NOUN":
                roots.extend(self.a.deps(v, "dobj", "dative", "prep", "npadvmod", "attr"))
        ranges = []
        for r in roots:
            lo, hi = self.tree.subtree_bounds(r)
            ranges.append((self.a.tok[lo].start, self.a.tok[hi].end))
        return tuple(
            q.id for q in self.doc.quantities if any(lo <= q.start < hi for lo, hi in ranges)
        )


_PERIOD = re.compile(r"(\d{4})-(?:W(\d{1,2})|(Q[1-4]|H[12]|SP|SU|FA|WI))")
_PERIOD_MONTH = {"Q1": 1, "Q2": 4, "Q3": 7, "Q4": 10, "H1": 1, "H2": 7}
_PERIOD_MONTH.update({"SP": 3, "SU": 6, "FA": 9, "WI": 12})


def _period_start(value: str) -> str:
    """The first day of a week, quarter, half or season ("2000-W14" -> "2000-04-03"), so that
    it compares with a day: as strings "2000-W14" would come after any day of 2000."""
    m = _PERIOD.match(value)
    if m is None:
        return value
    year = int(m[1])
    if m[2]:
        try:
            return dt.date.fromisocalendar(year, int(m[2]), 1).isoformat()
        except ValueError:
            return value
    return f"{year}-{_PERIOD_MONTH[m[3]]:02d}-01"


_WEEK = re.compile(r"(\d{4})-W(\d{1,2})(-WE)?$")


def calendar_date(date: EventDate | None) -> EventDate | None:
    """The event's date in calendar terms: a week ("last week", "2019-W03") becomes the month
    holding most of its days (that of its Thursday), a weekend the month of its Saturday, as
    the coding guide dates events; the time expression's own value keeps the week."""
    m = _WEEK.match(date.value or "") if date is not None else None
    if date is None or m is None:
        return date
    try:
        day = dt.date.fromisocalendar(int(m[1]), int(m[2]), 6 if m[3] else 4)
    except ValueError:
        return date
    return replace(date, value=day.isoformat()[:7])


def _dates(t: Timex) -> bool:
    """A date or time with a calendar value ("2019-11-18", "2019-11", "2016"), not "PRESENT_REF"."""
    return t.type in ("DATE", "TIME") and (t.value or "")[:1].isdigit()
