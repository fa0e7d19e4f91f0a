"""A fork server for the documentation's examples: one process imports newsevents and builds the
default pipeline once, then forks a child for each `newsevents` command (or Python example), so
forty examples cost one model load instead of forty.

To the example a child is a fresh process: it gets its own arguments, working folder,
environment and standard streams (file descriptors passed over a Unix socket), and its exit
status goes back to the caller. The `newsevents` on the examples' PATH is a three-line client
(`shim`) run with `python -S`, so it starts in milliseconds.

    python tests/docs/zygote.py SOCKET     # prints "ready" once it accepts commands

Only the standard library is imported at the top: the client imports this module too.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

_HEADER = struct.Struct("!I")  # the length of the JSON request that follows the descriptors
_STATUS = struct.Struct("!i")


def call(path: str, request: dict[str, object], fds: Sequence[int] = (0, 1, 2)) -> int:
    """Run one request (`argv` for the CLI, or `code` for Python) in a child of the server at
    `path`, with `fds` as its stdin, stdout and stderr; returns its exit status."""
    body = json.dumps(request).encode()
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.connect(path)
        socket.send_fds(sock, [_HEADER.pack(len(body))], list(fds))
        sock.sendall(body)
        status = b""
        while len(status) < _STATUS.size:
            chunk = sock.recv(_STATUS.size - len(status))
            if not chunk:
                return 70  # the child died without a status (EX_SOFTWARE)
            status += chunk
    return int(_STATUS.unpack(status)[0])


def shim(python: str, path: str) -> str:
    """The text of a `newsevents` executable that runs its command in the server at `path`."""
    here = str(Path(__file__).resolve().parent)
    return (
        f"#!{python} -S\nimport os, sys\nsys.path.insert(0, {here!r})\nfrom zygote import call\n"
        f"sys.exit(call({path!r}, "
        '{"argv": sys.argv[1:], "cwd": os.getcwd(), "env": dict(os.environ)}))\n'
    )


def serve(path: str) -> None:
    from newsevents.api import get_pipeline
    from newsevents.cli import cli  # noqa: F401 - imported once, here, not in every child
    from newsevents.config import Settings

    get_pipeline(Settings.from_env())
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(16)
    print("ready", flush=True)
    while True:
        conn, _ = listener.accept()
        head, fds, _, _ = socket.recv_fds(conn, _HEADER.size, 3)
        (size,) = _HEADER.unpack(head)
        body = b""
        while len(body) < size:
            body += conn.recv(size - len(body))
        sys.stdout.flush()
        sys.stderr.flush()
        if os.fork() == 0:
            listener.close()
            _child(conn, json.loads(body), fds)
        conn.close()
        for fd in fds:
            os.close(fd)
        _reap()


def _child(conn: socket.socket, request: dict[str, object], fds: list[int]) -> None:
    status = 1
    try:
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
            os.close(fd)
        os.chdir(str(request["cwd"]))
        os.environ.clear()
        os.environ.update(request["env"])  # type: ignore[call-overload]
        if "code" in request:
            code = compile(str(request["code"]), str(request.get("name", "<example>")), "exec")
            exec(code, {"__name__": "__main__"})
        else:
            from newsevents.cli import cli

            cli.main(args=list(request["argv"]), prog_name="newsevents")  # type: ignore[call-overload]
        status = 0
    except SystemExit as exc:
        if isinstance(exc.code, int) or exc.code is None:
            status = exc.code or 0
        else:
            print(exc.code, file=sys.stderr)
    except BaseException:
        import traceback

        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError):  # a reader that went away
                stream.flush()
        try:
            conn.sendall(_STATUS.pack(status))
        finally:
            os._exit(status)


def _reap() -> None:
    """Collect the children that have ended (without blocking on those still running)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


if __name__ == "__main__":
    serve(sys.argv[1])
