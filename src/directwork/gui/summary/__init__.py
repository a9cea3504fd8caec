"""Summaries: preview, print or save the child's, the carers' or the multi-agency summary."""
