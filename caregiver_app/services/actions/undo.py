"""Exact copies of the rows an action touches, and putting them back: how every change is undone.

A `Scope` names some rows: the rows of one table matching `column = value` conditions, with every
row that hangs off them (the tables whose foreign key points at them with ON DELETE CASCADE,
found in the schema, so a new child table is never forgotten). `take(scope)` copies them;
`put(target, expected)` makes the database hold exactly `target` again, under the same ids, but
only when the rows are still exactly `expected` (what the action left). When they are not (the
record was changed some other way meanwhile, or its id was given to something new), nothing is
changed and `StaleChange` is raised: an undo never overwrites what it does not know about.

Rows that stay are updated in place, so putting back a person's profile does not touch their
episodes; rows that go are deleted with their children; children are replaced as a whole.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from caregiver_app.services.messages import UserError, message
from caregiver_app.store import dialect
from caregiver_app.store.db import database_proxy

CHUNK = 500  # ids per `IN (...)`, well under SQLite's limit on parameters


@dataclass(frozen=True)
class Tree:
    """A table and the tables whose rows belong to one of its rows (`link` names the column)."""

    table: str
    children: tuple[tuple[str, Tree], ...] = ()  # (link column in the child table, child tree)


@dataclass(frozen=True)
class Scope:
    """The rows of `tree.table` where every `column = value` holds, with their children."""

    tree: Tree
    where: tuple[tuple[str, Any], ...]


@dataclass(frozen=True)
class Part:
    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    children: tuple[Part, ...]  # one per child of the tree, in the same order


@dataclass(frozen=True)
class Rows:
    """A copy of the rows of a scope at one moment."""

    scope: Scope
    part: Part


class StaleChange(UserError):
    """The rows are no longer as the change left them, so it cannot be undone or redone."""


def tree_of(table: str, *, shallow: bool = False) -> Tree:
    """`table` with every table that cascades from it (read from the schema); `shallow`: alone."""
    if shallow:
        return Tree(table)
    return _tree(table, _schema().cascades)


def _tree(table: str, cascades: Sequence[tuple[str, str, str]]) -> Tree:
    children = tuple(
        (column, _tree(child, cascades)) for child, column, parent in cascades if parent == table
    )
    return Tree(table, children)


@dataclass(frozen=True)
class _Schema:
    """What undo reads from the schema: the cascading links and each table's columns."""

    # (child table, link column, parent table) for each foreign key with ON DELETE CASCADE
    cascades: tuple[tuple[str, str, str], ...]
    columns: dict[str, tuple[str, ...]]


# Read once per open diary: on a server each look at the schema is a query (about 100 ms for
# them all, on every change), and the schema does not change while the diary is open.
_SCHEMAS: weakref.WeakKeyDictionary[Any, _Schema] = weakref.WeakKeyDictionary()


def _schema() -> _Schema:
    db = database_proxy.obj
    found = _SCHEMAS.get(db)
    if found is None:
        tables = sorted(name for name in db.get_tables() if not name.startswith("sqlite_"))
        found = _Schema(
            cascades=tuple(
                (child, fk.column, fk.dest_table)
                for child in tables
                for fk in db.get_foreign_keys(child)
                if str(fk.on_delete).upper() == "CASCADE"
            ),
            columns={t: tuple(column.name for column in db.get_columns(t)) for t in tables},
        )
        _SCHEMAS[db] = found
    return found


def scope(table: str, *, shallow: bool = False, **where: Any) -> Scope:
    """E.g. `scope("episode", id=7)`: episode 7 with its triggers and what helped."""
    return Scope(tree_of(table, shallow=shallow), tuple(where.items()))


def scopes(table: str, column: str, values: Sequence[Any]) -> list[Scope]:
    """One scope per value, e.g. each of several episodes (the schema is read once)."""
    tree = tree_of(table)
    return [Scope(tree, ((column, value),)) for value in values]


def _columns(table: str) -> tuple[str, ...]:
    return _schema().columns[table]


