"""The context summary for the multi-agency exploitation panel: one place, group or online
space that several of the team's children are linked to, the children (named as the panel's
rules require, chosen at print time: in full, or by initials and date of birth), what each
child's record says of it, and the context plan (who does what, by when, and its reviews).

Built from a team manager's ``TeamContextView`` (domain/team.py, built by store/views/team.py), which already holds
only what each entry's sharing lets the team see. The panel is other agencies, so this
summary keeps, of that, only what each speaker agreed other agencies may see too
(``Known.agencies``): what is kept back is left out without a mark or a count. Named by
initials, a child's given and family names are also taken out of every line of free text.

English, Welsh, or both (Welsh first), like the other summaries. No Qt and no database
session: PDF bytes from the view, in memory.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from directwork.domain.records import Speaker, SummaryLanguage
from directwork.reports.icons import SOFT
from directwork.reports.layout import (
    RULE,
    KeepIfRoom,
    Metadata,
    breakable,
    esc,
    make_styles,
    render,
    split_long_rows,
)
from directwork.reports.words import Value, Words

if TYPE_CHECKING:
    from directwork.domain.team import ContextChild, TeamContextView

BODY_PT = 10  # nothing in this document is printed smaller
HEADING_PT = 13
TITLE_PT = 18
FOOTER_PT = 9
CELL_PADDING = 4
_SPEAKER_KEYS = {Speaker.CHILD: "panel.said_by_child", Speaker.CARER: "panel.said_by_carer"}


class PanelNaming(enum.StrEnum):
    """How the summary names the children: the panel's rules say which."""

    FULL = "full"
    INITIALS = "initials"


