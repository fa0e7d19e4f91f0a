"""Whom a purchase is aimed at when the text names no seller: the maker of what is bought.

"Korean Air also bought 20 Dreamliners" (Boeing), "Ryanair ... is exercising its options with
Boeing to purchase five new 737 aircraft" (Boeing), "Emirates Airline finalized a deal to
purchase 30 of Boeing's 787-9 Dreamliner jets" (Boeing), "Virgin Atlantic has purchased six of
these aeroplanes" after "Airbus has hopes that sales will exceed 700" (Airbus): a new airliner
is bought from its maker, and the article gold codes the purchase as aimed at it. The maker is
one the goods name (a maker's name, or a model of `product_makers.json`), else, for goods named
only by a plain aircraft noun, the maker the text last named (itself or by a model) in the
sentences before; it is a target only where the document has an entity of that name. A deal
told in the sentence of such a purchase, or the one after, with nothing bought of its own ("...
while Air India has signed a deal for a further US$7 billion", "The airline ... signed the
agreement in Paris"), has the same maker.
"""

from __future__ import annotations

from ...ontology.reading import product_makers
from .arguments import Args

# how many sentences back a plain "aircraft" may find the maker the text last named
MAKER_WINDOW = 5
# the relative and participial clauses of a deal that say what it buys ("a deal to purchase")
DEAL_CLAUSES = ("acl", "relcl", "xcomp", "advcl")


class Sellers:
    """The maker a purchase is aimed at, read off one document's parse."""

    def __init__(self, args: Args) -> None:
        data = product_makers()
        self.a = args
        self.models = {m: maker for maker, models in data["makers"].items() for m in models}
        self.makers = {maker.lower(): maker for maker in data["makers"]}
        self.nouns = frozenset(data["aircraft_nouns"])
        self.verbs = frozenset(data["purchase_verbs"])
        self.deliveries = frozenset(data["delivery_verbs"])
        self.deals = frozenset(data["deal_nouns"])
        # the sentence of the last purchase a maker was found for, and the maker
        self._last: tuple[int, list[str]] | None = None

    def of_purchase(self, v: int) -> list[str]:
        """The maker entity verb (or deal noun) v buys from ("bought 20 Dreamliners", "signed
        a deal to purchase 30 of Boeing's jets"), or nothing."""
        goods = self._goods(v)
        for g in goods:
            words = [j for j in sorted(self.a.tree.subtree(g)) if j >= v]
            maker = self._maker_named(words)
            if maker is None and any(self._aircraft_noun(j) for j in words):
                maker = self._maker_before(v)
            if maker is not None and (found := self._entity(maker)):
                self._last = (self.a.sentence_of(v), found)
                return found
        if not goods and self._last is not None and self._deal(v):
            # "Air Canada has ordered US$6 billion in new airliners, while Air India has signed
            # a deal for a further US$7 billion", "... signed a contract to purchase a score of
            # Airbus A320 passenger jets ... The airline ... signed the agreement in Paris"
            # (article gold train): a deal told in the sentence of a purchase, or the one
            # after, is a deal of the same kind, with the same maker
            said, found = self._last
            if 0 <= self.a.sentence_of(v) - said <= 1:
                return found
        return []

    def of_delivery(self, v: int) -> list[str]:
        """The maker who hands over what verb v delivers when the text names no doer ("The
        first A380 superjumbo, made by Airbus, was delivered today to Singapore Airlines")."""
        a = self.a
        if a.lemma(v) not in self.deliveries:
            return []
        for g in a.deps(v, "nsubjpass") + a.objects(v):
            words = sorted(a.tree.subtree(g))
            maker = self._maker_named(words)
            if maker is None and any(self._aircraft_noun(j) for j in words):
                maker = self._maker_before(v)
            if maker is not None and (found := self._entity(maker)):
                return found
        return []

    def _deal(self, v: int) -> bool:
        """v is a deal noun, or a verb whose object is one ("signed [the agreement]")."""
        a = self.a
        return any(
            a.lemma(d) in self.deals for d in ([v] if a.token(v).pos == "NOUN" else a.objects(v))
        )

    def _goods(self, v: int) -> list[int]:
        a = self.a
        if a.lemma(v) in self.verbs:
            return a.objects(v)
        goods: list[int] = []
        # "finalized [a deal to purchase ...]": the deal, or the verb's object that is one
        for deal in [v] if a.token(v).pos == "NOUN" else a.objects(v):
            if a.lemma(deal) not in self.deals:
                continue
            for c in a.deps(deal, *DEAL_CLAUSES):
                if a.lemma(c) in self.verbs:
                    goods.extend(a.objects(c))
        return goods

    def _maker_named(self, words: list[int]) -> str | None:
        """A maker the goods name: its name ("Boeing's jets", "Airbus A320 jets") or a model."""
        aircraft = any(self._aircraft_noun(j) or self._maker(j) for j in words)
        for j in words:
            if maker := self._maker(j) or self._model(j, aircraft=aircraft):
                return maker
        return None

    def _maker_before(self, v: int) -> str | None:
        """The maker the text last named, or last named a model of, in the sentences before."""
        a = self.a
        first = a.sentence_of(v) - MAKER_WINDOW
        for j in range(v - 1, -1, -1):
            if a.sentence_of(j) < first:
                break
            if maker := self._maker(j) or self._model(j, aircraft=False):
                return maker
        return None

    def _maker(self, j: int) -> str | None:
        return self.makers.get(self.a.token(j).text.lower())

    def _model(self, j: int, *, aircraft: bool) -> str | None:
        """The maker of model j: "Dreamliners", "A380", "777s"; a bare number ("737") only
        where the goods name an aircraft or a maker too ("737 aircraft")."""
        text = self.a.token(j).text.lower().split("-")[0]
        if text in self.models and (aircraft or not text.isdigit()):
            return self.models[text]
        if text.endswith("s") and text[:-1] in self.models:
            return self.models[text[:-1]]
        return None

    def _aircraft_noun(self, j: int) -> bool:
        return self.a.lemma(j) in self.nouns

    def _entity(self, maker: str) -> list[str]:
        """The document's organisation named the maker ("Boeing"), else one whose name starts
        with it ("Boeing Commercial Airplanes")."""
        ents = [e for e in self.a.tree.entities.values() if e.type == "ORG"]
        low = maker.lower()
        exact = [e.id for e in ents if e.name.lower() == low]
        return exact[:1] or [e.id for e in ents if e.name.lower().startswith(low + " ")][:1]
