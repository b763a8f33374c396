"""The `hugdesk` command: serve the API and look after the database."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

from .config import DEFAULT_PORT, Config, default_db_path

EXPORT_TABLES = ("agents", "settings", "customers", "identities", "tickets", "interactions", "promises",
                 "customer_links", "erasures")


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", type=Path, default=None,
        help=f"SQLite database file (default: $HUGDESK_DB or {default_db_path()})",
    )


def _config(args) -> Config:
    config = Config()
    if getattr(args, "db", None):
        config.db_path = args.db
    return config


def cmd_serve(args) -> int:
    import uvicorn

    from .api.app import create_app

    config = _config(args)
    config.host, config.port = args.host, args.port
    if config.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"warning: serving on {config.host}, reachable from other machines; every call still needs a token",
              file=sys.stderr)
    app = create_app(config)
    print(f"Hugdesk {config.db_path} on http://{config.host}:{config.port}/api/v1", file=sys.stderr, flush=True)
    # The lead's way in: the same address, a browser tab, a lead's token (the default agent is one).
    print(f"Team desk: http://{config.host}:{config.port}/desk", file=sys.stderr, flush=True)
    from .store.agents import DEFAULT_AGENT, is_disabled

    if config.token and is_disabled(app.state_db, DEFAULT_AGENT):
        print(f"The agent {DEFAULT_AGENT!r} is revoked, so HUGDESK_TOKEN does not work; re-enable it on purpose "
              f"with `hugdesk token create {DEFAULT_AGENT}`.", file=sys.stderr, flush=True)
    if not config.token:
        print("No HUGDESK_TOKEN set: create a token with `hugdesk token create NAME` and paste it into the "
              "extension's options.", file=sys.stderr, flush=True)
    uvicorn.run(app, host=config.host, port=config.port, log_level=args.log_level, access_log=False,
                http="httptools" if _has("httptools") else "h11", loop="uvloop" if _has("uvloop") else "asyncio")
    return 0


def _has(module: str) -> bool:
    try:
        __import__(module)
        return True
    except ImportError:
        return False


def cmd_token(args) -> int:
    from .store.agents import create_agent, disable_agent, list_agents
    from .store.db import connect

    db = connect(_config(args).db_path)
    if args.action == "create":
        token = create_agent(db, args.name, args.role)
        print(token)
        role = next(a["role"] for a in list_agents(db) if a["name"] == args.name)
        print(f"Token for {role} {args.name!r}: paste it into the extension's options or sign in to the desk "
              f"with it (shown only once).", file=sys.stderr)
    elif args.action == "list":
        for agent in list_agents(db):
            print(f"{agent['name']}\t{'revoked' if agent['disabled'] else 'active'}\t{agent['created_at']}\t{agent['role']}")
    elif args.action == "revoke":
        if not disable_agent(db, args.name):
            print(f"No active agent named {args.name!r}", file=sys.stderr)
            return 1
        print(f"Revoked the token of {args.name!r}")
    return 0


def cmd_backup(args) -> int:
    config = _config(args)
    if not config.db_path.exists():
        print(f"No database at {config.db_path}", file=sys.stderr)
        return 1
    target = Path(args.path)
    if target.exists():
        print(f"{target} exists; choose a new file name", file=sys.stderr)
        return 1
    # VACUUM INTO writes one consistent snapshot in a single read transaction. The backup API's
    # page-by-page copy starts over whenever another connection writes, so under steady writes
    # it may never finish.
    source = sqlite3.connect(str(config.db_path))
    source.execute("PRAGMA busy_timeout=10000")
    source.execute("VACUUM INTO ?", [str(target)])
    source.close()
    dest = sqlite3.connect(str(target))
    check = dest.execute("PRAGMA integrity_check").fetchone()[0]
    dest.close()
    print(f"Backed up {config.db_path} to {target} (integrity: {check})")
    return 0 if check == "ok" else 1


def cmd_export(args) -> int:
    from .store.db import connect

    db = connect(_config(args).db_path)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    count = 0
    try:
        with db.atomic():  # one snapshot for all tables
            for table in EXPORT_TABLES:
                for row in db[table].rows:
                    if table == "agents":
                        row = {k: v for k, v in row.items() if k != "token_hash"}
                    out.write(json.dumps({"table": table, "row": row}, ensure_ascii=False) + "\n")
                    count += 1
    finally:
        if args.output:
            out.close()
    print(f"Exported {count} rows", file=sys.stderr)
    return 0


def cmd_erase(args) -> int:
    from .store.customers import erase
    from .store.db import connect
    from .errors import Conflict, NotFound

    db = connect(_config(args).db_path)
    try:
        removed = erase(db, args.customer_id, agent="cli")
    except (NotFound, Conflict) as exc:
        print(str(exc), file=sys.stderr)
        return 1
    print(f"Erased customer {args.customer_id}: " + ", ".join(f"{n} {k}" for k, n in removed.items()))
    print("The database and its write-ahead log no longer hold this person's data. Earlier backups and exports "
          "(hugdesk backup, hugdesk export) still do: delete them or make them again.")
    return 0


def cmd_migrate(args) -> int:
    from .store.db import connect
    from .store.migrations import migrations

    db = connect(_config(args).db_path, migrate=False)
    pending = [m.name for m in migrations.pending(db)]
    migrations.apply(db)
    print(f"Applied {len(pending)} migration(s){': ' + ', '.join(pending) if pending else ''}; schema is current.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hugdesk",
        description="Hugdesk backend: logs every interaction with customers on Facebook, Yelp and TripAdvisor "
        "and serves the browser extension on this machine.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="start the API for the extension",
                           description="Start the API. Set HUGDESK_TOKEN to fix the default agent's token.")
    serve.add_argument("--host", default=Config().host, help="address to bind (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=Config().port, help=f"port (default {DEFAULT_PORT})")
    serve.add_argument("--log-level", default="warning", choices=["debug", "info", "warning", "error"])
    _db_arg(serve)
    serve.set_defaults(func=cmd_serve)

    token = sub.add_parser("token", help="create, list or revoke agents' API tokens",
                           description="Each agent has their own token; the extension's options hold it.")
    token.add_argument("action", choices=["create", "list", "revoke"],
                       help="create NAME prints a new token (replacing NAME's old one); list; revoke NAME")
    token.add_argument("name", nargs="?", default="default", help="agent name (default: default)")
    token.add_argument("--role", choices=["agent", "lead"], default=None,
                       help="create: a lead sees the team's figures and the desk; an agent their own "
                       "(default: agent for a new name; an existing agent keeps their role)")
    _db_arg(token)
    token.set_defaults(func=cmd_token)

    backup = sub.add_parser("backup", help="consistent copy of the database, safe while serving")
    backup.add_argument("path", help="new file to write the copy to")
    _db_arg(backup)
    backup.set_defaults(func=cmd_backup)

    export = sub.add_parser("export", help="write everything as JSON lines ({table, row} per line)")
    export.add_argument("--output", "-o", help="file to write (default: standard output)")
    _db_arg(export)
    export.set_defaults(func=cmd_export)

    erase = sub.add_parser("erase-customer", help="remove a person's personal data and say what was removed",
                           description="Deletes the customer (with everyone merged with them), their identities, "
                           "tickets, interactions and promises; keeps only a record that an erasure happened.")
    erase.add_argument("customer_id", type=int)
    _db_arg(erase)
    erase.set_defaults(func=cmd_erase)

    migrate = sub.add_parser("migrate", help="bring the database schema up to date (serve does this too)")
    _db_arg(migrate)
    migrate.set_defaults(func=cmd_migrate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
