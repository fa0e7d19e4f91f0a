"""Who and whom of a trigger, read off the dependency parse (spaCy's ClearNLP-style labels).

Subjects climb through control ("X is expected to sign"), coordination ("X met and signed"),
relative clauses ("the leader who signed") and participial adjuncts ("..., offering support");
passives swap roles ("Y was attacked by X"). A phrase's entities are those on its head, else on
its modifiers ("US and British activists"), else inside an "of" phrase ("leaders of the party");
coordinated phrases contribute all their members.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...ontology.events import load_event_ontology
from ...ontology.reading import (
    abstention_words,
    event_circumstances,
    irregular_verbs,
    page_furniture,
    person_words,
)
from ...parse.tree import Tree
from ...records import Token

# irregular past forms of the lexicon's verbs, for when the lemmatizer keeps the form as its
# lemma ("they forgave him" -> "forgave")
IRREGULAR = dict(irregular_verbs()["forms"])
# verbs used only with whom the act is done to ("sentence", "kidnap"): a bare past form of one
# after a passive is that passive's participle
TRANSITIVE_ONLY = frozenset(irregular_verbs()["transitive_only"])
# words that find or own a guilt, whose "of"/"to" complement is an act done ("convicted of
# stabbing", "found guilty of slaying", "confessed to killing")
GUILT_WORDS = frozenset(abstention_words()["guilt_words"])
GUILT_DEPS = ("oprd", "acomp", "ccomp")  # "found [guilty]", "pleaded [guilty]", "found X [guilty]"
SUBJ = ("nsubj", "csubj", "expl")
PASSIVE_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "obj", "dative", "attr", "oprd")
MODIFIERS = ("compound", "amod", "poss", "nmod", "appos", "npadvmod", "nummod")
DATELINE_TYPES = frozenset({"GPE", "LOC"})
DASHES = frozenset({"—", "–", "--", "-"})
# how far after a sentence-initial place its dateline's dash may come ("CAPE TOWN, South
# Africa (AP) --")
DATELINE_SPAN = 8
PERSONAL_RELATIVE = frozenset({"who", "whom"})
RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
GROUP_TYPES = frozenset({"GROUP"})
# Documents that say something on their issuer's behalf: "issued a statement urging ...".
SPEECH_NOUNS = frozenset(
    {
        "statement", "declaration", "communique", "letter", "message", "note", "resolution",
        "appeal", "petition", "ultimatum", "decree", "order", "memo", "memorandum", "report",
    }
)  # fmt: skip
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "him", "her", "them", "his", "its", "their"})
# Verbs whose object is the subject of their infinitive ("urged X to", "asked X to").
OBJECT_CONTROL = frozenset(
    {
        "urge", "ask", "call", "encourage", "invite", "order", "press", "pressure", "force",
        "allow", "permit", "help", "tell", "request", "persuade", "convince", "authorize",
        "require", "want", "expect", "appeal", "implore", "push", "instruct", "advise",
    }
)  # fmt: skip

# Reporting verbs, and the acts of speech a speaker goes on to do in the same sentence ("said
# ... and urged Y to"): requests, demands, appeals.
REPORTING = frozenset({"say", "tell", "announce", "state", "add", "write", "tweet", "declare"})
SPEECH_ACTS = OBJECT_CONTROL | {"demand", "urge", "appeal", "call", "plead", "insist"}
# Nouns of kinship (person_words.json kin_words): "Elian's father", "the boy's father", "his
# 90-year-old father", "the grandmother of Elian Gonzalez" name a relative, never the one whose
# relative it is; with no entity of its own such a phrase names no party.
KIN_WORDS = frozenset(person_words()["kin_words"])
# Nouns naming someone by a relation to another (person_words.json relation_words): "Obama
# congratulated his successor", "attacked her opponent", "stabbed by his neighbour", "the U.S.
# and its allies": the possessor is the other side of the relation, never the one named.
RELATIONS = frozenset(person_words()["relation_words"])
NOT_POSSESSOR = tuple(d for d in MODIFIERS if d != "poss")
# nouns of a body of people named by an "of" phrase ("a group of students"): person_words.json
CROWD_NOUNS = frozenset(person_words()["crowd_nouns"])
# The labels a page prints before a picture's credit ("Image copyright EPA"), before its caption
# ("Image caption") or alone ("Photo"), as word lists (page_furniture.json, the last
# event_circumstances.json); a credit label is followed by the name credited
_FURNITURE = page_furniture()
CREDIT_LABELS = tuple(tuple(w.split()) for w in _FURNITURE["credit_markers"])
PAGE_LABELS = tuple(
    sorted(
        {
            tuple(w.split())
            for w in [
                *_FURNITURE["credit_markers"],
                *_FURNITURE["caption_markers"],
                *event_circumstances()["picture_labels"],
            ]
        },
        key=len,
        reverse=True,
    )
)
BRACKETS = {"(": ")", "[": "]"}
# how far a parenthesis opening a sentence may run and still be a credit ("(Melina Mara/The
# Washington Post)")
CREDIT_SPAN = 12
PROTEST_ROOT = "14"  # demonstrations, strikes, boycotts, riots (PLOVER PROTEST)


@lru_cache(maxsize=1)
def protest_verbs() -> frozenset[str]:
    """The lexicon's verbs of protest (CAMEO 14x: protest, demonstrate, rally, riot)."""
    return frozenset(
        lemma
        for lemma, trig in load_event_ontology().verbs.items()
        if (trig.code or "")[:2] == PROTEST_ROOT
    )


