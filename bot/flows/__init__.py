"""Every conversation flow, by name."""

from __future__ import annotations

from bot.flows.base import Flow, Flows


def build_flows() -> Flows:
    """One instance of each flow (flows keep no state of their own)."""
    from bot.flows.assessment import Assessment
    from bot.flows.buddy import Buddy
    from bot.flows.certificate import LogCertificate
    from bot.flows.checkin import CheckIn
    from bot.flows.circle import Circle
    from bot.flows.digest import TeamDigest
    from bot.flows.goals import Goals
    from bot.flows.help import Cancel, Fallback, Greet, Help
    from bot.flows.log_completion import LogCompletion, Undo
    from bot.flows.mentor import Mentoring
    from bot.flows.nudge_settings import NudgeSettings
    from bot.flows.onboarding import Onboarding
    from bot.flows.plan import Plan
    from bot.flows.privacy import DeleteMyData, ExportMyData
    from bot.flows.questions import Questions
    from bot.flows.records import AuditPacket, CalendarExport, ExportTranscript, RevokeCalendar
    from bot.flows.review import Review
    from bot.flows.settings import MemberSettings
    from bot.flows.share import Share
    from bot.flows.status import Status
    from bot.flows.suggest import Suggest
    from bot.flows.team import Team

    flows: list[Flow] = [
        Onboarding(),
        Status(),
        Questions(),
        Suggest(),
        Plan(),
        LogCompletion(),
        LogCertificate(),
        Undo(),
        Goals(),
        Assessment(),
        MemberSettings(),
        ExportTranscript(),
        AuditPacket(),
        CalendarExport(),
        RevokeCalendar(),
        NudgeSettings(),
        CheckIn(),
        Buddy(),
        Mentoring(),
        Circle(),
        Share(),
        Review(),
        Team(),
        TeamDigest(),
        ExportMyData(),
        DeleteMyData(),
        Cancel(),
        Fallback(),
    ]
    return Flows([Help(flows), Greet(flows), *flows])
