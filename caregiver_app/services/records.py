"""Exact snapshots of one record and everything that hangs off it, for undo.

A treatment record is a row with child rows (a medication with its dose changes and doses taken,
an injection with its goals and their scores, an appointment with its questions). `take` copies
all of them; `put` makes the database hold exactly that copy again, under the same ids, or
removes the record when there is no copy. The treatment tables use AUTOINCREMENT, so an id is
never given to anything else and putting a record back under its old id is always possible.

Undo of an addition, an edit and a removal is then one thing: put back the snapshot from before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from caregiver_app.store.db import database_proxy


@dataclass(frozen=True)
class Tree:
    """A table and the tables whose rows belong to one of its rows (`link` names the column)."""

    table: str
    children: tuple[tuple[str, Tree], ...] = ()  # (link column in the child table, child tree)


@dataclass(frozen=True)
class Part:
    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


@dataclass(frozen=True)
class Snapshot:
    """The rows of one record and its children, parents first."""

    tree: Tree
    record_id: int
    parts: tuple[Part, ...]


def _columns(table: str) -> tuple[str, ...]:
    cursor = database_proxy.execute_sql(f"PRAGMA table_info({table})")
    return tuple(row[1] for row in cursor.fetchall())


def _collect(tree: Tree, where: str, params: list[Any], parts: list[Part]) -> None:
    columns = _columns(tree.table)
    cursor = database_proxy.execute_sql(
        f"SELECT {', '.join(columns)} FROM {tree.table} WHERE {where} ORDER BY id", params
    )
    rows = tuple(tuple(row) for row in cursor.fetchall())
    parts.append(Part(tree.table, columns, rows))
    ids = [row[columns.index("id")] for row in rows]
    for link, child in tree.children:
        if not ids:
            parts.extend(_empty(child))
            continue
        marks = ",".join("?" * len(ids))
        _collect(child, f"{link} IN ({marks})", ids, parts)


def _empty(tree: Tree) -> list[Part]:
    result = [Part(tree.table, _columns(tree.table), ())]
    for _, child in tree.children:
        result.extend(_empty(child))
    return result


def take(tree: Tree, record_id: int) -> Snapshot | None:
    """A copy of the record and its children; None when the record does not exist."""
    parts: list[Part] = []
    with database_proxy.atomic():
        _collect(tree, "id = ?", [record_id], parts)
    if not parts[0].rows:
        return None
    return Snapshot(tree, record_id, tuple(parts))


def put(tree: Tree, record_id: int, snapshot: Snapshot | None) -> None:
    """Make the record be exactly `snapshot` (one transaction); None removes the record."""
    with database_proxy.atomic():
        database_proxy.execute_sql(f"DELETE FROM {tree.table} WHERE id = ?", (record_id,))
        if snapshot is None:
            return
        for part in snapshot.parts:
            if not part.rows:
                continue
            marks = ",".join("?" * len(part.columns))
            database_proxy.connection().executemany(
                f"INSERT INTO {part.table} ({', '.join(part.columns)}) VALUES ({marks})",
                part.rows,
            )


def put_many(tree: Tree, items: list[tuple[int, Snapshot | None]]) -> None:
    """`put` for several records of one kind, all in one transaction."""
    with database_proxy.atomic():
        for record_id, snapshot in items:
            put(tree, record_id, snapshot)


def remove(tree: Tree, record_id: int) -> Snapshot | None:
    """Remove the record with its children (one transaction); return what `put` needs to undo it."""
    with database_proxy.atomic():
        snapshot = take(tree, record_id)
        put(tree, record_id, None)
    return snapshot
