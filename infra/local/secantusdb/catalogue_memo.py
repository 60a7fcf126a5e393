"""A write statement reads its collection's index catalogue once, not once per document.

SecantusDB 0.7.0b3 reads the index definitions (``Storage._iter_indexes``: a WiredTiger walk
of ``secantus_indexes`` and a BSON decode of every index's definition) each time it needs
them, and a write needs them many times per document: ``_unique_conflict``,
``_validate_geo_indexes`` and ``_write_index_entries`` each build ``_index_options_map``
for every document they see. Each task row (eight indexes) of a batch of 1,000 read the
catalogue three times: a fifth of the server's time in the STORE benchmark's bulk load (read
with py-spy). An update of one row read it at least six times (its plan's indexes, partial
filters and multikey flags, then the unique-key probe, the geo check and the entries'
rewrite).

The fix: inside the write paths (``_insert_chunk``, ``_update_chunk``,
``_update_matching_single_txn``, ``_delete_chunk``, ``_delete_matching_single_txn``) the
catalogue rows of a collection are read once per WiredTiger transaction and reused.

Why it is the same answer: each of these paths runs in one transaction
(``_batch_transaction``), whose snapshot sees the same catalogue rows on every read, except
for what the transaction writes itself. The memo is emptied when a transaction begins (a
write conflict's retry starts a new one, on a new snapshot) and dropped when the write path
returns. The only catalogue write inside these paths is ``_maybe_mark_multikey`` (an
index's ``multikey`` flag, set the first time a document puts an array in it): after it has
written, the collection's rows are read again. The memo keeps the stored BSON and decodes it
for each caller, as the original does, so a caller that changes what it got cannot change
what the next caller gets.
"""
import contextlib
import functools
import threading

import bson
from secantus import storage

_WRITE_PATHS = (
    "_insert_chunk",
    "_update_chunk",
    "_update_matching_single_txn",
    "_delete_chunk",
    "_delete_matching_single_txn",
)
_state = threading.local()


def _memo():
    """The running write path's memo, or None outside one."""
    return getattr(_state, "memo", None)


def _catalogue_rows(self, db, coll):
    """The collection's index definitions as stored: (name, BSON), as ``_iter_indexes`` walks them."""
    c = self._cursor(storage._IDX_TABLE)
    c.set_key(db, coll, "")
    rc = c.search_near()
    if rc == storage.wt.WT_NOTFOUND or (rc < 0 and c.next() != 0):
        return []
    rows = []
    while True:
        k = c.get_key()
        if k[0] != db or k[1] != coll:
            return rows
        rows.append((k[2], bytes(c.get_value())))
        if c.next() != 0:
            return rows


def _decoded(rows):
    """What ``_iter_indexes`` yields, decoded afresh: each caller gets its own dicts."""
    for name, blob in rows:
        payload = bson.decode(blob)
        yield name, payload.get("key", {}), payload.get("options", {})


def install() -> None:
    original_iter = storage.Storage._iter_indexes
    original_transaction = storage.Storage._batch_transaction
    original_mark = storage.Storage._maybe_mark_multikey

    @functools.wraps(original_iter)
    def iter_indexes(self, db, coll):
        memo = _memo()
        if memo is None:
            return original_iter(self, db, coll)
        rows = memo.get((db, coll))
        if rows is None:
            rows = memo[(db, coll)] = _catalogue_rows(self, db, coll)
        return _decoded(rows)

    @contextlib.contextmanager
    def batch_transaction(self, *, sync=False):
        memo = _memo()
        if memo is not None:
            memo.clear()  # a new snapshot: read again
        with original_transaction(self, sync=sync) as session:
            yield session

    @functools.wraps(original_mark)
    def maybe_mark_multikey(self, db, coll, doc, indexes, already_multikey):
        before = len(already_multikey)
        marked = original_mark(self, db, coll, doc, indexes, already_multikey)
        memo = _memo()
        if memo is not None and len(marked) != before:
            memo.pop((db, coll), None)  # it may have written a flag: read again
        return marked

    def scoped(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if _memo() is not None:  # nested in another write path: its memo serves
                return method(self, *args, **kwargs)
            _state.memo = {}
            try:
                return method(self, *args, **kwargs)
            finally:
                _state.memo = None

        return wrapper

    storage.Storage._iter_indexes = iter_indexes
    storage.Storage._batch_transaction = batch_transaction
    storage.Storage._maybe_mark_multikey = maybe_mark_multikey
    for name in _WRITE_PATHS:
        setattr(storage.Storage, name, scoped(getattr(storage.Storage, name)))
