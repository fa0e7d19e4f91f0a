"""The bracketed-initials reader both the entity and the place layers read an article's
acronyms with (layers/initials.py)."""

from __future__ import annotations

from newsevents.layers.initials import spells


def test_the_last_words_of_a_name_spell_its_acronym() -> None:
    assert spells("raf", ["rapid", "action", "force"])
    assert spells("crpf", ["the", "central", "reserve", "police", "force"])
    # a name's small words give their initial or none
    assert spells("mod", ["ministry", "of", "defence"])
    assert spells("md", ["ministry", "of", "defence"])
    # only the name's last words: 'high alert and rapid action force (raf)'
    assert spells("raf", ["high", "alert", "and", "rapid", "action", "force"])


def test_other_letters_spell_no_acronym_of_the_name() -> None:
    assert not spells("raf", ["royal", "navy"])
    assert not spells("nhs", ["national", "health"])
    assert not spells("ab", [])
