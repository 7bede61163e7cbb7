"""A child process for reading an uploaded file that may be hostile (a PDF, a .docx or .hwpx document).

The child is spawned, so it shares nothing with the gateway; it has no network and runs under an address-space and
CPU limit, and the parent waits at most `seconds` for its answer before killing it. What the reader returns, or a
refusal it raises (one of the exception types the caller names, with a message safe to show), comes back to the
parent; anything else the reader raises is reduced to its type's name in the child, so neither a traceback nor a
message that may quote the file's content reaches a log. The memory a hostile file makes a parser use is the
child's, and goes with it.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import NoReturn, TypeVar

__all__ = ["forbid_network", "read_in_child"]

_Limits = TypeVar("_Limits")


def read_in_child(
    reader: Callable[[bytes, _Limits], str],
    data: bytes,
    limits: _Limits,
    *,
    seconds: float,
    memory_bytes: int,
    refused: type[Exception],
    what: str,
    name: str,
) -> str:
    """`reader(data, limits)` in a child process of its own. `reader` is a module-level function (the child imports
    it); an exception of type `refused` is raised here as the reader raised it. A child that does not answer within
    `seconds` (it is killed), or ends without an answer (out of memory or CPU time, a crash inside a parser), or
    whose reader failed in a way it did not foresee, is `refused` too, with a message naming only `what` was read
    (the PDF, the .docx file): never the file's content."""
    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    args = (send, reader, data, limits, seconds, memory_bytes, refused)
    child = ctx.Process(target=_child, args=args, name=name, daemon=True)
    child.start()
    send.close()
    died = refused(f"The {what} could not be read (the reader ran out of memory or time).")
    try:
        if not receive.poll(seconds):
            raise refused(f"Reading the {what} took longer than {seconds:g} s; it was stopped.")
        try:
            ok, value = receive.recv()
        except EOFError:
            raise died from None
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join(5)
    if ok:
        return str(value)
    if isinstance(value, refused):
        raise value
    raise died


def _refuse_network(*_args: object, **_kwargs: object) -> NoReturn:
    raise OSError("no network while reading an uploaded file")


def forbid_network() -> None:
    """In the reading child only: connections and name lookups fail. The readers have no network code (a test checks
    pypdf's source); this makes sure a future version, or a path we did not foresee, could not use any either."""
    import socket

    socket.socket.connect = _refuse_network  # type: ignore[method-assign]
    socket.socket.connect_ex = _refuse_network  # type: ignore[method-assign]
    socket.getaddrinfo = _refuse_network
    socket.create_connection = _refuse_network


def _child(
    send: Connection,
    reader: Callable[[bytes, _Limits], str],
    data: bytes,
    limits: _Limits,
    seconds: float,
    memory_bytes: int,
    refused: type[Exception],
) -> None:
    import resource

    forbid_network()
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    cpu = int(seconds) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu))
    try:
        send.send((True, reader(data, limits)))
    except refused as exc:
        send.send((False, exc))
    except Exception as exc:  # noqa: BLE001 - the child's outermost handler: only the type leaves it
        send.send((False, type(exc).__name__))
    finally:
        send.close()
