"""Co-review: the child or carers go through their plan on screen with the practitioner."""
