"""Polish reply phrasebook.

Markup: <for a man|for a woman|for Państwo> picks the courtesy form (Pan/Pani/Państwo)
and its verb endings; [singular|plural] agrees with the customer's topic. {x} is the
topic in the nominative (bateria), {x_o} in the locative after "o" (o baterii); sentences
are built so that no other case is ever needed. Commitments carry a time frame.
"""

LANG = "pl"

SLOTS = {
    "thanks_praise_topic": (
        "Serdecznie dziękujemy za miłe słowa o {p_o}!",
        "Bardzo się cieszymy, że {p} [spełnia|spełniają] <Pana|Pani|Państwa> oczekiwania!",
        "Dziękujemy, że <podzielił się Pan|podzieliła się Pani|podzielili się Państwo> wrażeniami – szczególnie cieszą nas słowa o {p_o}.",
        "<Pana|Pani|Państwa> słowa o {p_o} bardzo nas ucieszyły – dziękujemy!",
        "Dziękujemy za dobre słowo o {p_o}!",
    ),
    "thanks_praise_generic": (
        "Serdecznie dziękujemy za tak pozytywną opinię!",
        "Bardzo dziękujemy za miłe słowa – to dla nas ogromna motywacja!",
        "Dziękujemy, że <znalazł Pan|znalazła Pani|znaleźli Państwo> chwilę, by podzielić się opinią!",
        "Taka opinia to dla nas najlepsza nagroda – dziękujemy!",
        "Dziękujemy za tak ciepłe słowa!",
        "Bardzo nam miło – dziękujemy za opinię!",
    ),
    "praise_detail_hospitality": (
        "<Pana|Pani|Państwa> miłe słowa trafiają prosto do całego zespołu.",
        "Cały zespół bardzo się ucieszy z tej opinii.",
        "Dokładamy starań, by każda wizyta u nas była udana – cieszymy się, że to widać.",
        "Cieszymy się, że <dobrze się Pan u nas czuł|dobrze się Pani u nas czuła|dobrze się Państwo u nas czuli>.",
        "Bardzo nam miło, że nasza praca została doceniona.",
    ),
    "praise_detail_product": (
        "Cieszymy się, że zakup okazał się trafiony.",
        "Takie opinie pomagają innym klientom w wyborze.",
        "Zawsze miło usłyszeć, że <klient jest zadowolony|klientka jest zadowolona|klienci są zadowoleni>.",
        "Miło nam, że wybór okazał się trafny.",
        "Bardzo się cieszymy, że <jest Pan zadowolony|jest Pani zadowolona|są Państwo zadowoleni> z zakupu.",
    ),
    "praise_detail_general": (
        "Takie słowa bardzo motywują nasz zespół.",
        "To dla nas bardzo ważne, że <jest Pan zadowolony|jest Pani zadowolona|są Państwo zadowoleni>.",
        "Cieszymy się, że wszystko poszło po <Pana|Pani|Państwa> myśli.",
        "Dziękujemy za zaufanie.",
        "Bardzo nam miło, że nasza praca została doceniona.",
    ),
    "invite_hospitality": (
        "Serdecznie zapraszamy ponownie!",
        "Do zobaczenia przy kolejnej wizycie!",
        "Będzie nam miło gościć <Pana|Panią|Państwa> ponownie!",
        "Czekamy na kolejną wizytę!",
        "Mamy nadzieję, że wkrótce znów się zobaczymy!",
    ),
    "invite_product": (
        "Życzymy udanego korzystania z zakupu!",
        "Mamy nadzieję, że zakup będzie <Panu|Pani|Państwu> służył jak najdłużej.",
        "Zapraszamy ponownie na zakupy!",
        "W razie jakichkolwiek pytań zawsze chętnie pomożemy.",
        "Dziękujemy za zakupy i życzymy wielu udanych chwil z nowym sprzętem!",
    ),
    "invite_general": (
        "Zapraszamy ponownie!",
        "Zawsze chętnie pomożemy.",
        "Do usłyszenia!",
        "Dziękujemy za zaufanie i do zobaczenia!",
        "W razie pytań zawsze chętnie pomożemy.",
    ),
    "thanks_mixed_topic": (
        "Dziękujemy za szczegółową opinię i miłe słowa o {p_o}.",
        "Miło nam, że tak dobrze <pisze Pan|pisze Pani|piszą Państwo> o {p_o}.",
        "Dziękujemy za opinię – miło czytać to, co <napisał Pan|napisała Pani|napisali Państwo> o {p_o}.",
    ),
    "thanks_mixed_generic": (
        "Dziękujemy za szczerą i wyważoną opinię.",
        "Dziękujemy, że <opisał Pan|opisała Pani|opisali Państwo> zarówno plusy, jak i minusy.",
        "Dziękujemy za szczegółową opinię.",
    ),
    "apology_topic": (
        "Przykro nam, że {x} [sprawia|sprawiają] <Panu|Pani|Państwu> kłopot – bardzo przepraszamy.",
        "Bardzo przepraszamy za kłopot – to, co <napisał Pan|napisała Pani|napisali Państwo> o {x_o}, traktujemy poważnie.",
        "Przepraszamy, że {x} nie [spełnia|spełniają] <Pana|Pani|Państwa> oczekiwań.",
        "Przykro nam czytać o {x_o} – bardzo przepraszamy.",
    ),
    "apology_price_topic": (
        "Rozumiemy, że przy {x_o} cena <wydała się Panu|wydała się Pani|wydała się Państwu> zbyt wysoka – przepraszamy za rozczarowanie.",
        "Dziękujemy za uwagi o {x_o} – przykro nam, że cena nie wydaje się <Panu|Pani|Państwu> adekwatna.",
    ),
    "apology_price": (
        "Rozumiemy, że cena <wydała się Panu|wydała się Pani|wydała się Państwu> zbyt wysoka – przepraszamy za rozczarowanie.",
        "Przykro nam, że cena nie wydaje się <Panu|Pani|Państwu> adekwatna – to dla nas ważny sygnał.",
    ),
    "apology_generic": (
        "Bardzo przepraszamy – nie tak powinno to wyglądać.",
        "Przykro nam, że nie wszystko było tak, jak <Pan oczekiwał|Pani oczekiwała|Państwo oczekiwali> – przepraszamy.",
        "Szczerze przepraszamy za kłopot i nerwy, które <Pana|Panią|Państwa> to kosztowało.",
        "Przepraszamy, że tym razem <Pana|Panią|Państwa> zawiedliśmy.",
        "Przykro nam, że tym razem coś poszło nie tak – przepraszamy.",
        "Bardzo przepraszamy – wiemy, jak frustrujące bywają takie sytuacje.",
    ),
    "apology_issues": (
        "Bardzo nam przykro z powodu {issues} – przepraszamy.",
        "Szczerze przepraszamy – przykro nam z powodu {issues}.",
        "Przykro nam z powodu {issues} – <zasługiwał Pan|zasługiwała Pani|zasługiwali Państwo> na coś lepszego. Przepraszamy.",
    ),
    "apology_value": (
        "Rozumiemy <Pana|Pani|Państwa> rozczarowanie z powodu {issues} – przepraszamy, że tym razem <Pana|Panią|Państwa> zawiedliśmy.",
        "Przykro nam z powodu {issues} – rozumiemy <Pana|Pani|Państwa> rozczarowanie i przepraszamy.",
    ),
    "decline": (
        "Wiemy, że kiedyś było lepiej – i właśnie do tego poziomu chcemy wrócić.",
        "Zależy nam, żeby znów było tak dobrze jak kiedyś.",
    ),
    "repeat": (
        "Widzimy, że <kontaktował się Pan|kontaktowała się Pani|kontaktowali się Państwo> z nami już wcześniej {topics} – przepraszamy, że <musiał Pan|musiała Pani|musieli Państwo> pisać ponownie.",
        "Wiemy, że to już kolejna wiadomość {topics} – dziękujemy za cierpliwość i przepraszamy, że sprawa wciąż nie jest rozwiązana.",
        "<Pisał Pan|Pisała Pani|Pisali Państwo> do nas już wcześniej {topics} – przepraszamy, że sprawa tak się przeciąga.",
    ),
    "promise_open": (
        "Pamiętamy o naszej obietnicy: „{text}” (termin: {date}).",
        "Nasze zobowiązanie jest aktualne: „{text}” – do {date}.",
        "Potwierdzamy: „{text}” – zgodnie z ustaleniami do {date}.",
    ),
    "promise_overdue": (
        "Obiecaliśmy: „{text}” do {date} i nie dotrzymaliśmy terminu – bardzo przepraszamy, dziś zajmujemy się tym w pierwszej kolejności.",
        "Termin naszej obietnicy („{text}”) minął {date} – przepraszamy za opóźnienie, sprawa jest dziś naszym priorytetem.",
        "Jesteśmy <Panu|Pani|Państwu> winni: „{text}” – to miało nastąpić do {date}. Przepraszamy i dziś to nadrabiamy.",
    ),
    "prepared_agent": (
        "Nazywam się {agent} i osobiście zajmuję się <Pana|Pani|Państwa> sprawą.",
        "Jestem {agent} i to ja prowadzę <Pana|Pani|Państwa> sprawę.",
        "Z tej strony {agent} – będę <Pana|Pani|Państwa> osobą kontaktową aż do rozwiązania sprawy.",
    ),
    "prepared_team": (
        "<Pana|Pani|Państwa> zgłoszenie trafiło już do {team_gen}.",
        "Sprawą zajmuje się już {team}.",
        "Przekazaliśmy już wszystkie szczegóły – zajmuje się nimi {team}.",
        "Wszystkie szczegóły ma już {team}.",
        "Zgłoszenie jest już w rękach {team_gen}.",
    ),
    "private_channel": (
        "Aby nie podawać danych publicznie, prosimy o wiadomość prywatną z {ref} i danymi kontaktowymi – odpowiemy w ciągu 24 godzin.",
        "Nie chcemy prosić tutaj o dane osobowe, dlatego zapraszamy do wiadomości prywatnej – odezwiemy się w ciągu jednego dnia roboczego.",
        "Prosimy o wiadomość prywatną z {ref} – jeszcze dziś się tym zajmiemy.",
    ),
    "amends": (
        "W ramach przeprosin chcielibyśmy zaproponować <Panu|Pani|Państwu>: {comp}.",
        "Na przeprosiny mamy dla <Pana|Pani|Państwa> drobną rekompensatę: {comp}.",
        "Jako rekompensatę proponujemy: {comp}.",
    ),
    "no_blame": (
        "To się zdarza – a my jesteśmy tu po to, żeby pomóc.",
        "To zupełnie zrozumiałe – wiele osób ma z tym podobny kłopot.",
        "Dziękujemy za szczere opisanie sytuacji.",
    ),
    "question": (
        "Co do pytania: prosimy o wiadomość prywatną, odpowiemy w ciągu 24 godzin.",
        "Dziękujemy za pytanie – odpowiemy na nie prywatnie jeszcze dziś.",
    ),
    "improve_info": (
        "Dopracowujemy też opisy, aby te informacje były łatwiej dostępne.",
        "Dodajemy wyraźniejszą informację na ten temat w opisie produktu.",
    ),
    "closing_complaint": (
        "Dziękujemy za cierpliwość.",
        "Dziękujemy, że <dał nam Pan|dała nam Pani|dali nam Państwo> znać – to pomaga nam się poprawiać.",
        "Dziękujemy za szansę, by to naprawić.",
        "Dziękujemy za szczerość.",
    ),
    "neutral_thanks": (
        "Dziękujemy za opinię!",
        "Dziękujemy, że <podzielił się Pan|podzieliła się Pani|podzielili się Państwo> wrażeniami.",
        "Dziękujemy za poświęcony czas i kilka słów od <Pana|Pani|Państwa>.",
        "Dziękujemy za podzielenie się opinią!",
    ),
    "offer_help": (
        "Gdyby cokolwiek było potrzebne, prosimy o wiadomość prywatną – zwykle odpowiadamy w ciągu kilku godzin.",
    ),
    "neutral_invite": (
        "Gdyby pojawiły się jakiekolwiek pytania, chętnie pomożemy – wystarczy napisać.",
        "Będzie nam miło, jeśli po dłuższym czasie <uzupełni Pan|uzupełni Pani|uzupełnią Państwo> opinię.",
    ),
    "signoff": ("Pozdrawiamy serdecznie,", "Z wyrazami szacunku,", "Łączymy pozdrowienia,", "Pozdrawiamy,"),
}

