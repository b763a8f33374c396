"""Issue 9, fifty-second round (stop 32): replies that stay true when the reading is unsure.

Graded blind on sets BF-BO (919 drafts of unseen reviews), the reply "the service centre is
already handling it, carry on with them" was wrong 4 times in 5 (a repair only planned, a
service the reviewer wants to avoid, one he called hell, one he called stalling) and never
ready to send; "thank you for telling us how it ended" was wrong when the case had not ended.
These replies now say only what holds either way. Every review here is made up for these tests."""

import re

import pytest

from tests.support.reading import GENERAL_SHOP, body, drafts_for_authors

_CARRY_ON = re.compile(r"already handling|carry on with them|see it through|zajmuje się już serwis|prowadzić dalej|"
                       r"вже займається|уже займається|й далі (?:спілкуватися|звертатися)", re.IGNORECASE)
_OUR_SIDE = re.compile(r"if you bought it from us|if the purchase was made with us|jeśli zakup był w naszym sklepie|"
                       r"jeżeli (?:produkt|sprzęt) (?:został )?kupi|якщо покупка була в нашому магазині|якщо ви купували (?:товар )?у нас",
                       re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Przestał działać po miesiącu. Od trzech tygodni jest w serwisie producenta.",
    "Через годину роботи на матриці з'явились дефекти. Думав, що одразу замінять, але в сервісному центрі забрали на діагностику до 14 робочих днів.",
    "Перестав працювати через місяць. Вже три тижні він у сервісному центрі виробника.",
])
def test_a_unit_at_the_service_is_never_sent_back_there(text):
    for draft in drafts_for_authors(text, 2, GENERAL_SHOP):
        assert not _CARRY_ON.search(draft), draft
        assert _OUR_SIDE.search(body(draft)), draft


_HOW_IT_ENDED = re.compile(r"how it ended|jak (?:sprawa )?się zakończyła|чим усе (?:закінчилося|завершилося)", re.IGNORECASE)


@pytest.mark.parametrize("text", [
    "Stopped charging after a week. I sent it back and got a replacement, and the new one does exactly the same.",
    "Po tygodniu przestała się ładować. Odesłałem, dostałem nową i z nią mam ten sam problem.",
    "Перестала заряджатися. Повернув, дали іншу, а з нею та сама проблема.",
    "Zepsuł się po tygodniu, oddałem do sklepu.",
    "Повернув його наступного дня, бо не сподобався звук.",
])
def test_a_reply_never_says_the_case_has_ended(text):
    for draft in drafts_for_authors(text, 1, GENERAL_SHOP):
        assert not _HOW_IT_ENDED.search(draft), draft
