"""The drafts cache: remembered per ticket and context, forgotten oldest first."""

from hugdesk.usecases.drafts import Advisor

REVIEW = {"platform": "yelp", "author_name": "Anna K.", "rating": 1, "text": "Cold soup and a rude waiter."}
CONTEXT = {"business_name": "Roma", "signature": "Ola", "compensations": [], "agent_name": "", "history": None,
           "promises": [], "previous_replies": []}


def test_drafts_are_remembered_until_the_review_or_context_changes():
    advisor = Advisor()
    result, first = advisor.write(1, REVIEW, CONTEXT)
    assert result is not None and first
    again, second = advisor.write(1, REVIEW, CONTEXT)
    assert again is None and second is first  # from the cache, not written anew
    changed, third = advisor.write(1, REVIEW, {**CONTEXT, "signature": "Marek"})
    assert changed is not None and "Marek" in third[0].text


def test_oldest_tickets_are_forgotten_and_a_passed_deadline_writes_nothing():
    advisor = Advisor(size=2)
    for ticket in (1, 2, 3):
        advisor.write(ticket, REVIEW, CONTEXT)
    assert not advisor.knows(1) and advisor.knows(2) and advisor.knows(3)
    assert advisor.write(4, REVIEW, CONTEXT, deadline=0.0) == (None, None)
    assert not advisor.knows(4)