@dataclass(frozen=True, slots=True)
class Subject:
    token: int | None
    passive: bool  # the trigger is passive: its grammatical subject is the patient


class Args:
    """Argument lookups over one document's `Tree` (its children lists, subtrees and token ->
    entity index); results are token indices or entity ids."""

    def __init__(self, tree: Tree) -> None:
        self.tree = tree
        self.tok = tree.tokens
        self._ends: dict[int, list[str]] | None = None  # group entities by last token
        self._shared: dict[int, list[str]] | None = None  # entities sharing a pronoun's span
        self._furniture_spans: dict[int, range] = {}  # sentence -> its heading credit or label
        self._lemmas: dict[int, tuple[str, ...]] = {}  # token -> its lemma and form guesses
        self._preps: dict[int, tuple[tuple[str, int], ...]] = {}  # token -> its prepositions
        self._subjects: dict[int, Subject] = {}  # verb -> its subject

    def deps(self, i: int, *deps: str) -> list[int]:
        tok = self.tok  # `Tree.children_by_dep`, without its call: asked of every token
        return [c for c in self.tree.children[i] if tok[c].dep in deps]

    def lemma(self, i: int) -> str:
        return self.tok[i].lemma.lower()

    def lemmas(self, i: int) -> tuple[str, ...]:
        """The lemma, then guesses from the word form for when the lemmatizer slips
        ("staged" -> "stag"): lower-cased text, an irregular past form's verb ("forgave" ->
        "forgive"), "-ed"/"-ing"/"-s" stripped. Kept by token: the lexicon and the governors
        ask of every token of a sentence, some more than once."""
        if (known := self._lemmas.get(i)) is None:
            known = self._lemmas[i] = tuple(self._guess_lemmas(i))
        return known

    def _guess_lemmas(self, i: int) -> list[str]:
        t = self.tok[i]
        out = [t.lemma.lower()]
        w = t.text.lower()
        if w not in out:
            out.append(w)
        if (base := IRREGULAR.get(w)) is not None and base not in out:
            out.append(base)
        for suffix, repl in (
            ("ied", "y"),
            ("ies", "y"),
            ("ed", "e"),
            ("ed", ""),
            ("ing", "e"),
            ("ing", ""),
            ("es", ""),
            ("s", ""),
        ):
            if w.endswith(suffix) and len(w) > len(suffix) + 2:
                stem = w[: -len(suffix)] + repl
                if stem not in out:
                    out.append(stem)
        return out

    def words(self, i: int) -> set[str]:
        t = self.tok[i]
        out = {t.lemma.lower(), t.text.lower()}
        if (first := self.hyphen_prefix(i)) is not None:
            out |= {f"{first}-{w}" for w in out}
        return out

    def hyphen_prefix(self, i: int) -> str | None:
        """The word a hyphen joins to token i with no space between ("sit-ins" is tokenized
        "sit" "-" "ins"; so are "cease-fire" and "tear-gas"): the lexicon lists such words
        whole, which the split tokens alone never match."""
        if i < 2:
            return None
        t, h, w = self.tok[i], self.tok[i - 1], self.tok[i - 2]
        if h.tag != "HYPH" or h.start != w.end or t.start != h.end or w.sent != t.sent:
            return None
        return w.text.lower()

    def is_passive(self, i: int) -> bool:
        return (
            bool(self.deps(i, "auxpass", "nsubjpass"))
            or (
                self.tok[i].tag == "VBN"
                and self.tok[i].dep in ("acl", "relcl")
                and not self.deps(i, *SUBJ)
                and self.counted_crowd(i) is None
            )
            or self._participle_clause(i)
            or self._bare_passive(i)
        )

    def _participle_clause(self, i: int) -> bool:
        """ "If convicted, he could face decades in jail", "described by local media as
        convicted of robbery", "Asked about the raid, the minister said": an adverbial clause
        of a bare past participle (no subject, no auxiliary) is a passive whose patient is the
        subject it shares with its head; "Having arrested him, police ..." has its auxiliary."""
        t = self.tok[i]
        return (
            t.tag == "VBN"
            and t.dep == "advcl"
            and t.head != i
            and not self.deps(i, *SUBJ, *PASSIVE_SUBJ, "aux", "auxpass")
        )

    def _bare_passive(self, i: int) -> bool:
        """ "Police car smashed up by anti Donald Trump protestors", "Clinton cleared by FBI over
        email scandal" (Giveme5W1H headlines), "and Germany backed by a hostile military
        alliance" (article gold train): a past form with a by-agent and no auxiliary is a
        passive whose "was" a headline or a reduced clause left out, even where the parser made
        its patient the nsubj; "has blamed two letters ... by FBI director" has its auxiliary."""
        return (
            self.tok[i].tag in ("VBN", "VBD")
            and bool(self.deps(i, "agent"))
            and not self.deps(i, "aux", "auxpass")
        ) or self._reduced_passive(i)

    def counted_crowd(self, i: int) -> int | None:
        """ "Thousands of farmers protested in Lyon", "hundreds of journalists in the capital
        protested on monday", "A group of students protested outside parliament": after a
        phrase that counts people ("thousands of farmers", "tens of thousands of workers", a
        count of the quantity layer) or names a body of them ("a group of students", "a crowd of
        farmers": `crowd_nouns` of person_words.json) the tagger reads the past form of a verb
        of protest as a participle, and the parser may hang it on the phrase as a reduced
        relative with no finite verb left in the sentence. People are never what is protested
        (one protests a decision, a law): the crowd is the protester and the verb active. The
        count's (or the body's) head, else None."""
        t = self.tok[i]
        if t.tag != "VBN" or self.lemma(i) not in protest_verbs():
            return None
        if subj := self.deps(i, "nsubj"):
            crowd = subj[0]
        elif t.dep == "acl" and not self.deps(i, *PASSIVE_SUBJ, "aux", "auxpass", "agent"):
            # the relative hangs on the count or on a noun of its "of" phrase; the count heads
            # the sentence (or follows its dateline's place) with no verb of its own
            crowd = t.head
            while self.tok[crowd].dep in ("pobj", "prep") and self.tok[crowd].head != crowd:
                crowd = self.tok[crowd].head
            c = self.tok[crowd]
            if not (c.dep == "ROOT" or (c.dep == "appos" and self.tok[c.head].dep == "ROOT")):
                return None
        else:
            return None
        if not any(w == "of" for w, _ in self.preps(crowd)):
            return None
        if self.lemma(crowd) in CROWD_NOUNS:
            return crowd
        at = self.tok[crowd].start
        if any(q.kind == "count" and q.start <= at < q.end for q in self.tree.doc.quantities):
            return crowd
        return None

    def _bare_participle(self, i: int, h: int) -> bool:
        """ "twenty people have been confirmed killed", "were reported killed", "was presumed
        killed": a past participle with no auxiliary as the complement of a passive verb of
        knowing or saying is itself passive; the subject they share is its patient, never its
        doer."""
        return (
            self.tok[i].tag == "VBN"
            and not self.deps(i, "aux", "auxpass", *OBJ)
            and bool(self.deps(h, "auxpass"))
        )

    def _reduced_passive(self, i: int) -> bool:
        """ "four villages had been destroyed and three people killed", "there's three people
        shot!", "Cops: Queens Woman Killed In Hit-And-Run" (ECB+): a past participle with a
        subject of its own but no auxiliary and no object is a passive whose "were" a headline
        or a gapped clause left out (English has no active participle without "have"); so is a
        headline's capitalised past form of a verb used only with its patient ("Driver
        Charged", "Yvonne Hiller Charged With Two Counts Of Murder", ECB+), however the tagger
        reads it. Its subject is the patient, never the doer."""
        t = self.tok[i]
        if not self.deps(i, *SUBJ) or self.deps(i, *OBJ, "aux", "auxpass", "agent", "prt"):
            return False  # a particle makes a phrasal verb, active ("The BJP hit out at ...")
        if any(self.deps(c, *OBJ) for c in self.deps(i, "conj")):
            return False  # "Rebels kidnapped and later released two aid workers": a shared object
        if t.tag == "VBN":
            return self.counted_crowd(i) is None
        return (
            t.dep != "relcl"  # "the man police arrested": the object is the relative's gap
            and t.text[:1].isupper()
            and i > 0
            and self.tok[i - 1].sent == t.sent
            and self._participle_read_as_past(i)
        )

    # -- subjects ------------------------------------------------------------------------

    def _quoted_order(self, h: int, i: int) -> bool:
        """'Teachers chanted, "Fund our schools"', 'They shouted "Free Tibet"': a bare verb the
        parser hangs on a verb of saying as its complement, with a quotation mark opened
        between the two, is the words said (an order or a slogan to someone else), not an act
        of the one who says them; a true complement has its 'to' ('agreed to fund')."""
        if i < h or self.tok[i].tag != "VB" or self.deps(i, "aux"):
            return False
        return any(self.tok[x].tag == "``" for x in range(h + 1, i))

    def subject(self, i: int, _depth: int = 0) -> Subject:
        """The grammatical subject of verb i, looking through control and coordination; kept by
        verb (roles, frames, modality and the PETRARCH-2 patterns ask again for the same one).
        A call from within the climb is not kept: its depth may cut it short."""
        if _depth:
            return self._subject(i, _depth)
        if (known := self._subjects.get(i)) is None:
            known = self._subjects[i] = self._subject(i, 0)
        return known

    def _subject(self, i: int, _depth: int) -> Subject:
        t = self.tok[i]
        if _depth > 6:
            return Subject(None, False)
        # a picture's credit the parser hung on the verb is no subject of it ("(The Washington
        # Post) President-elect Donald Trump and President Obama met")
        own = [s for s in self.deps(i, *SUBJ) if not self.credit(s)]
        pas = [s for s in self.deps(i, *PASSIVE_SUBJ) if not self.credit(s)]
        if own and self.lemma(own[0]) not in RELATIVE:
            who = self._past_dateline(own[0], own[1:] + pas)
            return Subject(who, who in pas or self._bare_passive(i))
        if pas and self.lemma(pas[0]) not in RELATIVE:
            return Subject(self._past_dateline(pas[0], pas[1:]), True)
        if t.dep == "acl" and (crowd := self.counted_crowd(i)) is not None:
            return Subject(crowd, False)  # "hundreds of journalists in the capital protested"
        if t.dep in ("relcl", "acl") and t.head != i:
            head_is_subject = bool(own or pas) or t.dep == "acl" or not self.deps(i, *OBJ)
            noun = self.tok[t.head]
            if t.dep == "acl" and self.lemma(t.head) in SPEECH_NOUNS and noun.dep == "dobj":
                # "X issued a declaration demanding ...": the declaration speaks for its issuer
                return self._inherit(noun.head, _depth)
            if head_is_subject:
                return Subject(self._antecedent(i, t.head), bool(pas) or self.is_passive(i))
        if t.head == i:
            return Subject(None, False)
        h = t.head
        if t.dep == "xcomp" and self._quoted_order(h, i):
            return Subject(None, False)
        if t.dep == "xcomp":
            # "agreed to [be acquired] by Monex", "refused to [be questioned] by the FBI": the
            # controller of a passive complement with a "by" agent is its patient, the agent
            # its doer. Not under the modal "have (yet) to" ("applications will have to be
            # approved by Apple", "have yet to be approved by a doctor"): what must or is yet
            # to be done is no act reported
            pas_comp = (
                bool(self.deps(i, "auxpass"))
                and self.agent(i) is not None
                and self.lemma(h) != "have"
            )
            if self.lemma(h) in OBJECT_CONTROL and (objs := self.deps(h, "dobj", "dative")):
                return Subject(objs[0], pas_comp)
            pas_comp = pas_comp or self._bare_participle(i, h)
            s = self._inherit(h, _depth)
            return Subject(s.token, pas_comp and s.token is not None)
        if t.dep in ("conj", "advcl", "acomp", "ccomp", "pcomp") and self.tok[h].pos in (
            "VERB",
            "AUX",
            "ADJ",
        ):
            if t.dep == "ccomp" and not self.deps(i, "aux"):  # "said (that) ..." needs its own
                return Subject(None, False)
            if t.dep == "conj" and (speaker := self._speaker_of_content(i, h)) is not None:
                return self._inherit(speaker, _depth)
            if t.dep == "conj" and self._passive_conjunct(i, h):
                # "X was convicted ... and (was) sentenced": the shared subject is the patient
                # of both passives, never the doer of the second
                s = self.subject(h, _depth + 1)
                return Subject(s.token, s.token is not None)
            if (t.dep in ("advcl", "pcomp") and self.deps(i, "auxpass")) or (
                self._participle_clause(i)
            ):
                # "X died after being shot", "X was released, having been detained": the
                # subject shared with a passive adjunct is its patient, never its doer
                s = self.subject(h, _depth + 1)
                return Subject(s.token, s.token is not None)
            return self._inherit(h, _depth)
        if t.dep == "pcomp" and self.tok[h].dep == "prep" and self.deps(i, "auxpass"):
            s = self.subject(self.tok[h].head, _depth + 1)  # "died [after [being shot]]"
            return Subject(s.token, s.token is not None)
        if t.dep == "pcomp" and self.tok[h].dep == "prep":
            if (guilty := self._found_guilty(self.tok[h].head)) is not None:
                return Subject(guilty, False)  # "a jury convicted Brown of [killing] ..."
            return self._inherit(self.tok[h].head, _depth)
        if t.dep in ("acomp", "xcomp"):
            return self._inherit(h, _depth)
        return Subject(None, False)

    def guilt(self, g: int) -> int | None:
        """The word of guilt found or owned at g, a preposition's head: g itself ("convicted
        [of]", "guilty [of]", "confessed [to]") or the "guilty" of verb g ("were found guilty on
        Thursday [of]")."""
        if self.lemma(g) in GUILT_WORDS:
            return g
        return next((c for c in self.deps(g, *GUILT_DEPS) if self.lemma(c) in GUILT_WORDS), None)

    def owned_act(self, n: int) -> bool:
        """Whether word n (a noun or a gerund) is the act in the "of"/"to" phrase of a word of
        guilt: "convicted of [stabbing]", "pleaded guilty to [the murders]". A bare noun names
        the offence, a class of acts on a record, not one act told ("convicted of assaults and
        of bank robbery", "found guilty of capital murder")."""
        t = self.tok[n]
        if t.dep not in ("pobj", "pcomp") or t.head == n or self.tok[t.head].dep != "prep":
            return False
        if t.dep == "pobj" and not (
            self.deps(n, "det", "poss") or any(w == "of" for w, _ in self.preps(n))
        ):
            return False
        return self.guilt(self.tok[t.head].head) is not None

    def guilty_party(self, n: int) -> int | None:
        """The doer of the act n found or owned (`owned_act`): the one convicted, found guilty
        or confessing ("a jury convicted [Brown] of killing", "[He] was convicted of the
        murders", "[Smith] confessed to the killings")."""
        if not self.owned_act(n):
            return None
        g = self.tok[self.tok[n].head].head
        if (named := self._found_guilty(g)) is not None:
            return named
        verb = self.tok[g].head if self.tok[g].pos == "ADJ" else g
        return self.subject(verb).token

    def _found_guilty(self, g: int) -> int | None:
        """The one an active finding of guilt names, the doer of the act found: "convicted
        [Brown] of killing", "found [him] guilty of", "found [Smith] guilty of" (a small clause)."""
        if (w := self.guilt(g)) is None:
            return None
        if self.tok[w].pos == "ADJ" and (own := self.deps(w, "nsubj")):
            return own[0]
        verb = self.tok[w].head if self.tok[w].pos == "ADJ" else w
        objs = self.deps(verb, "dobj")
        return objs[0] if objs else None

    def _speaker_of_content(self, i: int, h: int) -> int | None:
        """ "Flynn said there was a lack of transparency and urged the crowd to ...", "The group
        said that the contract has confused employees, and demanded an extension": a speech act
        the parser coordinated with what was said, whose subject names no party, is the
        speaker's second act (the reporting verb, returned), in the reporting verb's tense."""
        head = self.tok[h]
        if head.dep != "ccomp" or head.head == h or self.lemma(i) not in SPEECH_ACTS:
            return None
        say = head.head
        if self.lemma(say) not in REPORTING or self.tok[say].tag != self.tok[i].tag:
            return None
        own = self.deps(h, *SUBJ, *PASSIVE_SUBJ)
        if not own or self.is_pronoun(own[0]) or self.entities(own[0]):
            return None  # "said police arrested X and charged him": the content's own party
        return say

    def _passive_conjunct(self, i: int, h: int) -> bool:
        """Verb i, coordinated with verb h, is passive: its own "was" ("was convicted ... and
        was sentenced"), or a bare participle sharing the passive auxiliary of h ("was
        arrested and charged", "was evicted and sentenced" read as a past tense); "was arrested
        and confessed" (a past tense) is active."""
        if self.deps(i, "auxpass"):
            return True
        if self.deps(i, "aux", *SUBJ):
            return False
        if self.tok[i].tag != "VBN" and not self._participle_read_as_past(i):
            return False
        return bool(self.deps(h, "auxpass"))

    def _participle_read_as_past(self, i: int) -> bool:
        """ "was evicted in April and sentenced to 50 weeks": a regular past form (the same
        word as the participle) of a verb used only with its patient, with no object of its
        own, is the participle the tagger read as a past tense."""
        t = self.tok[i]
        return (
            t.tag == "VBD"
            and t.text.lower().endswith("ed")
            and self.lemma(i) in TRANSITIVE_ONLY
            and not self.deps(i, *OBJ)
        )

    def _antecedent(self, i: int, head: int) -> int:
        """ "talks between his government and the Taliban, who have long refused": a "who"
        clause the parser hung on a noun naming no one tells of the party named right before
        the pronoun."""
        rel = [x for x in self.deps(i, *SUBJ, *PASSIVE_SUBJ) if self.lemma(x) in PERSONAL_RELATIVE]
        if not rel or self.entity(head) is not None:
            return head
        j = rel[0] - 1
        while j > head and self.tok[j].pos == "PUNCT":
            j -= 1
        return j if j > head and self.entity(j) is not None else head

    def _past_dateline(self, s: int, others: list[int] | None = None) -> int:
        """ "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper accused ...": the parser
        may take the dateline's place for the subject, the one who acts hanging from it as an
        apposition after the dash, or as a second subject of the verb ("DUBAI, United Arab
        Emirates — Dubai's flagship carrier Emirates Airline finalized a deal")."""
        ent = self.tree.entities.get(self.entity(s) or "")
        if ent is not None and ent.type not in DATELINE_TYPES and not self._in_dateline(s):
            # ("DURBAN, South Africa (CNN) - South Africa's ex-President Jacob Zuma appeared":
            # a dateline the entity layer typed an organisation, after "Durban court", is
            # still the dateline)
            return s
        dashes = [p for p in self.deps(s, "punct") if self.tok[p].text in DASHES]
        first = s == 0 or self.sentence_of(s) != self.sentence_of(s - 1)
        if not dashes and first and (ent is not None or self.tok[s].text.isupper()):
            # "KOLKATA, India – Indian police have arrested": the dash may hang on the
            # dateline's country; a dash right after a sentence-initial place ends it
            dashes = [
                j
                for j in range(s + 1, min(s + DATELINE_SPAN, len(self.tok)))
                if self.tok[j].text in DASHES and self.tok[j].dep == "punct"
            ][:1]
        if not dashes and (bounds := self._dateline(s)) is not None and s <= bounds[1]:
            # "MEXICO CITY (AP) Mexico's Senate has passed": the agency's parenthesis ends it
            dashes = [bounds[1]]
        if not dashes:
            return s
        for c in self.deps(s, "appos"):
            other = self.tree.entities.get(self.entity(c) or "")
            if c > dashes[0] and other is not None and other.type not in DATELINE_TYPES:
                return c
            # "TORONTO — A young black man and his mother have launched a lawsuit": a party
            # the NER names no entity, after the dash, is the subject all the same
            if c > dashes[0] and other is None and self.tok[c].pos in ("NOUN", "PROPN"):
                return c
        return next((c for c in others or () if c > dashes[0]), s)

    def _inherit(self, h: int, depth: int) -> Subject:
        s = self.subject(h, depth + 1)
        # "X is expected to sign": the passive raising verb's subject is the signer.
        return Subject(s.token, False) if s.token is not None else s

    def agent(self, i: int) -> int | None:
        """The "by" phrase of a passive verb."""
        for a in self.deps(i, "agent"):
            for p in self.deps(a, "pobj"):
                return p
        for p in self.deps(i, "prep"):
            if self.lemma(p) == "by":
                for o in self.deps(p, "pobj"):
                    return o
        return None

    # -- objects and prepositions ---------------------------------------------------------

    def small_clauses(self, i: int) -> list[int]:
        """The predicative adjectives of i's object that the parser reads as a clause of their
        own: in "a judge found the man guilty" the parse is found -> ccomp "guilty" -> nsubj
        "man", with no verb, auxiliary or "that" in the clause (an object and its predicate,
        as "was found guilty" has them: nsubjpass and oprd)."""
        out = []
        for c in self.deps(i, "ccomp"):
            t = self.tok[c]
            if t.pos != "ADJ" or not self.deps(c, "nsubj"):
                continue
            if self.deps(c, "aux", "auxpass", "cop", "mark", "neg"):
                continue
            out.append(c)
        return out

    def objects(self, i: int) -> list[int]:
        out = self.deps(i, "dobj", "obj", "dative")
        out += [s for c in self.small_clauses(i) for s in self.deps(c, "nsubj")]
        t = self.tok[i]
        if t.dep == "relcl" and t.head != i:
            # "Meetup, which it acquired": a relative pronoun object is the noun it refers to
            out = [t.head if self.lemma(o) in RELATIVE else o for o in out]
        for o in list(out):
            out.extend(self.deps(o, "conj"))
        return out

    def second_object(self, o: int) -> int | None:
        """The thing given when the parser reads a double object as an apposition: "granted
        Angela Ronae Stanton a full and unconditional pardon" (the name, then with no comma
        between, "a"/"an" and a common noun). An apposition proper is set off by a comma
        ("Tina McKenzie, a former member")."""
        for x in self.deps(o, "appos"):
            t = self.tok[x]
            if t.pos != "NOUN" or self.tok[o].pos != "PROPN" or x < o:
                continue
            if not any(self.lemma(d) in ("a", "an") for d in self.deps(x, "det")):
                continue
            first = self.tree.subtree_bounds(x)[0]
            if all(self.tok[k].pos != "PUNCT" for k in range(o + 1, first)):
                return x
        return None

    def preps(self, i: int) -> list[tuple[str, int]]:
        """(preposition, object) pairs attached to i, including "in front of" style chains."""
        if (known := self._preps.get(i)) is None:
            known = self._preps[i] = tuple(self._find_preps(i))
        return list(known)

    def _find_preps(self, i: int) -> list[tuple[str, int]]:
        out: list[tuple[str, int]] = []
        for p in self.deps(i, "prep", "agent", "dative"):
            if self.tok[p].pos == "NOUN" or self.tok[p].pos == "PROPN":
                continue
            word = self.lemma(p)
            for o in self.deps(p, "pobj", "pcomp"):
                out.append((word, o))
                out.extend((word, c) for c in self.deps(o, "conj"))
        return out

    def amount_of(self, i: int) -> int | None:
        """ "$16.6 billion [in loans]", "$5 million [of aid]": the amount whose "in"/"of"
        phrase noun i is, where the amount stands for it in the clause."""
        t = self.tok[i]
        if t.dep != "pobj" or self.lemma(t.head) not in ("in", "of") or t.pos != "NOUN":
            return None
        amount = self.tok[t.head].head
        if amount == t.head or self.tok[amount].pos != "NUM" or self.tok[t.head].dep != "prep":
            return None
        return amount

    def particle(self, i: int) -> str | None:
        """The verb's particle: its "prt" child, else a preposition with no object of its own,
        which the parser gives a particle stranded after the object ("pass the tariff cost
        [along] to the consumer", "handed the men [over] to police")."""
        prt = self.deps(i, "prt")
        if not prt:
            prt = [p for p in self.deps(i, "prep") if not self.deps(p, "pobj", "pcomp")]
        return self.lemma(prt[0]) if prt else None

    def modifier_words(self, i: int, *, of: bool = True) -> set[str]:
        """Words of a noun phrase's head and modifiers, and of its "of" phrase
        ("a mission of observers", "$50,000 worth of goods") or an amount of money's "in"
        phrase (what the amount is of: "received over $15 billion [in bailout money]", "$6
        billion in airliners")."""
        out = self.words(i)
        for c in self.deps(i, "compound", "amod", "nmod", "poss", "nummod"):
            out |= self.words(c)
            for cc in self.deps(c, "compound", "conj"):
                out |= self.words(cc)
        if of:
            money = self.tok[i].ent_type == "MONEY"
            for word, o in self.preps(i):
                # "$15 billion in bailout money", "US$6 billion in new airliners": an amount's
                # "in" phrase says what the amount is of
                if word == "of" or (money and word == "in"):
                    out |= self.modifier_words(o, of=False)
        return out

    # -- entities -------------------------------------------------------------------------

    def entity(self, i: int) -> str | None:
        return self.tree.entity_of_token.get(i)

    def entities(self, i: int | None, *, via_of: bool = True, _depth: int = 0) -> list[str]:
        """Entity ids a phrase headed by token i refers to (coordinated phrases: all)."""
        if i is None or _depth > 5:
            return []
        found: list[str] = []
        appos = self.deps(i, "appos")
        if e := self.entity(i):
            found.append(e)
            # "US and British activists": the entity layer may give each group of a coordinated
            # modifier its own entity on the same head word
            found.extend(self._same_head(i, e))
            # "The US, Russia, and Switzerland": a list the parser read as an apposition
            for c in appos:
                if self.deps(c, "conj"):
                    found.extend(self.entities(c, via_of=False, _depth=_depth + 1))
        elif named := [e for c in appos for e in self.entities(c, via_of=False, _depth=_depth + 1)]:
            found.extend(named)  # "The US commander in Iraq, General David Petraeus"
        elif self.tok[i].pos == "VERB" and (subj := self.deps(i, "nsubj")):
            # "The Red Cross operating in Iraq said": the parser made the participle the head
            found.extend(self.entities(subj[0], _depth=_depth + 1))
        elif self.lemma(i) in KIN_WORDS or self.tok[i].text.lower() in KIN_WORDS:
            pass  # "Elian's father said": the possessor is not the relative
        else:
            # "his successor", "her neighbour": the possessor is the other side of the relation
            # (PETRARCH-2's dictionaries code "opponents of X" as X: the "of" phrase stays)
            mods = MODIFIERS if not self._relative(i) else NOT_POSSESSOR
            for c in self.deps(i, *mods):
                found.extend(self.entities(c, via_of=False, _depth=_depth + 1))
            if not found and via_of:
                for word, o in self.preps(i):
                    if word in ("of", "from"):
                        found.extend(self.entities(o, _depth=_depth + 1))
        for c in self.deps(i, "conj"):
            found.extend(self.entities(c, via_of=via_of, _depth=_depth + 1))
        return list(dict.fromkeys(found))

    def _relative(self, i: int) -> bool:
        """Whether noun i names someone by a relation to another (`RELATIONS`)."""
        return self.lemma(i) in RELATIONS or self.tok[i].text.lower() in RELATIONS

    def _same_head(self, i: int, first: str) -> list[str]:
        if self._ends is None:
            ends: dict[int, list[str]] = {}
            last_of = {t.end: t.i for t in self.tok}
            for ent in self.tree.entities.values():
                if ent.type not in GROUP_TYPES:
                    continue
                for m in ent.mentions:
                    if (j := last_of.get(m.end)) is not None and ent.id not in ends.get(j, ()):
                        ends.setdefault(j, []).append(ent.id)
            self._ends = ends
        first_ent = self.tree.entities.get(first)
        if first_ent is None or first_ent.type not in GROUP_TYPES:
            return [x for x in self._pair(i) if x != first]
        return [x for x in self._ends.get(i, ()) if x != first]

    def _pair(self, i: int) -> list[str]:
        """'Both were acquitted': the entities one plural pronoun stands for together."""
        if self._shared is None:
            spans: dict[tuple[int, int], list[str]] = {}
            for ent in self.tree.entities.values():
                for m in ent.mentions:
                    if m.kind == "pronoun" and ent.id not in spans.get((m.start, m.end), ()):
                        spans.setdefault((m.start, m.end), []).append(ent.id)
            last_of = {t.end: t.i for t in self.tok}
            self._shared = {
                last_of[end]: ids
                for (_start, end), ids in spans.items()
                if len(ids) > 1 and end in last_of
            }
        return self._shared.get(i, [])

    def is_pronoun(self, i: int | None) -> bool:
        return i is not None and self.tok[i].pos == "PRON" and self.lemma(i) in PRONOUNS

    def subjectless_gerund(self, i: int) -> bool:
        """Token i is a gerund with no subject or possessor of its own: the act is the doer's
        of the verb above ("she regretted [calling] him a traitor", "regretted not [accepting]
        the offer"), where "regretted his calling" or "that they had called" is another's."""
        return self.tok[i].tag == "VBG" and not self.deps(i, "nsubj", "nsubjpass", "poss")

    def sentence_of(self, i: int) -> int:
        return self.tok[i].sent

    def first_word(self, i: int) -> int:
        """The first token of the sentence of token i that is no space (at most i)."""
        sent = self.tok[i].sent
        s0 = i
        while s0 > 0 and self.tok[s0 - 1].sent == sent:
            s0 -= 1
        while s0 < i and self.tok[s0].pos == "SPACE":
            s0 += 1
        return s0

    def _furniture(self, i: int) -> range:
        """`_read_furniture` of the sentence of token i, read once per sentence."""
        sent = self.tok[i].sent
        span = self._furniture_spans.get(sent)
        if span is None:
            span = self._furniture_spans[sent] = self._read_furniture(i)
        return span

    def _read_furniture(self, i: int) -> range:
        """The tokens of a picture's credit or label heading the sentence of token i: a
        parenthesis opening it that the sentence goes on after ("(Melina Mara/The Washington
        Post) Hillary Clinton blamed", "(The Washington Post) President-elect Donald Trump and
        President Obama met"), a credit label and the name it credits ("Image copyright European
        Press Agency He, along with Mike Pence, then met"), or a caption's or picture's label
        alone, with a dateline in capitals behind it ("Photo KUNDUZ, Afghanistan -- Taliban
        insurgents struck")."""
        sent = self.tok[i].sent
        s0 = self.first_word(i)
        n = len(self.tok)
        if (close := BRACKETS.get(self.tok[s0].text)) is not None:
            for j in range(s0 + 1, min(s0 + CREDIT_SPAN, n)):
                if self.tok[j].sent != sent:
                    break
                if self.tok[j].text == close:
                    after = range(j + 1, min(j + 4, n))
                    if any(self.tok[k].sent == sent and self.tok[k].text.isalpha() for k in after):
                        return range(s0, j + 1)
                    break
            return range(0)
        label = self._label_at(s0)
        if not label:
            return range(0)
        end = s0 + len(label)
        if label in CREDIT_LABELS and end < n and (e := self.entity(end)) is not None:
            # the name credited, up to a caption's label ("Image copyright AP Image caption
            # President Barack Obama meets ...": the caption after it is the sentence's own)
            while (
                end < n
                and self.tok[end].sent == sent
                and self.entity(end) == e
                and not self._label_at(end)
            ):
                end += 1
        # a dateline in capitals behind the label ("Photo HERAT, Afghanistan --")
        while end < n and self.tok[end].sent == sent and self.tok[end].text.isupper():
            end += 1
        if end < n and self.tok[end].sent == sent and (caption := self._label_at(end)):
            end += len(caption)
        return range(s0, end)

    def _label_at(self, i: int) -> tuple[str, ...]:
        """The page label whose words start at token i, if any (the longest)."""
        sent = self.tok[i].sent
        words = tuple(
            self.tok[j].text.lower()
            for j in range(i, min(i + 3, len(self.tok)))
            if self.tok[j].sent == sent
        )
        return next((label for label in PAGE_LABELS if words[: len(label)] == label), ())

    def credit(self, i: int) -> bool:
        """Whether token i is part of a picture's credit or label heading its sentence
        (`_furniture`), or of a name the entity layer glued to one ("AFP Image caption
        Protesters gathered", "Photo KUNDUZ"): what it names is no party of the sentence."""
        span = self._furniture(i)
        if not span:
            return False
        if i in span:
            return True
        # a name glued to the furniture is a credit where the entity layer named it with a
        # label's words too ("AFP Image caption Protesters"), not where it named the sentence's
        # own party ("Image copyright AP Image caption President Barack Obama meets")
        e = self.entity(i)
        ent = self.tree.entities.get(e or "")
        if ent is None:
            return False
        name = tuple(ent.name.lower().split())
        if not any(
            name[k : k + len(label)] == label for label in PAGE_LABELS for k in range(len(name))
        ):
            return False
        j = i
        while j not in span and j > span.start and self.entity(j - 1) == e:
            j -= 1
        return j in span

    def credit_names(self, i: int) -> set[str]:
        """The entities named only in the credit or label heading the sentence of token i."""
        span = self._furniture(i)
        if not span:
            return set()
        sent = self.tok[i].sent
        toks = [j for j in range(span.start, len(self.tok)) if self.tok[j].sent == sent]
        named = {e for j in toks if (e := self.entity(j))}
        return {e for e in named if all(self.credit(j) for j in toks if self.entity(j) == e)}

    def dateline_names(self, i: int) -> set[str]:
        """The entities named only in the dateline opening the sentence of token i ("BEIRUT
        (AP) - A Kurdish militia spokesman says", "MEXICO CITY (AP) Mexico's Senate has
        passed", "SAN DIEGO (AP) - A Navy officer has accused"): it tells where the report was
        filed, and is no party of what the sentence tells."""
        bounds = self._dateline(i)
        if bounds is None:
            return set()
        s0, end = bounds
        sent = self.tok[i].sent
        inside = {e for j in range(s0, end + 1) if (e := self.entity(j))}
        rest = range(end + 1, len(self.tok))
        # "SAN DIEGO (AP) - The U.S. National Guard faces ... on its last two deployments": a
        # pronoun the coreference gave the dateline does not name it again
        return inside - {
            self.entity(j)
            for j in rest
            if self.tok[j].sent == sent and not (self.tok[j].pos == "PRON" or self.is_pronoun(j))
        }

    def _in_dateline(self, i: int) -> bool:
        bounds = self._dateline(i)
        return bounds is not None and bounds[0] <= i <= bounds[1]

    def _dateline(self, i: int) -> tuple[int, int] | None:
        """The first and last token of a dateline opening the sentence of token i: a name in
        capitals at the sentence's start (the parser may call it an organisation) ended by the
        news agency's closing parenthesis ("(AP)", "(Reuters)", "(CNN)"), or a place so named
        ended by a dash; the sentence goes on after it."""
        sent = self.tok[i].sent
        s0 = i
        while s0 > 0 and self.tok[s0 - 1].sent == sent:
            s0 -= 1
        first = self.tree.entities.get(self.entity(s0) or "")
        word = self.tok[s0].text
        k = s0
        while first is None and k < s0 + 3 and k + 1 < len(self.tok) and self.tok[k].text.isupper():
            # "DAR ES SALAAM, Tanzania (AP)": the entity may cover the name's last words only
            k += 1
            if self.tok[k].sent != sent:
                break
            first = self.tree.entities.get(self.entity(k) or "")
        if first is None or not any(ch.isalpha() for ch in word) or not word.isupper():
            return None
        end = None
        for j in range(s0 + 1, min(s0 + 2 * DATELINE_SPAN, len(self.tok))):
            t = self.tok[j]
            if t.sent != sent:
                break
            spaced = t.start > self.tok[j - 1].end  # a dash, not the hyphen of "anti-graft"
            dash = t.text in DASHES or t.text == "\ufffd"
            if dash and spaced and first.type in DATELINE_TYPES:
                end = j  # (a dash the text's encoding lost reads as U+FFFD)
                break
            if t.text == ")" and j >= 2 and self.tok[j - 2].text == "(":
                end = j
                if j + 1 < len(self.tok) and self.tok[j + 1].text in DASHES | {"\ufffd"}:
                    end = j + 1
                break
        if end is None or end + 1 >= len(self.tok) or self.tok[end + 1].sent != sent:
            return None
        return s0, end

    def token(self, i: int) -> Token:
        return self.tok[i]
