"""The practice rules, as plain functions of records, a Policy and an explicit ``now``.

Split by meaning: ``workdays`` (working days and due times), ``keymoments`` (required
responses), ``reviews`` (when the next review falls), ``levels`` (the current safety and
wellbeing level), ``concerns`` (response clocks and the escalation ladder), ``plans`` (whether
a plan can be agreed), ``practice_check`` (everything that needs attention, per child) and
``history`` (scores over time, the timeline, what changed between plan versions).
None of them reads the clock or the vault.
"""
