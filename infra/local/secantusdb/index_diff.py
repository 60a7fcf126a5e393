"""An update rewrites only the index entries whose keys changed.

SecantusDB 0.7.0b3 updates a document by deleting every index entry of the old version and
writing every entry of the new one (``Storage._update_chunk`` and
``Storage._update_matching_single_txn`` call ``_delete_index_entries`` and then
``_write_index_entries``). dondoc's task row has ~25 entries (fourteen drill-down keys in
``{reportKeys, escalationLevel, dueAt, _id}``): a status flip or an escalation removed and
re-inserted all of them, each a WiredTiger search, remove and insert under the
collection's lock, with the keys computed in Python twice.

The fix: inside those two update paths the delete is held back, and the write that
follows it for the same row (same collection, same RecordId, in the same statement)
compares the old and new keys of each index: it removes only the keys the new version no
longer has and inserts only the new ones. A unique index gives back only the keys it lost
and claims only the ones it gained, so a key kept by the row stays claimed by it. Geo
indexes keep the original delete-then-write. Every other caller (deletes, inserts, TTL)
is unchanged.

Why it is safe: in both paths the write for a row follows its delete in the same
function, with only the document's own write between them; if that write fails, the
statement is rolled back and retried from its start, and the retry's delete replaces the
held one. The store conformance suite (``test/integration/store``) covers updates through
indexes, unique keys and multikey arrays.
"""
import functools
import sys
import threading

from secantus import storage

_UPDATE_PATHS = frozenset({"_update_chunk", "_update_matching_single_txn"})
_held = threading.local()


def install() -> None:
    original_delete = storage.Storage._delete_index_entries
    original_write = storage.Storage._write_index_entries

    @functools.wraps(original_delete)
    def delete_index_entries(self, db, coll, doc, indexes, partials=None, *, recordid):
        if sys._getframe(1).f_code.co_name not in _UPDATE_PATHS:
            return original_delete(self, db, coll, doc, indexes, partials, recordid=recordid)
        _held.row = (self, db, coll, recordid, doc)

    @functools.wraps(original_write)
    def write_index_entries(self, db, coll, doc, indexes, partials=None, *, recordid):
        held = getattr(_held, "row", None)
        _held.row = None
        if (
            held is None
            or held[:4] != (self, db, coll, recordid)
            or sys._getframe(1).f_code.co_name not in _UPDATE_PATHS
        ):
            if held is not None:  # never expected: keep the original's effect
                _, h_db, h_coll, h_recordid, h_doc = held
                original_delete(self, h_db, h_coll, h_doc, indexes, partials, recordid=h_recordid)
            return original_write(self, db, coll, doc, indexes, partials, recordid=recordid)
        rewrite = (original_delete, original_write)
        _rewrite_changed(self, db, coll, held[4], doc, indexes, partials, recordid, rewrite)

    storage.Storage._delete_index_entries = delete_index_entries
    storage.Storage._write_index_entries = write_index_entries


def _rewrite_changed(self, db, coll, old, new, indexes, partials, recordid, rewrite):
    """``rewrite``: the original delete and write, for the indexes this does not compare."""
    original_delete, original_write = rewrite
    if not indexes:
        return
    if partials is None:
        partials = self._partial_filters(db, coll)
    options = self._index_options_map(db, coll)
    entries = self._cursor(storage._IDX_ENTRIES_TABLE)
    for index in indexes:
        name, key_spec, sparse, unique = index
        if storage._geo_type_of(key_spec) is not None:
            original_delete(self, db, coll, old, [index], partials, recordid=recordid)
            original_write(self, db, coll, new, [index], partials, recordid=recordid)
            continue
        opts = options.get(name, {})
        collation = storage._parse_index_collation(opts.get("collation"))
        old_keys = _keys(old, index, partials, collation)
        new_keys = _keys(new, index, partials, collation)
        if old_keys == new_keys:
            continue
        gone = [kb for kb in old_keys if kb not in new_keys]
        enforce = unique or bool(opts.get("prepareUnique"))
        if enforce and gone:
            self._release_unique_keys(db, coll, name, gone, recordid)
        for kb in gone:
            entries.reset()
            entries.set_key(db, coll, name, storage._pack_entry(kb, recordid))
            if entries.search() == 0:
                entries.remove()
        for kb in new_keys:
            if kb in old_keys:
                continue
            entries.reset()
            entries[db, coll, name, storage._pack_entry(kb, recordid)] = b""
            if enforce:
                self._claim_unique_key(db, coll, name, kb, recordid, key_spec, new, collation)


def _keys(doc, index, partials, collation) -> dict:
    """The index's keys for ``doc`` in the original's order (a dict keeps it), none when
    the index's partial filter leaves the document out."""
    name, key_spec, sparse, _unique = index
    pf = partials.get(name)
    if pf is not None and not storage.matches(doc, pf):
        return {}
    return dict.fromkeys(storage._index_key_variants(doc, key_spec, sparse=sparse, collation=collation))
