"""The caseload: every child on this laptop, searchable, with its table model."""
