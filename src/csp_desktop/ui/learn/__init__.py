"""The Learn area: the module catalogue, the reader, knowledge checks and reflections."""
