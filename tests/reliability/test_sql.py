"""Every SQL statement is parameterised: user values travel as parameters, never as SQL text.

Two checks. A static one reads every module of the package and finds the SQL built by string
formatting (f-strings, `.format` on SQL templates, `+` or `%` on SQL strings); each value spliced
in must be written in the code (a constant, or a local name only ever bound to constants) or be
one of the reviewed expressions in `SPLICED` -- table and column names from the schema, condition
fragments whose values are `?` parameters. A dynamic one sends hostile values through every read
path of the store and the web data layer and checks they come back as plain data.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from newsevents.errors import StoreError
from newsevents.readers import make_article
from newsevents.store import open_store
from newsevents.store.query import EventQuery, event_where

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "newsevents"
SQL = re.compile(
    r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|COPY|ATTACH|PRAGMA)\b|\bWHERE\b|\bFROM\b"
)

# What may be spliced into SQL text, and why it is not a user's value. Module constants (names
# in capitals: `_EVENT_COLUMNS`, `_FROM`) are SQL fragments written in the code: allowed too.
CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")
SPLICED: dict[str, str] = {
    "table": "a table name from store.schema.TABLES or a fixed list",
    "name": "a table name from store.schema.TABLES or a fixed list",
    "cols": "column definitions from store.schema.TABLES",
    "col": "a column definition from a migration step in store.schema",
    "cond": "a fixed condition with ? parameters (store.query, store.duck)",
    "where": "event_where(): fixed fragments, every value a ? parameter",
    "_article_join(where)": "a fixed JOIN clause or nothing",
    "_article_join(where, order)": "a fixed JOIN clause or nothing",
    "order": "store.query.event_order(): fixed ORDER BY terms, the field checked by order_key()",
    "alias": "a fixed table alias ('', 'e.', 'm.')",
    "e": "store.query: the events table alias event_where() is given ('e')",
    "where('')": "merge._recompute: a fixed condition",
    "where('e.')": "merge._recompute: a fixed condition",
    "where('m.')": "merge._recompute: a fixed condition",
    "size": "store.charts.timeline: a bucket checked against a fixed list",
    "SQL[name]": "export.tables: a constant query chosen from a fixed dict",
    "_OPTIONS[fmt]": "export.tables: constant COPY options chosen from a fixed dict",
    "_quote(target)": "export.tables: COPY takes no parameter for its path; quoted literal",
    "_SIDE.format(side='actors')": "a constant subquery for a fixed column",
    "_SIDE.format(side='recipients')": "a constant subquery for a fixed column",
    "sql": "export.tables.table_sql(): a constant query per table, the confidence a literal float",
    "', '.join(_EVENT_COLUMNS)": "store.merge: the fixed column list of the coreference rows",
    "' AND '.join(conds)": "store.query.stories(): fixed conditions, every value a ? parameter",
    "', '.join(cols)": "store.reindex: a fixed tuple of event column names",
    "', '.join(('a.' + c for c in _ARTICLE_COLUMNS))": "store.stories: fixed column names",
    "', '.join(('e.' + c for c in _EVENT_COLUMNS))": "store.stories: fixed column names",
}


def _sql_constant(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and bool(SQL.search(node.value))
    )


Scope = ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda


def _own_nodes(scope: Scope) -> list[ast.AST]:
    """The nodes of a scope, leaving out the bodies of functions defined inside it."""
    out: list[ast.AST] = []
    todo: list[ast.AST] = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        out.append(node)
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            todo.extend(ast.iter_child_nodes(node))
    return out


def _fixed(node: ast.AST, consts: set[str]) -> bool:
    """Whether an expression's value is written in the code: string constants, names bound only
    to such values, and conditionals, f-strings and sums of them."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name):
        return node.id in consts or bool(CONSTANT.fullmatch(node.id))
    if isinstance(node, ast.IfExp):
        return _fixed(node.body, consts) and _fixed(node.orelse, consts)
    if isinstance(node, ast.JoinedStr):
        return all(
            _fixed(v.value, consts) for v in node.values if isinstance(v, ast.FormattedValue)
        )
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _fixed(node.left, consts) and _fixed(node.right, consts)
    return False


