"""Slack's request signature, checked on the raw bytes before anything parses them.

Slack signs `v0:{timestamp}:{body}` with the app's signing secret (HMAC-SHA256, hex, sent as
`X-Slack-Signature: v0=…`) and a request whose timestamp is over five minutes from now is
a replay: https://api.slack.com/authentication/verifying-requests-from-slack. The secret is
the app's, not a workspace's, so one check serves every workspace of an OAuth install.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping

MAX_AGE = 5 * 60  # seconds either side of now, as slack_sdk's SignatureVerifier allows
TIMESTAMP_DIGITS = 12  # a Unix time has 10; int() of a long digit string is slow or refused


def signature_problem(
    secret: str, headers: Mapping[str, str], body: bytes, *, now: float
) -> str | None:
    """Why this request was not signed by Slack, or None when it was.

    slack_sdk's SignatureVerifier raises on a non-numeric timestamp or a body that is not
    UTF-8; here anything a caller sends gets an answer, and the body stays bytes.
    """
    timestamp = headers.get("X-Slack-Request-Timestamp", "")
    signature = headers.get("X-Slack-Signature", "")
    if not timestamp or not signature:
        return "missing signature headers"
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= TIMESTAMP_DIGITS):
        return "timestamp is not a number"
    if abs(now - int(timestamp)) > MAX_AGE:
        return "timestamp too old or too new"
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    # compare_digest takes ASCII strings only; anything else cannot be our hex digest anyway.
    if not (signature.isascii() and hmac.compare_digest(expected, signature)):
        return "bad signature"
    return None
