"""The `shingikai` console script: a thin front for the project's management commands.

Command names are written with hyphens on the command line (`import-minutes`) and map to the
Django commands of the same name with underscores.
"""
import os
import sys

from shingikai.ops.readiness import database_problem, needs_database


def main(argv=None):
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shingikai.settings")
    if len(argv) > 1 and not argv[1].startswith("-"):
        argv[1] = argv[1].replace("-", "_")
        if needs_database(argv[1], argv[2:]):
            import django

            django.setup()
            problem = database_problem()
            if problem:
                sys.stderr.write(f"shingikai: {problem}\n")
                sys.exit(1)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["shingikai", *argv[1:]])


if __name__ == "__main__":
    main()
