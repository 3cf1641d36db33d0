"""The statements an import runs for every file, on SQLite run on the driver's own cursor.

An import looks up the content hash, the twin candidates and the entities found, and inserts
the article, its text, original, band keys and mentions. Through SQLAlchemy each statement
cost ~17-40 µs of Python around a few µs of SQLite work (5% of an import's CPU in all), so on
SQLite they run on the driver's cursor, in the session's transaction. Inserted values are made
as SQLAlchemy makes them, with each column's Python default and its type's bind processor
(JSON as text, times in SQLAlchemy's SQLite format), so the rows read back the same
(tests/integration/test_fast_rows.py). Other databases run the same statements through Core.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Select, Table, insert, select
from sqlalchemy.exc import DBAPIError

_Plan = tuple[str, tuple[tuple[str, Callable[[Any], Any] | None, Any], ...]]
_plans: dict[tuple[str, tuple[str, ...], bool], _Plan] = {}
_selects: dict[tuple[Select, int], str] = {}


def insert_row(conn: Connection, table: Table, row: Mapping[str, Any]) -> int:
    """Insert one row and return its new integer primary key."""
    cursor = _driver_cursor(conn)
    if cursor is None:
        key = table.primary_key.columns.values()[0]
        return conn.execute(insert(table).returning(key), dict(row)).scalar_one()
    sql, columns = _plan(conn, table, tuple(row), returning=True)
    return _run(conn, cursor.execute, sql, _values(columns, row)).fetchone()[0]


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows that all have the same keys."""
    if not rows:
        return
    cursor = _driver_cursor(conn)
    if cursor is None:
        conn.execute(insert(table), [dict(row) for row in rows])
        return
    sql, columns = _plan(conn, table, tuple(rows[0]), returning=False)
    _run(conn, cursor.executemany, sql, [_values(columns, row) for row in rows])


def first_id(conn: Connection, table: Table, column: str, value: Any) -> int | None:
    """The primary key of the first row whose `column` equals `value`, or None."""
    key = table.primary_key.columns.values()[0]
    cursor = _driver_cursor(conn)
    if cursor is None:
        return conn.execute(select(key).where(table.c[column] == value).limit(1)).scalar()
    quote = conn.dialect.identifier_preparer.quote
    sql = f"SELECT {quote(key.name)} FROM {quote(table.name)} WHERE {quote(column)} = ? LIMIT 1"
    found = _run(conn, cursor.execute, sql, (value,)).fetchone()
    return None if found is None else found[0]


def select_rows(conn: Connection, statement: Select, name: str, values: Sequence[Any]) -> list:
    """The rows of `statement`, whose one parameter is the expanding list `name`, for these
    `values` (a select an import runs for every file: 43 µs through SQLAlchemy, 6 on the
    driver)."""
    cursor = _driver_cursor(conn)
    if cursor is None or not values:
        return list(conn.execute(statement, {name: list(values)}))
    sql = _selects.get((statement, len(values)))
    if sql is None:
        compiled = statement.params({name: list(values)}).compile(
            dialect=conn.dialect, compile_kwargs={"render_postcompile": True}
        )
        if len(compiled.positiontup or ()) != len(values):
            raise ValueError(f"{name} must be the statement's only parameter")
        sql = _selects[(statement, len(values))] = compiled.string
    return _run(conn, cursor.execute, sql, tuple(values)).fetchall()


def _driver_cursor(conn: Connection) -> Any:
    if conn.dialect.name != "sqlite":
        return None
    return conn.connection.driver_connection.cursor()


def _run(conn: Connection, call: Callable[[str, Any], Any], sql: str, params: Any) -> Any:
    """`call(sql, params)`, its driver errors raised as SQLAlchemy raises them (IntegrityError
    for a duplicate, OperationalError for a full disk), which is what callers catch."""
    error_class = conn.dialect.loaded_dbapi.Error
    try:
        return call(sql, params)
    except error_class as error:
        raise DBAPIError.instance(sql, params, error, error_class) from error


def _plan(conn: Connection, table: Table, keys: tuple[str, ...], returning: bool) -> _Plan:
    """The INSERT for rows with these keys, and per column: name, bind processor, default."""
    plan = _plans.get((table.name, keys, returning))
    if plan is None:
        dialect = conn.dialect
        quote = dialect.identifier_preparer.quote
        given = [table.c[key] for key in keys]
        defaulted = [c for c in table.columns if c.name not in keys and _default(c) is not None]
        columns = tuple(
            (c.name, c.type.dialect_impl(dialect).bind_processor(dialect), _default(c))
            for c in [*given, *defaulted]
        )
        names = ", ".join(quote(name) for name, _processor, _default_value in columns)
        sql = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({', '.join('?' * len(columns))})"
        if returning:
            sql += f" RETURNING {quote(table.primary_key.columns.values()[0].name)}"
        plan = _plans[(table.name, keys, returning)] = (sql, columns)
    return plan


def _default(column: Column) -> Callable[[], Any] | None:
    """A column's Python-side default as a function of nothing, as Core applies it."""
    default = column.default
    if default is None or not (default.is_scalar or default.is_callable):
        return None
    if default.is_scalar:
        return lambda: default.arg
    return lambda: default.arg(None)  # Core wraps a plain callable to take a context


def _values(columns: tuple, row: Mapping[str, Any]) -> tuple:
    values = []
    for name, processor, default in columns:
        value = row[name] if name in row else default()
        # Processors take None too: JSON writes it as `null`, as Core does.
        values.append(value if processor is None else processor(value))
    return tuple(values)
