"""`python app.py export …`: a member's transcript, audit packet or calendar as a file."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import typer

from bot.flows.base import member_zone
from bot.messages import File
from bot.records.gather import MemberRecords, member_records
from handlers.runtime import Runtime
from store.db import new_session
from store.queries.certificates import certificate_content
from store.queries.records import member_by_id

MEMBER = typer.Option(..., "--member", help="The member's id.")
LICENSE = typer.Option(None, "--license", help="The license's id (needed when several).")
OUT = typer.Option(None, "--out", help="Where to write; '-' for standard output.")


def build_export_cli(runtime: Callable[[], Runtime]) -> typer.Typer:
    """The `export` commands; `runtime` builds the app's runtime only when a command runs."""
    export = typer.Typer(help="A member's records as files.", no_args_is_help=True)

    @export.command("transcript")
    def transcript(
        member: int = MEMBER,
        license: int = LICENSE,
        format: str = typer.Option("pdf", "--format", help="csv or pdf."),
        out: str = OUT,
    ) -> None:
        """A license's CE transcript for the current cycle, as CSV or PDF."""
        from bot.records.files import transcript_file  # icalendar, fpdf: only when exporting

        if format not in ("csv", "pdf"):
            raise typer.BadParameter("csv or pdf", param_hint="--format")
        records, now = _records(runtime(), member)
        chosen = _pick(records, license, now)
        _write(transcript_file(chosen, "csv" if format == "csv" else "pdf"), out)

    @export.command("audit-packet")
    def audit_packet(member: int = MEMBER, license: int = LICENSE, out: str = OUT) -> None:
        """One ZIP: the transcript PDF and a list of the certificates on file."""
        from bot.records.audit import audit_packet_file

        app = runtime()
        records, now = _records(app, member)
        with new_session(app.engine) as session:  # the certificate files kept with the courses

            def fetch(ref: str) -> bytes | None:
                return certificate_content(session, member_id=member, ref=ref)

            _write(audit_packet_file(_pick(records, license, now), fetch), out)

    @export.command("calendar")
    def calendar(member: int = MEMBER, out: str = OUT) -> None:
        """Renewal deadlines and plan steps as an .ics file."""
        from bot.records.files import calendar_file

        records, now = _records(runtime(), member)
        _write(calendar_file(records, now), out)

    return export


def _records(runtime: Runtime, member_id: int) -> tuple[MemberRecords, datetime]:
    now = datetime.now(UTC)
    with new_session(runtime.engine) as session:
        member = member_by_id(session, member_id=member_id)
        if member is None:
            typer.echo(f"No member {member_id}.", err=True)
            raise typer.Exit(1)
        today = now.astimezone(member_zone(member)).date()
        rule_sets = runtime.mentor.services.rule_sets
        return member_records(session, member, rule_sets, today), now


def _pick(records: MemberRecords, license_id: int | None, now: datetime):
    today = now.astimezone(member_zone(records.member)).date()
    try:
        return records.transcript(license_id, today)
    except LookupError:
        choices = ", ".join(f"{s.license.id} ({s.label})" for s in records.standings)
        typer.echo(f"Choose a license with --license: {choices or 'none on file'}.", err=True)
        raise typer.Exit(1) from None


def _write(file: File, out: str | None) -> None:
    if out == "-":
        sys.stdout.buffer.write(file.content)
        return
    path = Path(out) if out else Path(file.name)
    path.write_bytes(file.content)
    typer.echo(f"Wrote {path} ({len(file.content)} bytes).")
