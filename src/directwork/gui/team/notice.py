"""The one thing a practitioner is told of team links: on their child's record, that the child
is linked to other children on the team, and that their manager can see more. Never who, nor
what: the hub sends a practitioner's laptop only a flag for each of their own children
(``store.links.is_also_linked``)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from directwork.gui.common.a11y import say
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.common import while_open
from directwork.store import links


class AlsoLinkedNotice(QLabel):
    """Hidden unless the child shown is linked to other children on the team."""

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.child_id = ""
        self.setObjectName("alsoLinkedNotice")
        self.setProperty("role", "hint")
        self.setWordWrap(True)
        self.hide()

    def show_for(self, child_id: str) -> None:
        self.child_id = child_id
        self.hide()
        self.worker.query(links.is_also_linked, child_id,
                          success=while_open(self, lambda linked: self._shown(child_id, linked)))

    def _shown(self, child_id: str, linked: bool) -> None:
        if child_id != self.child_id:
            return  # another child was opened meanwhile
        if linked:
            say(self, self.tr("Also linked to other children on the team \u2014 your manager "
                              "can see more."))
        self.setVisible(bool(linked))
