"""Run a command against a throw-away PostgreSQL server: `python tests/with_postgres.py pytest …`.

Starts a private cluster (initdb in a temporary directory, Unix socket only, no TCP), exports
DATABASE_URL for the command, and removes the cluster afterwards. As root, the server runs as
the `postgres` system user, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from urllib.parse import quote


def _pg_bin(name: str) -> str:
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    found = candidates[0] if candidates else shutil.which(name)
    if not found:
        sys.exit(f"with_postgres: '{name}' not found; install the postgresql package (see .ci/run)")
    return found


def main(command: list[str]) -> int:
    as_root = os.geteuid() == 0
    root = tempfile.mkdtemp(prefix="tietovirta-pg-")
    data, sock = os.path.join(root, "data"), os.path.join(root, "sock")
    os.makedirs(sock)
    prefix: list[str] = []
    if as_root:
        user = pwd.getpwnam("postgres")
        for path in (root, sock):
            os.chown(path, user.pw_uid, user.pw_gid)
        prefix = ["runuser", "-u", "postgres", "--"]
    run = lambda *args: subprocess.run([*prefix, *args], check=True, stdout=subprocess.DEVNULL)  # noqa: E731
    try:
        run(
            _pg_bin("initdb"),
            "-D",
            data,
            "-U",
            "tietovirta",
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        options = (
            f"-k {sock} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        run(
            _pg_bin("pg_ctl"),
            "-D",
            data,
            "-o",
            options,
            "-w",
            "-l",
            os.path.join(root, "server.log"),
            "start",
        )
        run(_pg_bin("createdb"), "-h", sock, "-U", "tietovirta", "tietovirta")
        env = {
            **os.environ,
            "DATABASE_URL": f"postgres://tietovirta@{quote(sock, safe='')}/tietovirta",
            "CONN_MAX_AGE": "0",
        }
        print(f"with_postgres: PostgreSQL running in {root}", flush=True)
        return subprocess.call(command, env=env)
    finally:
        subprocess.run(
            [*prefix, _pg_bin("pg_ctl"), "-D", data, "-m", "fast", "stop"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python tests/with_postgres.py COMMAND [ARGS…]")
    sys.exit(main(sys.argv[1:]))
