"""Pieces every screen shares: the vault worker, the cycle collector, accessible names, draft-keeping text fields, small record dialogs and tables."""
