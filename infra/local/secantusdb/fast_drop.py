"""dropDatabase in a few transactions instead of one autocommitted fsync per key.

SecantusDB 0.7.0b3 drops a database by deleting every key of its documents, index entries
and catalogue rows one by one, each ``remove()`` autocommitted. With ``--sync-on-commit``
every one of them waits for an fsync of the log, all under ``Storage._lock``: the STORE
benchmark's database (200,000 documents and their index entries) took more than 15 minutes
to drop, and the server answered nobody meanwhile (read with gdb's py-bt: the request
thread sat in ``Storage._delete_keys`` → ``Cursor_remove``).

The fix: while ``drop_database`` runs, its deletes are grouped in transactions of
``CHUNK`` keys, each committed with a synced commit, so a crash still leaves each table
either before or after a whole chunk (a half-dropped database is what the original
leaves too; ``dropDatabase`` is not atomic in MongoDB either). Only ``drop_database`` is
changed: ``_delete_keys`` is also called inside other transactions, where opening one would
fail, so elsewhere it keeps the original behaviour.
"""
import functools
import threading

from secantus import storage

CHUNK = 5_000
_dropping = threading.local()


def install() -> None:
    original_delete = storage.Storage._delete_keys
    original_drop = storage.Storage.drop_database

    @functools.wraps(original_delete)
    def delete_keys(self, table, keys):
        if not getattr(_dropping, "active", False) or not keys:
            return original_delete(self, table, keys)
        for start in range(0, len(keys), CHUNK):
            with self._batch_transaction(sync=True):
                c = self._cursor(table)
                for k in keys[start : start + CHUNK]:
                    c.set_key(*k)
                    c.remove()
                    c.reset()

    @functools.wraps(original_drop)
    def drop_database(self, db):
        _dropping.active = True
        try:
            return original_drop(self, db)
        finally:
            _dropping.active = False

    storage.Storage._delete_keys = delete_keys
    storage.Storage.drop_database = drop_database
