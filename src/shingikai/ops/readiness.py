"""Checks made before a command or the server touches the database or signs anything.

A command started with the wrong environment (cron's `. /etc/shingikai/env` exports nothing) would otherwise
create an empty SQLite file beside it and end in a traceback, and a server started before `shingikai migrate`
would answer every page with a 500. One line naming what to do is what the IT staff needs.
"""
import os
from pathlib import Path

# Commands that make, replace or only describe the database (or none): they run before one exists.
NO_DATABASE_NEEDED = {
    "migrate", "restore", "demo", "help", "version", "makemigrations", "showmigrations", "sqlmigrate",
    "squashmigrations", "optimizemigration", "check", "collectstatic", "diffsettings", "shell", "dbshell",
    "test", "startapp", "startproject", "compilemessages", "makemessages", "sendtestemail",
}
# An importer's dry run reads a file and prints what it found: it runs where no database is (the CI's score).
DRY_RUN_WITHOUT_DATABASE = {"import_minutes", "import_answer"}
MIGRATE = "shingikai migrate を実行してください。"
# The demo's server may sign with the key everyone can read: its data and passwords are public anyway.
DEMO_ENV = "SHINGIKAI_DEMO"


def needs_database(command, args):
    if command in NO_DATABASE_NEEDED or {"-h", "--help"} & set(args):
        return False
    return not (command in DRY_RUN_WITHOUT_DATABASE and "--dry-run" in args)


def database_problem():
    """Why the configured database cannot be used as it is, in one Japanese sentence; "" when it can."""
    from django.conf import settings
    from django.db import DatabaseError, connection
    from django.db.migrations.executor import MigrationExecutor

    database = settings.DATABASES["default"]
    if database["ENGINE"].endswith("sqlite3") and not Path(str(database["NAME"])).exists():
        return (f"データベース {database['NAME']} がありません。環境変数 DATABASE_URL か SHINGIKAI_DATA_DIR が"
                f"渡っているか確かめてください (docs/deploy.md)。新しく始めるときは {MIGRATE}")
    try:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as exc:
        return f"データベースに接続できません ({str(exc).strip()})。DATABASE_URL を確かめてください。"
    if pending:
        return f"データベースが最新の状態に移行されていません (未適用のマイグレーション {len(pending)} 件)。{MIGRATE}"
    return ""


def development_key_problem():
    """Why a server must not start with these settings; "" when it may."""
    from django.conf import settings

    if settings.DEBUG or os.environ.get(DEMO_ENV) or settings.SECRET_KEY != settings.DEVELOPMENT_SECRET_KEY:
        return ""
    return ("環境変数 SECRET_KEY が設定されていません。DEBUG=1 (開発) でないサーバーは本番として動くため、"
            "ソースに公開されている開発用の鍵では起動しません。SECRET_KEY を設定してください (docs/deploy.md)。")
