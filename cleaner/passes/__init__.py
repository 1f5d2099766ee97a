"""The passes: one module each, one pure function each (Draft in, Draft out)."""
