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

from directwork.domain import codec, validation
from directwork.domain.records import (
    DOCUMENT_KINDS,
    ENTRY_KINDS,
    Child,
    Document,
    Record,
)
from directwork.domain.revisions import rev_number
from directwork.store import audit, received
from directwork.store import records as services
from directwork.store.context import actor_of, now_of
from directwork.store.errors import RecordNotFound
from directwork.store.holdings import VaultHoldings
from directwork.store.interchange_schema import FORMAT, VERSION
from directwork.store.interchange_shape import (
    ImportProblem,
    ImportReport,
    check_envelope,
)
from directwork.store.mapping import from_row, row_class
from directwork.store.schema import MetaRow

# Fields that name another record, and the kind that record must be (same child).
REFERENCES: dict[str, str] = validation.LINKS
# Stamps an import may fill in; two copies of an entry that differ only here are the same entry.
_STAMPS = ("created_at", "updated_at", "created_by", "device_id")
_LOOKUP_CHUNK = 500
# Records stored together, under one audit event, when importing.
IMPORT_PAGE = 500


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


def _decode(data: dict[str, Any], session: Session, report: ImportReport,
            ) -> tuple[list[_Incoming], set[str]]:
    """Each record through the strict schema, with what an import may leave out filled in
    (stamps, a child's own child_id, a document's rev). Returns the records that passed, and
    the ids of those that did not (already reported, so the records naming them are not
    blamed a second time)."""
    practitioner, device = actor_of(session)
    now = now_of(session)
    incoming: list[_Incoming] = []
    broken: set[str] = set()
    for index, raw in enumerate(data["records"]):
        raw_id = raw.get("id") if isinstance(raw, dict) else None
        path = f"$.records[{index}]"
        try:
            record = validation.decode(raw, path)
        except validation.RecordRefused as exc:
            for problem in exc.problems:
                report.add_error(problem.path, problem.message)
            if isinstance(raw_id, str):
                broken.add(raw_id)
            if report.more_errors:
                break
            continue
        created_at = record.created_at or now
        record = dataclasses.replace(
            record, created_at=created_at, updated_at=record.updated_at or created_at,
            created_by=record.created_by or practitioner, device_id=record.device_id or device)
        if isinstance(record, Child) and not record.child_id:
            record = dataclasses.replace(record, child_id=record.id)
        if isinstance(record, Document) and not record.rev:
            record = dataclasses.replace(record, rev=validation.expected_rev(record))
        problems = validation.record_problems(record, path)
        for problem in problems:
            message = problem.message
            if problem.path.endswith(".rev") and "does not match" in message:
                message += "; leave rev out to have it computed"
            report.add_error(problem.path, message)
        if problems:
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

    by_kind: dict[str, list[_Incoming]] = defaultdict(list)
    for item in incoming:
        by_kind[item.record.KIND].append(item)
    holdings = VaultHoldings(session, "in the file or the vault")

    # What the vault already holds; an entry held is never changed.
    for kind, items in by_kind.items():
        if items[0].record.VERSIONED:
            revs = holdings.revisions(kind, {i.record.id for i in items})
            for item in items:
                if item.record.rev in revs.get(item.record.id, ()):  # type: ignore[attr-defined]
                    held_here.add((item.record.id, item.record.rev))  # type: ignore[attr-defined]
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

    # Links, by the strict schema's own rule: each child, each record named and each parent
    # revision is in the file or the vault, of the right kind and for the same child. A link
    # to a record already reported as unreadable is not reported again.
    found = validation.link_problems([i.record for i in incoming], holdings, refused=broken,
                                     where=lambda i: incoming[i].path)
    for problems in found.values():
        for problem in problems:
            if not problem.message.endswith("which was itself refused"):
                report.add_error(problem.path, problem.message)
    return held_here


_RECORD_INDEX = re.compile(r"^\$\.records\[(\d+)\]")


def _file_order(problem: ImportProblem) -> tuple[int, str]:
    found = _RECORD_INDEX.match(problem.path)
    return (int(found.group(1)) if found else -1, problem.path)


def _validate(session: Session, data: Any,
              ) -> tuple[ImportReport, list[Record], set[tuple[str, str]]]:
    report = ImportReport()
    if not check_envelope(data, report):
        return report, [], set()
    incoming, broken = _decode(data, session, report)
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
    # Into the outbox in an order where nothing reaches the hub before what it names (a
    # file may list a voice entry before its drawing, and a push holds 500 changes at most).
    todo = [todo[i] for i in validation.dependency_order(todo)]
    # Stored in bulk, a page at a time, each page with one audit event holding the hash of
    # what it stored (as a pull does).
    for start in range(0, len(todo), IMPORT_PAGE):
        page = todo[start:start + IMPORT_PAGE]
        lines = received.store_many(session, page, enqueue=True)
        audit.record_page(session, "imported", lines)
        for record, line in zip(page, lines, strict=True):
            if line is not None:
                report.imported += 1
                counts[record.KIND] += 1
            else:
                report.duplicates += 1
    report.by_kind = dict(counts)
    return report
