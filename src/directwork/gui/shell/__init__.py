"""The app's frame: start-up, the main window, unlocking, set-up, locking, preferences, look and language."""
