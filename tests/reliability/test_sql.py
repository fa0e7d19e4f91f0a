"""Every SQL statement is parameterised: user values travel as parameters, never as SQL text.

Two checks. A static one reads every module of the package and finds the SQL built by string
formatting (f-strings, `.format` on SQL templates, `+` or `%` on SQL strings); each value spliced
in must be one of the reviewed names in `SPLICED` -- table and column names from the schema, or
condition fragments whose values are `?` parameters. A dynamic one sends hostile values through
every read path of the store and the web data layer and checks they come back as plain data.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from newsevents.errors import StoreError
from newsevents.ingest import make_article
from newsevents.store import open_store
from newsevents.store.query import EventQuery, event_where

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "newsevents"
SQL = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|COPY|ATTACH|PRAGMA)\b|\bWHERE\b|\bFROM\b"
)

# What may be spliced into SQL text, and why it is not a user's value.
SPLICED: dict[str, str] = {
    "table": "a table name from store.schema.TABLES or a fixed list",
    "name": "a table name from store.schema.TABLES or a fixed list",
    "cols": "column definitions from store.schema.TABLES",
    "col": "a column definition from a migration step in store.schema",
    "cond": "a fixed condition with ? parameters (store.query, store.duck)",
    "where": "event_where(): fixed fragments, every value a ? parameter",
    "_article_join(where)": "a fixed JOIN clause or nothing",
    "order": "a fixed ORDER BY list",
    "alias": "a fixed table alias ('', 'e.', 'm.')",
    "where('')": "merge._recompute: a fixed condition",
    "where('e.')": "merge._recompute: a fixed condition",
    "where('m.')": "merge._recompute: a fixed condition",
    "_EVENT_COLUMNS": "a constant column list",
    "_FROM": "a constant FROM clause",
    "_ARTICLE": "a constant column list (export.tables)",
    "key": "web.data.timeline: one of two fixed column expressions",
    "size": "web.data.timeline: a bucket checked against a fixed list",
    "SQL[name]": "export.tables: a constant query chosen from a fixed dict",
    "_OPTIONS[fmt]": "export.tables: constant COPY options chosen from a fixed dict",
    "_quote(target)": "export.tables: COPY takes no parameter for its path; quoted literal",
    "_SIDE.format(side='actors')": "a constant subquery for a fixed column",
    "_SIDE.format(side='recipients')": "a constant subquery for a fixed column",
    "side": "_SIDE template: the fixed column names actors / recipients",
}


def _sql_constant(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(
        SQL.search(node.value)
    )


def _templates(tree: ast.Module) -> set[str]:
    """Module-level names bound to an SQL string (templates filled with .format)."""
    return {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign) and _sql_constant(node.value)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def spliced_values(source: str) -> list[tuple[int, str]]:
    """(line, expression) of every value formatted into SQL text in a module's source."""
    tree = ast.parse(source)
    templates = _templates(tree)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if SQL.search(literal):
                found += [
                    (node.lineno, ast.unparse(v.value))
                    for v in node.values
                    if isinstance(v, ast.FormattedValue)
                ]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "format"
            and (
                _sql_constant(node.func.value)
                or (isinstance(node.func.value, ast.Name) and node.func.value.id in templates)
            )
        ):
            found += [(node.lineno, ast.unparse(a)) for a in node.args]
            found += [(node.lineno, f"{k.arg}") for k in node.keywords]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
            sides = (node.left, node.right)
            if any(_sql_constant(s) for s in sides):
                found += [
                    (node.lineno, ast.unparse(s))
                    for s in sides
                    if not (isinstance(s, ast.Constant) or isinstance(s, ast.JoinedStr))
                ]
    return found