def _constants(scope: Scope, inherited: set[str]) -> set[str]:
    """Names a scope binds only to fixed values (never a parameter, loop variable ...)."""
    values: dict[str, list[ast.AST]] = {}
    unfixed: set[str] = set()
    if not isinstance(scope, ast.Module):
        a = scope.args
        unfixed |= {x.arg for x in (*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg) if x}
    for node in _own_nodes(scope):
        if isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
            for target in node.targets:
                values.setdefault(target.id, []).append(node.value)  # type: ignore[attr-defined]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value:
            values.setdefault(node.target.id, []).append(node.value)
    for node in _own_nodes(scope):  # names bound any other way (for, with, +=, tuples ...)
        if isinstance(node, ast.AugAssign | ast.For | ast.With | ast.comprehension | ast.NamedExpr):
            unfixed |= {n.id for n in ast.walk(node) if isinstance(n, ast.Name)
                        and isinstance(n.ctx, ast.Store)}  # fmt: skip
        if isinstance(node, ast.Assign) and not all(isinstance(t, ast.Name) for t in node.targets):
            unfixed |= {n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)}
    consts: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, exprs in values.items():
            if name in consts or name in unfixed:
                continue
            if all(_fixed(e, inherited | consts) for e in exprs):
                consts.add(name)
                changed = True
    return inherited - unfixed - set(values) | consts


def _splices(node: ast.AST, templates: set[str]) -> list[ast.expr]:
    """The values an SQL-building expression formats into its text (none if it builds no SQL)."""
    if isinstance(node, ast.JoinedStr):
        literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        if SQL.search(literal):
            return [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
    elif (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
        and (
            _sql_constant(node.func.value)
            or (isinstance(node.func.value, ast.Name) and node.func.value.id in templates)
        )
    ):
        return [*node.args, *(k.value for k in node.keywords)]
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        sides = (node.left, node.right)
        if any(_sql_constant(s) for s in sides):
            return [s for s in sides if not isinstance(s, ast.Constant | ast.JoinedStr)]
    return []


def spliced_values(source: str) -> list[tuple[int, str, bool]]:
    """(line, expression, fixed) for every value formatted into SQL text in a module: `fixed`
    when the value is written in the code (see `_fixed`)."""
    tree = ast.parse(source)
    templates = {
        t.id
        for node in tree.body
        if isinstance(node, ast.Assign) and _sql_constant(node.value)
        for t in node.targets
        if isinstance(t, ast.Name)
    }
    found: list[tuple[int, str, bool]] = []

    def visit(scope: Scope, inherited: set[str]) -> None:
        consts = _constants(scope, inherited)
        for node in _own_nodes(scope):
            for value in _splices(node, templates):
                found.append((value.lineno, ast.unparse(value), _fixed(value, consts)))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                visit(node, consts)

    visit(tree, set())
    return sorted(found)


def test_sql_text_splices_only_reviewed_names():
    unknown = []
    total = 0
    for path in sorted(PACKAGE.rglob("*.py")):
        for line, expr, fixed in spliced_values(path.read_text(encoding="utf-8")):
            total += 1
            if not fixed and expr not in SPLICED:
                unknown.append(f"{path.relative_to(PACKAGE)}:{line}: {expr}")
    assert total >= 20  # the scan finds the SQL the store builds
    assert not unknown, (
        "values formatted into SQL text; pass user values as ? parameters, or add a reviewed "
        "identifier to SPLICED with why it cannot come from a user:\n" + "\n".join(unknown)
    )


def test_the_scan_finds_user_values_in_sql():
    bad = """
def find(con, name):
    con.execute(f"SELECT * FROM articles WHERE title = '{name}'")
    con.execute("SELECT * FROM articles WHERE id = " + name)
    con.execute("DELETE FROM articles WHERE id = '%s'" % name)
    con.execute(QUERY.format(value=name))

QUERY = "SELECT * FROM articles WHERE id = {value}"
"""
    found = spliced_values(bad)
    assert [(e, fixed) for _, e, fixed in found] == [("name", False)] * 4
    fixed = """
def find(con, total, user):
    order = "id"
    count = ", count(*) AS n" if total else ""
    con.execute(f"SELECT id{count} FROM articles ORDER BY {order}")
    sort = "id"
    if user:
        sort = user
    con.execute(f"SELECT id FROM articles ORDER BY {sort}")
    for col in ("id", "title"):
        con.execute(f"SELECT {col} FROM articles")
"""
    assert [(e, fixed) for _, e, fixed in spliced_values(fixed)] == [
        ("count", True), ("order", True), ("sort", False), ("col", False)
    ]  # fmt: skip


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
        assert value not in sql and value.lower() not in sql.lower()
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
        assert store.timeline(query)["series"] == []
        assert store.event_network(query)["edges"] == []
        for bad_date in (value, "2024-13-45"):
            with pytest.raises(StoreError):
                store.events(date_from=bad_date)
    assert _counts(store) == before


def test_timeline_bucket_must_be_one_of_the_fixed_sizes(small_store):
    with pytest.raises((ValueError, StoreError)):
        small_store.timeline(EventQuery(), bucket="day', e.event_date)::DATE, (SELECT 1")