COUNTERACT = {
    "product_defect": (
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia w wiadomości prywatnej, sprawdzimy usterkę i w ciągu 24 godzin odezwiemy się z propozycją dalszych kroków.",
        "Prosimy o wiadomość prywatną z numerem zamówienia – odpowiemy w ciągu jednego dnia roboczego i razem ustalimy, jak najlepiej to naprawić.",
        "Prosimy o kontakt w wiadomości prywatnej z numerem zamówienia – odezwiemy się w ciągu 24 godzin, by ustalić, jak to rozwiązać.",
    ),
    "wrong_item": (
        "Prosimy przesłać nam numer zamówienia w wiadomości prywatnej – sprawdzimy, gdzie nastąpiła pomyłka, i w ciągu 24 godzin odezwiemy się, żeby to naprawić.",
        "Jeśli <napisze Pan|napisze Pani|napiszą Państwo> do nas prywatnie z numerem zamówienia, wyjaśnimy pomyłkę i odpowiemy w ciągu 24 godzin.",
    ),
    "delivery": (
        "Prosimy przesłać numer zamówienia w wiadomości prywatnej – sprawdzimy status przesyłki u kuriera i odezwiemy się w ciągu 24 godzin.",
        "Jeśli <napisze Pan|napisze Pani|napiszą Państwo> do nas prywatnie z numerem zamówienia, jeszcze dziś wyjaśnimy z przewoźnikiem, co dzieje się z przesyłką.",
        "Prosimy o numer zamówienia w wiadomości prywatnej – do końca dnia przekażemy informację, gdzie jest przesyłka.",
        "Prosimy o numer zamówienia w wiadomości prywatnej – sprawdzimy przesyłkę i odpowiemy w ciągu 24 godzin.",
    ),
    "support_unreachable": (
        "Chętnie zadzwonię do <Pana|Pani|Państwa> osobiście – prosimy o numer telefonu w wiadomości prywatnej, oddzwonię w ciągu 24 godzin.",
        "Prosimy o wiadomość prywatną z dogodną porą kontaktu – oddzwonimy w ciągu jednego dnia roboczego.",
        "Prosimy napisać do nas prywatnie – odpowiemy w ciągu 24 godzin, tym razem bez czekania.",
    ),
    "price": (
        "Jeśli <zechce Pan|zechce Pani|zechcą Państwo> powiedzieć nam więcej, prosimy o wiadomość prywatną – odpowiemy w ciągu 24 godzin.",
        "<Pana|Pani|Państwa> uwagi przekazaliśmy całemu zespołowi; gdyby <chciał Pan|chciała Pani|chcieli Państwo> o tym porozmawiać, prosimy o wiadomość prywatną – odpowiemy w ciągu jednego dnia roboczego.",
    ),
    "usability": (
        "Prosimy o wiadomość prywatną – w ciągu 24 godzin wyślemy instrukcję krok po kroku.",
        "Jeśli <napisze Pan|napisze Pani|napiszą Państwo> do nas prywatnie, w ciągu 24 godzin przeprowadzimy <Pana|Panią|Państwa> telefonicznie przez konfigurację.",
        "Prosimy o wiadomość prywatną – pomożemy wszystko ustawić, zwykle odpowiadamy w ciągu kilku godzin.",
    ),
    "staff": (
        "Kierownik rozmawia dziś o tej sytuacji z zespołem.",
        "Jeszcze dziś omawiamy tę sytuację z pracownikiem i całym zespołem – każdy zasługuje na życzliwą obsługę.",
        "Sprawa trafiła do kierownika, który w tym tygodniu omawia ją z zespołem.",
    ),
    "cleanliness": (
        "Jeszcze dziś przeglądamy z zespołem nasze procedury sprzątania.",
        "Przekazaliśmy to osobom odpowiedzialnym za sprzątanie – wszystko sprawdzamy jeszcze dziś.",
    ),
    "food": (
        "Kuchnia w tym tygodniu omawia <Pana|Pani|Państwa> uwagi.",
        "Uwagi przekazaliśmy kuchni – w tym tygodniu omawiamy je z całym zespołem.",
        "Uwagi są już u szefa kuchni, który w tym tygodniu omawia je z zespołem.",
    ),
    "room": (
        "Jeszcze dziś sprawdzamy pokój i usuwamy usterki.",
        "Poprosiliśmy o sprawdzenie pokoju jeszcze dziś.",
        "Dziś sprawdzamy pokój, by wszystko działało jak należy.",
    ),
    "noise": (
        "Szukamy sposobów, by ograniczyć hałas – w tym tygodniu rozmawiamy o tym z całym zespołem.",
    ),
    "waiting": (
        "W tym tygodniu analizujemy obsadę w godzinach szczytu, aby nikt nie musiał tak długo czekać.",
    ),
    "billing": (
        "Prosimy przesłać numer paragonu w wiadomości prywatnej – sprawdzimy rachunek i odezwiemy się w ciągu 24 godzin.",
        "Jeśli <napisze nam Pan|napisze nam Pani|napiszą nam Państwo> prywatnie, kiedy i na jaką kwotę była płatność, sprawdzimy rozliczenie i odpowiemy w ciągu jednego dnia roboczego.",
    ),
    "generic": (
        "Prosimy o wiadomość prywatną z kilkoma szczegółami – odpowiemy w ciągu 24 godzin i wspólnie to naprawimy.",
        "Chcemy to naprawić: prosimy o kontakt w wiadomości prywatnej, odezwiemy się w ciągu jednego dnia roboczego.",
        "Prosimy o kilka szczegółów w wiadomości prywatnej – w ciągu 24 godzin odpowiemy z propozycją rozwiązania.",
    ),
}

