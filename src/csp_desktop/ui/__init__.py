"""The Qt layer: thin widgets and models over csp_desktop.core and csp_desktop.storage."""
