"""The clock's settings: tracking starts when the database was made (new or already in use),
targets per band keep the old single target working, and a bad value is refused by name."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

from hugdesk.errors import Invalid
from hugdesk.store.db import connect, iso, now
from hugdesk.store.migrations import migrations
from hugdesk.store.settings import SettingsUpdate, TargetsUpdate, get_settings, update_settings


def test_a_new_database_starts_tracking_when_it_is_made(tmp_path):
    before = now()
    db = connect(tmp_path / "new.db")
    since = get_settings(db).tracking_since
    assert before <= dt.datetime.fromisoformat(since.replace("Z", "+00:00")) <= now()
    db.conn.close()
    # A fixed instant: opening the database again later does not move it.
    assert get_settings(connect(tmp_path / "new.db")).tracking_since == since


def test_a_database_in_use_starts_tracking_at_its_first_record(tmp_path):
    path = tmp_path / "old.db"
    db = connect(path, migrate=False)
    migrations.apply(db, stop_before="m006_tracking_since")
    db.execute("INSERT INTO agents (name, token_hash, created_at) VALUES ('default', 'h', '2024-03-02T08:00:00Z')")
    db.execute("INSERT INTO tickets (platform, external_id, kind, first_seen_at, updated_at) "
               "VALUES ('yelp', 'x', 'review', '2024-03-01T10:00:00Z', '2024-03-01T10:00:00Z')")
    db.conn.close()
    db = connect(path)
    assert get_settings(db).tracking_since == "2024-03-01T10:00:00Z"


@pytest.fixture
def db(tmp_path):
    return connect(tmp_path / "settings.db")


def test_targets_default_per_band_and_the_old_target_is_the_complaint_target(db):
    assert msgspec.structs.asdict(get_settings(db).targets) == {"negative": 60, "neutral": 240, "positive": 1440,
                                                                "other": 60}
    update_settings(db, SettingsUpdate(target_minutes=30))
    assert msgspec.structs.asdict(get_settings(db).targets) == {"negative": 30, "neutral": 240, "positive": 1440,
                                                                "other": 30}
    update_settings(db, SettingsUpdate(targets=TargetsUpdate(positive=2880, other=90)))
    update_settings(db, SettingsUpdate(targets=TargetsUpdate(negative=45)))
    settings = get_settings(db)
    assert settings.target_minutes == 45
    assert msgspec.structs.asdict(settings.targets) == {"negative": 45, "neutral": 240, "positive": 2880, "other": 90}
    with pytest.raises(Invalid, match="target_minutes: differs from targets.negative"):
        update_settings(db, SettingsUpdate(target_minutes=20, targets=TargetsUpdate(negative=25)))


def test_schedule_round_trip_in_canonical_form(db):
    update_settings(db, SettingsUpdate(timezone="Europe/Warsaw", closed_dates=["2025-12-26", "2025-12-25", "2025-12-25"],
                                       business_hours={"fri": [["14:00", "18:00"], ["09:00", "13:00"]]}))
    settings = get_settings(db)
    assert settings.business_hours["fri"] == [["09:00", "13:00"], ["14:00", "18:00"]]
    assert settings.business_hours["mon"] == [] and settings.closed_dates == ["2025-12-25", "2025-12-26"]
    update_settings(db, SettingsUpdate(business_hours=None))
    assert get_settings(db).business_hours is None  # always open again
    update_settings(db, SettingsUpdate(tracking_since="2025-02-01T10:00:00+01:00"))
    assert get_settings(db).tracking_since == "2025-02-01T09:00:00Z"


@pytest.mark.parametrize("update, field", [
    (SettingsUpdate(timezone="Warsaw"), "timezone"),
    (SettingsUpdate(business_hours={"mon": [["09:00", "25:00"]]}), "business_hours.mon[0]"),
    (SettingsUpdate(closed_dates=["tomorrow"]), "closed_dates[0]"),
    (SettingsUpdate(targets=TargetsUpdate(neutral=-5)), "targets.neutral"),
    (SettingsUpdate(tracking_since="2025-02-01"), "tracking_since"),
    (SettingsUpdate(tracking_since=iso(now() + dt.timedelta(days=2))), "tracking_since: must not be in the future"),
])
def test_a_bad_value_is_refused_by_name_and_nothing_is_written(db, update, field):
    before = db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
    with pytest.raises(Invalid, match="^" + field.replace("[", r"\[").replace("]", r"\]")):
        update_settings(db, msgspec.structs.replace(update, business_name="Never saved"))
    assert db.execute("SELECT key, value FROM settings ORDER BY key").fetchall() == before


def test_reminders_can_ask_the_stored_settings_for_the_next_opening(db):
    """What the reminders call: next_opening with the Settings as stored, no conversion."""
    from zoneinfo import ZoneInfo

    from hugdesk.engine.sla import next_opening

    warsaw = ZoneInfo("Europe/Warsaw")
    saturday_night = dt.datetime(2025, 6, 7, 23, 0, tzinfo=warsaw)
    assert next_opening(get_settings(db), saturday_night) == saturday_night  # nothing configured: always open
    update_settings(db, SettingsUpdate(timezone="Europe/Warsaw", closed_dates=["2025-06-09"],
                                       business_hours={d: [["09:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")}))
    assert next_opening(get_settings(db), saturday_night) == dt.datetime(2025, 6, 10, 9, 0, tzinfo=warsaw)


def test_model_settings_are_off_by_default_checked_and_the_key_is_write_only(db):
    from hugdesk.store.settings import model_api_key

    settings = get_settings(db)
    assert (settings.model_enabled, settings.model_endpoint, settings.model_name) == (False, "", "")
    with pytest.raises(Invalid, match="model_endpoint and model_name first"):
        update_settings(db, SettingsUpdate(model_enabled=True, model_endpoint="http://127.0.0.1:8080/v1"))
    assert get_settings(db).model_endpoint == ""  # nothing of the refused change was written
    done = update_settings(db, SettingsUpdate(model_enabled=True, model_endpoint=" http://127.0.0.1:8080/v1/ ",
                                              model_name=" smollm2 ", model_api_key=" sk-1 "))
    assert (done.model_endpoint, done.model_name, done.model_api_key_set) == ("http://127.0.0.1:8080/v1", "smollm2", True)
    assert model_api_key(db) == "sk-1" and "sk-1" not in msgspec.json.encode(done).decode()
    assert update_settings(db, SettingsUpdate(model_api_key="")).model_api_key_set is False and model_api_key(db) == ""
    for bad in ("file:///etc/passwd", "http://", "http://host:0/v1", "http://host/v1?x=1", "127.0.0.1:8080"):
        with pytest.raises(Invalid, match="model_endpoint"):
            update_settings(db, SettingsUpdate(model_endpoint=bad))
    with pytest.raises(Invalid, match="model_timeout_seconds"):
        update_settings(db, SettingsUpdate(model_timeout_seconds=601))