# A second problem in the same review gets its own step, without a second deadline.
FOLLOW_UP = {
    "staff": (
        "Rozmawiamy też z zespołem o tym, jak <został Pan potraktowany|została Pani potraktowana|zostali Państwo potraktowani>.",
        "Kierownik omawia też tę sytuację z zespołem.",
    ),
    "food": (
        "Uwagi przekazaliśmy też kuchni.",
        "Kuchnia też sprawdza, co poszło nie tak.",
    ),
    "waiting": (
        "Przyglądamy się też obsadzie w godzinach szczytu, żeby nikt nie musiał tak długo czekać.",
    ),
    "cleanliness": ("Przeglądamy też z zespołem procedury sprzątania.",),
    "room": ("Sprawdzamy też pokój.",),
    "noise": ("Szukamy też sposobów, by ograniczyć hałas.",),
}

IMPROVE = {
    "product_defect": (
        "Sprawdzamy też, czy ta sama usterka nie dotyczy innych egzemplarzy.",
        "Takie zgłoszenia pomagają nam szybciej wychwytywać usterki.",
        "Każde zgłoszenie usterki dokładnie analizujemy, także to od <Pana|Pani|Państwa>.",
    ),
    "wrong_item": (
        "Sprawdzamy też, jak kompletujemy zamówienia, żeby to się nie powtórzyło.",
        "Taka pomyłka nie powinna się zdarzyć – przyglądamy się temu, jak sprawdzamy zamówienia przed wysyłką.",
    ),
    "delivery": (
        "Analizujemy też współpracę z przewoźnikiem, aby uniknąć podobnych opóźnień.",
        "<Pana|Pani|Państwa> uwagi pomagają nam usprawnić dostawy.",
    ),
    "support_unreachable": (
        "Sprawdzamy też, dlaczego <Pana|Pani|Państwa> wiadomości zostały bez odpowiedzi – nikt nie powinien tak długo czekać.",
        "Przeglądamy czas reakcji naszego zespołu, aby nikt nie musiał tak długo czekać na odpowiedź.",
    ),
    "price": (
        "Regularnie analizujemy nasze ceny, a takie opinie są dla nas ważną wskazówką.",
        "Stale szukamy sposobów, by zaproponować więcej za tę cenę – takie uwagi bardzo pomagają.",
    ),
    "usability": (
        "Dzięki <Pana|Pani|Państwa> uwagom poprawiamy też nasze instrukcje.",
        "Takie uwagi pomagają nam upraszczać obsługę naszych produktów.",
    ),
    "staff": (
        "Wykorzystujemy tę opinię w szkoleniach zespołu.",
        "Życzliwa obsługa to temat, do którego wracamy na każdym spotkaniu zespołu.",
    ),
    "cleanliness": ("Zaostrzamy kontrolę czystości, aby to się nie powtórzyło.",),
    "food": (
        "Takie uwagi pomagają nam dopracować menu.",
        "Razem z zespołem kuchni przyglądamy się recepturom i przygotowaniu dań.",
    ),
    "room": ("Dopisujemy to do listy kontrolnej przeglądów pokoi.",),
    "noise": ("Od teraz uważniej pilnujemy poziomu hałasu.",),
    "waiting": ("Pracujemy nad tym, by czas oczekiwania był krótszy, zwłaszcza w godzinach szczytu.",),
    "billing": ("Sprawdzamy też, jak przygotowujemy rachunki, aby uniknąć podobnych pomyłek.",),
    "generic": (
        "Każda taka opinia trafia do naszego cotygodniowego przeglądu powtarzających się problemów – to naprawdę ma znaczenie.",
        "Omawiamy takie sygnały na cotygodniowym spotkaniu zespołu.",
        "Śledzimy takie sygnały, by usuwać przyczyny, a nie tylko skutki.",
    ),
}

