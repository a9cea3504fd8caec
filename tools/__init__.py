"""Developer tools that are not part of the app: screenshots for the docs, the sample case."""
