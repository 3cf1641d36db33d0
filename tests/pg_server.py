"""A throwaway PostgreSQL server on loopback for the tests, from the distribution's binaries.

./test installs PostgreSQL and sets TULIEU_REQUIRE_POSTGRES=1, so a missing server fails the
run there; a bare `pytest` without it skips the PostgreSQL variants with the reason.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


@dataclass
class PgServer:
    port: int
    data: Path
    bin_dir: Path
    user: str | None  # the OS user the server runs as, when we are root

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        self.halt()
        shutil.rmtree(self.data.parent, ignore_errors=True)

    def halt(self) -> None:
        """Stop the server but keep its data, as when a server goes away for a while."""
        _run(self, ["pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop"])

    def resume(self) -> None:
        root = self.data.parent
        options = f"-p {self.port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off"
        _run(self, ["pg_ctl", "-D", str(self.data), "-o", options, "-l", str(root / "log"),
                    "-w", "start"])


def find_bin_dir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _version(path: str) -> int:
    try:
        return int(Path(path).parts[-3])
    except ValueError:
        return 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _run(server: PgServer, args: list[str]) -> None:
    command = [str(server.bin_dir / args[0]), *args[1:]]
    if server.user:
        # PostgreSQL refuses to run as root; CI runs the tests as root.
        command = ["runuser", "-u", server.user, "--", *command]
    subprocess.run(command, check=True, capture_output=True, timeout=120)


def start() -> PgServer:
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    root = Path(tempfile.mkdtemp(prefix="tulieu-pg-"))
    user = None
    if os.geteuid() == 0:
        user = "postgres"
        entry = pwd.getpwnam(user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    server = PgServer(_free_port(), root / "data", bin_dir, user)
    _run(server, ["initdb", "-D", str(server.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8"])
    server.resume()
    return server