def test_sql_text_splices_only_reviewed_names():
    unknown = []
    total = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        for line, expr in spliced_values(path.read_text(encoding="utf-8")):
            total += 1
            if expr not in SPLICED:
                unknown.append(f"{path.relative_to(PACKAGE)}:{line}: {expr}")
    assert total >= 20  # the scan finds the SQL the store builds
    assert not unknown, (
        "values formatted into SQL text; pass user values as ? parameters, or add a reviewed "
        "identifier to SPLICED with why it cannot come from a user:\n" + "\n".join(unknown)
    )


def test_the_scan_finds_user_values_in_sql():
    bad = '''
def find(con, name):
    con.execute(f"SELECT * FROM articles WHERE title = '{name}'")
    con.execute("SELECT * FROM articles WHERE id = " + name)
    con.execute("DELETE FROM articles WHERE id = '%s'" % name)
    con.execute(QUERY.format(value=name))

QUERY = "SELECT * FROM articles WHERE id = {value}"
'''
    assert [e for _, e in spliced_values(bad)] == ["name", "name", "name", "value"]


# -- hostile values through every read path ---------------------------------------------------

HOSTILE = (
    "'; DROP TABLE articles; --",
    "x' OR '1'='1",
    '" OR 1=1 --',
    "%' UNION SELECT text FROM articles --",
    "\\'); DELETE FROM events; --",
    "$1 $2 ? ?",
    "ÜSA",
    ")))(((",
)


@pytest.fixture(scope="module")
def small_store(tmp_path_factory, pipeline):
    path = str(tmp_path_factory.mktemp("sql") / "sql.duckdb")
    texts = (
        "Russian forces attacked Kharkiv on Monday, Ukrainian officials said.",
        '"We will respond," Defence Minister Rustem Umerov said in Kyiv on Tuesday.',
    )
    with open_store(path) as store:
        store.write_batch([pipeline.run(make_article(t, published="2024-06-11")) for t in texts])
    store = open_store(path, read_only=True)
    yield store
    store.close()


def _counts(store) -> tuple[int, int]:
    return (
        store.con.execute("SELECT count(*) FROM articles").fetchall()[0][0],
        store.con.execute("SELECT count(*) FROM events").fetchall()[0][0],
    )


def test_event_filters_keep_values_out_of_the_sql_text():
    for value in HOSTILE:
        q = EventQuery(actor=value, country=value, plover=value, cameo=value, modality=value,
                       text=value, source=value, article_id=value)  # fmt: skip
        sql, params = event_where(q)
        assert value not in sql and "'" not in sql.replace("'.'", "")
        assert value in params or value.strip() in params or value.lower() in params


def test_hostile_values_read_as_data(small_store):
    from newsevents.web import data

    store = small_store
    before = _counts(store)
    assert before[0] == 2
    for value in HOSTILE:
        assert store.events(EventQuery(actor=value, text=value, source=value)) == []
        assert store.count_events(plover=value, cameo=value, article_id=value) == 0
        assert store.articles(text=value, source=value) == []
        assert store.actors(country=value) == []
        assert store.quotes(article_id=value, speaker=value) == []
        assert store.quantities(article_id=value) == []
        assert store.corpus_events(EventQuery(actor=value)) == []
        assert store.corpus_event(value) is None and store.corpus_event_mentions(value) == []
        assert store.document(value) is None and store.duplicates(value) == []
        assert store.known_ids([value]) == set()
        assert data.event_links(store, value) == {}
        assert data.article_event(store, value, value) is None
        query = EventQuery(actor=value)
        assert data.timeline(store, query)["series"] == []
        assert data.event_network(store, query)["edges"] == []
        for bad_date in (value, "2024-13-45"):
            with pytest.raises(StoreError):
                store.events(date_from=bad_date)
    assert _counts(store) == before


def test_timeline_bucket_must_be_one_of_the_fixed_sizes(small_store):
    from newsevents.web import data

    with pytest.raises((ValueError, StoreError)):
        data.timeline(small_store, EventQuery(), bucket="day', e.event_date)::DATE, (SELECT 1")
