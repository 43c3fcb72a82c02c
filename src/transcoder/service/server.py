"""`transcoder serve [--host 127.0.0.1] [--port 8000]`: run the service under uvicorn."""

from __future__ import annotations

import argparse
import socket

from transcoder.cli import parse_engine_option
from transcoder.errors import InputError


def configure_parser(parser: argparse.ArgumentParser) -> None:
    from transcoder.service.workers import default_workers

    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0: any free port)")
    parser.add_argument(
        "--workers",
        type=int,
        default=default_workers(),
        help="translation worker processes (default: CPUs, 2-8)",
    )
    parser.add_argument(
        "--timeout", type=float, default=60.0, help="seconds a translation may take (default 60)"
    )
    parser.add_argument(
        "--verify-timeout",
        type=float,
        default=180.0,
        help="seconds a verified translation may take (default 180)",
    )
    parser.add_argument(
        "--max-request-bytes", type=int, default=256 * 1024, help="largest request body (default 256 KiB)"
    )
    parser.add_argument(
        "--engine-option", action="append", type=parse_engine_option, metavar="KEY=VALUE",
        help="option for the engines, set by whoever runs the server (checkpoint=PATH, base_url=URL); "
        "clients cannot pass engine options",
    )  # fmt: skip


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from transcoder.service.app import ServiceSettings, create_app

    if not 0 <= args.port <= 65535:
        raise InputError(f"--port must be in 0-65535, got {args.port}")
    for name in ("workers", "timeout", "verify_timeout", "max_request_bytes"):
        if getattr(args, name) <= 0:
            raise InputError(f"--{name.replace('_', '-')} must be positive")
    settings = ServiceSettings(
        workers=args.workers,
        max_request_bytes=args.max_request_bytes,
        translate_timeout=args.timeout,
        verify_timeout=args.verify_timeout,
        engine_options=dict(args.engine_option or []),
    )
    # Bound here, before the workers start, so that a busy port is one line and exit status 2.
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    try:
        listener = socket.create_server((args.host, args.port), family=family)
    except OSError as error:
        raise InputError(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}") from None
    host, port = listener.getsockname()[:2]
    shown = f"[{host}]" if family == socket.AF_INET6 else host
    print(
        f"transcoder: serving on http://{shown}:{port}/ (API: /api, description: /openapi.json)", flush=True
    )
    config = uvicorn.Config(create_app(settings), log_level="warning", timeout_graceful_shutdown=5)
    uvicorn.Server(config).run(sockets=[listener])
    return 0
