"""The words a record's kinds and states are shown by in lists and tables ("worries", "said",
"trusted", "saved on this laptop"), in the interface language. The domain gives them as values
(an enum's value with spaces, a sync state's words); each is marked here under the context
"Values" for ``pyside6-lupdate``, and ``value_words`` says it in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from directwork.gui.common.retranslate import QT_TRANSLATE_NOOP

VALUES = (
    # Speaker, PersonRole
    QT_TRANSLATE_NOOP("Values", "child"), QT_TRANSLATE_NOOP("Values", "carer"),
    QT_TRANSLATE_NOOP("Values", "other"), QT_TRANSLATE_NOOP("Values", "family"),
    QT_TRANSLATE_NOOP("Values", "friend"), QT_TRANSLATE_NOOP("Values", "professional"),
    # Topic
    QT_TRANSLATE_NOOP("Values", "worries"), QT_TRANSLATE_NOOP("Values", "good things"),
    QT_TRANSLATE_NOOP("Values", "dreams"), QT_TRANSLATE_NOOP("Values", "feelings"),
    QT_TRANSLATE_NOOP("Values", "want to happen"), QT_TRANSLATE_NOOP("Values", "safety scale"),
    # GivenHow
    QT_TRANSLATE_NOOP("Values", "said"), QT_TRANSLATE_NOOP("Values", "typed by child"),
    QT_TRANSLATE_NOOP("Values", "drawn"), QT_TRANSLATE_NOOP("Values", "written by worker"),
    # TrustView
    QT_TRANSLATE_NOOP("Values", "trusted"), QT_TRANSLATE_NOOP("Values", "not sure"),
    QT_TRANSLATE_NOOP("Values", "worried"),
    # ContextType
    QT_TRANSLATE_NOOP("Values", "place"), QT_TRANSLATE_NOOP("Values", "peer group"),
    QT_TRANSLATE_NOOP("Values", "online"), QT_TRANSLATE_NOOP("Values", "school"),
    # ReviewTrigger
    QT_TRANSLATE_NOOP("Values", "scheduled"), QT_TRANSLATE_NOOP("Values", "key moment"),
    QT_TRANSLATE_NOOP("Values", "significant change"),
    # Severity, ConcernStatus
    QT_TRANSLATE_NOOP("Values", "low"), QT_TRANSLATE_NOOP("Values", "medium"),
    QT_TRANSLATE_NOOP("Values", "high"), QT_TRANSLATE_NOOP("Values", "immediate"),
    QT_TRANSLATE_NOOP("Values", "open"), QT_TRANSLATE_NOOP("Values", "closed"),
    # KeyMomentType
    QT_TRANSLATE_NOOP("Values", "exclusion"), QT_TRANSLATE_NOOP("Values", "missing"),
    QT_TRANSLATE_NOOP("Values", "placement move"), QT_TRANSLATE_NOOP("Values", "address move"),
    QT_TRANSLATE_NOOP("Values", "arrest"), QT_TRANSLATE_NOOP("Values", "court"),
    QT_TRANSLATE_NOOP("Values", "disclosure"), QT_TRANSLATE_NOOP("Values", "bereavement"),
    QT_TRANSLATE_NOOP("Values", "release from custody"),
    QT_TRANSLATE_NOOP("Values", "transition to adult"),
    # AgencyPlanType
    QT_TRANSLATE_NOOP("Values", "child protection"), QT_TRANSLATE_NOOP("Values", "child in need"),
    QT_TRANSLATE_NOOP("Values", "looked after"), QT_TRANSLATE_NOOP("Values", "ehcp"),
    QT_TRANSLATE_NOOP("Values", "mace"), QT_TRANSLATE_NOOP("Values", "youth justice"),
    QT_TRANSLATE_NOOP("Values", "health"),
    # where a record is (sync/status.py)
    QT_TRANSLATE_NOOP("Values", "saved on this laptop"),
    QT_TRANSLATE_NOOP("Values", "waiting to sync"),
    QT_TRANSLATE_NOOP("Values", "on the team hub"),
    QT_TRANSLATE_NOOP("Values", "needs attention"),
)


def value_words(words: str) -> str:
    """``words`` (one of ``VALUES``) in the interface language; anything else as it is."""
    return QCoreApplication.translate("Values", words) if words else words
