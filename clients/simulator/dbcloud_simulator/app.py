"""The simulator's ASGI app: one port, each service under its own path prefix (``/dws``, ``/ddm``, ``/epas``)
and at the root of the port (routing.py).

A request is routed by the spec, credentials checked, faults applied, parameters and body
validated, then the operation acts on the store (kinds.py says how) and the answer is rendered
over the reference's example and checked against the response schema.
"""

from __future__ import annotations

import asyncio
import logging
import os
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send

from . import faults as fault_spec
from . import sensitive
from .accounts import Accounts, Identity, default_accounts
from .auth import Credentials
from .catalog import Catalog, Operation
from .clock import SimClock
from .kinds import BEHAVIOUR, Kind, ServiceBehaviour
from .limits import MAX_FAULT_COUNT, MAX_TRACKED, LimitError, finite, load_json
from .render import Renderer
from .routing import pick_service
from .spec import Service, all_services
from .state import Record, Store
from .validation import ParsedRequest, parse

log = logging.getLogger("dbcloud.simulator")

OUTCOME_HEADER = "x-dbcloud-sim-outcome"
# When the natural status is not documented for an operation, answer the first documented one.
# Credentials refused by the API gateway: wrong or unknown (401), or not valid for the project (403).
_GATEWAY_CODES = {"unauthorized": "APIGW.0301", "forbidden": "APIGW.0302"}
_FALLBACK = {404: (404, 400, 403), 401: (401, 403, 400), 403: (403, 401, 400), 400: (400,)}


class _ServiceJSON(JSONResponse):
    """A service answer encoded by orjson, ~10x faster than json.dumps on a list of records.

    The JSON is Starlette's (compact, UTF-8) but for a float's exponent spelling (``1e-7``) and NaN
    (``null``, where json.dumps fails); what orjson refuses or would encode its own way (non-str keys,
    integers past 64 bits, dates, subclasses) goes through ``json.dumps`` as before.
    """

    _OPTIONS = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_SUBCLASS

    def render(self, content: Any) -> bytes:
        try:
            return orjson.dumps(content, option=self._OPTIONS)
        except orjson.JSONEncodeError:
            return super().render(content)


