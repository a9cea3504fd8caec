"""The team's sync hub: a FastAPI app (``app``) over its own SQLAlchemy schema (``schema``,
``migrations``) on SQLite or PostgreSQL (``db``); push and pull (``exchange``); teams,
practitioners, enrolment, devices and caseloads (``admin``); the audit chain (``audit``); and
the ``directwork-hub`` command (``cli``). It shares only the protocol with the laptop."""
