"""All tables, importable from one place (Alembic reads SQLModel.metadata from here)."""

from store.models.catalog import Course, Review
from store.models.certificates import CertificateFile
from store.models.learning import Completion, Goal, PlanStep, SelfAssessment, SkillRating
from store.models.members import License, Member, Workspace
from store.models.nudges import NudgeLicenseTally, NudgePreferences, NudgeStanding
from store.models.ops import ConversationState, InboundEvent, OutboxMessage, ProcessedEvent
from store.models.practice import (
    BuddyPairing,
    CircleSeat,
    DigestPreferences,
    LearningCircle,
    MentorIntroduction,
    MentorOffer,
)
from store.models.records import CalendarFeed
from store.models.reply_address import ReplyAddress
from store.models.rulesets import RuleSetOverride

__all__ = [
    "BuddyPairing",
    "CalendarFeed",
    "CertificateFile",
    "CircleSeat",
    "Completion",
    "ConversationState",
    "Course",
    "DigestPreferences",
    "Goal",
    "InboundEvent",
    "LearningCircle",
    "License",
    "Member",
    "MentorIntroduction",
    "MentorOffer",
    "NudgeLicenseTally",
    "NudgePreferences",
    "NudgeStanding",
    "OutboxMessage",
    "PlanStep",
    "ProcessedEvent",
    "ReplyAddress",
    "Review",
    "RuleSetOverride",
    "SelfAssessment",
    "SkillRating",
    "Workspace",
]