def _chunks(values: Sequence[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(values), CHUNK):
        yield list(values[start : start + CHUNK])


def _select(table: str, columns: tuple[str, ...], where: str, params: Sequence[Any]) -> list[Any]:
    order = ", ".join(str(i + 1) for i in range(len(columns)))
    sql = f"SELECT {', '.join(columns)} FROM {table} WHERE {where} ORDER BY {order}"
    return [tuple(row) for row in database_proxy.execute_sql(sql, list(params)).fetchall()]


def _collect(tree: Tree, rows: list[tuple[Any, ...]], columns: tuple[str, ...]) -> Part:
    ids = [row[columns.index("id")] for row in rows] if "id" in columns else []
    children: list[Part] = []
    for link, child in tree.children:
        child_columns = _columns(child.table)
        child_rows: list[tuple[Any, ...]] = []
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            child_rows += _select(child.table, child_columns, f"{link} IN ({marks})", chunk)
        child_rows.sort(key=repr)  # one order whatever the chunks were
        children.append(_collect(child, child_rows, child_columns))
    return Part(tree.table, columns, tuple(rows), tuple(children))


def _where(where: tuple[tuple[str, Any], ...]) -> tuple[str, list[Any]]:
    if not where:
        return "1 = 1", []
    return " AND ".join(f"{column} = ?" for column, _ in where), [v for _, v in where]


def take(scope: Scope) -> Rows:
    """A copy of the rows in `scope` and everything that hangs off them."""
    columns = _columns(scope.tree.table)
    sql, params = _where(scope.where)
    with database_proxy.atomic():
        rows = _select(scope.tree.table, columns, sql, params)
        return Rows(scope, _collect(scope.tree, rows, columns))


def lock(scope: Scope) -> None:
    """Hold the top rows of `scope` until the transaction ends (dialect.lock_rows): a copy
    compared now stays true until what is written after it is committed."""
    sql, params = _where(scope.where)
    dialect.lock_rows(database_proxy.obj, scope.tree.table, sql, params)


def empty(scope: Scope) -> Rows:
    """The copy of a scope that holds nothing (e.g. before a record was added)."""

    def nothing(tree: Tree) -> Part:
        return Part(
            tree.table, _columns(tree.table), (), tuple(nothing(c) for _, c in tree.children)
        )

    return Rows(scope, nothing(scope.tree))


def put(target: Rows, expected: Rows) -> None:
    """Make the scope hold exactly `target` (one transaction), if it still holds `expected`.

    Raises StaleChange, changing nothing, when the rows are not what `expected` says."""
    with database_proxy.atomic():
        lock(target.scope)
        current = take(target.scope)
        if current != expected:
            raise StaleChange(message("change.stale"))
        _put_top(target.scope, target.part, current.part)


def _put_top(scope: Scope, target: Part, current: Part) -> None:
    table, columns = target.table, target.columns
    if "id" not in columns:  # e.g. a setting: no children, so replace the rows as a whole
        sql, params = _where(scope.where)
        database_proxy.execute_sql(f"DELETE FROM {table} WHERE {sql}", params)
        _insert(target)
        return
    at = columns.index("id")
    wanted = {row[at]: row for row in target.rows}
    there = {row[at]: row for row in current.rows}
    for chunk in _chunks([i for i in there if i not in wanted]):
        marks = ",".join("?" * len(chunk))
        database_proxy.execute_sql(f"DELETE FROM {table} WHERE id IN ({marks})", chunk)
    assignments = ", ".join(f"{c} = ?" for c in columns if c != "id")
    values = [c != "id" for c in columns]
    for record_id, row in wanted.items():
        if record_id in there and there[record_id] != row:
            kept = [v for v, keep in zip(row, values, strict=True) if keep]
            database_proxy.execute_sql(
                f"UPDATE {table} SET {assignments} WHERE id = ?", (*kept, record_id)
            )
    _insert(Part(table, columns, tuple(r for i, r in wanted.items() if i not in there), ()))
    staying = [i for i in wanted if i in there]
    for (link, child), part in zip(scope.tree.children, target.children, strict=True):
        for chunk in _chunks(staying):
            marks = ",".join("?" * len(chunk))
            database_proxy.execute_sql(
                f"DELETE FROM {child.table} WHERE {link} IN ({marks})", chunk
            )
        _insert(part)


def _insert(part: Part) -> None:
    if part.rows:
        marks = ",".join("?" * len(part.columns))
        dialect.execute_many(
            database_proxy,
            f"INSERT INTO {part.table} ({', '.join(part.columns)}) VALUES ({marks})",
            part.rows,
        )
    for child in part.children:
        _insert(child)


def delete(scope: Scope) -> None:
    """Remove the rows in `scope` (their children go with them)."""
    sql, params = _where(scope.where)
    database_proxy.execute_sql(f"DELETE FROM {scope.tree.table} WHERE {sql}", params)