GUIDANCE = {
    "product_defect": (
        "Sprawdzimy, co się dzieje, i podpowiemy najszybsze rozwiązanie – prosimy o wiadomość prywatną, odpowiemy w ciągu 24 godzin.",
        "Jeśli urządzenie wymaga naprawy, wskażemy najbliższy autoryzowany serwis – prosimy o wiadomość prywatną, odpowiemy w ciągu 24 godzin.",
    ),
    "usability": (
        "Chętnie przeprowadzimy <Pana|Panią|Państwa> przez ustawienia krok po kroku – prosimy o wiadomość prywatną, odpowiemy w ciągu 24 godzin.",
    ),
    "food": (
        "Gusta bywają różne – chętnie polecimy coś bliższego temu, czego <Pan szukał|Pani szukała|Państwo szukali>.",
    ),
    "delivery": (
        "Najszybciej wyjaśnimy to z danymi przesyłki – prosimy przesłać je prywatnie, a w ciągu 24 godzin sprawdzimy wszystko u kuriera.",
    ),
    "generic": (
        "Prosimy o wiadomość prywatną z kilkoma szczegółami – w ciągu 24 godzin podpowiemy, jak najszybciej rozwiązać problem.",
        "Jeśli <opisze nam Pan|opisze nam Pani|opiszą nam Państwo> sprawę w wiadomości prywatnej, w ciągu 24 godzin podpowiemy najprostsze rozwiązanie.",
        "Pomożemy znaleźć najszybsze rozwiązanie – prosimy o wiadomość prywatną, odpowiemy w ciągu 24 godzin.",
    ),
}

