"""The audit packet: one ZIP per license and cycle with the transcript and the certificates."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable

from bot.messages import File
from bot.records.files import transcript_file
from bot.records.transcript import Transcript, TranscriptRow

# Downloads a certificate by its stored reference (platform file id or URL); None if it can't.
CertificateFetcher = Callable[[str], bytes | None]


def audit_packet(transcript: Transcript, fetch_certificate: CertificateFetcher | None) -> bytes:
    """ZIP bytes: transcript PDF and CSV, downloadable certificates, and a list of the rest."""
    buffer = io.BytesIO()
    lines = ["Certificates for the courses in this transcript", ""]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as packet:
        for fmt in ("pdf", "csv"):
            file = transcript_file(transcript, fmt)
            packet.writestr(file.name, file.content)
        for number, row in enumerate(transcript.rows, start=1):
            lines.append(f"{number}. {row.title} ({row.completed_on.isoformat()}, {row.hours:g} h)")
            lines.append(f"   {_certificate(packet, number, row, fetch_certificate)}")
        packet.writestr("certificates.txt", "\n".join(lines) + "\n")
    return buffer.getvalue()


def _certificate(
    packet: zipfile.ZipFile, number: int, row: TranscriptRow, fetch: CertificateFetcher | None
) -> str:
    """Add the row's certificate to the packet if it can be downloaded; say what happened."""
    if not row.certificate_ref and not row.certificate_name:
        return "no certificate on file — ask the provider for a copy"
    content = fetch(row.certificate_ref) if fetch and row.certificate_ref else None
    if content is None:
        where = f" (reference: {row.certificate_ref})" if row.certificate_ref else ""
        return f"certificate {row.certificate_name or 'on file'}{where} — not downloaded"
    name = f"certificates/{number:02d}-{_safe(row.certificate_name or 'certificate')}"
    packet.writestr(name, content)
    return f"included as {name}"


def _safe(name: str) -> str:
    """A file name that is safe inside a ZIP on any system."""
    return re.sub(r"[^\w.\-]+", "_", name).strip("._") or "certificate"


def audit_packet_file(
    transcript: Transcript, fetch_certificate: CertificateFetcher | None = None
) -> File:
    """The audit packet as a File reply."""
    stem = f"{transcript.license_name.replace(' ', '-')}-{transcript.renewal_date.isoformat()}"
    content = audit_packet(transcript, fetch_certificate)
    return File(f"ce-audit-packet-{stem}.zip", content, "application/zip", "CE audit packet")