class _Summary:
    def __init__(self, view: TeamContextView, words: Words, naming: PanelNaming) -> None:
        self.view = view
        self.w = words
        self.naming = naming
        self.s = make_styles(BODY_PT, HEADING_PT, TITLE_PT, small_size=BODY_PT)
        self.story: list[Flowable] = []
        # Named by initials: every linked child's names come out of every line of free text.
        names = {n.strip() for c in view.children for n in (c.given_name, c.family_name)
                 if len(n.strip()) > 1}
        self._names = (re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len,
                                                               reverse=True)) + r")\b",
                                  re.IGNORECASE)
                       if names and naming is PanelNaming.INITIALS else None)

    # --------------------------------------------------------------- building blocks

    def t(self, key: str, **values: Value) -> str:
        return self.w.joined(key, **values)

    def free(self, words: str) -> str:
        """Free text as printed: with the children's names taken out when named by initials."""
        if self._names is None:
            return words
        return self._names.sub(lambda m: m.group(0)[0].upper() + ".", words)

    def p(self, markup: str, style: str = "body") -> Paragraph:
        return Paragraph(markup, getattr(self.s, style))

    def heading(self, key: str) -> list[Flowable]:
        texts = self.w.each(key)
        out: list[Flowable] = [Spacer(1, 8), self.p(esc(texts[0]), "heading")]
        out += [self.p(esc(t), "heading_second") for t in texts[1:]]
        return out

    def section(self, key: str, body: list[Flowable]) -> None:
        if not body:
            body = [self.p(esc(self.t("panel.none")), "small")]
        self.story.append(KeepIfRoom(self.heading(key) + body[:1]))
        self.story.extend(body[1:])

    def field(self, label_key: str, value: str) -> Paragraph:
        return self.p(f"<b>{esc(self.t(label_key))}:</b> {esc(value)}")

    def cell(self, words: str, width_mm: float) -> Paragraph:
        width = width_mm * mm - 2 * CELL_PADDING
        return self.p(esc(breakable(words, width, self.s.body.fontName, BODY_PT)))

    def table(self, header_keys: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float]) -> Table:
        data: list[list[object]] = [[self.p(f"<b>{esc(self.t(k))}</b>") for k in header_keys]]
        data += [[self.cell(cell, width) for cell, width in zip(row, widths, strict=True)]
                 for row in rows]
        table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), SOFT),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f8fb")]),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ]))
        return split_long_rows(table)

    def named(self, child: ContextChild) -> str:
        """The child as the panel's rules say: in full, or initials and date of birth."""
        born = self.t("panel.born", date=child.date_of_birth) if child.date_of_birth else ""
        if self.naming is PanelNaming.INITIALS:
            dots = ".".join(child.initials) + "."
            return f"{dots}, {born}" if born else dots
        return f"{child.child.name} ({born})" if born else child.child.name

    def sort_words(self, child: ContextChild) -> str:
        return self.t(f"labels.context.{child.context_type}").lower()

    # --------------------------------------------------------------- sections

    def header(self, today: date) -> None:
        view = self.view
        context = view.context
        assert context is not None
        titles = self.w.each("panel.title")
        self.story.append(self.p(esc(titles[0]), "title"))
        self.story += [self.p(esc(t), "subtitle") for t in titles[1:]]
        self.story.append(self.p(f"<b>{esc(self.t('panel.confidential'))}</b>"))
        self.story.append(self.p(esc(self.t("common.printed_on", date=today)), "small"))
        naming = ("panel.naming_initials" if self.naming is PanelNaming.INITIALS
                  else "panel.naming_full")
        self.story.append(self.p(esc(self.t(naming)), "small"))
        self.story.append(Spacer(1, 6))
        fields = [("panel.context", context.title),
                  ("panel.why", self.free(context.why)),
                  ("panel.team", view.team),
                  ("panel.next_review", self.w.day(context.next_review)
                   if context.next_review else "")]
        self.story += [self.field(k, v) for k, v in fields if v]

    def children(self) -> None:
        widths = [50, 32, 52, 40]
        rows = [[self.named(c), c.child.practitioner,
                 f"\u201c{self.free(c.record_name)}\u201d ({self.sort_words(c)})",
                 ", ".join(self.w.day(d) for d in c.seen)] for c in self.view.children]
        self.section("panel.children", [self.table(
            ["panel.child", "panel.practitioner", "panel.as_written", "panel.seen"],
            rows, widths)] if rows else [])

    def known(self) -> None:
        body: list[Flowable] = [self.p(esc(self.t("panel.sharing_note")), "small")]
        for child in self.view.children:
            body.append(Spacer(1, 4))
            body.append(self.p(f"<b>{esc(self.named(child))}</b>"))
            shown = False
            if child.concerns:
                body.append(self.field("panel.concerns", self.free(child.concerns)))
                shown = True
            if child.strengths:
                body.append(self.field("panel.strengths", self.free(child.strengths)))
                shown = True
            said = [k for k in child.known if k.agencies]
            if said:
                body.append(self.p(f"<b>{esc(self.t('panel.said'))}:</b>"))
                for k in said:
                    who = (self.t("panel.visit_note") if k.speaker is None
                           else self.free(k.speaker_name) if k.speaker_name
                           else self.t(_SPEAKER_KEYS.get(k.speaker, "panel.said_by_other")))
                    when = self.w.day(k.on) if k.on else ""
                    line = f"{when} ({who}): {self.free(k.words)}" if when else \
                        f"({who}): {self.free(k.words)}"
                    body.append(Paragraph(esc(line), self.s.quote, bulletText="\u2022"))
                shown = True
            if not shown:
                body.append(self.p(esc(self.t("panel.nothing_known")), "small"))
        self.section("panel.known", body)

    def plan(self) -> None:
        context = self.view.context
        assert context is not None
        widths = [64, 34, 30, 24, 22]
        rows = [[self.free(a.what), a.owner, a.agency, self.w.day(a.due) if a.due else "",
                 self.t(f"labels.action_status.{a.status.value}")] for a in context.actions]
        self.section("panel.plan", [self.table(
            ["panel.action", "panel.owner", "panel.agency", "panel.by", "panel.status"],
            rows, widths)] if rows else [self.p(esc(self.t("panel.no_plan")))])
        if context.reviews:
            self.section("panel.reviews", [
                Paragraph(esc(f"{self.w.day(r.held_on)}, {r.by}: {self.free(r.what_changed)}"),
                          self.s.quote, bulletText="\u2022") for r in context.reviews])


def build_panel_summary(view: TeamContextView, language: SummaryLanguage, naming: PanelNaming,
                        today: date, prepared_by: str = "") -> bytes:
    """The panel's context summary as PDF bytes. ``view`` is a manager's view of one team
    context (``store.views.team.load_team_context``)."""
    if not view.manager or view.context is None:
        raise ValueError("the panel's summary is built only from a team manager's view of a "
                         "team context")
    words = Words(language)
    doc = _Summary(view, words, naming)
    doc.header(today)
    if prepared_by:
        doc.story.append(doc.field("panel.prepared_by", prepared_by))
    doc.children()
    doc.known()
    doc.plan()
    title = view.context.title
    meta = Metadata(
        title=f"{words.joined('panel.doc_title')} \u2013 {title}",
        author=prepared_by,
        subject=words.joined("panel.confidential"),
        lang=words.pdf_lang,
        footer=f"{words.joined('panel.footer')} \u00b7 {title}",
        page_words=words.each("common.page"),
    )
    return render(doc.story, meta, footer_size=FOOTER_PT)
