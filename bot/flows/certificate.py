"""Log a course from its certificate file: read it, confirm it on one card, keep the file.

start --completion/transcript--> confirm --"log it"--> logged (file kept with the course)
  |                                 |--"edit" / words--> confirm
  |                                 `--"cancel"--> done (file not kept)
  |--"certificate for <logged course>"--> kept with that course
  |--same file as one already kept--> said so, nothing new
  `--registration / receipt / unrelated / unreadable--> a kind answer, nothing kept
"""

from __future__ import annotations

import re
from dataclasses import replace

import bot.certificates as certificates
from bot.certificates import CertificateReading
from bot.declare import CERTIFICATE
from bot.flows.base import Flow, Turn
from bot.flows.certificate_card import as_parsed, card, not_a_completion, shown_of
from bot.flows.logging_steps import attach_certificate, from_data, save_completions, to_data
from bot.messages import Attachment
from bot.parsing import ParsedCompletion, apply_edit, parse_completion
from store.db import saved_id
from store.models import CertificateFile, Completion
from store.queries.certificates import (
    attach_certificate_file,
    find_certificate,
    save_certificate,
    sha256_of,
)
from store.queries.learning import completions_of, same_day_completion

CLIENT_NAMED = (
    "This certificate seems to name or describe a client, so I haven't kept the file — I keep "
    "nothing about clients. I can still log the course from what it says; for your audit packet, "
    "send a copy without the client's details."
)
CLIENT_NAMED_LATER = (
    "This certificate seems to name or describe a client, so I haven't kept the file itself — "
    "only a note that the course has one. For your audit packet, send a copy without the "
    "client's details."
)
_NAMES_A_COURSE = re.compile(r"\bcert(?:ificate)?s?\s+(?:for|from|of)\s+\S", re.I)


def takes_certificate(turn: Turn, intent: str) -> bool:
    """Whether this turn is a certificate file to read: its bytes came along, no other command."""
    return intent in ("", "log") and any(a.content for a in turn.inbound.attachments)


