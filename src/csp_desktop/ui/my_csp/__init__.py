"""The My CSP area: the councillor's own partnership structure and contacts."""
