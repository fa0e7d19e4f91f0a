"""`newsevents serve`: a real server process on a loopback port."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx
from click.testing import CliRunner

from newsevents.cli import cli

from .conftest import free_port


def test_cli_serve_is_registered_with_help():
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    assert "--db" in result.output and "--port" in result.output


def test_cli_serve_prints_the_url_and_serves(corpus_db):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "NEWSEVENTS_API_TOKEN"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from newsevents.cli import main; main()",
            "serve",
            "--db",
            corpus_db,
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = proc.stdout.readline()  # printed before the server starts listening
        assert f"http://127.0.0.1:{port}/" in line and "read-only" in line
        deadline = time.monotonic() + 30
        while True:
            try:
                resp = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "server did not start"
                time.sleep(0.2)
        assert resp.status_code == 200 and resp.json()["articles"] == 6
        denied = httpx.post(f"http://127.0.0.1:{port}/api/articles", json={"text": "x"}, timeout=5)
        assert denied.status_code == 403
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close()


def test_cli_serve_reports_a_store_it_cannot_open(tmp_path):
    # a store that cannot be opened is an error message, not a traceback; any free port, so
    # a server already on the default port (make run's) does not answer for the store
    bad = tmp_path / "file"
    bad.write_text("not a database")
    result = CliRunner().invoke(cli, ["serve", "--db", str(bad), "--port", "0"])
    assert result.exit_code == 2
    assert "error:" in result.output
