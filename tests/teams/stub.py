"""A local Bot Connector stub (own thread): records replies, serves OpenID/JWKS for test keys."""

from __future__ import annotations

import base64
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import count
from urllib.parse import unquote

import jwt
from botframework.connector.auth import AppCredentials, PasswordServiceClientCredentialFactory
from cryptography.hazmat.primitives.asymmetric import rsa

ISSUER = "https://api.botframework.com"


def new_key() -> rsa.RSAPrivateKey:
    """A throwaway RSA signing key."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _b64(number: int) -> str:
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


@dataclass
class Posted:
    """One request the bot made to the connector."""

    path: str
    body: dict
    authorization: str


@dataclass
class ConnectorStub:
    """Speaks the Bot Connector REST wire format, in a thread of its own.

    It listens on `listen` (loopback unless told otherwise) and is reached at `url`, built
    from `address` (the listening address unless given: e.g. this machine's LAN address).
    """

    listen: str = "127.0.0.1"
    address: str = ""
    key: rsa.RSAPrivateKey = field(default_factory=new_key)
    kid: str = "test-key"
    posted: list[Posted] = field(default_factory=list)
    fetched: list[str] = field(default_factory=list)
    failures: list[tuple[int, dict]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Files served by `serve` (path -> bytes, content type, bearer token required or ""), and
    # every request for one (path, Authorization) — a OneDrive link or a /v3/attachments view.
    served: dict[str, tuple[bytes, str, str]] = field(default_factory=dict)
    downloads: list[tuple[str, str]] = field(default_factory=list)

    def start(self) -> ConnectorStub:
        stub, ids = self, count(1)

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_GET(self) -> None:
                with stub.lock:
                    stub.fetched.append(self.path)
                if self.path == "/openid":
                    self._json(200, {"issuer": ISSUER, "jwks_uri": f"{stub.url}/keys"})
                elif self.path == "/keys":
                    self._json(200, {"keys": [stub.jwk()]})
                elif self.path in stub.served:
                    self._file(*stub.served[self.path])
                else:
                    self._json(404, {})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                with stub.lock:
                    stub.posted.append(
                        Posted(unquote(self.path), body, self.headers.get("Authorization", ""))
                    )
                    failure = stub.failures.pop(0) if stub.failures else None
                if failure is not None:
                    status, headers = failure
                    error = {"error": {"code": "Refused", "message": "stubbed refusal"}}
                    self._json(status, error, headers)
                elif self.path.rstrip("/") == "/v3/conversations":
                    self._json(201, {"id": f"a:created-{next(ids)}", "activityId": "1"})
                else:
                    self._json(201, {"id": f"reply-{next(ids)}"})

            def _file(self, content: bytes, content_type: str, token: str) -> None:
                authorization = self.headers.get("Authorization", "")
                with stub.lock:
                    stub.downloads.append((self.path, authorization))
                if token and authorization != f"Bearer {token}":
                    self._json(401, {"error": {"code": "Unauthorized"}})
                elif content_type == "redirect":
                    self.send_response(302)
                    self.send_header("Location", content.decode())
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                else:
                    self.send_response(200)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(content)))
                    self.end_headers()
                    self.wfile.write(content)

            def _json(self, status: int, body: dict, headers: dict | None = None) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer((self.listen, 0), Handler)
        self.url = f"http://{self.address or self.listen}:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def jwk(self) -> dict:
        numbers = self.key.public_key().public_numbers()
        return {
            "kty": "RSA",
            "use": "sig",
            "kid": self.kid,
            "n": _b64(numbers.n),
            "e": _b64(numbers.e),
            "endorsements": ["msteams"],
        }

    def token(self, *, audience: str, service_url: str, expires_in: int = 600, key=None) -> str:
        """A Bot Framework channel token, signed by this stub's key unless `key` is given."""
        now = int(time.time())
        claims = {
            "iss": ISSUER,
            "aud": audience,
            "serviceurl": service_url,
            "iat": now - 60,
            "nbf": now - 60,
            "exp": now + expires_in,
        }
        signing = key or self.key
        return jwt.encode(claims, signing, algorithm="RS256", headers={"kid": self.kid})

    def serve(self, path: str, content: bytes, content_type: str, *, token: str = "") -> str:
        """Serve `content` at `path` (only with `Bearer token` when given); returns its URL."""
        with self.lock:
            self.served[path] = (content, content_type, token)
        return self.url + path

    def redirect(self, path: str, location: str) -> str:
        """Answer GET `path` with a 302 to `location`; returns its URL."""
        return self.serve(path, location.encode(), "redirect")

    def fail_next(self, status: int, headers: dict | None = None) -> None:
        """Refuse the next POST with `status` (e.g. 429 with Retry-After, or 403)."""
        with self.lock:
            self.failures.append((status, headers or {}))

    def replies(self) -> list[dict]:
        """The activities posted into conversations so far."""
        with self.lock:
            return [p.body for p in self.posted if "/activities" in p.path]

    def clear(self) -> None:
        with self.lock:
            self.posted.clear()


class StubCredentials(PasswordServiceClientCredentialFactory):
    """The bot's outbound token made up here, instead of fetched from Microsoft's login service."""

    def __init__(self, app_id: str) -> None:
        super().__init__(app_id, "not-a-real-secret")

    async def create_credentials(self, app_id, oauth_scope, login_endpoint, validate_authority):
        return _FixedToken(app_id, oauth_scope=oauth_scope)


class _FixedToken(AppCredentials):
    def get_access_token(self, force_refresh: bool = False) -> str:
        return "outbound-test-token"
