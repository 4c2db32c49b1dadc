"""Records in chat: export transcript, audit packet, calendar file and link, revoke the link."""

from __future__ import annotations

from typing import Literal

from bot.declare import AUDIT, CALENDAR, CALENDAR_REVOKE, TRANSCRIPT, Phrase, in_order
from bot.flows.base import Flow, Turn
from bot.records.audit import audit_packet_file
from bot.records.feed import feed_url, issue_feed_token
from bot.records.files import calendar_file, transcript_file
from bot.records.gather import MemberRecords, member_records
from bot.wording import counted, has
from store.queries.certificates import certificate_content
from store.queries.records import active_calendar_feed, revoke_calendar_feeds


def _records(turn: Turn) -> MemberRecords:
    return member_records(turn.session, turn.member, turn.services.rule_sets, turn.today)


class _PerLicense(Flow):
    """A record made per license: asks which license when the member holds several."""

    def start(self, turn: Turn) -> None:
        records = _records(turn)
        if not records.standings:
            turn.say("You have no licenses set up yet. Say *settings* to add one.")
            return
        if len(records.standings) == 1:
            self.deliver(turn, records, records.standings[0].license.id)
            return
        # Only the formats asked for are kept while the member picks: never their own words.
        asked = " ".join(fmt for fmt in ("pdf", "csv") if fmt in turn.answer.casefold())
        turn.goto(self.name, "license", request=asked)
        options = [(s.label, str(s.license.id)) for s in records.standings]
        turn.offer("Which license?", f"{self.name}.license", options)

    def on_license(self, turn: Turn) -> None:
        records = _records(turn)
        answer = turn.answer.strip().casefold()
        chosen = next(
            (
                s.license.id
                for s in records.standings
                if answer
                in (
                    str(s.license.id),
                    s.label.casefold(),
                )
            ),
            None,
        )
        if chosen is None:
            turn.say("Please choose one of the licenses above (or say *cancel*).")
            return
        turn.answer = turn.data.get("request", "")
        turn.finish()
        self.deliver(turn, records, chosen)

    def deliver(self, turn: Turn, records: MemberRecords, license_id: int | None) -> None:
        raise NotImplementedError


class ExportTranscript(_PerLicense):
    name = TRANSCRIPT.name
    private = "transcript"
    # Records come before "export my data": "export transcript" is not "export my data".
    phrases = (
        Phrase(
            r"^(my |export |download |get )?(ce )?transcript\b|"
            + in_order(r"\b(export|download|send)\b", r"\btranscript\b"),
            70,
        ),
    )
    section, usage = "Records", "export transcript"
    summary = "your CE transcript for a license (PDF and CSV)"
    states = ("license",)

    def deliver(self, turn: Turn, records: MemberRecords, license_id: int | None) -> None:
        transcript = records.transcript(license_id, turn.today)
        asked = turn.answer.casefold()
        both: tuple[Literal["pdf"], Literal["csv"]] = ("pdf", "csv")
        formats = [fmt for fmt in both if fmt in asked] or list(both)
        turn.say(
            f"Your CE transcript for *{transcript.license_name}*: {counted(len(transcript.rows), 'course')} "
            "this cycle, grouped by the board's topics, with totals and the rule's source."
        )
        turn.show(*(transcript_file(transcript, fmt) for fmt in formats))


class AuditPacket(_PerLicense):
    name = AUDIT.name
    private = "audit packet"
    phrases = (Phrase(r"^(my )?audit\b|\baudit (packet|pack|zip|file)s?\b", 80),)
    section, usage = "Records", "audit packet"
    summary = "one ZIP with your transcript and certificates, for a board audit"
    states = ("license",)

    def deliver(self, turn: Turn, records: MemberRecords, license_id: int | None) -> None:
        transcript = records.transcript(license_id, turn.today)
        missing = sum(row.certificate == "missing" for row in transcript.rows)
        turn.say(
            f"Your audit packet for *{transcript.license_name}*: the transcript, and a list of "
            "your certificates with where each one is kept."
            + (
                f" {counted(missing, 'course')} {has(missing)} no certificate on file yet."
                if missing
                else ""
            )
        )
        member_id = turn.member_id
        turn.show(
            audit_packet_file(
                transcript,
                lambda ref: certificate_content(turn.session, member_id=member_id, ref=ref),
            )
        )


class CalendarExport(Flow):
    name = CALENDAR.name
    private = "calendar"
    phrases = (
        Phrase(
            r"^(my |export |download |get )?calendar\b|\bcalendar (link|feed|file|subscription)\b"
            r"|\bics\b|" + in_order(r"\b(add|export|sync)\b", r"\bcalendar\b"),
            90,
        ),
    )
    section, usage = "Records", "calendar"
    summary = "your deadlines and plan steps in Outlook or Google Calendar"
    actions = ("new_link",)

    def start(self, turn: Turn) -> None:
        turn.show(calendar_file(_records(turn), turn.now))
        feed = active_calendar_feed(turn.session, member_id=turn.member_id)
        if feed is None:
            self.act_new_link(turn)
            return
        turn.say(
            f"Your private calendar link has been active since {feed.created_at:%b %-d, %Y}. "
            "I keep only a fingerprint of it, so I can't show it again."
        )
        turn.offer(
            "Need the link again? A new one replaces it (the old one stops working).",
            CALENDAR.act("new_link"),
            [("New link", "new")],
        )

    def act_new_link(self, turn: Turn) -> None:
        """Issue a fresh private link, revoking any earlier one."""
        revoke_calendar_feeds(turn.session, member_id=turn.member_id, now=turn.now)
        token = issue_feed_token(turn.session, member_id=turn.member_id, now=turn.now)
        url = feed_url(turn.services.public_base_url, token)
        turn.say(
            f'Subscribe to this private link in Outlook or Google Calendar ("add calendar from '
            f'URL") and your deadlines stay up to date:\n{url}\n'
            "Anyone with the link can see your deadlines — say *revoke my calendar link* to turn it off."
        )


class RevokeCalendar(Flow):
    name = CALENDAR_REVOKE.name
    phrases = (
        Phrase(in_order(r"\b(revoke|turn off|disable|stop)\b", r"\bcalendar (link|feed)\b"), 60),
    )
    section, usage = "Records", "turn off my calendar link"
    summary = "turn off your private calendar link"

    def start(self, turn: Turn) -> None:
        count = revoke_calendar_feeds(turn.session, member_id=turn.member_id, now=turn.now)
        if count:
            turn.say("Done — your calendar link no longer works. Say *calendar* for a new one.")
        else:
            turn.say("You have no active calendar link.")
