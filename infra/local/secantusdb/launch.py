"""Starts SecantusDB with dondoc's fixes for SecantusDB 0.7.0b3: a deadlock (below) and the
sorted pages and counts that fetched every matching document (``ordered_index_scan.py``), a
dropDatabase that fsynced once per key (``fast_drop.py``: range truncates now), and
``--without-oplog`` (``without_oplog.py``: the oplog's prune stalled the server on bulk
loads), an update that rewrote every index entry of its row (``index_diff.py``), and a write
that read its collection's index definitions again for every document
(``catalogue_memo.py``).

The deadlock (found by the store conformance suite, then read with py-spy): a write to a
collection that does not exist yet creates it INSIDE its write transaction
(``Storage._ensure_collection`` under ``_coll_lock``), and then takes ``Storage._lock`` to
mint the collection's UUID. A concurrent ``create`` command (mongoose creates each model's
collection at start-up) holds ``_lock`` and inserts the same catalogue key: WiredTiger makes
it wait for the uncommitted insert of the first, which waits for ``_lock``. One thread then
spins at 100 % CPU, and every later request queues behind it, forever.

The fix: before such a write starts its transaction, the collection is created on its own
(autocommitted, under ``_lock``, as the ``create`` command does). Inside the transaction the
catalogue key and the UUID are then found, never written, so no write transaction waits for
``_lock`` while it holds a catalogue write. It costs one catalogue lookup per write call.

Run exactly like ``secantusd-py``: ``python launch.py --host … --port …``.
"""
import functools
import sys

import fast_drop  # beside this file (the script's directory is on sys.path)
import catalogue_memo
import index_diff
import ordered_index_scan
import without_oplog

from secantus import storage
from secantus.cli import main

_WRITES_THAT_CREATE = ("_insert_chunk", "_update_matching_chunked", "_update_matching_single_txn")


def _create_first(method):
    @functools.wraps(method)
    def wrapper(self, db, coll, *args, **kwargs):
        if not self.collection_exists(db, coll):
            self.create_collection(db, coll)  # no-op when a racer created it meanwhile
        return method(self, db, coll, *args, **kwargs)

    return wrapper


for _name in _WRITES_THAT_CREATE:
    setattr(storage.Storage, _name, _create_first(getattr(storage.Storage, _name)))

ordered_index_scan.install()
fast_drop.install()
index_diff.install()
catalogue_memo.install()
without_oplog.install_if_asked(sys.argv)

if __name__ == "__main__":
    sys.exit(main())
