"""The one owner of SQLite: opening, checking, migrating and backing up the user's database.

Nothing outside this package runs SQL. Higher layers call the repository functions here.
"""
