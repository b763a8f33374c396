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
        "Cieszymy się, że {p} [spełnia|spełniają] <Pana|Pani|Państwa> oczekiwania.",
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
        "Przykro nam czytać o {x_o} – przepraszamy za to doświadczenie.",
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
        "Szczegóły przekazaliśmy do {team_gen}, który już się nimi zajmuje.",
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
        "Takie sytuacje się zdarzają, a my jesteśmy po to, żeby pomóc.",
        "To zupełnie zrozumiałe – wiele osób ma z tym podobny kłopot.",
        "Dziękujemy za szczere opisanie sytuacji.",
    ),
    "question": (
        "Co do pytania – prosimy o wiadomość prywatną, a nasz specjalista odpowie w ciągu 24 godzin.",
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
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia w wiadomości prywatnej, w ciągu 24 godzin zorganizujemy wymianę, naprawę lub zwrot pieniędzy.",
        "Prosimy o wiadomość prywatną z numerem zamówienia – w ciągu 2 dni roboczych zorganizujemy bezpłatną wymianę, naprawę lub zwrot pieniędzy.",
        "Prosimy o kontakt w wiadomości prywatnej z numerem zamówienia – odezwiemy się w ciągu 24 godzin, by ustalić wymianę lub zwrot pieniędzy.",
        "Prosimy przesłać nam prywatnie numer zamówienia – wymianę lub zwrot pieniędzy zorganizujemy w ciągu 2 dni roboczych.",
    ),
    "delivery": (
        "Prosimy przesłać numer zamówienia w wiadomości prywatnej – sprawdzimy status przesyłki u kuriera i odezwiemy się w ciągu 24 godzin.",
        "Jeśli <napisze Pan|napisze Pani|napiszą Państwo> do nas prywatnie z numerem zamówienia, jeszcze dziś wyjaśnimy z przewoźnikiem, co dzieje się z przesyłką.",
        "Prosimy o numer zamówienia w wiadomości prywatnej – do końca dnia przekażemy informację, gdzie jest przesyłka.",
        "Prosimy o numer zamówienia w wiadomości prywatnej – sprawdzimy przesyłkę i odpowiemy w ciągu 24 godzin.",
    ),
    "support_unreachable": (
        "Chętnie zadzwonię do <Pana|Pani|Państwa> osobiście – prosimy o numer telefonu w wiadomości prywatnej, oddzwonię w ciągu 24 godzin.",
        "Prosimy o wiadomość prywatną z dogodną porą kontaktu – kierownik zespołu oddzwoni jeszcze dziś.",
        "Prosimy napisać do nas prywatnie – odpowiemy w ciągu 2 godzin, bez czekania na infolinii.",
    ),
    "price": (
        "Zapraszamy do kontaktu w wiadomości prywatnej – jeszcze dziś wyjaśnimy, z czego wynika cena, i podpowiemy aktualne promocje.",
        "Prosimy o wiadomość prywatną – jeszcze dziś sprawdzimy, czy możemy zaproponować rabat lub korzystniejszą opcję.",
    ),
    "usability": (
        "Prosimy o wiadomość prywatną – w ciągu 24 godzin wyślemy instrukcję krok po kroku.",
        "Jeśli <napisze Pan|napisze Pani|napiszą Państwo> do nas prywatnie, nasz specjalista w ciągu 24 godzin przeprowadzi <Pana|Panią|Państwa> telefonicznie przez konfigurację.",
        "Prosimy o wiadomość prywatną – pomożemy wszystko ustawić, zwykle odpowiadamy w ciągu kilku godzin.",
    ),
    "staff": (
        "Kierownik rozmawia dziś o tej sytuacji z zespołem.",
        "Jeszcze dziś omawiamy tę sytuację z pracownikiem i całym zespołem – każdy zasługuje na życzliwą obsługę.",
        "Sprawa trafiła do kierownika, który w tym tygodniu omawia ją z zespołem.",
    ),
    "cleanliness": (
        "Jeszcze dziś przeglądamy z zespołem nasze procedury sprzątania.",
        "Zgłosiliśmy to zespołowi sprzątającemu – wszystko zostanie sprawdzone jeszcze dziś.",
    ),
    "food": (
        "Szef kuchni w tym tygodniu omawia <Pana|Pani|Państwa> uwagi z zespołem kuchni.",
        "Uwagi przekazaliśmy szefowi kuchni, który jeszcze w tym tygodniu omawia je z zespołem.",
        "Uwagi są już u szefa kuchni, który w tym tygodniu omawia je z zespołem.",
    ),
    "room": (
        "Nasz dział techniczny jeszcze dziś sprawdza pokój i usuwa usterki.",
        "Poprosiliśmy dział techniczny o sprawdzenie pokoju jeszcze dziś.",
        "Dział techniczny sprawdza dziś pokój, by wszystko działało jak należy.",
    ),
    "noise": (
        "Szukamy sposobów, by ograniczyć hałas – w tym tygodniu rozmawiamy o tym z całym zespołem.",
    ),
    "waiting": (
        "W tym tygodniu analizujemy obsadę w godzinach szczytu, aby nikt nie musiał tak długo czekać.",
    ),
    "billing": (
        "Prosimy przesłać numer paragonu lub faktury w wiadomości prywatnej – sprawdzimy rozliczenie i zwrócimy ewentualną nadpłatę w ciągu 3 dni roboczych.",
    ),
    "generic": (
        "Prosimy o wiadomość prywatną z kilkoma szczegółami – odpowiemy w ciągu 24 godzin i wspólnie to naprawimy.",
        "Chcemy to naprawić: prosimy o kontakt w wiadomości prywatnej, odezwiemy się w ciągu jednego dnia roboczego.",
        "Prosimy o kilka szczegółów w wiadomości prywatnej – w ciągu 24 godzin odpowiemy z propozycją rozwiązania.",
    ),
}

