"""`python -m tools.screenshots OUTDIR`: PNGs of the app's windows for the docs, drawn offscreen from a fictional demo caseload."""
