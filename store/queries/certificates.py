"""Certificate files: kept by content hash, attached to a course, listed, exported."""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime

from sqlmodel import Session, col, delete, select

from store.models import CertificateFile


def sha256_of(content: bytes) -> str:
    """The file's SHA-256, hex: what makes two sends the same certificate."""
    return hashlib.sha256(content).hexdigest()


def find_certificate(session: Session, *, member_id: int, sha256: str) -> CertificateFile | None:
    """The member's certificate with this content hash, if they sent it before."""
    query = select(CertificateFile).where(
        CertificateFile.member_id == member_id, CertificateFile.sha256 == sha256
    )
    return session.exec(query).first()


def save_certificate(
    session: Session, *, member_id: int, content: bytes, mime: str, now: datetime
) -> CertificateFile:
    """Keep the file once: the same bytes sent again return the row already kept."""
    digest = sha256_of(content)
    kept = find_certificate(session, member_id=member_id, sha256=digest)
    if kept is not None:
        return kept
    row = CertificateFile(
        member_id=member_id,
        sha256=digest,
        mime=mime[:100],
        size=len(content),
        content=content,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


def attach_certificate_file(
    session: Session, *, certificate: CertificateFile, completion_id: int
) -> None:
    """Link the file to the course it proves (a transcript's file stays with its first course)."""
    if certificate.completion_id is None:
        certificate.completion_id = completion_id
        session.add(certificate)


REF = "certificate:"  # a completion's certificate_ref for a file kept here: "certificate:<id>"


def certificate_content(session: Session, *, member_id: int, ref: str) -> bytes | None:
    """The bytes behind a completion's certificate reference, when the file is kept here (the
    audit packet's fetcher); None for a platform reference, or another member's file."""
    number = ref.removeprefix(REF)
    if not ref.startswith(REF) or not number.isdigit():
        return None
    row = session.get(CertificateFile, int(number))
    return row.content if row is not None and row.member_id == member_id else None


def certificates_of(session: Session, *, member_id: int) -> list[CertificateFile]:
    """The member's certificate files, oldest first."""
    query = select(CertificateFile).where(CertificateFile.member_id == member_id)
    return list(session.exec(query.order_by(col(CertificateFile.id))))


def certificate_export(session: Session, *, member_id: int) -> list[dict]:
    """The member's files for `export my data`, each with its bytes as base64."""
    return [
        {
            "id": row.id,
            "completion_id": row.completion_id,
            "sha256": row.sha256,
            "mime": row.mime,
            "size": row.size,
            "created_at": row.created_at.isoformat(),
            "content_base64": base64.b64encode(row.content).decode("ascii"),
        }
        for row in certificates_of(session, member_id=member_id)
    ]


def delete_certificates(session: Session, *, member_id: int) -> None:
    """Delete every certificate file of the member (before their courses: the files point there)."""
    session.exec(delete(CertificateFile).where(col(CertificateFile.member_id) == member_id))