# Who handles it: nominative ("Sprawą zajmuje się już …") and genitive ("trafiło do …").
# A small business may have no departments: "nasz zespół" and "kierownik" fit almost anywhere.
TEAMS = {
    "product_defect": ("nasz zespół", "naszego zespołu"),
    "wrong_item": ("nasz zespół", "naszego zespołu"),
    "delivery": ("nasz zespół", "naszego zespołu"),
    "support_unreachable": ("kierownik", "kierownika"),
    "price": ("kierownik", "kierownika"),
    "usability": ("nasz zespół", "naszego zespołu"),
    "staff": ("kierownik", "kierownika"),
    "cleanliness": ("kierownik", "kierownika"),
    "food": ("kuchnia", "kuchni"),
    "room": ("kierownik", "kierownika"),
    "noise": ("kierownik", "kierownika"),
    "waiting": ("kierownik", "kierownika"),
    "billing": ("kierownik", "kierownika"),
    "generic": ("nasz zespół", "naszego zespołu"),
}

# Named problems in the genitive, after "z powodu".
ISSUES = {
    "wrong_item": "pomyłki w zamówieniu",
    "no_reply": "braku odpowiedzi na <Pana|Pani|Państwa> wiadomości",
    "rude_staff": "niemiłej obsługi",
    "cold_food": "zimnego jedzenia",
    "long_wait": "długiego czekania",
    "price_rise": "wyższych cen",
    "smaller_portions": "mniejszych porcji",
    "overcharged": "błędu w rachunku",
}


