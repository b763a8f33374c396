"""Everything the desk says, in English, Polish and Ukrainian. Sentences avoid counted nouns
("Answered: 14") so no language needs plural rules the templates would have to know."""

from __future__ import annotations

LANGUAGES = ("en", "pl", "uk")
LANGUAGE_NAMES = {"en": "English", "pl": "Polski", "uk": "Українська"}

TEXT: dict[str, dict[str, str]] = {
    "drafts_in_use": {"en": "Drafts in use", "pl": "Szkice w praktyce", "uk": "Чернетки в роботі"},
    "drafts_in_use_help": {
        "en": "Of the replies posted in this period: how many started from a Hugdesk draft, how many were sent "
              "nearly unchanged (under 10% of the draft's words changed), and the typical share of words changed.",
        "pl": "Spośród odpowiedzi opublikowanych w tym okresie: ile powstało ze szkicu Hugdesk, ile wysłano prawie "
              "bez zmian (zmieniono mniej niż 10% słów szkicu) i jaką część słów zwykle zmieniano.",
        "uk": "З відповідей, опублікованих за цей період: скільки з них створено з чернетки Hugdesk, скільки "
              "надіслано майже без змін (змінено менше ніж 10% слів чернетки) і яку частку слів зазвичай змінювали.",
    },
    "model_title": {"en": "Language model", "pl": "Model językowy", "uk": "Мовна модель"},
    "model_help": {
        "en": "Drafts your language model wrote in this period: shown to agents, refused by Hugdesk's checks "
              "(the agents never saw them), or failed (no answer in time, or an error from the model's server). "
              "Agents kept Hugdesk's own drafts whenever the model gave none.",
        "pl": "Szkice, które Wasz model językowy napisał w tym okresie: pokazane konsultantom, odrzucone przez "
              "kontrole Hugdesk (konsultanci ich nie widzieli) albo nieudane (brak odpowiedzi na czas lub błąd "
              "serwera modelu). Gdy model nic nie dał, konsultanci mieli własne szkice Hugdesk.",
        "uk": "Чернетки, які ваша мовна модель написала за цей період: показані консультантам, відхилені "
              "перевірками Hugdesk (консультанти їх не бачили) або невдалі (немає відповіді вчасно чи помилка "
              "сервера моделі). Коли модель нічого не дала, консультанти мали власні чернетки Hugdesk.",
    },
    "model_off": {"en": "Off", "pl": "Wyłączony", "uk": "Вимкнено"},
    "model_on": {"en": "On: {model} at {endpoint}", "pl": "Włączony: {model} pod adresem {endpoint}",
                 "uk": "Увімкнено: {model} за адресою {endpoint}"},
    "model_remote": {"en": "This address is not on this computer: reviews are sent to it.",
                     "pl": "Ten adres nie jest na tym komputerze: opinie są tam wysyłane.",
                     "uk": "Ця адреса не на цьому комп'ютері: відгуки надсилаються туди."},
    "model_shown": {"en": "Shown", "pl": "Pokazane", "uk": "Показані"},
    "model_refused": {"en": "Refused by the checks", "pl": "Odrzucone przez kontrole", "uk": "Відхилені перевірками"},
    "model_failed": {"en": "Failed", "pl": "Nieudane", "uk": "Невдалі"},
    "model_waiting": {"en": "Waiting now", "pl": "Teraz w kolejce", "uk": "Зараз у черзі"},
    "model_reasons": {"en": "Why (reason codes, see the README)", "pl": "Dlaczego (kody przyczyn, zob. README)",
                      "uk": "Чому (коди причин, див. README)"},
    "model_refused_one": {"en": "refused", "pl": "odrzucony", "uk": "відхилено"},
    "model_failed_one": {"en": "failed", "pl": "nieudany", "uk": "невдало"},
    "model_last": {"en": "Last problems", "pl": "Ostatnie problemy", "uk": "Останні проблеми"},
    "replies_posted": {"en": "Replies posted", "pl": "Opublikowane odpowiedzi", "uk": "Опубліковані відповіді"},
    "from_draft": {"en": "From a draft", "pl": "Ze szkicu", "uk": "З чернетки"},
    "nearly_unchanged": {"en": "Sent nearly unchanged", "pl": "Wysłane prawie bez zmian",
                         "uk": "Надіслані майже без змін"},
    "median_edit": {"en": "Words changed (median)", "pl": "Zmienione słowa (mediana)",
                    "uk": "Змінені слова (медіана)"},
    "all_replies": {"en": "All replies", "pl": "Wszystkie odpowiedzi", "uk": "Усі відповіді"},
    "lang_en": {"en": "In English", "pl": "Po angielsku", "uk": "Англійською"},
    "lang_pl": {"en": "In Polish", "pl": "Po polsku", "uk": "Польською"},
    "lang_uk": {"en": "In Ukrainian", "pl": "Po ukraińsku", "uk": "Українською"},
    "approach_concrete_fix": {"en": "Apology and a fix", "pl": "Przeprosiny i rozwiązanie",
                              "uk": "Вибачення й розв'язання"},
    "approach_concrete_fix_compensation": {"en": "Apology, fix and compensation",
                                           "pl": "Przeprosiny, rozwiązanie i rekompensata",
                                           "uk": "Вибачення, розв'язання й компенсація"},
    "approach_explain_and_guide": {"en": "Explain and guide", "pl": "Wyjaśnienie i wskazówki",
                                   "uk": "Пояснення й поради"},
    "approach_help_and_clarify": {"en": "Help and clarify", "pl": "Pomoc i dopytanie", "uk": "Допомога й уточнення"},
    "approach_thank_you": {"en": "Thank-you", "pl": "Podziękowanie", "uk": "Подяка"},
    "approach_thank_you_invite": {"en": "Thank-you and invitation", "pl": "Podziękowanie i zaproszenie",
                                  "uk": "Подяка й запрошення"},
    "title": {"en": "Team desk", "pl": "Pulpit zespołu", "uk": "Панель команди"},
    "nav_queue": {"en": "Queue", "pl": "Kolejka", "uk": "Черга"},
    "nav_performance": {"en": "Response times", "pl": "Czasy odpowiedzi", "uk": "Час відповіді"},
    "nav_promises": {"en": "Promises", "pl": "Obietnice", "uk": "Обіцянки"},
    "nav_problems": {"en": "Recurring problems", "pl": "Powracające problemy", "uk": "Проблеми, що повторюються"},
    "nav_customers": {"en": "Customers", "pl": "Klienci", "uk": "Клієнти"},
    "nav_mine": {"en": "My figures", "pl": "Moje wyniki", "uk": "Мої показники"},
    "signed_in_as": {"en": "Signed in as {name}", "pl": "Zalogowano jako {name}", "uk": "Ви увійшли як {name}"},
    "role_lead": {"en": "team lead", "pl": "lider zespołu", "uk": "керівник команди"},
    "role_agent": {"en": "agent", "pl": "konsultant", "uk": "консультант"},
    "sign_out": {"en": "Sign out", "pl": "Wyloguj się", "uk": "Вийти"},
    "sign_in_title": {"en": "Sign in to the team desk", "pl": "Zaloguj się do pulpitu zespołu",
                      "uk": "Увійдіть до панелі команди"},
    "sign_in_help": {"en": "Paste your Hugdesk token (the one `hugdesk token create` printed for you).",
                     "pl": "Wklej swój token Hugdesk (ten, który wyświetliło dla Ciebie polecenie `hugdesk token create`).",
                     "uk": "Вставте свій токен Hugdesk (той, що для вас вивела команда `hugdesk token create`)."},
    "token_label": {"en": "Token", "pl": "Token", "uk": "Токен"},
    "sign_in": {"en": "Sign in", "pl": "Zaloguj się", "uk": "Увійти"},
    "sign_in_failed": {"en": "That token is not valid or has been revoked.",
                       "pl": "Ten token jest nieprawidłowy albo został unieważniony.",
                       "uk": "Цей токен недійсний або його відкликано."},
    "signed_out": {"en": "You are signed out.", "pl": "Wylogowano.", "uk": "Ви вийшли з панелі."},
    "form_expired": {"en": "The form has expired. Please try again.", "pl": "Formularz wygasł. Spróbuj ponownie.",
                     "uk": "Форма застаріла. Спробуйте ще раз."},
    "refused_title": {"en": "For team leads only", "pl": "Tylko dla liderów zespołu", "uk": "Лише для керівників команди"},
    "refused_text": {"en": "This page shows the whole team's figures. Your own are under My figures.",
                     "pl": "Ta strona pokazuje wyniki całego zespołu. Swoje znajdziesz w zakładce Moje wyniki.",
                     "uk": "Ця сторінка показує показники всієї команди. Ваші власні — у розділі «Мої показники»."},
    "period": {"en": "Period", "pl": "Okres", "uk": "Період"},
    "last_days": {"en": "Last {n} days", "pl": "Ostatnie {n} dni", "uk": "Останні {n} днів"},
    "show": {"en": "Show", "pl": "Pokaż", "uk": "Показати"},
    "target": {"en": "Target: {n} min", "pl": "Cel: {n} min", "uk": "Ціль: {n} хв"},
    "minutes": {"en": "{n} min", "pl": "{n} min", "uk": "{n} хв"},
    "answered": {"en": "Answered", "pl": "Z odpowiedzią", "uk": "З відповіддю"},
    "median": {"en": "Median first response", "pl": "Mediana czasu pierwszej odpowiedzi",
               "uk": "Медіана часу першої відповіді"},
    "p90": {"en": "90th percentile", "pl": "90. percentyl", "uk": "90-й процентиль"},
    "within_target": {"en": "Answered within target", "pl": "Odpowiedzi w docelowym czasie",
                      "uk": "Відповіді в межах цільового часу"},
    "unanswered": {"en": "Unanswered", "pl": "Bez odpowiedzi", "uk": "Без відповіді"},
    "overdue": {"en": "Overdue", "pl": "Po terminie", "uk": "Прострочені"},
    "backlog": {"en": "Backlog (posted before tracking began)", "pl": "Zaległe (sprzed rozpoczęcia śledzenia)",
                "uk": "Старі звернення (до початку відстеження)"},
    "expected_now": {"en": "Expected response time now", "pl": "Przewidywany czas odpowiedzi teraz",
                     "uk": "Очікуваний час відповіді зараз"},
    "expected_unknown": {"en": "unknown: no replies in the last 24 hours",
                         "pl": "nieznany: brak odpowiedzi w ciągu ostatnich 24 godzin",
                         "uk": "невідомий: за останні 24 години відповідей не було"},
    "expected_basis": {"en": "median of the first replies in the last {h} h (replies: {n})",
                       "pl": "mediana pierwszych odpowiedzi z ostatnich {h} godz. (odpowiedzi: {n})",
                       "uk": "медіана перших відповідей за останні {h} год (відповідей: {n})"},
    "untimed_note": {"en": "Already answered when Hugdesk first saw them, so their reply time is unknown and left out of the median: {n}",
                     "pl": "Miały już odpowiedź, gdy Hugdesk je zobaczył, więc czas odpowiedzi jest nieznany i nie wlicza się do mediany: {n}",
                     "uk": "Уже мали відповідь, коли Hugdesk їх побачив, тож час відповіді невідомий і до медіани не входить: {n}"},
    "by_platform": {"en": "By platform", "pl": "Według platformy", "uk": "За платформами"},
    "by_agent": {"en": "By agent", "pl": "Według konsultanta", "uk": "За консультантами"},
    "by_day": {"en": "By day", "pl": "Dzień po dniu", "uk": "По днях"},
    "by_week": {"en": "By week", "pl": "Tydzień po tygodniu", "uk": "По тижнях"},
    "chart_times": {"en": "First response (minutes)", "pl": "Pierwsza odpowiedź (minuty)",
                    "uk": "Перша відповідь (хвилини)"},
    "chart_share": {"en": "Answered within target (%)", "pl": "Odpowiedzi w docelowym czasie (%)",
                    "uk": "Відповіді в межах цільового часу (%)"},
    "chart_platforms": {"en": "Median first response by platform (minutes)",
                        "pl": "Mediana pierwszej odpowiedzi według platformy (minuty)",
                        "uk": "Медіана першої відповіді за платформами (хвилини)"},
    "series_median": {"en": "Median", "pl": "Mediana", "uk": "Медіана"},
    "series_p90": {"en": "90th percentile", "pl": "90. percentyl", "uk": "90-й процентиль"},
    "series_target": {"en": "Target", "pl": "Cel", "uk": "Ціль"},
    "export": {"en": "Export CSV", "pl": "Eksportuj do CSV", "uk": "Експортувати в CSV"},
    "platform": {"en": "Platform", "pl": "Platforma", "uk": "Платформа"},
    "agent": {"en": "Agent", "pl": "Konsultant", "uk": "Консультант"},
    "rating": {"en": "Rating", "pl": "Ocena", "uk": "Оцінка"},
    "assignee": {"en": "Assignee", "pl": "Osoba przypisana", "uk": "Відповідальний"},
    "all": {"en": "All", "pl": "Wszystkie", "uk": "Усі"},
    "unassigned": {"en": "Unassigned", "pl": "Nieprzypisane", "uk": "Не призначено"},
    "stars": {"en": "{n} ★", "pl": "{n} ★", "uk": "{n} ★"},
    "filter": {"en": "Filter", "pl": "Filtruj", "uk": "Фільтрувати"},
    "section_overdue": {"en": "Overdue", "pl": "Po terminie", "uk": "Прострочені"},
    "section_due_soon": {"en": "Due soon", "pl": "Zaraz minie termin", "uk": "Термін ось-ось мине"},
    "section_rest": {"en": "The rest", "pl": "Pozostałe", "uk": "Решта"},
    "waiting": {"en": "Waiting", "pl": "Czeka", "uk": "Чекає"},
    "item": {"en": "Item", "pl": "Wpis", "uk": "Допис"},
    "author": {"en": "Author", "pl": "Autor", "uk": "Автор"},
    "open_on": {"en": "Open on {platform}", "pl": "Otwórz w serwisie {platform}", "uk": "Відкрити на {platform}"},
    "queue_help": {"en": "Each item waits against its own target (complaints, neutral and positive reviews), counted in business hours, as on the cards.",
                   "pl": "Każdy wpis czeka względem własnego celu (skargi, opinie neutralne i pozytywne), liczonego w godzinach pracy, tak jak na kartach.",
                   "uk": "Кожен допис чекає відповідно до власної цілі (скарги, нейтральні й позитивні відгуки), у робочих годинах, як на картках."},
    "queue_empty": {"en": "Nothing is waiting for an answer.", "pl": "Nic nie czeka na odpowiedź.",
                    "uk": "Ніщо не чекає на відповідь."},
    "customer": {"en": "Customer", "pl": "Klient", "uk": "Клієнт"},
    "promise": {"en": "Promise", "pl": "Obietnica", "uk": "Обіцянка"},
    "due": {"en": "Due", "pl": "Termin", "uk": "Термін"},
    "state": {"en": "State", "pl": "Stan", "uk": "Стан"},
    "state_overdue": {"en": "Overdue", "pl": "Po terminie", "uk": "Прострочена"},
    "state_due_soon": {"en": "Due within 24 h", "pl": "Termin w ciągu 24 godz.", "uk": "Термін — упродовж 24 год"},
    "state_later": {"en": "Later", "pl": "Później", "uk": "Пізніше"},
    "promises_open": {"en": "Open promises", "pl": "Otwarte obietnice", "uk": "Відкриті обіцянки"},
    "promises_due_soon": {"en": "Due within 24 h", "pl": "Termin w ciągu 24 godz.", "uk": "Термін — упродовж 24 год"},
    "promises_overdue": {"en": "Overdue promises", "pl": "Obietnice po terminie", "uk": "Прострочені обіцянки"},
    "kept": {"en": "Kept", "pl": "Dotrzymane", "uk": "Виконані"},
    "broken": {"en": "Broken", "pl": "Niedotrzymane", "uk": "Порушені"},
    "kept_rate": {"en": "Kept", "pl": "Dotrzymane", "uk": "Виконані"},
    "outcomes": {"en": "Kept and broken in this period", "pl": "Dotrzymane i niedotrzymane w tym okresie",
                 "uk": "Виконані й порушені за цей період"},
    "no_promises": {"en": "No open promises.", "pl": "Brak otwartych obietnic.", "uk": "Відкритих обіцянок немає."},
    "problem": {"en": "Problem", "pl": "Problem", "uk": "Проблема"},
    "this_period": {"en": "This period", "pl": "Ten okres", "uk": "Цей період"},
    "previous_period": {"en": "Previous period", "pl": "Poprzedni okres", "uk": "Попередній період"},
    "trend_up": {"en": "up from {n}", "pl": "wzrost z {n}", "uk": "зросло з {n}"},
    "trend_down": {"en": "down from {n}", "pl": "spadek z {n}", "uk": "знизилося з {n}"},
    "trend_same": {"en": "no change", "pl": "bez zmian", "uk": "без змін"},
    "examples": {"en": "Examples", "pl": "Przykłady", "uk": "Приклади"},
    "problems_help": {"en": "Complaint categories across reviews, comments, logged calls and e-mails.",
                      "pl": "Kategorie skarg z opinii, komentarzy, zarejestrowanych rozmów i e-maili.",
                      "uk": "Категорії скарг з відгуків, коментарів, зареєстрованих дзвінків і листів."},
    "chart_problems": {"en": "Complaints by category", "pl": "Skargi według kategorii", "uk": "Скарги за категоріями"},
    "no_problems": {"en": "No complaints in this period.", "pl": "Brak skarg w tym okresie.",
                    "uk": "За цей період скарг немає."},
    "contact_n": {"en": "logged contact no. {n}", "pl": "zarejestrowany kontakt nr {n}",
                  "uk": "зареєстрований контакт № {n}"},
    "item_n": {"en": "item no. {n}", "pl": "wpis nr {n}", "uk": "допис № {n}"},
    "repeat_title": {"en": "Customers who got in touch again", "pl": "Klienci, którzy odezwali się ponownie",
                     "uk": "Клієнти, які звернулися повторно"},
    "repeat_unresolved": {"en": "Still unresolved", "pl": "Wciąż nierozwiązane", "uk": "Досі не вирішено"},
    "contacts": {"en": "Contacts", "pl": "Kontakty", "uk": "Звернення"},
    "channels": {"en": "Channels", "pl": "Kanały", "uk": "Канали"},
    "last_contact": {"en": "Last contact", "pl": "Ostatni kontakt", "uk": "Останнє звернення"},
    "unresolved": {"en": "Unresolved", "pl": "Nierozwiązane", "uk": "Не вирішено"},
    "yes": {"en": "Yes", "pl": "Tak", "uk": "Так"},
    "no": {"en": "No", "pl": "Nie", "uk": "Ні"},
    "no_repeat": {"en": "Nobody got in touch twice in this period.",
                  "pl": "W tym okresie nikt nie odezwał się dwa razy.",
                  "uk": "За цей період ніхто не звертався двічі."},
    "candidates_title": {"en": "Same person?", "pl": "Ta sama osoba?", "uk": "Та сама особа?"},
    "candidates_help": {"en": "Records with the same name on different channels. Merge them if they are one person; otherwise keep them apart.",
                        "pl": "Rekordy z tym samym imieniem i nazwiskiem w różnych kanałach. Połącz je, jeśli to jedna osoba, a jeśli nie – zostaw osobno.",
                        "uk": "Записи з однаковим ім'ям у різних каналах. Об'єднайте їх, якщо це одна особа, а якщо ні — залиште окремо."},
    "merge": {"en": "Merge", "pl": "Połącz", "uk": "Об'єднати"},
    "keep_apart": {"en": "Keep apart", "pl": "Zostaw osobno", "uk": "Залишити окремо"},
    "merged": {"en": "Merged into one customer.", "pl": "Połączono w jednego klienta.",
               "uk": "Об'єднано в одного клієнта."},
    "kept_apart": {"en": "Kept apart; this pair will not be suggested again.",
                   "pl": "Zostawiono osobno; ta para nie będzie już proponowana.",
                   "uk": "Залишено окремо; цю пару більше не пропонуватимемо."},
    "no_candidates": {"en": "No likely duplicates.", "pl": "Brak prawdopodobnych duplikatów.",
                      "uk": "Ймовірних дублікатів немає."},
    "not_logged": {"en": "(not logged)", "pl": "(niezarejestrowane)", "uk": "(не зареєстровано)"},
    "language": {"en": "Language", "pl": "Język", "uk": "Мова"},
    "unknown": {"en": "unknown", "pl": "nieznany", "uk": "невідомо"},
    # Complaint categories (engine/lexicon.py), as a lead would name them.
    "cat_product_defect": {"en": "Product defects", "pl": "Wady produktu", "uk": "Дефекти товару"},
    "cat_delivery": {"en": "Delivery", "pl": "Dostawa", "uk": "Доставка"},
    "cat_after_sales": {"en": "After-sales service (installation, repair)",
                        "pl": "Obsługa posprzedażowa (montaż, naprawa)",
                        "uk": "Післяпродажне обслуговування (встановлення, ремонт)"},
    "cat_support_unreachable": {"en": "Support unreachable", "pl": "Brak kontaktu z obsługą klienta",
                                "uk": "Не вдається зв'язатися з підтримкою"},
    "cat_price": {"en": "High prices", "pl": "Wysokie ceny", "uk": "Високі ціни"},
    "cat_usability": {"en": "Inconvenient to use", "pl": "Niewygodna obsługa", "uk": "Незручно користуватися"},
    "cat_staff": {"en": "Staff behaviour", "pl": "Zachowanie personelu", "uk": "Поведінка персоналу"},
    "cat_cleanliness": {"en": "Cleanliness", "pl": "Czystość", "uk": "Чистота"},
    "cat_food": {"en": "Food", "pl": "Jedzenie", "uk": "Їжа"},
    "cat_room": {"en": "Rooms", "pl": "Pokoje", "uk": "Номери"},
    "cat_noise": {"en": "Noise", "pl": "Hałas", "uk": "Шум"},
    "cat_waiting": {"en": "Waiting times", "pl": "Czas oczekiwania", "uk": "Час очікування"},
    "cat_billing": {"en": "Billing", "pl": "Rozliczenia", "uk": "Рахунки й оплата"},
    "ch_facebook": {"en": "Facebook", "pl": "Facebook", "uk": "Facebook"},
    "ch_yelp": {"en": "Yelp", "pl": "Yelp", "uk": "Yelp"},
    "ch_tripadvisor": {"en": "Tripadvisor", "pl": "Tripadvisor", "uk": "Tripadvisor"},
    "ch_phone": {"en": "Phone", "pl": "Telefon", "uk": "Телефон"},
    "ch_email": {"en": "E-mail", "pl": "E-mail", "uk": "Ел. пошта"},
    "ch_chat": {"en": "Chat", "pl": "Czat", "uk": "Чат"},
    "ch_visit": {"en": "Visit", "pl": "Wizyta", "uk": "Візит"},
    "ch_other": {"en": "Other", "pl": "Inne", "uk": "Інше"},
}


def pick_language(cookie: str | None, accept_language: str | None) -> str:
    """The switcher's choice, else the browser's first language we speak, else English."""
    if cookie in LANGUAGES:
        return cookie
    weighted = []
    for position, part in enumerate((accept_language or "").split(",")):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        weighted.append((-quality, position, tag.strip().lower()[:2]))
    for _, _, code in sorted(weighted):
        if code in LANGUAGES:
            return code
    return "en"


def translator(language: str):
    def t(key: str, **values) -> str:
        entry = TEXT[key]
        text = entry.get(language) or entry["en"]
        return text.format(**values) if values else text

    def label(prefix: str, code: str | None) -> str:
        """A category or channel name; codes we have no words for are shown as they are."""
        if code and f"{prefix}_{code}" in TEXT:
            return t(f"{prefix}_{code}")
        return code or ""

    return t, label
