"""How much a posted reply differs from the draft it came from."""

from hugdesk.engine.draft_use import NEARLY_UNCHANGED, edit_ratio, is_from_draft, summarise

DRAFT = "Hi Ola, we're sorry the pasta arrived cold. Please message us your order number so we can put it right."


def test_unchanged_and_lightly_edited_replies():
    assert edit_ratio(DRAFT, DRAFT) == 0.0
    assert edit_ratio(DRAFT, DRAFT.replace("Hi", "Hello")) < NEARLY_UNCHANGED
    # Punctuation and case are not edits an agent thinks about.
    assert edit_ratio(DRAFT, DRAFT.upper()) == 0.0


def test_ratio_counts_words_changed_per_draft_word():
    draft = "one two three four five six seven eight nine ten"
    assert edit_ratio(draft, "one two three four five six seven eight nine TEN") == 0.0
    assert edit_ratio(draft, "one two three four five six seven eight nine eleven") == 0.1
    assert edit_ratio(draft, "one two three four five") == 0.5
    assert edit_ratio(draft, draft + " " + draft) == 1.0


def test_a_reply_written_from_scratch_is_not_from_the_draft():
    assert is_from_draft(DRAFT, DRAFT + " Thanks!")
    assert not is_from_draft(DRAFT, "Thanks for your feedback, we will look into it.")
    assert not is_from_draft("", "anything")


def test_very_long_texts_stay_cheap_and_close():
    long_draft = " ".join(f"w{i}" for i in range(2000))
    posted = long_draft.replace("w10 ", "x10 ").replace("w999 ", "")
    ratio = edit_ratio(long_draft, posted)
    assert 0 < ratio <= 0.002


def test_summary_of_a_known_set():
    rows = [
        (1, 0.0, "apology_fix", "en", "rules"),
        (1, 0.05, "apology_fix", "pl", "rules"),
        (1, 0.4, "thank_you", "pl", "rules"),
        (0, None, None, None, None),
    ]
    found = summarise(rows)
    assert (found["replies"], found["from_draft"], found["nearly_unchanged"]) == (4, 3, 2)
    assert found["from_draft_share"] == 0.75 and found["nearly_unchanged_share"] == 0.5
    assert found["median_edit"] == 0.05
    pl = [g for g in found["by_language"] if g["key"] == "pl"][0]
    assert (pl["replies"], pl["median_edit"], pl["nearly_unchanged"]) == (2, 0.225, 1)
    assert [g["key"] for g in found["by_approach"]] == ["apology_fix", "thank_you"]
