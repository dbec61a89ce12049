"""A socket server for tests that must see the exact bytes a client sends (tests/core/test_aiohttp_transport.py,
tests/clients/test_cookies.py): it answers every request on a connection with canned bytes."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

#: A DWS list_clusters reply with no cluster.
LIST_BODY = b'{"clusters": [], "count": 0}'


class RawServer:
    """A socket server answering each connection's requests with ``reply`` (bytes, or None: say nothing) and
    keeping every request's bytes, as read to the end of its body."""

    def __init__(self, reply: bytes | None = None, close_after_head: bool = False) -> None:
        self.reply = reply
        self.close_after_head = close_after_head
        self.requests: list[bytes] = []
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while True:
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                head, rest = data.split(b"\r\n\r\n", 1)
                length = next(
                    (
                        int(line.split(b":", 1)[1])
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"content-length:")
                    ),
                    0,
                )
                while len(rest) < length:
                    rest += conn.recv(65536)
                self.requests.append(head + b"\r\n\r\n" + rest[:length])
                data = rest[length:]
                if self.close_after_head:
                    conn.sendall(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"clusters"')
                    return
                if self.reply is None:
                    threading.Event().wait(5)
                    return
                conn.sendall(self.reply)

    def close(self) -> None:
        self.sock.close()


def canned_reply(body: bytes, *headers: str) -> bytes:
    head = ["HTTP/1.1 200 OK", "Content-Type: application/json", f"Content-Length: {len(body)}", *headers]
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def request_parts(raw: bytes) -> tuple[bytes, dict[bytes, bytes], bytes]:
    """A request's line, its headers by lowercased name, and its body."""
    head, body = raw.split(b"\r\n\r\n", 1)
    line, *fields = head.split(b"\r\n")
    pairs = [f.split(b":", 1) for f in fields]
    return line, {k.strip().lower(): v.strip() for k, v in pairs}, body


@contextlib.contextmanager
def serving_list(*headers: str) -> Iterator[RawServer]:
    """A server answering every request with an empty cluster list and these extra header lines."""
    server = RawServer(canned_reply(LIST_BODY, *headers))
    try:
        yield server
    finally:
        server.close()