class SimulatorError(Exception):
    """A situation answered with the vendor's error shape."""

    def __init__(self, situation: str, status: int, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.situation = situation
        self.status = status
        self.message = message
        self.retry_after = retry_after


def _iso(moment: float) -> str:
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _dig(value: Any, dotted: str) -> Any:
    for part in [p for p in dotted.split(".") if p]:
        value = value.get(part) if isinstance(value, dict) else None
    return value


class ServiceSim:
    """One service: its catalog, behaviour table and error table."""

    def __init__(self, service: Service) -> None:
        self.key = service.key
        self.catalog = Catalog(service)
        self.renderer = Renderer(self.catalog.spec)
        self.behaviour: ServiceBehaviour = BEHAVIOUR.get(service.key, ServiceBehaviour((), {}, {}))
        self.codes = {row["code"]: row for row in service.errors}
        self.kinds = {k.name: k for k in self.behaviour.kinds}
        self.by_param = {p: k for k in self.behaviour.kinds for p in k.id_params}
        self._secrets: dict[int, tuple[Any, frozenset[str]]] = {}
        self.scp = any(
            name.startswith("scp") for name in self.catalog.spec.doc["components"].get("securitySchemes", {})
        )

    def secret_names(self, schema: Any) -> frozenset[str]:
        """Members marked secret in a request body schema (cached per schema node)."""
        found = self._secrets.get(id(schema))
        if found is None:
            found = (schema, sensitive.secret_names(self.catalog.spec, schema))
            self._secrets[id(schema)] = found  # the node is kept, so its id is never reused
        return found[1]

    def role(self, op_id: str) -> tuple[str, Kind | None]:
        for kind in self.behaviour.kinds:
            for role in ("create", "show", "delete"):
                if op_id in getattr(kind, role):
                    return role, kind
            if op_id in kind.lists:
                return "list", kind
        return "other", None


class Simulator:
    """ASGI app serving every service that has a spec."""

    def __init__(
        self,
        services: list[Service] | None = None,
        *,
        clock: SimClock | None = None,
        credentials: Credentials | None = None,
        strict: bool = False,
        accounts: Accounts | None = None,
    ) -> None:
        self.services = {s.key: ServiceSim(s) for s in services or all_services()}
        self.clock = clock or SimClock()
        # ``credentials`` (older signature) are the first account's; accounts.py has the rest.
        self.accounts = accounts or default_accounts(credentials)
        self.credentials = self.accounts.first.credentials
        self.store = Store()
        self.faults = fault_spec.FaultQueue()
        self.strict = strict  # tests: a response that breaks its schema is a 500, not a quiet fallback

    # -- ASGI -----------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        path = scope["path"]  # as decoded by the server; request.url.path would drop \r, \n and \t
        response: Response | None
        if path.startswith("/_sim/"):
            response = await self._admin(request, path[len("/_sim/") :])
        elif path == "/iam/v3/auth/tokens":
            response = await self._iam(request)
        else:
            response = await self._service_call(request, scope, receive, send)
            if response is None:  # a dropped connection already went out
                return
        await response(scope, receive, send)

    # -- admin and IAM --------------------------------------------------------------------------

    async def _admin(self, request: Request, action: str) -> Response:
        try:
            body = await _admin_body(request)
            return self._admin_action(request.method, action, body)
        except ValueError as exc:  # LimitError, or a fault spec that does not parse
            return JSONResponse({"message": str(exc)}, 400)

    def _admin_action(self, method: str, action: str, body: dict[str, Any]) -> Response:
        if action == "health":
            return JSONResponse({"services": sorted(self.services), "now": self.clock.now()})
        if method != "POST":
            return JSONResponse({"message": "admin actions are POST"}, 405)
        if action == "clock/advance":
            return JSONResponse({"now": self.clock.advance(body.get("seconds", 0))})
        if action == "reset":
            self.store.reset()
            self.faults.clear()
            self.clock.reset()
            self.accounts.forget_tokens()
            return JSONResponse({"reset": True})
        if action == "faults":
            if not isinstance(body.get("fault"), str):
                raise LimitError('"fault" must be a string such as "503", "429;retry-after=1" or "delay=0.5"')
            fault = fault_spec.parse(body["fault"])
            count = int(finite(body.get("count", 1), "count", 1, MAX_FAULT_COUNT))
            where = {name: body.get(name) for name in ("service", "operation")}
            if any(value is not None and not isinstance(value, str) for value in where.values()):
                raise LimitError('"service" and "operation" must be strings when given')
            self.faults.add(fault, count, where["service"], where["operation"])
            return JSONResponse({"queued": count})
        if action.startswith("resources/"):
            return self._patch_resource(action.split("/")[1:], body)
        return JSONResponse({"message": f"unknown admin action {action!r}"}, 404)

    def _patch_resource(self, parts: list[str], fields: dict[str, Any]) -> Response:
        """``POST /_sim/resources/<service>/<kind>/<id>`` sets fields (e.g. a failed status) now."""
        if len(parts) != 3 or parts[0] not in self.services:
            return JSONResponse({"message": "use /_sim/resources/<service>/<kind>/<id>"}, 404)
        service, kind, key = parts
        record = self.store.find(service, kind, key)
        if record is not None:
            record.view(self.clock.now())
            record.schedule.clear()
            record.fields.update(fields)
            return JSONResponse({"id": key, "fields": record.view(self.clock.now())})
        return JSONResponse({"message": f"no {kind} {key!r} in {service}"}, 404)

    async def _iam(self, request: Request) -> Response:
        try:
            auth = load_json(await request.body())["auth"]
            user = auth["identity"]["password"]["user"]
            if not isinstance(user, dict):
                raise TypeError("user must be an object")
            scope = (auth.get("scope") or {}).get("project") or {}
            token = self.accounts.login(str(user.get("name")), str(user.get("password")), scope.get("id"))
        except (ValueError, KeyError, TypeError, AttributeError):
            return JSONResponse({"error_code": "APIGW.0101", "error_msg": "malformed token request"}, 400)
        if token is None:
            return JSONResponse({"error_code": "APIGW.0301", "error_msg": "wrong user name or password"}, 401)
        expires = _iso(self.clock.now() + 24 * 3600).replace("Z", ".000000Z")
        return JSONResponse(
            {"token": {"expires_at": expires, "methods": ["password"]}}, 201, headers={"X-Subject-Token": token}
        )

    # -- service calls --------------------------------------------------------------------------

    async def _service_call(self, request: Request, scope: Scope, receive: Receive, send: Send) -> Response | None:
        sim, path = pick_service(self.services, request.method, scope["path"], request.headers)
        if sim is None:
            known = ", ".join(f"/{key}" for key in sorted(self.services))
            return JSONResponse({"message": f"no service serves {scope['path']}; prefixes: {known}"}, 404)
        if path == "/openapi.json" and request.method == "GET":
            return JSONResponse({**sim.catalog.spec.doc, "servers": [{"url": f"/{sim.key}"}]})
        op, values, allowed = sim.catalog.route(request.method, path)
        request_id = os.urandom(16).hex()  # 32 hex digits like the services', a fifth of a uuid4's cost
        if op is None:
            if allowed:
                return Response(status_code=405, headers={"Allow": ", ".join(allowed), "X-Request-Id": request_id})
            return self._error(
                sim, None, SimulatorError("not_found", 404, f"no operation at {request.method} {path}"), request_id
            )
        body = await request.body()
        # Credentials and tenancy before faults: an unauthenticated or foreign caller must not park a request (delay) or
        # consume a fault queued for someone else's call.
        identity = self._authorise(sim, op, request, body)
        if isinstance(identity, str):
            return self._error(sim, op, SimulatorError("unauthorized", 401, identity), request_id)
        try:
            # the gateway refuses another tenant's project before the service validates anything
            tenant = self._tenant(sim, identity, values, request.headers.get("x-project-id"))
        except SimulatorError as exc:
            return self._error(sim, op, exc, request_id)
        fault = self.faults.take(sim.key, op.op_id)
        header_fault = request.headers.get(fault_spec.HEADER)
        if header_fault:
            try:
                fault = fault_spec.parse(header_fault)
            except ValueError as exc:
                return self._error(sim, op, SimulatorError("invalid", 400, str(exc)), request_id)
        if fault is not None:
            if fault.delay_s:
                await asyncio.sleep(fault.delay_s)
            if fault.drop:
                await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
                raise ConnectionAbortedError("fault injection: connection dropped")
            if fault.status:
                situation = "throttled" if fault.status == 429 else "server"
                error = SimulatorError(situation, fault.status, "fault injected by the simulator", fault.retry_after)
                return self._error(sim, op, error, request_id)
        try:
            parsed = parse(
                op,
                values,
                list(request.query_params.multi_items()) if scope.get("query_string") else [],
                request.headers,
                body,
                request.headers.get("content-type", ""),
            )
            if parsed.problems:
                raise SimulatorError("invalid", 400, "; ".join(parsed.problems[:5]))
            status, payload = self._act(sim, op, parsed, request.headers, tenant)
        except SimulatorError as exc:
            return self._error(sim, op, exc, request_id)
        headers = {"X-Request-Id": request_id}
        if payload is None:
            return Response(status_code=status, headers=headers)
        return _ServiceJSON(payload, status, headers=headers)

    def _authorise(self, sim: ServiceSim, op: Operation, request: Request, body: bytes) -> Identity | str | None:
        """Who sent the request (None: the operation needs no credentials), or why it is refused."""
        if not op.security:
            return None
        raw_path = request.scope.get("raw_path", b"").decode("latin-1") or request.scope["path"]
        query = request.scope.get("query_string", b"").decode("latin-1")
        if sim.scp:
            host = request.headers.get("host", "")
            url = f"{request.url.scheme}://{host}{raw_path}" + (f"?{query}" if query else "")
            return self.accounts.scp(request.method, url, request.headers)
        return self.accounts.huawei(request.method, raw_path, query, request.headers, body)

    def _tenant(self, sim: ServiceSim, identity: Identity | None, path: dict[str, str], header: str | None) -> str:
        """The store's partition for the request: the path's project (which the identity must own), or,
        for a service without projects in its paths (EPAS), the identity's account."""
        param = sim.behaviour.project_param
        project = unquote(path[param]) if param and param in path else None  # as validation reads it
        if identity is None:
            return project or "default"
        reason = self.accounts.refusal(identity, project, header)
        if reason is not None:
            raise SimulatorError("forbidden", 403, reason)
        return project or identity.account.name

    def _error(self, sim: ServiceSim, op: Operation | None, error: SimulatorError, request_id: str) -> Response:
        code = sim.behaviour.errors.get(error.situation)
        if error.situation in _GATEWAY_CODES and not sim.scp:
            code = _GATEWAY_CODES[error.situation]  # the API gateway's, in front of every Huawei service
        status = error.status
        if code in sim.codes and error.situation not in (*_GATEWAY_CODES, "throttled", "server", "not_found"):
            status = int(sim.codes[code]["status"])
        injected = error.situation in ("throttled", "server")  # a fault asked for by name keeps its status
        if op is not None and not injected and "default" not in op.raw.get("responses", {}):
            documented = [s for s in _FALLBACK.get(status, (status,)) if s in op.statuses]
            status = documented[0] if documented else status
        code_key, message_key = sim.behaviour.error_keys
        payload: Any = {code_key: code or error.situation.upper(), message_key: error.message}
        schema = op.response_schema(status) if op is not None else None
        if schema is not None:  # the operation documents its error body: answer in that shape
            fields = {**payload, "errCode": payload[code_key], "externalMessage": error.message}
            payload = sim.renderer.project(fields, schema, None)
        headers = {"X-Request-Id": request_id}
        if error.retry_after is not None:
            headers["Retry-After"] = f"{error.retry_after:g}"
        return _ServiceJSON(payload, status, headers=headers)

    # -- behaviour ------------------------------------------------------------------------------

    def _act(
        self, sim: ServiceSim, op: Operation, req: ParsedRequest, headers: Any, project: str = "default"
    ) -> tuple[int, Any]:
        now = self.clock.now()
        context: dict[str, Any] = {}
        parent_id = str(req.path.get("instance_id", "")) or None
        # Every id in the path must name a stored resource (children within their parent).
        for name, value in req.path.items():
            kind = sim.by_param.get(name)
            if kind is None:
                continue
            record = self.store.get(sim.key, project, kind.name, str(value), parent_id if kind.parent else None)
            if record is None:
                raise SimulatorError("not_found", 404, f"{kind.name} {value!r} does not exist")
            context.update(record.view(now))
        role, kind = sim.role(op.op_id)
        failing = headers.get(OUTCOME_HEADER, "") == "failure"
        status, schema, example = op.success
        until = now + 1.0
        if role == "create" and kind is not None:
            created = self._create(sim, kind, project, parent_id, req.body, now, failing, op.body[0])
            until = max(until, now + (kind.lifecycle.seconds if kind.lifecycle else 0))
            first = created[0] if created else {}  # an empty list in the request creates nothing
            context = {**first, kind.wrap or kind.name: first}
            if first:
                context["resource"] = {"id": first[kind.key]}
            if kind.seed:
                context[kind.seed] = created if isinstance(_dig(req.body, kind.seed), list) else first
        elif role == "delete" and kind is not None:
            key = next(str(v) for p, v in req.path.items() if p in kind.id_params)
            self.store.delete(sim.key, project, kind.name, key, parent_id if kind.parent else None)
            context["resource"] = {"id": key}
        elif op.op_id in sim.behaviour.actions:
            action = sim.behaviour.actions[op.op_id]
            target = self._target(sim, action.kind, project, req, parent_id)
            # copied fields (a new name) take effect at once: the reply and every later read show them
            target.fields.update({name: _dig(req.body, dotted) for name, dotted in action.copy.items()})
            target.fields.update(action.during)
            target.schedule.append((now + action.seconds, dict(action.after)))
            until = now + action.seconds
            context.update(target.view(now))
            context["resource"] = {"id": target.id}
        tracker = sim.behaviour.tracker
        props = self._props(sim, schema) if schema is not None else {}
        # Work is tracked when a call starts it; a read (EPAS show_request) reports, never starts.
        if tracker and op.method != "GET" and any(name in props for name in (tracker.key, *tracker.aliases)):
            tracked = self._track(sim, op, project, context, now, until, failing)
            context.update({name: tracked for name in (tracker.key, *tracker.aliases)})
        for name, dotted in sim.behaviour.aliases.items():
            if name in props and name not in context and _dig(context, dotted) is not None:
                context[name] = _dig(context, dotted)
        if schema is None:
            return status, None
        if not props and not sim.renderer.declares_fields(schema):
            # A reply documented without fields answers the reference's example (usually {}), never
            # the stored records the call touched.
            body = sim.renderer.fill(schema, example)
        elif role == "show" and kind is not None:
            body = self._show(sim, schema, example, kind, context)
        elif role == "list" and kind is not None:
            body = self._list(sim, op, schema, example, kind, project, parent_id, req, now)
        else:
            # A create answers the new resource as stored: example values only where the schema requires one.
            sparse = role == "create"
            body = sim.renderer.project(context, schema, sim.renderer.fill(schema, example), sparse=sparse)
        return status, self._checked(sim, op, schema, body, example)

    def _props(self, sim: ServiceSim, schema: Any) -> dict[str, Any]:
        node = sim.catalog.spec.deref(schema) or {}
        return node.get("properties") or {}

    def _target(self, sim: ServiceSim, kind_name: str, project: str, req: ParsedRequest, parent: str | None) -> Record:
        kind = sim.kinds[kind_name]
        key = next(str(v) for p, v in req.path.items() if p in kind.id_params)
        record = self.store.get(sim.key, project, kind.name, key)
        assert record is not None  # the path check above found it
        return record

    def _new_key(self, kind: Kind) -> str:
        return self.store.new_id().replace("-", "") + kind.id_suffix if kind.id_suffix else self.store.new_id()

    def _create(
        self,
        sim: ServiceSim,
        kind: Kind,
        project: str,
        parent: str | None,
        body: Any,
        now: float,
        failing: bool,
        op_body: Any = None,
    ) -> list[dict[str, Any]]:
        seeds = _dig(body, kind.seed) if kind.seed else body
        if seeds is None:
            seeds = body
        items = seeds if isinstance(seeds, list) else [seeds]
        created = []
        secrets = sim.secret_names(op_body)
        for seed in items:
            fields = sensitive.strip(seed, secrets) if isinstance(seed, dict) else {}
            fields.update(kind.defaults)
            key = str(fields.get(kind.key) or self._new_key(kind)) if kind.key != "id" else self._new_key(kind)
            fields[kind.key] = key
            fields.setdefault("created", _iso(now))
            fields["updated"] = _iso(now)
            if parent:
                fields.setdefault("instance_id", parent)
            record = Record(key, kind.name, parent if kind.parent else None, fields, now)
            if kind.lifecycle:
                life = kind.lifecycle
                fields[life.field] = life.transient
                outcome = {life.field: life.failed, **life.failure} if failing else {life.field: life.final}
                record.schedule.append((now + life.seconds, outcome))
            self.store.put(sim.key, project, record)
            created.append(record.view(now))
        return created

    def _track(
        self,
        sim: ServiceSim,
        op: Operation,
        project: str,
        context: dict[str, Any],
        now: float,
        until: float,
        failing: bool,
    ) -> str:
        tracker = sim.behaviour.tracker
        assert tracker is not None
        key = self.store.new_id().replace("-", "")
        resource = context.get("resource", {}).get("id") or context.get("id")
        fields = {
            tracker.key: key,
            "id": key,
            "name": op.op_id,
            tracker.field: tracker.running,
            "created_time": _iso(now),
            "instance": {"id": resource, "name": context.get("name")},
            "resource": {"id": resource},
        }
        record = Record(key, tracker.kind, None, fields, now)
        ended = {tracker.field: tracker.failed if failing else tracker.done, "end_time": _iso(until)}
        if failing:
            ended.update(tracker.failure)
        record.schedule.append((until, ended))
        self.store.put(sim.key, project, record, keep=MAX_TRACKED)  # the oldest jobs go, as on the cloud
        return key

    def _show(self, sim: ServiceSim, schema: Any, example: Any, kind: Kind, context: dict[str, Any]) -> Any:
        value = {kind.wrap: context} if kind.wrap and kind.wrap in self._props(sim, schema) else context
        return sim.renderer.project(value, schema, sim.renderer.fill(schema, example), sparse=True)

    def _list(
        self,
        sim: ServiceSim,
        op: Operation,
        schema: Any,
        example: Any,
        kind: Kind,
        project: str,
        parent: str | None,
        req: ParsedRequest,
        now: float,
    ) -> Any:
        scope = parent if kind.parent else None
        total = self.store.count(sim.key, project, kind.name, scope)
        paging = op.pagination or {}
        context: dict[str, Any] = {}
        start, size = 0, None
        if paging.get("style") == "offset":
            start = _number(req.query.get(paging.get("offset_param", "offset")), 0)
            limit = _number(req.query.get(paging.get("limit_param", "limit")), 0)
            size = limit or None
            limit = limit or total or 1
            # DDM v1 answers an offset page with page counters too: derived from the data, not the example
            page_no = start // limit + 1 if start >= 0 and limit > 0 else 1
            context.update(offset=start, limit=limit, page_no=page_no, page_size=limit)
            context["total_page"] = -(-total // limit) if limit > 0 else 1
        elif paging.get("style") == "page":
            first = int(paging.get("first_page", 1))
            page = _number(req.query.get(paging.get("page_param", "page")), first)
            size = _number(req.query.get(paging.get("size_param", "size")), 0) or None
            per_page = size or total or 1
            start = (page - first) * per_page
            context.update(page=page, size=per_page, page_no=page, page_size=per_page)
            context["total_page"] = -(-total // per_page) if per_page > 0 else 1
        # Only the page is viewed and rendered: its cost does not grow with the records stored.
        items = [r.view(now) for r in self.store.page(sim.key, project, kind.name, scope, start, size)]
        key = kind.lists[op.op_id]
        for name in ("count", "total", "total_record", "total_count", "instance_num"):
            context[name] = total
        context[key] = items
        template = sim.renderer.fill(schema, example)
        if isinstance(template, dict):
            template = {**template, **{k: v for k, v in context.items() if k != key and k in template}}
        return sim.renderer.project(context, schema, template, sparse=True)

    def _checked(self, sim: ServiceSim, op: Operation, schema: Any, body: Any, example: Any) -> Any:
        problems = sim.catalog.errors(schema, body)
        if not problems:
            return body
        log.warning("%s %s: rendered response breaks its schema: %s", sim.key, op.op_id, problems[:3])
        if self.strict:
            raise SimulatorError("server", 500, f"simulator bug: {op.op_id} response breaks its schema: {problems[:3]}")
        return sim.renderer.fill(schema, example)


def build_app(
    strict: bool = False,
    clock: SimClock | None = None,
    credentials: Credentials | None = None,
    accounts: Accounts | None = None,
) -> Simulator:
    """The simulator for every service with a spec."""
    return Simulator(clock=clock, credentials=credentials, strict=strict, accounts=accounts)


async def _admin_body(request: Request) -> dict[str, Any]:
    """An admin request's JSON object (empty body: ``{}``); LimitError when it is anything else."""
    raw = await request.body()
    body = load_json(raw) if raw.strip() else {}
    if not isinstance(body, dict):
        raise LimitError("an admin body must be a JSON object")
    return body


def _number(value: Any, default: int) -> int:
    """A paging parameter: absent or null (EPAS types them integer-or-null) means the default, and so
    does a value that is no whole number (a spec that types it as a string lets any text through)."""
    if value is None or value == "" or isinstance(value, bool):
        return default
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return default