def join_issues(parts: list[str]) -> str:
    return " i ".join(parts)


CATEGORY_TOPICS = {
    "product_defect": "w sprawie usterki produktu", "delivery": "w sprawie dostawy",
    "support_unreachable": "w sprawie kontaktu z obsługą", "price": "w sprawie ceny",
    "usability": "w sprawie korzystania z produktu", "staff": "w sprawie obsługi",
    "cleanliness": "w sprawie czystości", "food": "w sprawie jedzenia", "room": "w sprawie pokoju",
    "noise": "w sprawie hałasu", "waiting": "w sprawie czasu oczekiwania", "billing": "w sprawie rozliczenia",
}
TOPICS_FREE = "w sprawie: „{summary}”"
TOPICS_NONE = "w tej sprawie"
REF = {"hospitality": "datą i godziną wizyty", "product": "numerem zamówienia", "general": "kilkoma szczegółami"}
DEFAULT_SIGNATURE = "Zespół obsługi klienta"


def topic(nom: str, oblique: str, plural: bool) -> dict:
    return {"x": nom, "x_o": oblique, "plural": plural}


def join_topics(first: dict, second: dict) -> dict:
    return {"x": f"{first['x']} i {second['x']}", "x_o": f"{first['x_o']} i {second['x_o']}", "plural": True}


def format_date(value) -> str:
    return value.strftime("%d.%m.%Y")
