"""Learning content: parsing module files, rendering them, and checking a content folder."""
