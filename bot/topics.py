"""The CE vocabulary the mentor speaks (kept in store/, where catalog and rule data are checked)."""

from store.vocabulary import COMPETENCIES, FORMATS, TOPICS, competency_label, topic_label

__all__ = ["COMPETENCIES", "FORMATS", "TOPICS", "competency_label", "topic_label"]
