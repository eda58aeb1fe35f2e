"""A private PostgreSQL server for the sign-in tests: password (SCRAM) authentication and TLS with a
CA of its own — what a branch's server looks like, which the shared trust-auth test server is not.

Started once per test session in a temporary folder on a free port, stopped at the end. Needs
PostgreSQL's initdb and the openssl command; the tests using it skip when either is missing.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER_PASSWORD = "oui-super-secret"


@dataclass
class PrivateServer:
    port: int
    folder: Path
    ca_file: Path  # signs the server's certificate (CN localhost, SAN localhost and 127.0.0.1)
    other_ca_file: Path  # a CA that did not sign it

    def psql(self, sql: str) -> str:
        env = dict(os.environ, PGPASSWORD=SUPERUSER_PASSWORD)
        done = subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", "postgres",
                               "-v", "ON_ERROR_STOP=1", "-Atc", sql], env=env, capture_output=True, text=True, check=True)
        return done.stdout.strip()


def _bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def _certificates(folder: Path) -> None:
    for ca in ("ca", "other-ca"):
        _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN=DealerDesk test {ca}",
                 "-keyout", f"{ca}.key", "-out", f"{ca}.crt", cwd=folder)
    (folder / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "server.key", "-out", "server.csr",
             cwd=folder)
    _openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
             "-extfile", "san.ext", "-out", "server.crt", cwd=folder)


def start() -> PrivateServer | None:
    """Start the server; None when PostgreSQL or openssl is not installed here."""
    bin_dir = _bin()
    if bin_dir is None or shutil.which("openssl") is None or shutil.which("psql") is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="office_ui_pg_"))
    data = folder / "data"
    _certificates(folder)
    (folder / "pw").write_text(SUPERUSER_PASSWORD + "\n")
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_root:  # initdb refuses to run as root
        shutil.chown(folder, "postgres")
        for path in folder.iterdir():
            shutil.chown(path, "postgres")
    port = _free_port()

    def run(*cmd: str) -> None:
        line = " ".join(cmd)
        subprocess.run(["su", "postgres", "-c", line] if as_root else ["sh", "-c", line], check=True, capture_output=True)

    run(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "scram-sha-256", "--pwfile", str(folder / "pw"))
    os.chmod(folder / "server.key", 0o600)
    with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write(f"\nport = {port}\nlisten_addresses = '127.0.0.1,127.0.0.2'\nunix_socket_directories = '{folder}'\n"
                   f"ssl = on\nssl_cert_file = '{folder / 'server.crt'}'\nssl_key_file = '{folder / 'server.key'}'\n")
    run(str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "start")
    return PrivateServer(port, folder, folder / "ca.crt", folder / "other-ca.crt")


def stop(server: PrivateServer) -> None:
    bin_dir = _bin()
    line = f"{bin_dir / 'pg_ctl'} -D {server.folder / 'data'} -m immediate stop"
    as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    subprocess.run(["su", "postgres", "-c", line] if as_root else ["sh", "-c", line], capture_output=True)
    shutil.rmtree(server.folder, ignore_errors=True)


_shared: list = []


def shared() -> PrivateServer | None:
    """One server for the whole test run (service and window tests alike), stopped when Python exits."""
    if not _shared:
        import atexit

        server = start()
        _shared.append(server)
        if server is not None:
            atexit.register(stop, server)
    return _shared[0]
