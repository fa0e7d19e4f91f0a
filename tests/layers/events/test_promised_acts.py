"""A promise or an offer of an act the lexicon does not code is aimed at whom the act would be
done to: the parties the "to"-infinitive's object names."""

from __future__ import annotations

from .parties import typed

PUBLISHED = "2019-11-20"


def test_a_promise_to_act_on_a_named_party_aims_at_it(read) -> None:
    doc = read("Senator Maria Lopez vowed to dismantle Governor Carlos Mendez's tax reform.")
    assert typed(doc, "AGREE") == [("vowed", ["Maria Lopez"], ["Carlos Mendez"])]
    doc = read("Acme Holdings Inc. said it agreed to acquire Brightwater Bancorp. for stock.")
    assert [t for _, _, t in typed(doc, "AGREE")] == [["Brightwater Bancorp"]]


def test_an_offer_to_buy_from_a_named_firm_aims_at_the_firm(read) -> None:
    doc = read("Acme Holdings Inc. offered to buy the shares of Brightwater Radio Corp.")
    assert [t for _, _, t in typed(doc, "AGREE")] == [["Brightwater Radio Corp."]]


def test_goods_sites_and_the_own_state_are_no_target_of_a_promise(read) -> None:
    doc = read("Lockheed Martin had agreed to lease 100 tankers in 2002.")
    assert [t for _, _, t in typed(doc, "AGREE")] == [[]]
    doc = read("The Peruvian president Pedro Castillo promised to end Peru's isolation.")
    assert all(not t for _, _, t in typed(doc, "AGREE"))
