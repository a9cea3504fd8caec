"""Practice checks: what is due and overdue, key moments, concerns and escalation, reviews, charts."""
