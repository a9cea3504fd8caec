"""The safety plan: the editor, its versions, comparing and merging them, agreeing it."""
