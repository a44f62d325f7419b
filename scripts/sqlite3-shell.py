"""The part of the sqlite3 shell the README uses, for machines without it:
sqlite3 [-cmd SQL]... DATABASE [SQL], printing rows as the shell does (fields joined by |)."""
import sqlite3
import sys

args = sys.argv[1:]
commands = []
while args and args[0] == "-cmd":
    commands.append(args[1])
    args = args[2:]
database, statements = args[0], args[1:]
connection = sqlite3.connect(database)
for sql in commands + statements:
    for row in connection.execute(sql):
        print("|".join("" if value is None else str(value) for value in row))
