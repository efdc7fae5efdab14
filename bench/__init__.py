"""Benchmarks, run by hand with ``python -m bench``. Never timed assertions in tests."""
