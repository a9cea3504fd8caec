"""Visit mode: starting a visit, capturing what the child and carers say and draw, ending it."""
