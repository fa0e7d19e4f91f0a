"""Article -> Document with tokens, sentences and named entities.

`spacy_adapter` is the only module of newsevents that imports spaCy.
"""