class LogCertificate(Flow):
    name = CERTIFICATE.name
    section, usage = "Courses and plan", "drop a certificate"
    summary = "log a course from its certificate (a PDF or a photo of it)"
    states = ("confirm",)

    def start(self, turn: Turn) -> None:
        file = next((a for a in turn.inbound.attachments if a.content), None)
        if file is None or file.content is None:
            turn.say("Send me the certificate file — a PDF or a photo of it — and I'll read it.")
            return
        kept = find_certificate(
            turn.session, member_id=turn.member_id, sha256=sha256_of(file.content)
        )
        if kept is not None and kept.completion_id is not None:
            done = turn.session.get(Completion, kept.completion_id)
            if done is not None:
                turn.say(
                    f"I already have this certificate 📎, with *{done.title}* "
                    f"({done.completed_on:%b %-d}). Nothing new to log."
                )
                return
        reading = certificates.read_certificate(  # the reader loads with the first file
            file.content,
            name=file.name,
            mime=file.mime,
            today=turn.today,
            known_names=[turn.member.display_name] if turn.member.display_name else [],
        )
        if self._for_a_logged_course(turn, file, reading):
            return
        if reading.kind not in ("completion", "transcript") or not reading.courses:
            turn.say(not_a_completion(reading))
            return
        certificate_id = None
        if reading.names_a_client:
            turn.say(CLIENT_NAMED)
        else:
            certificate_id = self._keep(turn, file).id
        items = [as_parsed(course) for course in reading.courses]
        shown = [shown_of(course) for course in reading.courses]
        turn.goto(
            self.name,
            "confirm",
            items=to_data(items),
            shown=shown,
            file=certificate_id,
            name=file.name[:300] or "certificate",
        )
        self.ask_confirm(turn)

    def _keep(self, turn: Turn, file: Attachment) -> CertificateFile:
        assert file.content is not None
        return save_certificate(
            turn.session,
            member_id=turn.member_id,
            content=file.content,
            mime=file.mime,
            now=turn.now,
        )

    def _for_a_logged_course(
        self, turn: Turn, file: Attachment, reading: CertificateReading
    ) -> bool:
        """ "here's the cert for the ethics course": keep the file with that logged course.

        Its bytes are kept only when it reads as a certificate naming no client; otherwise the
        course keeps the platform's reference alone, as before files were read.
        """
        text = turn.inbound.text
        if not _NAMES_A_COURSE.search(text):
            return False  # "log certificate", or the file alone: read it
        catalog = turn.services.catalog.entries(turn.session)
        parsed = parse_completion(text, today=turn.today, catalog=catalog)
        before = {
            d.id: d.certificate_ref for d in completions_of(turn.session, member_id=turn.member_id)
        }
        if not attach_certificate(turn, text, parsed, catalog):
            return False
        if reading.names_a_client:
            turn.say(CLIENT_NAMED_LATER)
            return True
        if reading.kind not in ("completion", "transcript"):
            return True
        for done in completions_of(turn.session, member_id=turn.member_id):
            if done.certificate_name == file.name and before.get(done.id) != done.certificate_ref:
                row = self._keep(turn, file)
                attach_certificate_file(turn.session, certificate=row, completion_id=saved_id(done))
                done.certificate_ref = f"certificate:{row.id}"
                turn.session.add(done)
        return True

    def ask_confirm(self, turn: Turn) -> None:
        items = from_data(turn.data["items"])
        duplicates = [_logged_before(turn, item) for item in items]
        for item, shown, duplicate in zip(items, turn.data["shown"], duplicates, strict=True):
            turn.show(card(item, shown, duplicate))
        several = len(items) > 1
        turn.offer(
            ("Shall I log these?" if several else "Shall I log this?")
            + " Or tell me what to change (_make it 3 hours_, _it was on the 3rd_).",
            CERTIFICATE.act("confirm"),
            [("Log it", "yes"), ("Edit", "edit"), ("Cancel", "no")],
        )

    def on_confirm(self, turn: Turn) -> None:
        answer = turn.answer.strip().casefold()
        items = from_data(turn.data["items"])
        if answer in ("yes", "log it", "log", "save"):
            self._log(turn, items)
        elif answer in ("no", "cancel"):
            self._drop_file(turn)
            turn.finish()
            turn.say("OK, I didn't log it, and I haven't kept the file.")
        elif answer == "edit":
            turn.say("What should I change? e.g. _make it 3 hours_, _it was on Nov 3_, _title: …_.")
        else:
            catalog = turn.services.catalog.entries(turn.session)
            edited = apply_edit(turn.answer, items[-1], today=turn.today, catalog=catalog)
            if edited is None:
                turn.say("I didn't catch a change there.")
            else:
                items[-1] = replace(edited, doubts=())
                turn.data["items"] = to_data(items)
            self.ask_confirm(turn)

    def _log(self, turn: Turn, items: list[ParsedCompletion]) -> None:
        pairs = [
            (item, shown)
            for item, shown in zip(items, turn.data["shown"], strict=True)
            if _logged_before(turn, item) is None
        ]
        fresh = [item for item, _ in pairs]
        if not fresh:
            self._keep_with_logged(turn, items)
            turn.finish()
            return
        if any(not i.title or i.hours is None or i.completed_on is None for i in fresh):
            turn.say(
                "I still need the course's title, hours and date — tell me, e.g. "
                "_title: Ethics in Supervision_, _3 hours on Nov 3_."
            )
            return
        before = {done.id for done in completions_of(turn.session, member_id=turn.member_id)}
        save_completions(turn, fresh)
        logged = completions_of(turn.session, member_id=turn.member_id)
        new = sorted((d for d in logged if d.id not in before), key=lambda d: d.id or 0)  # as saved
        row = turn.session.get(CertificateFile, turn.data["file"]) if turn.data["file"] else None
        for done, (_, shown) in zip(new, pairs, strict=False):
            body = shown["approval_body"]
            if body and not done.approval_body:
                done.approval_body = body
            if row is not None:
                attach_certificate_file(turn.session, certificate=row, completion_id=saved_id(done))
                done.certificate_name = turn.data["name"]
                done.certificate_ref = f"certificate:{row.id}"
            turn.session.add(done)
        if not new:
            self._drop_file(turn)
        elif row is not None:
            turn.say("📎 Certificate kept with " + ", ".join(f"*{d.title}*" for d in new) + ".")
        turn.finish()

    def _keep_with_logged(self, turn: Turn, items: list[ParsedCompletion]) -> None:
        """Every course is logged already: the file goes with the first that lacks one."""
        turn.say("All of these are already in your log — nothing new to add.")
        row = turn.session.get(CertificateFile, turn.data["file"] or 0)
        logged = [done for item in items if (done := _logged_before(turn, item))]
        bare = next((done for done in logged if not done.certificate_ref), None)
        if row is None or bare is None or row.completion_id is not None:
            self._drop_file(turn)
            return
        attach_certificate_file(turn.session, certificate=row, completion_id=saved_id(bare))
        bare.certificate_name, bare.certificate_ref = turn.data["name"], f"certificate:{row.id}"
        turn.session.add(bare)
        turn.say(f"📎 I've kept the certificate with *{bare.title}*.")

    def _drop_file(self, turn: Turn) -> None:
        """A file read but not logged is not kept (unless an earlier course holds it)."""
        row = turn.session.get(CertificateFile, turn.data.get("file") or 0)
        if row is not None and row.completion_id is None:
            turn.session.delete(row)


def _logged_before(turn: Turn, item: ParsedCompletion) -> Completion | None:
    """The same course (same title, same day) already in the member's log."""
    if item.completed_on is None:
        return None
    return same_day_completion(
        turn.session,
        member_id=turn.member_id,
        title=item.title,
        completed_on=item.completed_on,
        course_id=item.course_id,
    )
