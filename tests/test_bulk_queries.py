"""Set-based reads group rows by member exactly, in the single-member queries' order."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine

import store.queries.bulk
from store.db import new_session
from store.models import Completion, License, Member, Workspace
from store.queries.bulk import completions_by_member, licenses_by_member, members_of_workspace
from store.queries.learning import completions_of
from store.queries.members import licenses_of


def _license(member_id: int, renewal: date) -> License:
    return License(
        member_id=member_id,
        license_type="LCSW",
        jurisdiction="CA",
        renewal_date=renewal,
        rule_set_id="CA-LCSW",
    )


def _done(member_id: int, on: date, title: str) -> Completion:
    return Completion(member_id=member_id, title=title, hours=2.0, completed_on=on)


@pytest.mark.parametrize("chunk", [1000, 1])
def test_grouping_is_exact_and_matches_single_member_path(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    """Three members: two with rows, one with none; another workspace's member stays out."""
    monkeypatch.setattr(store.queries.bulk, "CHUNK", chunk)
    with new_session(engine) as session:
        ours, theirs = (
            Workspace(platform="t", external_id="a"),
            Workspace(platform="t", external_id="b"),
        )
        session.add_all([ours, theirs])
        session.flush()
        a, b, c = (Member(workspace_id=ours.id, platform_user_id=u) for u in ("a", "b", "c"))
        other = Member(workspace_id=theirs.id, platform_user_id="x")
        session.add_all([a, b, c, other])
        session.flush()
        session.add_all(
            [
                _license(a.id, date(2027, 1, 1)),
                _license(a.id, date(2026, 6, 1)),
                _license(b.id, date(2026, 9, 1)),
                _done(a.id, date(2025, 1, 1), "a-old"),
                _done(a.id, date(2025, 5, 1), "a-new"),
                _done(b.id, date(2025, 3, 1), "b-only"),
            ]
        )
        session.commit()

        members = members_of_workspace(session, workspace_id=ours.id)
        assert [m.id for m in members] == [a.id, b.id, c.id]

        ids = [m.id for m in members]
        licenses = licenses_by_member(session, member_ids=ids)
        completions = completions_by_member(session, member_ids=ids)
        assert set(licenses) == set(completions) == set(ids)
        assert licenses[c.id] == [] and completions[c.id] == []
        for member_id in ids:
            assert [x.id for x in licenses[member_id]] == [
                x.id for x in licenses_of(session, member_id=member_id)
            ]
            assert [x.id for x in completions[member_id]] == [
                x.id for x in completions_of(session, member_id=member_id)
            ]
        assert [x.title for x in completions[a.id]] == ["a-new", "a-old"]

        everyone = completions_by_member(session)
        assert set(everyone) == {a.id, b.id}
        assert set(licenses_by_member(session)) == {a.id, b.id}
