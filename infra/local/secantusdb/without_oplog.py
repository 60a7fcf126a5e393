"""``--without-oplog``: SecantusDB keeps no oplog (dondoc reads no change streams and runs no
multi-document transactions; nothing of ours reads ``local.oplog.rs``).

SecantusDB 0.7.0b3 writes every insert and update a second time, whole, into its oplog, and
prunes the oplog (at 100,000 entries, or after an hour) inside the writer's own transaction,
walking from the oldest entry over the tombstones of the earlier prunes. A 100,000-row bulk
load of task rows with their drill-down keys stalled the server at 91,000 rows, three times
out of three in the benchmarks (2026-12-06 twice, 2026-12-07), for good: py-spy showed the
inserting thread in ``_prune_oplog_locked`` → ``_iter_oplog_oldest`` → ``Cursor.next``
waiting in WiredTiger's ``__wt_cache_eviction_worker`` while it held ``Storage._lock``, and
every other connection queued behind that lock (``_reset_thread_session``), so even closing
the clients did not free it. Without the oplog the write path has neither the second copy
nor the prune. What is lost: change streams and point-in-time restore from the oplog; a
deployment that needs them runs MongoDB (docs/scaling.md), and ``SECANTUSDB_OPLOG=1``
brings the oplog back here.
"""
import functools
import sys

from secantus import storage

FLAG = "--without-oplog"


def install_if_asked(argv: list) -> None:
    """Removes the flag from ``argv`` (the server's own parser does not know it) and applies it."""
    if FLAG not in argv:
        return
    argv.remove(FLAG)
    original_init = storage.Storage.__init__

    @functools.wraps(original_init)
    def init(self, *args, **kwargs):
        kwargs["enable_oplog"] = False
        original_init(self, *args, **kwargs)

    storage.Storage.__init__ = init
    print("secantusdb: running without an oplog (" + FLAG + ")", file=sys.stderr)
