"""The Team page, for a team manager: suggested links between the team's children (the same
place, group, online space, school or adult written differently), each with why; confirm or
reject with a reason; and the children joined by confirmed links.

Fail closed: the page asks the vault first; on a laptop the hub has not said is a team
manager's it shows only why it is empty. Every opening is kept in the audit trail.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from directwork.domain.records import LinkKind, LinkVerdict
from directwork.domain.team import TeamChild
from directwork.gui.common.a11y import named, say
from directwork.gui.common.fit import scrolled
from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP
from directwork.gui.common.worker import VaultWorker
from directwork.gui.practice.common import while_open
from directwork.store import links
from directwork.store.views.team import TeamView, load_team

KIND_WORDS = {LinkKind.CONTEXT: QT_TRANSLATE_NOOP("TeamPage", "Place or group"),
              LinkKind.PERSON: QT_TRANSLATE_NOOP("TeamPage", "Person")}
NOT_A_MANAGER = QT_TRANSLATE_NOOP(
    "TeamPage", "The team view is for team managers. This laptop shows your own caseload only. "
    "If you manage a team, ask the hub's administrator to mark you as a manager, then sync.")
HINT = QT_TRANSLATE_NOOP(
    "TeamPage", "Suggestions only: nothing is linked until you confirm it, and what you decide "
    "is kept with your name and your reason. Nothing on this page is ever printed for a child "
    "or carer.")
KEY_ROLE = Qt.ItemDataRole.UserRole


def _who(child: TeamChild) -> str:
    return f"{child.name} ({child.practitioner})"


GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


class TeamPage(QWidget):
    decided = Signal()
    context_chosen = Signal(str)

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.view = TeamView(manager=False)
        # Everything in a scroll area: on a small screen or with large text the page scrolls
        # rather than making the main window larger than the screen.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body = QWidget()
        outer.addWidget(scrolled(body, self.tr("Team links")))
        layout = QVBoxLayout(body)
        title = QLabel(self.tr("Team: links across the team's children"))
        title.setProperty("role", "heading")
        layout.addWidget(title)
        self.status = QLabel()
        self.status.setObjectName("teamStatus")
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.tabs = named(QTabWidget(), self.tr("Team links"))
        layout.addWidget(self.tabs, 1)

        suggestions = QWidget()
        s_layout = QVBoxLayout(suggestions)
        s_layout.setContentsMargins(0, 6, 0, 0)
        self.table = named(QTableWidget(0, 4), self.tr("Suggested links"),
                           self.tr("Records on two children's files that are probably the same"))
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("On one child's record"),
                                              self.tr("On another child's record"),
                                              self.tr("Why suggested")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._enable)
        s_layout.addWidget(self.table, 1)
        decide = QHBoxLayout()
        reason_label = QLabel(self.tr("&Why (kept with your name):"))
        self.reason = named(QLineEdit(), self.tr("Why you decide so"))
        self.reason.setPlaceholderText(self.tr("for example: the same lock-up garages, "
                                               "checked with both workers"))
        self.reason.textChanged.connect(self._enable)
        reason_label.setBuddy(self.reason)
        self.confirm_button = named(QPushButton(self.tr("&Confirm: the same")),
                                    self.tr("Confirm the link"))
        self.reject_button = named(QPushButton(self.tr("&Not the same")),
                                   self.tr("Reject the suggestion"))
        self.confirm_button.clicked.connect(lambda: self._decide(LinkVerdict.CONFIRMED))
        self.reject_button.clicked.connect(lambda: self._decide(LinkVerdict.REJECTED))
        for widget in (reason_label, self.reason):
            decide.addWidget(widget)
        decide.setStretchFactor(self.reason, 1)
        decide.addWidget(self.confirm_button)
        decide.addWidget(self.reject_button)
        s_layout.addLayout(decide)
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        s_layout.addWidget(self.problem)
        self.tabs.addTab(suggestions, self.tr("&Suggestions"))

        linked = QWidget()
        l_layout = QVBoxLayout(linked)
        l_layout.setContentsMargins(0, 6, 0, 0)
        self.groups = named(QTreeWidget(), self.tr("Linked children"),
                            self.tr("Places, groups and people confirmed as the same, and the "
                                    "children whose records name them"))
        self.groups.setHeaderLabels([self.tr("Linked"), self.tr("Child (practitioner)")])
        self.groups.setWordWrap(True)
        self.groups.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.groups.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.groups.itemSelectionChanged.connect(self._group_chosen)
        self.groups.itemActivated.connect(lambda *_: self._open_or_make())
        l_layout.addWidget(self.groups, 1)
        context_row = QHBoxLayout()
        context_label = QLabel(self.tr("Na&me for the team:"))
        self.context_name = named(QLineEdit(), self.tr("Name of the team context"))
        self.context_name.setPlaceholderText(self.tr("for example: Heol Fawr garages"))
        self.context_name.textChanged.connect(self._enable_context)
        context_label.setBuddy(self.context_name)
        self.make_context_button = named(
            QPushButton(self.tr("Make a team &context")),
            self.tr("Make the chosen place or group a team context, with its own page and plan"))
        self.make_context_button.clicked.connect(self._make_context)
        self.open_context_button = named(QPushButton(self.tr("&Open the team context")),
                                         self.tr("Open the chosen team context's page"))
        self.open_context_button.clicked.connect(self._open_context)
        context_row.addWidget(context_label)
        context_row.addWidget(self.context_name, 1)
        context_row.addWidget(self.make_context_button)
        context_row.addWidget(self.open_context_button)
        l_layout.addLayout(context_row)
        self.context_problem = QLabel()
        self.context_problem.setProperty("role", "error")
        self.context_problem.setWordWrap(True)
        l_layout.addWidget(self.context_problem)
        self.tabs.addTab(linked, self.tr("&Linked children"))
        self._enable()
        self._enable_context()

    # ------------------------------------------------------------------ loading

    def start(self) -> None:
        """Keep the opening in the audit trail (a manager's laptop only), then read the team."""
        self.problem.clear()
        self.worker.change(links.note_team_view_opened,
                           success=while_open(self, lambda _none: self._load()),
                           failure=while_open(self, self._refused))

    def _load(self) -> None:
        self.worker.query(load_team, success=while_open(self, self.show_view))

    def _refused(self, error: BaseException) -> None:
        self.show_view(TeamView(manager=False))

    def show_view(self, view: TeamView) -> None:
        self.view = view
        self.tabs.setVisible(view.manager)
        if not view.manager:
            say(self.status, self.tr(NOT_A_MANAGER))
            self.table.setRowCount(0)
            self.groups.clear()
            self._enable()
            return
        counts = self.tr("{children} children on this laptop · {suggested} suggested · "
                         "{linked} linked · {rejected} rejected").format(
            children=view.children, suggested=len(view.suggestions), linked=len(view.groups),
            rejected=view.rejected)
        if view.disagreements:
            counts += " · " + self.tr("{n} decided differently on two laptops").format(
                n=len(view.disagreements))
        say(self.status, f"{counts}. {self.tr(HINT)}")
        self._fill_suggestions(view)
        self._fill_groups(view)
        self.tabs.setTabText(0, self.tr("&Suggestions ({n})").format(
            n=len(view.suggestions) + len(view.disagreements)))
        self.tabs.setTabText(1, self.tr("&Linked children ({n})").format(n=len(view.groups)))
        self._enable()

    def _fill_suggestions(self, view: TeamView) -> None:
        rows: list[tuple[tuple[str, str], str, str, str, str]] = []
        for d in view.disagreements:
            rows.append(((d.first_record, d.second_record), self.tr("Decided differently"),
                         d.first, d.second,
                         self.tr("Two laptops decided differently: {verdicts}. Not linked "
                                 "until you decide again.").format(
                                     verdicts=" | ".join(d.verdicts))))
        for row in view.suggestions:
            s = row.suggestion
            concern = " · " + self.tr("of concern") if s.of_concern else ""
            rows.append((s.key, self.tr(KIND_WORDS[s.first.kind]) + concern,
                         f"{s.first.name}\n{s.first.sort} · {_who(row.first_child)}",
                         f"{s.second.name}\n{s.second.sort} · {_who(row.second_child)}",
                         s.why[:1].upper() + s.why[1:] + "."))
        self.table.setRowCount(len(rows))
        for r, (key, *cells) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, key)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self._fit_columns()
        if rows:
            self.table.selectRow(0)

    def _fit_columns(self) -> None:
        """The two records a quarter of the width each, why the rest; rows as tall as their
        words."""
        width = max(180, self.table.viewport().width() // 4)
        self.table.setColumnWidth(1, width)
        self.table.setColumnWidth(2, width)
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fill_groups(self, view: TeamView) -> None:
        self.groups.clear()
        for group in view.groups:
            made = self.tr(" — team context") if group.context_id else ""
            kind = self.tr(KIND_WORDS[group.kind]).lower()
            top = QTreeWidgetItem([f"{group.title} — {kind}{made}",
                                   self.tr("{n} children").format(n=len(group.children))])
            top.setData(0, GROUP_ROLE, (group.kind.value, group.context_id,
                                        list(group.record_ids)))
            for member in group.members:
                concern = ", " + self.tr("of concern") if member.of_concern else ""
                QTreeWidgetItem(top, [f"{member.name} ({member.sort}{concern})",
                                      _who(member.child)])
            self.groups.addTopLevelItem(top)
            for line in group.decided:
                said = QTreeWidgetItem(top, [line])
                said.setToolTip(0, line)
                said.setFirstColumnSpanned(True)  # a decision's words in full, across the page
            top.setExpanded(True)

    # ------------------------------------------------------------------ deciding

    def selected_key(self) -> tuple[str, str] | None:
        items = self.table.selectedItems()
        if not items:
            return None
        key = items[0].data(KEY_ROLE)
        return (str(key[0]), str(key[1])) if key else None

    def _enable(self) -> None:
        ready = self.selected_key() is not None and bool(self.reason.text().strip())
        self.confirm_button.setEnabled(ready)
        self.reject_button.setEnabled(ready)

    def _decide(self, verdict: LinkVerdict) -> None:
        key = self.selected_key()
        reason = self.reason.text().strip()
        if key is None or not reason:
            return  # the buttons are off until both are given
        self.problem.clear()

        def done(_link: object) -> None:
            self.reason.clear()
            self.decided.emit()
            self._load()

        self.worker.change(links.decide, key[0], key[1], verdict, reason,
                           success=while_open(self, done),
                           failure=while_open(self, lambda exc: say(self.problem, str(exc))))

    # ------------------------------------------------------------------ team contexts

    def chosen_group(self) -> tuple[str, str, list[str]] | None:
        """(kind, team context id or "", record ids) of the linked group chosen, if any."""
        items = self.groups.selectedItems()
        if not items:
            return None
        item = items[0]
        while (above := item.parent()) is not None:
            item = above
        data = item.data(0, GROUP_ROLE)
        return (str(data[0]), str(data[1]), [str(r) for r in data[2]]) if data else None

    def _enable_context(self) -> None:
        group = self.chosen_group()
        place = group is not None and group[0] == LinkKind.CONTEXT.value
        made = group is not None and bool(group[1])
        self.open_context_button.setEnabled(made)
        self.make_context_button.setEnabled(place and not made
                                            and bool(self.context_name.text().strip()))
        self.context_name.setEnabled(place and not made)

    def _group_chosen(self) -> None:
        """A place or group chosen: its first name offered as the team context's name."""
        group = self.chosen_group()
        if group is not None and group[0] == LinkKind.CONTEXT.value and not group[1]:
            names = sorted({m.name.strip() for g in self.view.groups
                            if list(g.record_ids) == group[2] for m in g.members},
                           key=str.casefold)
            self.context_name.setText(names[0] if names else "")
        self._enable_context()

    def _open_or_make(self) -> None:
        group = self.chosen_group()
        if group is not None and group[1]:
            self.context_chosen.emit(group[1])

    def _open_context(self) -> None:
        group = self.chosen_group()
        if group is not None and group[1]:
            self.context_chosen.emit(group[1])

    def _make_context(self) -> None:
        group = self.chosen_group()
        name = self.context_name.text().strip()
        if group is None or not name:
            return
        self.context_problem.clear()

        def made(context: object) -> None:
            self.context_name.clear()
            self.decided.emit()
            self.context_chosen.emit(str(getattr(context, "id", "")))

        self.worker.change(links.make_team_context, group[2], name, "",
                           success=while_open(self, made),
                           failure=while_open(self, lambda exc: say(
                               self.context_problem, getattr(exc, "message", None) or str(exc))))
