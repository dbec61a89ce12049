"""An ASGI wrapper that remembers every secret sent to the simulator and finds any reply carrying one.

A secret is a string sent where the operation's spec marks ``format: password`` or ``x-sensitive``
(body members and parameters). Every reply of the service, of every operation and status, is searched
for every secret sent to it so far in the run, not only the one of its own request: a value stored by
one call and echoed by a later one is the leak this is for. A reply carries a secret when one of its
strings is the secret, or quotes it the way messages quote a value (``"s3cret"``, ``'s3cret'``): a
generated password such as ``header`` also appears, unquoted, in honest prose. A secret the service's
spec itself holds as a JSON string (``"object"``, an enum value) is not searched for: a schema message
quotes it whether or not it was ever sent; nor is one the service was ever sent in the clear, by this
request or an earlier one (in its path, query or body at a place not marked secret): a reply may quote
or store that value honestly, so its echo cannot be told from a leak. Generators reuse values (Hypothesis
draws strings from a pool of the code's constants), so one string is often a password in one request and
a name in another; without this rule the name's echo by a later show was reported as a leak.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

import orjson
from starlette.types import Message, Receive, Scope, Send

from dbcloud_simulator import Simulator
from dbcloud_simulator.sensitive import is_secret, secret_values

#: Shorter or plainer values (generated ones such as "000000") are too common to tell apart from an
#: honest value in a reply: a secret is searched for when it has this many characters, this many distinct.
MIN_LENGTH = 6
MIN_DISTINCT = 4


@dataclass
class Leak:
    service: str
    operation: str
    status: int
    secret: str

    def __repr__(self) -> str:  # the report names the secret by its length, not its value
        return f"Leak({self.service} {self.operation}, status {self.status}, a {len(self.secret)}-character secret)"


@dataclass
class SecretWatch:
    app: Simulator
    sent: dict[str, set[str]] = field(default_factory=dict)  # service key -> secrets sent to it
    leaks: list[Leak] = field(default_factory=list)
    replies: Counter[str] = field(default_factory=Counter)  # service key -> replies searched
    reported: int = 0  # leaks already reported by :meth:`new_leaks`
    # service key -> strings sent to it in the clear so far (only those long enough to be a secret)
    clear: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _spec_text: dict[str, str] = field(default_factory=dict, repr=False)

    def new_leaks(self) -> list[Leak]:
        """The leaks found since the last call (each case reports its own, not every earlier one)."""
        fresh, self.reported = self.leaks[self.reported :], len(self.leaks)
        return fresh

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body: list[bytes] = []
        reply: list[bytes] = []
        status = 0

        async def recording_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request":
                body.append(message.get("body", b""))
            return message

        async def recording_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                reply.append(message.get("body", b""))
            await send(message)

        await self.app(scope, recording_receive, recording_send)
        where = self._record(scope, b"".join(body))
        self._check(where, status, b"".join(reply))

    def _vocabulary(self, service: str) -> str:
        """The service's spec as JSON text, where a quoted word is one the simulator may answer by itself."""
        if service not in self._spec_text:
            self._spec_text[service] = json.dumps(self.app.services[service].catalog.spec.doc)
        return self._spec_text[service]

    def secrets(self) -> set[str]:
        return {secret for sent in self.sent.values() for secret in sent}

    def _record(self, scope: Scope, body: bytes) -> tuple[str, str]:
        """(service key, operationId) of the request, after remembering the secrets it carried."""
        prefix, _, rest = scope["path"].lstrip("/").partition("/")
        sim = self.app.services.get(prefix)
        if sim is None:
            return prefix, scope["path"]
        op, values, _ = sim.catalog.route(scope["method"], "/" + rest)
        if op is None:
            return prefix, scope["path"]
        spec = sim.catalog.spec
        found: list[str] = []
        schema, _ = op.body
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        # every string the request carries where anyone can read it: path, query and body, keys included
        carried = Counter(unquote(v) for v in values.values()) + Counter(query.values())
        if schema is not None and body.strip():
            try:
                parsed = orjson.loads(body)
            except orjson.JSONDecodeError:
                parsed = None
            found += secret_values(spec, schema, parsed)
            carried.update(_strings(parsed))
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        for param in op.params:
            if not is_secret(spec.deref(param.schema)):
                continue
            where = {"path": {k: unquote(v) for k, v in values.items()}, "query": query, "header": headers}
            value = where.get(param.location, {}).get(param.name if param.location != "header" else param.name.lower())
            if value is not None:
                found.append(value)
        # those not at a place marked secret are in the clear (counted: a string sent as both a password and a
        # name in one request is carried once more than it is a secret)
        self.clear.setdefault(prefix, set()).update(filter(_searchable, carried - Counter(found)))
        vocabulary = self._vocabulary(prefix)
        self.sent.setdefault(prefix, set()).update(
            s for s in found if _searchable(s) and json.dumps(s) not in vocabulary
        )
        return prefix, op.op_id

    def _check(self, where: tuple[str, str], status: int, reply: bytes) -> None:
        service, operation = where
        self.replies[service] += 1
        sent = self.sent.get(service)
        if not sent or not reply:
            return
        try:
            strings = list(_strings(orjson.loads(reply)))
        except orjson.JSONDecodeError:
            strings = [reply.decode("utf-8", "replace")]
        suspects = sent - self.clear.get(service, set())
        self.leaks += [
            Leak(service, operation, status, s) for s in suspects if any(_carries(text, s) for text in strings)
        ]


def _searchable(value: str) -> bool:
    return len(value) >= MIN_LENGTH and len(set(value)) >= MIN_DISTINCT


def _carries(text: str, secret: str) -> bool:
    return text == secret or any(quoted in text for quoted in (json.dumps(secret), repr(secret), f"'{secret}'"))


def _strings(value: Any) -> Any:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
