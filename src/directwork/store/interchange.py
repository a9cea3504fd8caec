"""Import and export in the interchange format (resources/schema/, docs/interchange.md).

Export writes every stored row (all revisions, tombstones, corrected and retracted entries) so
that a child's file is their whole record, as a subject access request needs. Import checks the
whole file before writing anything, reports every problem with its JSON path, and then writes
everything in one transaction or nothing at all.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from directwork.domain import codec
from directwork.domain.records import (
    DOCUMENT_KINDS,
    ENTRY_KINDS,
    Child,
    Document,
    Entry,
    Record,
)
from directwork.domain.revisions import rev_number
from directwork.store import records as services
from directwork.store.context import actor_of, now_of
from directwork.store.errors import RecordNotFound
from directwork.store.interchange_schema import FORMAT, VERSION
from directwork.store.interchange_shape import (
    ImportProblem,
    ImportReport,
    check_envelope,
    validate_shape,
)
from directwork.store.mapping import from_row, row_class
from directwork.store.schema import MetaRow

# Fields that name another record, and the kind that record must be (same child).
REFERENCES: dict[str, str] = {
    "visit_id": "visit",
    "drawing_id": "drawing",
    "recording_id": "recording",
    "decision_id": "safety_level",
    "key_moment_id": "key_moment",
    "plan_id": "safety_plan",
    "concern_id": "concern",
}
# Stamps an import may fill in; two copies of an entry that differ only here are the same entry.
_STAMPS = ("created_at", "updated_at", "created_by", "device_id")
_LOOKUP_CHUNK = 500


# --------------------------------------------------------------------------- export


def _exported_by(session: Session) -> dict[str, str]:
    practitioner, device = actor_of(session)
    name_row = session.get(MetaRow, "practitioner_name")
    return {"practitioner_id": practitioner, "practitioner_name": name_row.value if name_row else "",
            "device_id": device, "system": "directwork"}


def _stored(session: Session, child_id: str | None) -> Iterator[Record]:
    """Children first, then the other documents, then entries; a document's revisions in the
    order they build on each other, so a reader meets a base before what was edited from it."""
    for cls in DOCUMENT_KINDS:
        revisions = list(services.iter_all(session, [cls], child_id))
        revisions.sort(key=lambda d: (d.created_at, d.id, rev_number(d.rev), d.updated_at, d.rev))
        yield from revisions
    yield from services.iter_all(session, ENTRY_KINDS, child_id)


def export_records(session: Session, child_id: str | None = None) -> dict[str, Any]:
    """Every stored record (for one child, or all) as an interchange document."""
    if child_id is not None:
        table = row_class(Child.KIND)
        if session.execute(select(table.id).where(table.id == child_id).limit(1)).first() is None:
            raise RecordNotFound(Child.KIND, child_id)
    envelope: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": codec.utc_iso(now_of(session)),
        "exported_by": _exported_by(session),
    }
    if child_id is not None:
        envelope["child_id"] = child_id
    envelope["records"] = [codec.record_to_dict(r) for r in _stored(session, child_id)]
    return envelope


# --------------------------------------------------------------------------- import


@dataclass
class _Incoming:
    """One decoded record from the file and where it was."""

    index: int
    record: Record

    @property
    def path(self) -> str:
        return f"$.records[{self.index}]"


def _decode(data: dict[str, Any], skip: set[int], session: Session, report: ImportReport,
            ) -> tuple[list[_Incoming], set[str]]:
    """The records that decoded, and the ids of those that did not (already reported, so the
    records pointing at them are not blamed a second time)."""
    practitioner, device = actor_of(session)
    now = now_of(session)
    incoming: list[_Incoming] = []
    broken: set[str] = set()
    for index, raw in enumerate(data["records"]):
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        if index in skip:
            if isinstance(raw_id, str):
                broken.add(raw_id)
            continue
        path = f"$.records[{index}]"
        try:
            record = codec.record_from_dict(raw, path)
        except codec.DecodeError as exc:
            report.add_error(exc.path, exc.message)
            if isinstance(raw_id, str):
                broken.add(raw_id)
            continue
        created_at = record.created_at or now
        record = dataclasses.replace(
            record, created_at=created_at, updated_at=record.updated_at or created_at,
            created_by=record.created_by or practitioner, device_id=record.device_id or device)
        if isinstance(record, Child):
            if not record.child_id:
                record = dataclasses.replace(record, child_id=record.id)
            elif record.child_id != record.id:
                report.add_error(f"{path}.child_id", "a child's child_id must be its own id")
                broken.add(record.id)
                continue
        if isinstance(record, Document):
            expected = services.with_rev(dataclasses.replace(record, rev="")).rev
            if not record.rev:
                record = dataclasses.replace(record, rev=expected)
            elif record.rev != expected:
                report.add_error(f"{path}.rev", f"does not match the record's content (expected "
                                                f"{expected}); leave rev out to have it computed")
                broken.add(record.id)
                continue
        incoming.append(_Incoming(index, record))
    return incoming, broken


def _stored_rows(session: Session, kind: str, ids: Iterable[str]) -> list[Any]:
    table = row_class(kind)
    wanted = sorted(set(ids))
    rows: list[Any] = []
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start:start + _LOOKUP_CHUNK]
        rows.extend(session.execute(select(table).where(table.id.in_(chunk))).scalars())
    return rows


def _stored_owners(session: Session, kind: str, ids: Iterable[str]) -> dict[str, str]:
    """id -> child_id of the stored records of ``kind`` among ``ids``."""
    table = row_class(kind)
    wanted = sorted(set(ids))
    owners: dict[str, str] = {}
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start:start + _LOOKUP_CHUNK]
        for rid, child in session.execute(
            select(table.id, table.child_id).where(table.id.in_(chunk))
        ):
            owners[rid] = child
    return owners


def _without_stamps(record: Record) -> dict[str, Any]:
    body = codec.record_to_dict(record)
    for name in _STAMPS:
        body.pop(name, None)
    return body


def _check_references(session: Session, incoming: list[_Incoming], broken: set[str],
                      report: ImportReport) -> set[tuple[str, str]]:
    """Report what does not fit with the rest of the file or the vault; returns the (id, rev)
    of the records the vault already holds (rev "" for entries)."""
    held_here: set[tuple[str, str]] = set()
    first_seen: dict[str, tuple[str, int]] = {}  # id -> (kind, index): one id, one kind
    revisions: dict[tuple[str, str], int] = {}
    doc_owner: dict[str, str] = {}
    in_file: dict[str, dict[str, str]] = defaultdict(dict)  # kind -> id -> child_id
    for item in incoming:
        rec = item.record
        seen = first_seen.get(rec.id)
        if seen is not None and seen[0] != rec.KIND:
            report.add_error(f"{item.path}.id", f"the same id is used by a {seen[0]} at "
                                                f"$.records[{seen[1]}]")
            continue
        first_seen.setdefault(rec.id, (rec.KIND, item.index))
        if isinstance(rec, Document):
            if (rec.id, rec.rev) in revisions:
                report.add_error(f"{item.path}.rev", f"this revision is already at "
                                                     f"$.records[{revisions[rec.id, rec.rev]}]")
            revisions.setdefault((rec.id, rec.rev), item.index)
            owner = doc_owner.setdefault(rec.id, rec.child_id)
            if owner != rec.child_id:
                report.add_error(f"{item.path}.child_id", "another revision of this document "
                                                          "belongs to a different child")
        elif seen is not None:
            report.add_error(f"{item.path}.id", f"the same entry is already at "
                                                f"$.records[{seen[1]}]")
        in_file[rec.KIND].setdefault(rec.id, rec.child_id)

    by_kind: dict[str, list[_Incoming]] = defaultdict(list)
    for item in incoming:
        by_kind[item.record.KIND].append(item)

    # Against the vault: documents stay with their child; entries never change once written.
    for kind, items in by_kind.items():
        if items[0].record.VERSIONED:
            owners = _stored_owners(session, kind, (i.record.id for i in items))
            revs = _stored_revs(session, kind, {i.record.id for i in items})
            for item in items:
                rec = item.record
                assert isinstance(rec, Document)
                if rec.rev in revs.get(rec.id, ()):
                    held_here.add((rec.id, rec.rev))
                if rec.id in owners and owners[rec.id] != rec.child_id:
                    report.add_error(f"{item.path}.child_id", "this document is in the vault "
                                                              "under a different child")
                for name in ("base_rev", "merge_rev"):
                    parent = getattr(rec, name)
                    if (parent and rec.id not in broken and (rec.id, parent) not in revisions
                            and parent not in revs.get(rec.id, ())):
                        report.add_error(f"{item.path}.{name}", f"revision {parent} of this "
                                                                f"{kind} is neither in the file "
                                                                f"nor in the vault")
        else:
            stored = {row.id: from_row(kind, row)
                      for row in _stored_rows(session, kind, (i.record.id for i in items))}
            for item in items:
                held = stored.get(item.record.id)
                if held is not None:
                    held_here.add((item.record.id, ""))
                if held is not None and _without_stamps(held) != _without_stamps(item.record):
                    report.add_error(f"{item.path}.id", "an entry with this id is already in "
                                                        "the vault with different content "
                                                        "(entries are never changed: send a "
                                                        "new entry with corrects_id)")

    # Every record belongs to a child that is in the file or in the vault.
    wanted_children = {i.record.child_id for i in incoming} - set(in_file["child"])
    known_children = set(in_file["child"]) | set(_stored_owners(session, "child", wanted_children))
    for item in incoming:
        if item.record.child_id not in known_children | broken:
            report.add_error(f"{item.path}.child_id", f"no child with id {item.record.child_id} "
                                                      f"in the file or the vault")

    # Links between records: the target exists (file or vault), is the right kind, same child.
    wanted: dict[str, set[str]] = defaultdict(set)
    links: list[tuple[_Incoming, str, str, str]] = []  # item, field, target kind, target id
    for item in incoming:
        rec = item.record
        if isinstance(rec, Entry) and rec.corrects_id:
            links.append((item, "corrects_id", rec.KIND, rec.corrects_id))
        for name, target_kind in REFERENCES.items():
            target = getattr(rec, name, None)
            if target:
                links.append((item, name, target_kind, target))
    for _item, _name, target_kind, target in links:
        if target not in in_file[target_kind] and target not in broken:
            wanted[target_kind].add(target)
    stored_targets = {kind: _stored_owners(session, kind, ids) for kind, ids in wanted.items()}
    for item, name, target_kind, target in links:
        target_owner = (in_file[target_kind].get(target)
                        or stored_targets.get(target_kind, {}).get(target))
        word = target_kind.replace("_", " ")
        if target_owner is None and target in broken:
            continue
        if target_owner is None:
            report.add_error(f"{item.path}.{name}", f"no {word} with id {target} in the file or "
                                                    f"the vault")
        elif target_owner != item.record.child_id:
            report.add_error(f"{item.path}.{name}", f"the {word} {target} belongs to a "
                                                    f"different child")
        elif name == "corrects_id" and target == item.record.id:
            report.add_error(f"{item.path}.{name}", "an entry cannot correct itself")
    return held_here


def _stored_revs(session: Session, kind: str, ids: set[str]) -> dict[str, set[str]]:
    table = row_class(kind)
    wanted = sorted(ids)
    found: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(wanted), _LOOKUP_CHUNK):
        chunk = wanted[start:start + _LOOKUP_CHUNK]
        for rid, rev in session.execute(select(table.id, table.rev).where(table.id.in_(chunk))):
            found[rid].add(rev)
    return found


_RECORD_INDEX = re.compile(r"^\$\.records\[(\d+)\]")


def _file_order(problem: ImportProblem) -> tuple[int, str]:
    found = _RECORD_INDEX.match(problem.path)
    return (int(found.group(1)) if found else -1, problem.path)


def _validate(session: Session, data: Any,
              ) -> tuple[ImportReport, list[Record], set[tuple[str, str]]]:
    report = ImportReport()
    if not check_envelope(data, report):
        return report, [], set()
    bad = validate_shape(data, report)
    if -1 in bad:  # the envelope itself is wrong (records missing or not a list)
        return report, [], set()
    incoming, broken = _decode(data, bad, session, report)
    held = _check_references(session, incoming, broken, report)
    report.errors.sort(key=_file_order)
    return report, [item.record for item in incoming], held


def validate_records(session: Session, data: Any) -> tuple[ImportReport, list[Record]]:
    """Check a whole interchange document without writing: the report, and the records ready
    to store (with their stamps and revision ids filled in) when there were no errors."""
    report, ready, _held = _validate(session, data)
    return report, ready


def import_records(session: Session, data: Any) -> ImportReport:
    """Bring in an interchange document: everything, or nothing when anything is wrong.

    Writes in the caller's transaction (commit it to keep the import; an exception while
    writing leaves it to the caller's rollback). Records already in the vault are skipped and
    counted as duplicates, so importing the same file twice is harmless. Imported records go
    into the outbox, to reach the team's hub.
    """
    report, ready, held = _validate(session, data)
    if not report.ok:
        return report
    counts: dict[str, int] = defaultdict(int)
    # Known duplicates skip the service's own lookup: a second import of a large file then
    # costs little more than checking it. The rest go in one batch per kind.
    todo = []
    for record in ready:
        if (record.id, getattr(record, "rev", "")) in held:
            report.duplicates += 1
        else:
            todo.append(record)
    for record, is_new in zip(todo, services.store_received_many(
            session, todo, enqueue=True, action="imported"), strict=True):
        if is_new:
            report.imported += 1
            counts[record.KIND] += 1
        else:
            report.duplicates += 1
    report.by_kind = dict(counts)
    return report
