"""Knowledge as data files (ontology/data) with loaders that check their schema.

Actor knowledge lives in `actors` (countries, demonyms, places, agent terms, leaders with term
dates, international organisations, Phoenix named actors), read once per process by
`actors.lexicon()`; `loader.read_jsonl` is the schema-checked reader the data files share, and
`derive` rebuilds the derived files from their public sources.
"""
