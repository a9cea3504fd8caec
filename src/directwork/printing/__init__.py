"""Printing a summary through the laptop's print system: no Qt, no vault, no files.

``cups`` speaks IPP to CUPS (the print system of Linux and macOS) and sends the summary's PDF
itself; ``progress`` reads a job's state as printed, waiting or stopped (and why). The window
that uses them lives in gui/summary; where there is no CUPS (Windows) it prints through Qt.
"""
