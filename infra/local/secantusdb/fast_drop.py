"""dropDatabase by WiredTiger range truncates instead of one autocommitted fsync per key.

SecantusDB 0.7.0b3 drops a database by reading every row of its documents, index entries
and catalogue (values included) and deleting each key one by one, each ``remove()``
autocommitted. With ``--sync-on-commit`` every one of them waits for an fsync of the log,
all under ``Storage._lock``: the STORE benchmark's database (200,000 documents and their
index entries) took more than 15 minutes to drop, and the server answered nobody meanwhile
(read with gdb's py-bt: the request thread sat in ``Storage._delete_keys`` →
``Cursor_remove``). Grouping those deletes in transactions of 5,000 keys (this patch's first
form) brought it to ~100 s: still a Python call per key for ~3.5 million keys, the WEB
benchmark's last minute and a half.

The fix: each table's keys of the database are one contiguous range (every table's key
begins with the database's name, a NUL-terminated string), removed by
``WT_SESSION::truncate`` between a cursor on its first key and one on a key at most
``CHUNK`` entries further (or its last key), each range in its own synced transaction. A
crash leaves each table before or after a whole range (a half-dropped database is what the
original leaves too; ``dropDatabase`` is not atomic in MongoDB either). The rest is the
original's: under ``Storage._lock``, the read snapshot refreshed first, the oplog entries
of each collection and of the database emitted last.
"""
from typing import Any

import bson
from secantus import storage

CHUNK = 20_000
_TABLES = (
    *storage._DOC_ALL_TABLES,
    storage._NAT_TABLE,
    storage._NAT_SEQ_TABLE,
    storage._IDX_TABLE,
    storage._IDX_ENTRIES_TABLE,
    storage._UNIQ_TABLE,
    storage._COLL_TABLE,
)
# Above every key whose first column is `db` and below every other database's: the packed
# `db` ends with NUL, and 0x01 is the smallest byte a longer name can continue with.
_PAST = "\x01"


def install() -> None:
    def drop_database(self, db: str) -> None:
        with self._lock:
            self._refresh_read_snapshot()
            collections = [(name, self._collection_uuid(db, name)) for name in self.list_collections(db)]
            for table in _TABLES:
                _truncate_database(self, table, db)
            entries: list[dict[str, Any]] = [
                {"op": "c", "ns": f"{db}.$cmd", "ui": bson.Binary(ui.bytes, subtype=4), "o": {"drop": name}}
                for name, ui in collections
            ]
            entries.append({"op": "c", "ns": f"{db}.$cmd", "o": {"dropDatabase": 1}})
            self._emit_oplog(entries)

    storage.Storage.drop_database = drop_database


def _truncate_database(self, table: str, db: str) -> None:
    session = self._session()
    try:
        start = session.open_cursor(table, None, None)
    except Exception as exc:
        if storage._is_missing_table(exc):
            return  # lazy shards: an absent table holds nothing
        raise
    stop = session.open_cursor(table, None, None)
    rest = self._smallest_for_kf(self._table_kf(table))[1:]
    try:
        while _first_key(start, (db, *rest), db):
            _range_end(stop, start, (db + _PAST, *rest), db)
            with self._batch_transaction(sync=True):
                session.truncate(None, start, stop, None)
            start.reset()
            stop.reset()
    finally:
        start.close()
        stop.close()


def _first_key(cursor, seed: tuple, db: str) -> bool:
    """Puts ``cursor`` on the table's first key of ``db``; False when it has none."""
    cursor.reset()
    cursor.set_key(*seed)
    rc = cursor.search_near()
    if rc == storage.wt.WT_NOTFOUND or (rc < 0 and cursor.next() != 0):
        return False
    return cursor.get_key()[0] == db


def _range_end(stop, start, past: tuple, db: str) -> None:
    """Puts ``stop`` ``CHUNK - 1`` keys after ``start``, or on the last key of ``db`` when
    that comes first."""
    stop.set_key(*start.get_key())
    stop.search()
    for _ in range(CHUNK - 1):
        if stop.next() != 0:
            break
    else:
        if stop.get_key()[0] == db:
            return
    # Past the database's keys (or the table's end): its last key instead.
    stop.reset()
    stop.set_key(*past)
    rc = stop.search_near()
    if rc >= 0:
        stop.prev()