IMPROVE = {
    "product_defect": (
        "Opis usterki przekazujemy też do działu jakości, aby sprawdzić, czy problem nie dotyczy innych egzemplarzy.",
        "Takie zgłoszenia trafiają bezpośrednio do kontroli jakości – dzięki nim szybciej wychwytujemy usterki.",
        "Każde zgłoszenie usterki trafia do analizy w dziale jakości.",
    ),
    "delivery": (
        "Analizujemy też współpracę z przewoźnikiem, aby uniknąć podobnych opóźnień.",
        "<Pana|Pani|Państwa> uwagi pomagają nam usprawnić dostawy.",
    ),
    "support_unreachable": (
        "Przeglądamy czas reakcji naszego zespołu, aby nikt nie musiał tak długo czekać na odpowiedź.",
        "Analizujemy, jak wzmocnić zespół wsparcia w godzinach największego ruchu.",
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
        "<Pana|Pani|Państwa> uwagi pomagają nam dopracować menu.",
        "Razem z zespołem kuchni przyglądamy się recepturze i przygotowaniu dań.",
    ),
    "room": ("Dopisujemy to do listy kontrolnej przeglądów pokoi.",),
    "noise": ("Od teraz uważniej pilnujemy poziomu hałasu.",),
    "waiting": ("Pracujemy nad tym, by czas oczekiwania był krótszy, zwłaszcza w godzinach szczytu.",),
    "billing": ("Sprawdzamy też nasz proces rozliczeń, aby uniknąć podobnych pomyłek.",),
    "generic": (
        "Każda taka opinia trafia do naszego cotygodniowego przeglądu powtarzających się problemów – to naprawdę ma znaczenie.",
        "Omawiamy takie sygnały na cotygodniowym spotkaniu zespołu.",
        "Śledzimy takie sygnały, by usuwać przyczyny, a nie tylko skutki.",
    ),
}

GUIDANCE = {
    "product_defect": (
        "Nasz zespół wsparcia sprawdzi, co się dzieje, i podpowie najszybsze rozwiązanie – prosimy o wiadomość prywatną, odpowiemy w ciągu 24 godzin.",
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
        "Nasz zespół pomoże znaleźć najszybsze rozwiązanie – prosimy o wiadomość prywatną, odpowiemy w ciągu 24 godzin.",
    ),
}

# Who handles it: nominative ("Sprawą zajmuje się już …") and genitive ("trafiło do …").
TEAMS = {
    "product_defect": ("dział reklamacji", "działu reklamacji"),
    "delivery": ("dział logistyki", "działu logistyki"),
    "support_unreachable": ("kierownik zespołu obsługi klienta", "kierownika zespołu obsługi klienta"),
    "price": ("dział sprzedaży", "działu sprzedaży"),
    "usability": ("dział wsparcia technicznego", "działu wsparcia technicznego"),
    "staff": ("kierownik zmiany", "kierownika zmiany"),
    "cleanliness": ("zespół sprzątający", "zespołu sprzątającego"),
    "food": ("szef kuchni", "szefa kuchni"),
    "room": ("dział techniczny", "działu technicznego"),
    "noise": ("kierownik obiektu", "kierownika obiektu"),
    "waiting": ("kierownik zmiany", "kierownika zmiany"),
    "billing": ("dział rozliczeń", "działu rozliczeń"),
    "generic": ("nasz zespół obsługi klienta", "naszego zespołu obsługi klienta"),
}

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
