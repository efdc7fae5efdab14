"""The councillor's own CSP: organisations, people, groups, memberships and procedures."""
