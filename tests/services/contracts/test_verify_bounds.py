"""verify-pack on what is not a pack file: a device never ends, a huge fake PDF must not be read into
memory and parsed for minutes. Run as the real command in a child process whose memory is capped,
so code that reads without a bound fails here (MemoryError) instead of taking the machine down."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.services.contracts.integrity import MAX_VERIFY_BYTES

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="devices, sparse files and memory caps as on Linux")
MEMORY_CAP = 400 * 1024 * 1024  # address space of the child: the app runs in ~250 MB, a 450 MB file read whole does not fit


def _capped():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _verify(db_url: str, path: Path | str, lang: str = "zh_CN", timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", "--db", db_url, "--lang", lang, "verify-pack", str(path)],
                          capture_output=True, text=True, timeout=timeout, preexec_fn=_capped)


def _sparse_pdf(path: Path, size: int) -> Path:
    with open(path, "wb") as handle:
        handle.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        handle.truncate(size)  # the rest reads as zeros and takes no disk space
    return path


def test_a_device_is_refused_not_read_forever(ctx, db_url):
    done = _verify(db_url, "/dev/zero")
    assert done.returncode == 2, f"unusable input: exit 2 ({done.returncode}) {done.stderr[-300:]}"
    assert "不是普通文件" in done.stderr and "/dev/zero" in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_a_fifo_is_refused_without_waiting_for_a_writer(ctx, db_url, tmp_path):
    fifo = tmp_path / "pack.pdf"
    os.mkfifo(fifo)
    try:
        done = _verify(db_url, fifo, "en", timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("verify-pack waited for someone to write into the pipe")
    assert done.returncode == 2 and "not a regular file" in done.stderr, f"refused at once: {done.returncode} {done.stderr}"


def test_a_file_larger_than_any_pack_is_refused_with_the_limit(ctx, db_url, tmp_path):
    big = _sparse_pdf(tmp_path / "huge.pdf", MAX_VERIFY_BYTES + 1)
    done = _verify(db_url, big, "en")
    assert done.returncode == 2, f"unusable input: exit 2 ({done.returncode}) {done.stderr[-300:]}"
    assert "larger than any contract pack can be" in done.stderr and "GB" in done.stderr, \
        f"the message gives the size and the limit: {done.stderr}"


def test_a_large_fake_pdf_is_checked_in_constant_memory(ctx, db_url, tmp_path):
    fake = _sparse_pdf(tmp_path / "fake.pdf", 450 * 1024 * 1024)  # the size that took 48 s and 1.47 GB
    done = _verify(db_url, fake)
    assert done.returncode == 1 and "Traceback" not in done.stderr, \
        f"an unknown file (exit 1), found without reading it into memory: {done.returncode} {done.stderr[-500:]}"
    assert done.stdout.strip(), "the finding is printed"
