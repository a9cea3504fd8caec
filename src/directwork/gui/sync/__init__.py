"""Sync with the team hub: the status line and panel, and what sync left for the practitioner to settle."""
