"""Polish reply phrasebook.

Markup: <for a man|for a woman|for Państwo> picks the courtesy form (Pan/Pani/Państwo)
and its verb endings; [singular|plural] agrees with the customer's topic. {x} is the
topic in the nominative (bateria), {x_o} in the locative after "o" (o baterii); sentences
are built so that no other case is ever needed.

No line states that something happened or will happen; a next step is an invitation with
its purpose ("abyśmy mogli to sprawdzić"). What the team really does comes from STEPS, used
only when the business listed the step in its settings.
"""

LANG = "pl"

SLOTS = {
    "thanks_praise_topic": (
        "Serdecznie dziękujemy za miłe słowa o {p_o}!",
        "Bardzo się cieszymy, że {p} [spełnia|spełniają] <Pana|Pani|Państwa> oczekiwania!",
        "Dziękujemy za opinię – szczególnie cieszy nas to, co <napisał Pan|napisała Pani|napisali Państwo> o {p_o}.",
        "Dziękujemy za dobre słowo o {p_o}!",
    ),
    "thanks_praise_generic": (
        "Serdecznie dziękujemy za tak pozytywną opinię!",
        "Bardzo dziękujemy za miłe słowa!",
        "Dziękujemy, że <znalazł Pan|znalazła Pani|znaleźli Państwo> chwilę, by podzielić się opinią!",
        "Dziękujemy za tak ciepłe słowa!",
        "Bardzo nam miło – dziękujemy za opinię!",
        "Dziękujemy za tak życzliwą opinię!",
        "Ogromnie dziękujemy za opinię – to dla nas bardzo miłe!",
        "Dziękujemy za podzielenie się tak pozytywnymi wrażeniami!",
    ),
    "praise_detail_hospitality": (
        "Cały zespół bardzo się ucieszy z tej opinii.",
        "Dbamy o to, by każda wizyta u nas była udana – cieszymy się, że to widać.",
        "Cieszymy się, że <dobrze się Pan u nas czuł|dobrze się Pani u nas czuła|dobrze się Państwo u nas czuli>.",
        "Bardzo nam miło, że nasza praca została doceniona.",
    ),
    "praise_detail_resolved": (
        "Cieszymy się, że sprawę udało się szybko wyjaśnić i że teraz wszystko jest w porządku.",
        "Miło nam, że kłopot został szybko rozwiązany, a zakup ostatecznie się sprawdził.",
    ),
    "praise_detail_product": (
        "Cieszymy się, że zakup okazał się trafiony.",
        "Takie opinie pomagają innym klientom w wyborze.",
        "Bardzo się cieszymy, że <jest Pan zadowolony|jest Pani zadowolona|są Państwo zadowoleni> z zakupu.",
        "Miło nam, że wybór okazał się trafny.",
        "Cieszy nas, że produkt spełnia <Pana|Pani|Państwa> oczekiwania.",
        "Takie opinie to dla nas najlepsza nagroda.",
        "Takie słowa to dla nas duża motywacja.",
    ),
    "praise_detail_consumable": (
        "Cieszymy się, że <Panu|Pani|Państwu> smakowało.",
        "Takie opinie pomagają innym klientom w wyborze.",
    ),
    "praise_detail_general": (
        "Takie słowa bardzo motywują nasz zespół.",
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
    # Na wynos albo z dowozem: kolejne zamówienie, nie "do zobaczenia".
    "invite_takeaway": (
        "Zapraszamy do kolejnych zamówień!",
        "Z przyjemnością znów coś dla <Pana|Pani|Państwa> przygotujemy!",
    ),
    "invite_product": (
        "Życzymy przyjemnego użytkowania!",
        "Zapraszamy ponownie na zakupy!",
        "W razie pytań zawsze chętnie pomożemy.",
        "Zapraszamy do nas ponownie!",
        "Gdyby pojawiły się pytania, jesteśmy do dyspozycji.",
    ),
    # Rzecz na lata (telefon, czajnik), rozpoznana w opinii: tylko wtedy "niech długo służy".
    "invite_durable": (
        "Życzymy przyjemnego użytkowania!",
        "Zapraszamy ponownie na zakupy!",
        "W razie pytań zawsze chętnie pomożemy.",
        "Mamy nadzieję, że zakup będzie <Panu|Pani|Państwu> długo służył.",
    ),
    "invite_consumable": (
        "Smacznego i zapraszamy ponownie!",
        "Życzymy smacznego!",
    ),
    "invite_general": (
        "Dziękujemy, że <jest Pan|jest Pani|są Państwo> z nami!",
        "Zawsze chętnie pomożemy.",
        "Dziękujemy za zaufanie!",
        "Dziękujemy za zaufanie – miło nam, że <jest Pan|jest Pani|są Państwo> z nami.",
        "W razie pytań zawsze chętnie pomożemy.",
    ),
    "thanks_mixed_topic": (
        "Dziękujemy za szczegółową opinię i miłe słowa o {p_o}.",
        "Cieszymy się z tak dobrej opinii o {p_o}.",
        "Dziękujemy za opinię – miło czytać to, co <napisał Pan|napisała Pani|napisali Państwo> o {p_o}.",
    ),
    "thanks_mixed_generic": (
        "Dziękujemy za rzetelną opinię.",
        "Dziękujemy, że <opisał Pan|opisała Pani|opisali Państwo> zarówno plusy, jak i minusy.",
    ),
    # Only under a long review: "detailed" on a one-liner reads as a template.
    "thanks_detailed": (
        "Dziękujemy za szczegółową opinię.",
        "Dziękujemy za tak dokładny opis.",
    ),
    # A remark in an otherwise happy review: acknowledged, not skipped.
    # Trzy gwiazdki i wyważony tekst: podziękowanie bez „miłych słów” i „cieszymy się, że się podobało”.
    "thanks_lukewarm_topic": (
        "Dziękujemy za szczerą opinię i za to, co <napisał Pan|napisała Pani|napisali Państwo> o {p_o}.",
        "Dziękujemy za szczerą opinię i dobre słowo o {p_o}.",
    ),
    # Trzy gwiazdki nad tekstem samych pochwał: bez wylewności, ale za dobre słowo dziękujemy.
    "thanks_lukewarm_praise": (
        "Dziękujemy za opinię i za dobre słowo.",
        "Dziękujemy za opinię – miło przeczytać, co się sprawdziło.",
    ),
    "thanks_lukewarm": (
        "Dziękujemy za szczerą opinię.",
        "Dziękujemy, że <podzielił się Pan|podzieliła się Pani|podzielili się Państwo> swoimi wrażeniami.",
        "Dziękujemy, że <znalazł Pan|znalazła Pani|znaleźli Państwo> czas na napisanie opinii.",
    ),
    "praise_note_light": (
        "Ważna jest dla nas również uwaga o tym, co można by poprawić.",
        "Cenna jest dla nas także uwaga o tym, co mogłoby być lepsze.",
    ),
    "praise_note_generic": (
        "Szkoda, że nie wszystko było idealne – to cenna uwaga.",
        "Przykro nam, że nie wszystko wypadło tak, jak powinno – to dla nas cenna uwaga.",
    ),
    "praise_note_issue": (
        "Przykro nam jednak z powodu {issues} – dziękujemy za tę uwagę.",
        "Przykro nam tylko z powodu {issues} – dziękujemy za zwrócenie na to uwagi.",
    ),
    "praise_note": (
        "Za uwagę o {x_o} również dziękujemy – przykro nam, że pod tym względem nie było idealnie.",
        "Uwaga o {x_o} jest dla nas cenna – szkoda, że pod tym względem nie było idealnie.",
    ),
    # A trait of the product (its design, specs, software) or a matter of taste: the shop
    # did not cause it, so it is acknowledged plainly, without a fault to check.
    "trait_ack": (
        "Dziękujemy za uwagę o {x_o} – przykro nam, że pod tym względem produkt nie do końca <Pana|Panią|Państwa> przekonał.",
        "Dziękujemy za uwagę o {x_o} – przykro nam, że pod tym względem produkt nie w pełni spełnił <Pana|Pani|Państwa> oczekiwania.",
        "Przykro nam, że {x} nie [spełnia|spełniają] <Pana|Pani|Państwa> oczekiwań – dziękujemy za tę uwagę.",
    ),
    # A low rating: no understatement ("nie wszystko odpowiada" under "tragedia").
    "trait_ack_low": (
        "Bardzo nam przykro – rozumiemy, że {x} to dla <Pana|Pani|Państwa> duże rozczarowanie.",
        "Przykro nam, że <jest Pan tak rozczarowany|jest Pani tak rozczarowana|są Państwo tak rozczarowani> – rozumiemy, co <napisał Pan|napisała Pani|napisali Państwo> o {x_o}.",
    ),
    "trait_ack_generic_low": (
        "Bardzo nam przykro, że produkt tak <Pana|Panią|Państwa> rozczarował – dziękujemy za szczerą opinię.",
        "Przykro nam, że zakup okazał się tak dużym rozczarowaniem – rozumiemy <Pana|Pani|Państwa> odczucia.",
        "Przykro nam, że zakup nie spełnił <Pana|Pani|Państwa> oczekiwań – dziękujemy, że <Pan o tym napisał|Pani o tym napisała|Państwo o tym napisali>.",
    ),
    # Lokal lub hotel: wizyta, nigdy „produkt” ani „zakup”.
    # Operator, bank, ubezpieczyciel: bez "produktu" i "zakupu".
    "trait_ack_generic_low_general": (
        "Bardzo nam przykro, że tak <Pana|Panią|Państwa> zawiedliśmy – dziękujemy za szczerą opinię.",
        "Przykro nam, że nie spełniliśmy <Pana|Pani|Państwa> oczekiwań – rozumiemy <Pana|Pani|Państwa> rozczarowanie.",
    ),
    "trait_ack_generic_low_venue": (
        "Bardzo nam przykro, że wizyta u nas tak <Pana|Panią|Państwa> rozczarowała – dziękujemy za szczerą opinię.",
        "Bardzo przepraszamy, że tym razem nie spełniliśmy <Pana|Pani|Państwa> oczekiwań – dziękujemy za szczerą opinię.",
    ),
    "trait_ack_generic": (
        "Dziękujemy za szczere uwagi – przykro nam, że nie wszystko <Panu|Pani|Państwu> odpowiada.",
        "Dziękujemy za uwagi – przykro nam, że nie wszystko wypadło tak, jak <Pan oczekiwał|Pani oczekiwała|Państwo oczekiwali>.",
        "Dziękujemy za opinię i przepraszamy, że nie wszystko w pełni spełniło <Pana|Pani|Państwa> oczekiwania.",
        "Przykro nam, że tym razem nie wszystko się sprawdziło – dziękujemy, że <Pan o tym napisał|Pani o tym napisała|Państwo o tym napisali>.",
        "Przykro nam, że nie wszystko spełniło <Pana|Pani|Państwa> oczekiwania – to dla nas ważna uwaga.",
    ),
    # Bez zakupu ("teraz nic nie można znaleźć", "nowa usługa to gniot"): żal z powodu doświadczenia, nie zakupu.
    "trait_ack_generic_us": (
        "Przykro nam, że <ma Pan|ma Pani|mają Państwo> takie doświadczenia – dziękujemy za szczerą opinię.",
        "Przykro nam, że <Pana|Pani|Państwa> wrażenia są tak złe – dziękujemy, że <Pan o tym napisał|Pani o tym napisała|Państwo o tym napisali>.",
    ),
    # Sprzedawca w naszym serwisie (prowizje, zasady): bez zakupu, numeru zamówienia i rabatu.
    "merchant_ack": (
        "Dziękujemy za szczerą opinię – przykro nam, że sprzedaż w naszym serwisie tak <Pana|Panią|Państwa> rozczarowała.",
    ),
    "merchant_ack_refund": (
        "Dziękujemy za szczerą opinię – przykro nam, że odzyskanie prowizji okazało się tak trudne.",
    ),
    "merchant_ack_rating": (
        "Dziękujemy za szczerą opinię – rozumiemy, jak bardzo frustruje ocena, którą <uważa Pan|uważa Pani|uważają Państwo> za niesprawiedliwą.",
    ),
    "merchant_ack_fees": (
        "Dziękujemy za szczerą opinię – przykro nam, że wysokość prowizji i opłat tak <Pana|Panią|Państwa> rozczarowała.",
    ),
    "merchant_invite": (
        "Jeśli <zechce Pan|zechce Pani|zechcą Państwo> opisać sprawę w wiadomości prywatnej, chętnie odpowiemy na pytania dotyczące opłat i zasad sprzedaży.",
    ),
    "trait_note_product": (
        "Takie uwagi są cenne dla innych kupujących – pomagają wybrać produkt dopasowany do własnych potrzeb.",
        "Takie opinie bardzo pomagają innym klientom w wyborze.",
        "Dzięki takim opiniom inni mogą łatwiej ocenić, czy ten produkt będzie dla nich odpowiedni.",
        "Takie opinie są bardzo przydatne dla osób, które dopiero rozważają zakup.",
    ),
    "trait_note_hospitality": (
        "Dziękujemy, że <dał nam Pan|dała nam Pani|dali nam Państwo> znać – to dla nas cenna wskazówka.",
        "Każda taka uwaga jest dla nas cenną wskazówką.",
        "Uważnie czytamy każdą taką opinię – dziękujemy za poświęcony czas.",
    ),
    # A complaint we cannot name and that is no matter of taste: an invitation, not "helps others choose".
    "trait_invite": (
        "Zapraszamy do kontaktu w wiadomości prywatnej – chętnie dowiemy się więcej i w miarę możliwości pomożemy.",
        "Gdyby <chciał Pan|chciała Pani|chcieli Państwo> napisać nam więcej, czekamy na wiadomość prywatną – chętnie doradzimy.",
        "W razie pytań lub wątpliwości prosimy o wiadomość prywatną – zrobimy, co w naszej mocy, by pomóc.",
        "Jeśli możemy coś wyjaśnić, zapraszamy do kontaktu w wiadomości prywatnej.",
        "Jeśli <zechce Pan|zechce Pani|zechcą Państwo> opisać nam szczegóły, zapraszamy do kontaktu w wiadomości prywatnej – postaramy się pomóc.",
    ),
    # Smakowało, ale nie kupi z powodu spoza produktu (kraj produkcji): podziękowanie i szacunek
    # dla decyzji, nigdy "przykro nam, że nie spełnił oczekiwań".
    "outside_thanks": (
        "Dziękujemy za szczerą opinię – cieszymy się, że produkt <przypadł Panu|przypadł Pani|przypadł Państwu> do gustu.",
        "Dziękujemy za opinię i za to, że <docenił Pan|doceniła Pani|docenili Państwo> sam produkt.",
    ),
    "outside_respect": (
        "Rozumiemy <Pana|Pani|Państwa> powody i szanujemy tę decyzję.",
        "<Pana|Pani|Państwa> argumenty są dla nas zrozumiałe i szanujemy ten wybór.",
    ),
    "trait_help": (
        "Gdyby <potrzebował Pan|potrzebowała Pani|potrzebowali Państwo> porady lub pomocy w tej sprawie, zapraszamy do kontaktu w wiadomości prywatnej.",
        "Jeśli możemy w czymś doradzić, zapraszamy do kontaktu w wiadomości prywatnej.",
    ),
    # The customer's own question, answered with the route the business has.
    "answer_return": (
        "Co do zwrotu – prosimy o wiadomość prywatną z {ref}, a podpowiemy, jak to załatwić.",
    ),
    "answer_exchange": (
        "Co do wymiany – prosimy o wiadomość prywatną z {ref}, a podpowiemy, jakie są możliwości.",
    ),
    "answer_what_to_do": (
        "Jeśli chodzi o dalsze kroki – prosimy o wiadomość prywatną z {ref}, a podpowiemy, co zrobić.",
    ),
    "answer_cause": (
        "Aby ustalić przyczynę, prosimy o wiadomość prywatną z {ref} – podpowiemy, co można zrobić.",
    ),
    # Już zwrócone, wymienione albo naprawione przez klienta: żal, bez nowej propozycji.
    "resolved_self": (
        # The purchase let them down first; the errand after it is the lesser half (graded wrong when only the errand was named).
        "Przykro nam, że zakup <Pana|Panią|Państwa> zawiódł – dziękujemy, że <dał Pan|dała Pani|dali Państwo> znać, jak przebiegała cała sprawa.",
        "Bardzo nam przykro, że zakup przysporzył <Panu|Pani|Państwu> tyle kłopotu – dziękujemy za opisanie, jak to wszystko przebiegło.",
    ),
    # Po podziękowaniu: radość, że już po kłopocie, bez drugiego „dziękujemy”.
    "resolved_glad": (
        "Cieszymy się, że problem udało się już rozwiązać.",
        "Dobrze, że sprawa jest już załatwiona.",
    ),
    "resolved": (
        "Cieszymy się, że sprawa jest już rozwiązana, i dziękujemy, że <opisał Pan|opisała Pani|opisali Państwo>, jak się zakończyła.",
        "Dobrze, że problem udało się już rozwiązać – dziękujemy, że <dał nam Pan|dała nam Pani|dali nam Państwo> znać.",
    ),
    "apology_topic": (
        "Przepraszamy za kłopot – uwagi o {x_o} traktujemy poważnie.",
        "Bardzo przepraszamy – to, co <napisał Pan|napisała Pani|napisali Państwo> o {x_o}, nie powinno mieć miejsca.",
    ),
    "apology_price_topic": (
        "Rozumiemy, że stosunek ceny do jakości <Pana|Panią|Państwa> rozczarował – bardzo nam przykro.",
        "Rozumiemy <Pana|Pani|Państwa> rozczarowanie ceną – dziękujemy, że <dał nam Pan|dała nam Pani|dali nam Państwo> o tym znać.",
    ),
    # Cena jedynym zarzutem: bez „takiego rozczarowania” i bez szukania przyczyny.
    "apology_price_only": (
        "Rozumiemy, że cena wydała się <Panu|Pani|Państwu> zbyt wysoka – przykro nam z tego powodu.",
        "Przykro nam, że cena <Pana|Panią|Państwa> rozczarowała – to dla nas ważna uwaga.",
    ),
    "apology_price": (
        "Rozumiemy, że cena nie odpowiadała temu, czego <Pan oczekiwał|Pani oczekiwała|Państwo oczekiwali> – przepraszamy za rozczarowanie.",
        "Przykro nam, że cena <Pana|Panią|Państwa> rozczarowała – to dla nas ważna uwaga.",
    ),
    "apology_pests": (
        "Bardzo przepraszamy – żaden gość nie powinien zetknąć się w pokoju z insektami ani zostać pogryziony. Takie zgłoszenie traktujemy niezwykle poważnie.",
        "Szczerze przepraszamy – obecność insektów w pokoju jest niedopuszczalna. Traktujemy to bardzo poważnie.",
    ),
    "apology_pests_served": (
        "Szczerze przepraszamy – owady w jedzeniu czy napoju są niedopuszczalne i traktujemy to bardzo poważnie.",
        "Bardzo nam przykro – żaden gość nie powinien znaleźć owadów w tym, co podajemy. Traktujemy to bardzo poważnie.",
    ),
    "apology_pests_seen": (
        "Bardzo przepraszamy – żaden gość nie powinien zastać w pokoju insektów ani gryzoni. Takie zgłoszenie traktujemy niezwykle poważnie.",
        "Szczerze przepraszamy – obecność szkodników w pokoju jest niedopuszczalna i traktujemy to bardzo poważnie.",
    ),
    # Someone's health is the worry, the cause not certain: concern first, no verdict.
    "apology_spoiled": (
        "Bardzo przepraszamy – tak nie może być, a każdą sprawę dotyczącą bezpieczeństwa produktu traktujemy bardzo poważnie.",
        "Szczerze przepraszamy – produkt w takim stanie nigdy nie powinien był do <Pana|Pani|Państwa> trafić. Traktujemy to bardzo poważnie.",
    ),
    "apology_counterfeit": (
        "Bardzo przepraszamy – każdy sygnał, że produkt może nie być oryginalny, traktujemy bardzo poważnie.",
        "Dziękujemy za zgłoszenie – wątpliwości co do oryginalności produktu traktujemy bardzo poważnie.",
    ),
    "apology_unsafe": (
        "Bardzo nam przykro, że <nie czuł się Pan|nie czuła się Pani|nie czuli się Państwo> u nas bezpiecznie – bezpieczeństwo gości traktujemy niezwykle poważnie.",
    ),
    "unsafe_invite": (
        "Prosimy o wiadomość prywatną z terminem pobytu – chcemy dokładnie wiedzieć, co się wydarzyło.",
    ),
    "deposit_ack": (
        "Przykro nam, że wciąż <czeka Pan|czeka Pani|czekają Państwo> na zwrot kaucji – rozumiemy, jak bardzo to frustruje.",
    ),
    "deposit_help": (
        "Prosimy o dane rezerwacji w wiadomości prywatnej – sprawdzimy, co dzieje się ze zwrotem kaucji.",
    ),
    "apology_health": (
        "Bardzo nam przykro – zdrowie jest najważniejsze, dlatego każdą taką informację traktujemy niezwykle poważnie.",
        "Przykro nam to czytać – każdą sprawę dotyczącą zdrowia traktujemy bardzo poważnie."
    ),
    "apology_harm": (
        "Bardzo przepraszamy – to, co <Pana spotkało|Panią spotkało|Państwa spotkało>, nigdy nie powinno mieć miejsca. Traktujemy to niezwykle poważnie.",
        "Szczerze przepraszamy – to poważna sprawa i tak właśnie ją traktujemy.",
    ),
    "apology_serious": (
        "Bardzo przepraszamy – to, co <Pan opisał|Pani opisała|Państwo opisali>, jest dalekie od tego, czego <miał Pan|miała Pani|mieli Państwo> prawo oczekiwać. Traktujemy to bardzo poważnie.",
        "Szczerze przepraszamy – problemy, które <Pan opisał|Pani opisała|Państwo opisali>, są poważne i żaden z nich nie powinien był wystąpić.",
    ),
    "apology_expectation": (
        "Przykro nam, że zakup okazał się inny, niż <Pan się spodziewał|Pani się spodziewała|Państwo się spodziewali>.",
        "Przykro nam, że to nie było to, czego <Pan szukał|Pani szukała|Państwo szukali>.",
    ),
    "policy_claim_denied_ack": (
        "Przykro nam z powodu odmowy wypłaty – rozumiemy, jak bardzo to rozczarowuje.",
    ),
    "policy_claim_slow_ack": (
        "Przykro nam, że na wypłatę trzeba czekać tak długo.",
    ),
    "policy_coverage_ack": (
        "Przykro nam, że ochrona nie objęła tego, czego <Pan potrzebował|Pani potrzebowała|Państwo potrzebowali>.",
    ),
    "policy_premium_ack": (
        "Przykro nam, że podwyżka składki była tak niemiłym zaskoczeniem.",
    ),
    "policy_help": (
        "Prosimy o wiadomość prywatną z numerem polisy lub zgłoszenia – wspólnie przyjrzymy się sprawie.",
    ),
    "policy_payout_low_ack": (
        "Przykro nam, że wypłata okazała się o tyle niższa, niż <Pan się spodziewał|Pani się spodziewała|Państwo się spodziewali>.",
    ),
    "policy_claim_hassle_ack": (
        "Przykro nam, że każde zgłoszenie wymaga od <Pana|Pani|Państwa> tyle zachodu.",
    ),
    "policy_cancel_blocked_ack": (
        "Przykro nam, że rezygnacja okazała się tak trudna – tak nie powinno być.",
    ),
    "policy_price_rise_ack": (
        "Przykro nam, że podwyżka była dla <Pana|Pani|Państwa> tak niemiłym zaskoczeniem.",
    ),
    "service_help": (
        "Prosimy o wiadomość prywatną – wspólnie to wyjaśnimy.",
    ),
    "policy_cancelled_ack": (
        "Przykro nam, że rozwiązanie umowy i zaproponowane potem warunki przysporzyły <Panu|Pani|Państwu> tyle kłopotu.",
    ),
    "apology_grave_general": (
        "Bardzo nam przykro z powodu tego, przez co <Pan przechodzi|Pani przechodzi|Państwo przechodzą> – traktujemy to poważnie.",
    ),
    "policy_claim_form_ack": (
        "Przykro nam, że formularz zgłoszenia zawodzi akurat wtedy, gdy trzeba zgłosić szkodę.",
    ),
    "account_ack": (
        "Przykro nam, że problem z kontem sprawił <Panu|Pani|Państwu> tyle kłopotu.",
        "Przepraszamy, że dostęp do konta przysporzył <Panu|Pani|Państwu> tylu nerwów.",
    ),
    "account_help": (
        "Prosimy napisać do nas w wiadomości prywatnej i podać adres e-mail lub numer telefonu przypisany do konta (bez hasła) – podpowiemy, co można zrobić, by odzyskać dostęp.",
    ),
    "setup_ack": (
        "Przykro nam, że uruchomienie sprawiło <Panu|Pani|Państwu> tyle kłopotu.",
        "Przepraszamy, że pierwsze uruchomienie nie poszło gładko.",
    ),
    "setup_help": (
        "Prosimy napisać do nas w wiadomości prywatnej, jaki to model i co wyświetla się na ekranie – podpowiemy, jak krok po kroku przeprowadzić konfigurację.",
        "Wystarczy wiadomość prywatna z nazwą modelu i opisem, na którym etapie pojawia się problem – podpowiemy, jak dokończyć konfigurację.",
    ),
    "claim_praised": (
        "Cieszymy się, że sama reklamacja przebiegła sprawnie, i mamy nadzieję, że teraz wszystko będzie działać bez zarzutu.",
    ),
    "claim_slow_ack": (
        "Przepraszamy, że sprawa ciągnie się tak długo – rozumiemy, jak uciążliwe jest takie czekanie.",
        "Bardzo nam przykro, że tak długo <czeka Pan|czeka Pani|czekają Państwo> na rozwiązanie sprawy.",
    ),
    "claim_slow_help_general": (
        "Prosimy o numer zgłoszenia w wiadomości prywatnej – sprawdzimy, na jakim etapie jest sprawa.",
    ),
    "claim_slow_help": (
        "Prosimy o numer zamówienia lub zgłoszenia w wiadomości prywatnej – sprawdzimy, na jakim etapie jest sprawa.",
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia w wiadomości prywatnej, sprawdzimy, co dzieje się ze zgłoszeniem.",
    ),
    "claim_open": (
        "Jeśli w sprawie reklamacji coś jeszcze będzie niejasne, chętnie doradzimy w wiadomości prywatnej.",
    ),
    "claim_rejected_general": (
        "Przykro nam, że zgłoszenie zostało odrzucone. Prosimy o wiadomość prywatną – chętnie omówimy tę sprawę.",
    ),
    "claim_rejected": (
        "Przykro nam, że reklamacja nie została uwzględniona. Prosimy o numer zamówienia w wiadomości prywatnej – chętnie omówimy tę sprawę.",
    ),
    "apology_hygiene": (
        "Bardzo przepraszamy, że nie było czysto – to podstawa, o którą zawsze powinniśmy dbać.",
        "Szczerze przepraszamy za brak czystości – to absolutne minimum, na które każdy gość ma prawo liczyć.",
    ),
    "apology_ignored": (
        "Przepraszamy, że <musiał Pan|musiała Pani|musieli Państwo> kilka razy prosić o pomoc i nadal <jej nie otrzymał|jej nie otrzymała|jej nie otrzymali> – tak nie powinno być.",
        "Bardzo nam przykro, że prośby pozostały bez odpowiedzi – jedna prośba powinna wystarczyć.",
    ),
    "apology_generic_strong": (
        "Bardzo przepraszamy – to, co <Pan opisał|Pani opisała|Państwo opisali>, to poważny problem i tak go traktujemy.",
        "Szczerze przepraszamy – nie tak powinno to wyglądać, a <Pana|Pani|Państwa> uwagi traktujemy bardzo poważnie.",
    ),
    "elsewhere_ack_serious": (
        "Bardzo nam przykro – to, co <Pan opisał|Pani opisała|Państwo opisali>, to poważny problem.",
        "Przykro nam, że spotkał <Pana|Panią|Państwa> tak poważny kłopot – rozumiemy <Pana|Pani|Państwa> frustrację.",
    ),
    "apology_staff": (
        "Przykro nam, że nasz zespół nie zadbał o <Pana|Panią|Państwa> tak, jak powinien.",
        "Przepraszamy – obsługa nie była taka, na jaką zasługuje każdy nasz gość.",
    ),
    "apology_generic_mild": (
        "Przykro nam, że nie wszystko było tak, jak <Pan oczekiwał|Pani oczekiwała|Państwo oczekiwali>.",
        "Przepraszamy, że nie wszystko wypadło tak dobrze, jak powinno.",
    ),
    "apology_generic": (
        "Bardzo przepraszamy – nie tak powinno to wyglądać.",
        # Under a complaint, never "nie wszystko było tak, jak Państwo oczekiwali": graders read it as
        # playing down sleepless nights and chairs that sink (tuning sample AN).
        "Bardzo nam przykro z powodu tego, co <Pan opisał|Pani opisała|Państwo opisali> – przepraszamy.",
        "Szczerze przepraszamy za to, co <Pana|Panią|Państwa> spotkało.",
    ),
    "apology_issues_more": (
        "Bardzo nam przykro z powodu {issues} i wszystkiego innego, co <Pana|Panią|Państwa> zawiodło – przepraszamy.",
        "Przepraszamy – przykro nam z powodu {issues} i wszystkiego, o czym <Pan pisze|Pani pisze|Państwo piszą>.",
    ),
    "apology_issues": (
        "Przepraszamy – bardzo nam przykro z powodu {issues}.",
        "Szczerze przepraszamy – przykro nam z powodu {issues}.",
        "Bardzo nam przykro z powodu {issues} – w pełni rozumiemy <Pana|Pani|Państwa> zdenerwowanie.",
    ),
    "apology_stay": (
        "Szczerze przepraszamy – bardzo nam przykro z powodu {issues}.",
        "Przykro nam z powodu {issues} – <zasłużył Pan|zasłużyła Pani|zasłużyli Państwo> na znacznie więcej. Przepraszamy.",
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
    # Only the customer says so ("dzwoniłem kilka razy, zero odpowiedzi"): believed, never "we can see".
    "repeat_said": (
        "Tym bardziej że <kontaktował się Pan|kontaktowała się Pani|kontaktowali się Państwo> z nami już kilka razy {topics} – tak nie powinno być.",
        "Tym bardziej że to już kolejna <Pana|Pani|Państwa> próba kontaktu z nami {topics}.",
    ),
    "promise_open": (
        "Pamiętamy o naszej obietnicy: „{text}” (termin: {date}).",
        "Pamiętamy, co obiecaliśmy: „{text}” – do {date}.",
        "Zgodnie z ustaleniami: „{text}” – do {date}.",
    ),
    "promise_overdue": (
        "Obiecaliśmy: „{text}” do {date} i nie dotrzymaliśmy terminu – bardzo przepraszamy.",
        "Termin naszej obietnicy („{text}”) minął {date} – przepraszamy za opóźnienie.",
        "Nie zapomnieliśmy: „{text}” – miało to nastąpić do {date}. Przepraszamy za opóźnienie.",
    ),
    "prepared_agent": (
        "Nazywam się {agent} i chętnie pomogę to wyjaśnić.",
        # Not "Chętnie pomożemy…": the guidance after it opens so ("Chętnie pomożemy znaleźć rozwiązanie").
        "Z przyjemnością pomożemy to wyjaśnić.",
    ),
    "private_channel": (
        "Aby nie podawać danych publicznie, prosimy o wiadomość prywatną z {ref} – wtedy będziemy mogli to sprawdzić.",
        "Nie chcemy prosić tutaj o dane osobowe, dlatego zapraszamy do kontaktu w wiadomości prywatnej z {ref}.",
        "Prosimy o wiadomość prywatną z {ref}, abyśmy mogli sprawdzić, co się stało.",
    ),
    # The configured compensation is quoted as written (in the nominative), so it is the
    # subject of its sentence: no case after a colon to get wrong.
    "amends": (
                "W ramach przeprosin przysługuje <Panu|Pani|Państwu> {comp}.",
    ),
    "question": (
        "Co do pytania – prosimy o wiadomość prywatną, tam łatwiej będzie nam odpowiedzieć.",
        "Dziękujemy za pytanie – prosimy przesłać je w wiadomości prywatnej, abyśmy mogli wyczerpująco odpowiedzieć.",
    ),
    # After a sentence that already invites a private message.
    # Smoke, burning, sparks: before anything else.
    "safety_stop": ("Dla bezpieczeństwa prosimy do czasu wyjaśnienia sprawy nie używać urządzenia.",),
    # Only for a device with a battery.
    "safety_stop_battery": ("Dla bezpieczeństwa prosimy do czasu wyjaśnienia sprawy nie używać ani nie ładować urządzenia.",),
    "question_also": ("Tam najłatwiej będzie też odpowiedzieć na pytanie.",),
    "closing_complaint": (
        "Dziękujemy, że <znalazł Pan|znalazła Pani|znaleźli Państwo> czas, by to opisać.",
        "Dziękujemy, że <dał nam Pan|dała nam Pani|dali nam Państwo> znać – to dla nas ważna informacja.",
        "Dziękujemy za szczerość.",
    ),
    # Only when the customer waited.
    "closing_detailed": ("Dziękujemy za dokładny opis sytuacji.",),
    # Trzy gwiazdki i tekst, którego listy nie umiały przypisać: żal, który pasuje i do przeoczonej skargi, i do letniej oceny.
    "neutral_regret": (
        "Przykro nam, że nie wszystko było tak, jak <Pan oczekiwał|Pani oczekiwała|Państwo oczekiwali>.",
        "Przepraszamy, że nie wszystko w pełni spełniło <Pana|Pani|Państwa> oczekiwania.",
    ),
    "neutral_thanks": (
        "Dziękujemy za opinię!",
        "Dziękujemy, że <podzielił się Pan|podzieliła się Pani|podzielili się Państwo> wrażeniami.",
        "Dziękujemy za poświęcony czas i wystawienie opinii.",
        "Dziękujemy za podzielenie się opinią!",
    ),
    "offer_help": (
        "Gdyby cokolwiek było potrzebne, prosimy o wiadomość prywatną.",
        "W razie potrzeby najszybciej można się z nami skontaktować przez wiadomość prywatną.",
        "Jeśli pojawią się jakieś pytania, zapraszamy do kontaktu w wiadomości prywatnej – chętnie pomożemy.",
    ),
    # Neutralna opinia to często skarga, której nie rozpoznano: bez "proszę uzupełnić opinię później".
    "neutral_invite": (
        "Gdyby pojawiły się jakiekolwiek pytania, chętnie pomożemy – wystarczy napisać.",
        "Jeśli możemy w czymś pomóc, prosimy o wiadomość prywatną – tak będzie najszybciej.",
    ),
    "third_party": (
        "Choć ta kwestia nie zależy bezpośrednio od nas, chętnie doradzimy.",
        "Choć ta kwestia zależy od innej firmy, chętnie pomożemy, jeśli produkt został kupiony u nas.",
    ),
    # Another shop cancelled the order: its details are with that shop, not with us.
    "elsewhere_cancelled_ack": (
        "Przykro nam, że zamówienie zostało anulowane – rozumiemy, jak bardzo to rozczarowuje, zwłaszcza gdy czeka się na przesyłkę.",
        "Rozumiemy <Pana|Pani|Państwa> rozczarowanie – anulowane zamówienie to zawsze przykra niespodzianka.",
    ),
    "elsewhere_cancelled": (
        "Ponieważ zamówienie było złożone w innym sklepie, nie mamy wglądu w jego szczegóły – o powód anulowania najlepiej zapytać bezpośrednio tamtego sprzedawcę.",
        "To zamówienie realizował inny sklep, więc tylko on może wyjaśnić, dlaczego zostało anulowane.",
    ),
    "elsewhere_cancelled_offer": (
        "W razie pytań o sam produkt chętnie pomożemy.",
        "Gdyby <potrzebował Pan|potrzebowała Pani|potrzebowali Państwo> porady przy wyborze, zapraszamy do kontaktu w wiadomości prywatnej.",
    ),
    # Bought elsewhere, or a case for the maker or its service: no blame, no order number.
    "elsewhere_ack_generic": (
        "Przykro nam, że tak wyszło – dziękujemy, że <dał nam Pan|dała nam Pani|dali nam Państwo> znać.",
        "Dziękujemy za opinię – przykro nam, że nie wszystko poszło tak, jak <Pan oczekiwał|Pani oczekiwała|Państwo oczekiwali>.",
        "Rozumiemy, że to bardzo niemiła sytuacja – przykro nam, że tak się złożyło.",
    ),
    "elsewhere_seller": (
        "Reklamację najlepiej złożyć u sprzedawcy, u którego <kupił Pan|kupiła Pani|kupili Państwo> produkt – to on ma dane transakcji i prowadzi takie zgłoszenia.",
        # Bez gwarancji producenta: towar może być spożywczy.
        "Ponieważ transakcja odbyła się w innym sklepie, właściwym adresatem reklamacji jest tamten sprzedawca – to on ma dane zakupu.",
        "Najszybciej pomoże sklep, w którym <dokonał Pan|dokonała Pani|dokonali Państwo> zakupu – tam należy złożyć reklamację z dowodem zakupu.",
    ),
    "elsewhere_maker_silent": (
        "Rozumiemy, jak bardzo frustruje brak odpowiedzi ze strony producenta – przykro nam, że sprawa tak się przeciąga.",
        "Milczenie producenta w takiej sprawie to naprawdę przykra sytuacja – rozumiemy <Pana|Pani|Państwa> zdenerwowanie.",
    ),
    "elsewhere_maker": (
        "Ta kwestia leży po stronie producenta – najszybciej pomoże jego infolinia lub wsparcie techniczne.",
        "Tę kwestię najlepiej wyjaśnić z producentem – najskuteczniej będzie skontaktować się bezpośrednio z jego wsparciem technicznym.",
    ),
    # Sprzęt w serwisie: nasza pomoc, jeśli kupiono u nas; nigdy „prowadzić dalej z serwisem”.
    "elsewhere_service": (
        "Jeśli zakupu dokonano w naszym sklepie, prosimy o wiadomość prywatną z {ref} – sprawdzimy, co możemy zrobić z naszej strony.",
        "Jeżeli sprzęt został kupiony u nas, zapraszamy do kontaktu przez wiadomość prywatną z {ref} – zobaczymy, jak możemy pomóc.",
    ),
    # The service called an ordeal, stalling or giving up: sympathy for that first, then the same offer.
    "elsewhere_service_ordeal": (
        "Przykro nam, że sprawa w serwisie zamieniła się w taką udrękę. Jeśli zakupu dokonano w naszym sklepie, prosimy o wiadomość prywatną z {ref} – sprawdzimy, co możemy zrobić z naszej strony.",
    ),
    "elsewhere_service_stalled": (
        "Tak długie czekanie bez odpowiedzi serwisu to zdecydowanie za dużo. Jeśli produkt został kupiony u nas, prosimy o wiadomość prywatną z {ref} – sprawdzimy, co możemy zrobić w sprawie reklamacji.",
        "To zdecydowanie zbyt długo jak na czekanie bez żadnej informacji z serwisu. Jeśli zakupu <dokonał Pan|dokonała Pani|dokonali Państwo> u nas, prosimy o wiadomość prywatną z {ref} – zobaczymy, co możemy zrobić z naszej strony.",
    ),
    "elsewhere_service_gave_up": (
        "Szkoda, że serwis nie znalazł rozwiązania. Jeśli produkt został kupiony u nas, prosimy o wiadomość prywatną z {ref} – podpowiemy, jakie są dalsze możliwości.",
    ),
    "elsewhere_service_refused": (
        "Szkoda, że serwis nie uznał zgłoszenia. Jeśli produkt został kupiony u nas, prosimy o wiadomość prywatną z {ref}, abyśmy mogli sprawdzić, co można jeszcze zrobić w ramach reklamacji.",
        "Szkoda, że serwis odmówił. Jeśli zakupu <dokonał Pan|dokonała Pani|dokonali Państwo> u nas, prosimy o wiadomość prywatną z {ref} – podpowiemy, jakie są dalsze możliwości.",
    ),
    "elsewhere_advice": (
        "Jeśli przyda się porada, jak to załatwić, chętnie pomożemy – wystarczy do nas napisać.",
        "Gdyby <potrzebował Pan|potrzebowała Pani|potrzebowali Państwo> porady, chętnie podpowiemy, jak się do tego zabrać.",
        "W razie wątpliwości, jak przygotować zgłoszenie, służymy radą w wiadomości prywatnej.",
    ),
    # A question or remark from someone who has not bought: no apology, no "enjoy it".
    "non_owner_price": (
        "Rozumiemy, że cena ma duże znaczenie przy wyborze.",
        "Rozumiemy, że przy takim zakupie cena jest ważna – ta uwaga do nas dotarła.",
    ),
    "non_owner_thanks": (
        "Dziękujemy za komentarz.",
        "Dziękujemy za wpis.",
        "Dziękujemy, że <podzielił się Pan|podzieliła się Pani|podzielili się Państwo> swoim zdaniem.",
    ),
    "non_owner_asked": (
        "Dziękujemy za pytanie!",
        "Dziękujemy, że <zwrócił się Pan|zwróciła się Pani|zwrócili się Państwo> do nas z pytaniem.",
    ),
    "non_owner_question": (
        "Chętnie doradzimy – wystarczy napisać do nas wiadomość z kilkoma szczegółami.",
        "Chętnie pomożemy w wyborze – w wiadomości prywatnej łatwiej o szczegóły.",
    ),
    "non_owner_offer": (
        "Gdyby <miał Pan|miała Pani|mieli Państwo> pytania o ten produkt, chętnie doradzimy.",
        "Jeśli pojawią się pytania przed zakupem, chętnie pomożemy w wyborze.",
        "W razie pytań o ten model jesteśmy do dyspozycji – wystarczy wiadomość prywatna.",
    ),
    # The venue, or part of it, was closed: never an unconditional "see you soon".
    "closed_visit": (
        "Bardzo nam przykro, że <zastał Pan|zastała Pani|zastali Państwo> u nas zamknięte drzwi – rozumiemy, jak to rozczarowuje, zwłaszcza gdy przychodzi się specjalnie.",
        "Przepraszamy, że <trafił Pan|trafiła Pani|trafili Państwo> na zamknięty lokal – przykro nam, że wizyta skończyła się rozczarowaniem.",
    ),
    "closed_facility": (
        "Przykro nam, że to, na co <Pan liczył|Pani liczyła|Państwo liczyli>, było zamknięte – rozumiemy to rozczarowanie.",
        "Rozumiemy rozczarowanie i przepraszamy, że to, na co <Pan liczył|Pani liczyła|Państwo liczyli>, było nieczynne.",
    ),
    "closed_invite": (
        "Jeśli <zdecyduje się Pan|zdecyduje się Pani|zdecydują się Państwo> nas jeszcze odwiedzić, postaramy się, by tym razem wszystko się udało.",
        "Będzie nam miło, jeśli <da nam Pan|da nam Pani|dadzą nam Państwo> jeszcze jedną szansę.",
    ),
    # Zamówione i wyczekiwane (przedsprzedaż): nic jeszcze nie zostało użyte.
    "awaiting_thanks": (
        "Dziękujemy za zamówienie i zaufanie!",
        "Dziękujemy, że <wybrał Pan|wybrała Pani|wybrali Państwo> nasz sklep!",
    ),
    "awaiting_hope": (
        "Mamy nadzieję, że przesyłka wkrótce do <Pana|Pani|Państwa> dotrze. Z przyjemnością przeczytamy, jak się sprawdzi!",
        "Trzymamy kciuki, żeby zamówienie dotarło jak najszybciej – a po odbiorze chętnie poznamy <Pana|Pani|Państwa> wrażenia.",
    ),
    # "Na razie bez zarzutu": judgement reserved, so hope, not "glad you are satisfied".
    "reserved_thanks": (
        "Dziękujemy za opinię!",
        "Dziękujemy za podzielenie się pierwszymi wrażeniami!",
    ),
    "reserved_hope": (
        "Mamy nadzieję, że produkt sprawdzi się także przy dłuższym użytkowaniu.",
        "Trzymamy kciuki, żeby i po dłuższym czasie wszystko działało bez zarzutu.",
    ),
    "reserved_hope_consumable": ("Mamy nadzieję, że kolejne zamówienia też przypadną <Panu|Pani|Państwu> do gustu.",),
    # "Kupiłam na prezent, jeszcze nie był w użyciu": nothing tried yet, so no "pierwsze wrażenia".
    "unused_thanks": ("Dziękujemy za opinię!", "Dziękujemy, że <znalazł Pan|znalazła Pani|znaleźli Państwo> czas na opinię!"),
    "unused_hope_gift": ("Mamy nadzieję, że prezent sprawi dużo radości!", "Oby prezent się spodobał!"),
    "unused_hope_item": ("Mamy nadzieję, że produkt dobrze się sprawdzi, kiedy <zacznie Pan|zacznie Pani|zaczną Państwo> z niego korzystać.",),
    "unused_offer": ("Gdyby cokolwiek było potrzebne, chętnie pomożemy – wystarczy napisać.",
                     "Będzie nam miło, jeśli po pewnym czasie <uzupełni Pan|uzupełni Pani|uzupełnią Państwo> opinię."),
    "reserved_offer": (
        "Gdyby coś było nie tak, chętnie pomożemy – wystarczy napisać.",
        # Not "po dłuższym czasie" again: reserved_hope may have just said it.
        "Będzie nam miło, jeśli za jakiś czas <uzupełni Pan|uzupełni Pani|uzupełnią Państwo> opinię.",
    ),
    "signoff": ("Pozdrawiamy serdecznie,", "Z wyrazami szacunku,", "Łączymy pozdrowienia,", "Pozdrawiamy,"),
}

# The next step: an invitation with its purpose, never a deed or a deadline the business
# has not set (STEPS add those when it has).
COUNTERACT = {
    # Odesłane, pieniądze jeszcze nie wróciły: na jakim etapie jest zwrot, nie jak odesłać.
    "refund_pending": (
        "Prosimy o numer zamówienia w wiadomości prywatnej – sprawdzimy, na jakim etapie jest zwrot pieniędzy.",
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia w wiadomości prywatnej, sprawdzimy, co dzieje się ze zwrotem pieniędzy.",
    ),
    "product_problem": (
        "Prosimy o kontakt w wiadomości prywatnej z numerem zamówienia – podpowiemy, jak dalej postąpić.",
        "Aby sprawdzić, co się stało, potrzebujemy numeru zamówienia – prosimy przesłać go w wiadomości prywatnej.",
    ),
    "counterfeit": (
        "Prosimy o numer zamówienia w wiadomości prywatnej, abyśmy mogli sprawdzić ten egzemplarz i jego pochodzenie.",
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia prywatnie, będziemy mogli wyjaśnić, skąd pochodzi ten egzemplarz.",
    ),
    "not_as_described": (
        "Prosimy przesłać numer zamówienia w wiadomości prywatnej, abyśmy mogli porównać produkt z opisem i wyjaśnić różnicę.",
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia w wiadomości prywatnej, będziemy mogli porównać produkt z opisem i sprawdzić, co da się zrobić.",
    ),
    "product_defect": (
        "Prosimy o numer zamówienia w wiadomości prywatnej, abyśmy mogli ustalić, na czym polega problem, i doradzić, co dalej.",
        # Advice, not an inspection: the business set up no step a draft could promise.
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia w wiadomości prywatnej, podpowiemy, co można zrobić.",
        "Prosimy o kontakt w wiadomości prywatnej z numerem zamówienia – podpowiemy, jak dalej postąpić.",
        "Aby sprawdzić, co się dzieje, potrzebujemy numeru zamówienia – prosimy przesłać go w wiadomości prywatnej.",
    ),
    "missing_part": (
        "Prosimy o numer zamówienia w wiadomości prywatnej, abyśmy mogli sprawdzić zamówienie i doradzić, co dalej.",
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia w wiadomości prywatnej, będziemy mogli sprawdzić zawartość zamówienia i podpowiedzieć, co dalej.",
    ),
    "wrong_item": (
        "Prosimy o numer zamówienia w wiadomości prywatnej – podpowiemy, jak postąpić w tej sytuacji.",
        "Jeśli <napisze Pan|napisze Pani|napiszą Państwo> do nas prywatnie z numerem zamówienia, będziemy mogli wyjaśnić, skąd wzięła się pomyłka.",
    ),
    "cancelled_order": (
        "Prosimy o numer zamówienia w wiadomości prywatnej, abyśmy mogli sprawdzić, dlaczego nie zostało zrealizowane.",
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia prywatnie, będziemy mogli sprawdzić, co się z nim stało.",
    ),
    "after_sales_return": (
        "Jeśli <zechce Pan|zechce Pani|zechcą Państwo> dokonać zwrotu, prosimy o wiadomość prywatną z numerem zamówienia – podpowiemy, jak to zrobić.",
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia w wiadomości prywatnej, podpowiemy, jak najprościej dokonać zwrotu.",
    ),
    "after_sales_exchange": (
        # No exchange is promised: the settings name none, so the options are what we look at.
        "Jeśli chodzi o wymianę, prosimy o wiadomość prywatną z numerem zamówienia – podpowiemy, jakie są możliwości.",
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia w wiadomości prywatnej, podpowiemy, jakie są możliwości wymiany.",
    ),
    "after_sales": (
        "Jeśli <zechce Pan|zechce Pani|zechcą Państwo> dokonać zwrotu lub wymiany, prosimy o wiadomość prywatną z numerem zamówienia – podpowiemy, jak to zrobić.",
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> numer zamówienia w wiadomości prywatnej, podpowiemy, jakie są możliwości zwrotu lub wymiany.",
    ),
    "delivery": (
        "Prosimy o numer zamówienia w wiadomości prywatnej, abyśmy mogli sprawdzić, co dzieje się z zamówieniem.",
        "Jeśli <napisze Pan|napisze Pani|napiszą Państwo> do nas prywatnie z numerem zamówienia, będziemy mogli sprawdzić, co dzieje się z zamówieniem.",
    ),
    "support_unreachable": (
        "Prosimy o wiadomość prywatną – chętnie pomożemy wyjaśnić sprawę.",
        "Prosimy napisać do nas w wiadomości prywatnej – tą drogą postaramy się pomóc jak najszybciej.",
    ),
    "price": (
        "Jeśli <zechce Pan|zechce Pani|zechcą Państwo> powiedzieć nam więcej, zapraszamy do wiadomości prywatnej.",
        "Chętnie porozmawiamy o tym w wiadomości prywatnej.",
    ),
    "usability": (
        "Prosimy o wiadomość prywatną – chętnie krok po kroku pomożemy wszystko ustawić.",
        "Jeśli <napisze Pan|napisze Pani|napiszą Państwo> do nas prywatnie, chętnie pomożemy w konfiguracji.",
    ),
    "billing": (
        "Prosimy o datę i kwotę płatności w wiadomości prywatnej, abyśmy mogli sprawdzić rachunek.",
        "Jeśli <prześle nam Pan|prześle nam Pani|prześlą nam Państwo> prywatnie dane z paragonu, sprawdzimy naliczoną kwotę.",
    ),
    "visit": (
        "Jeśli <zechce Pan|zechce Pani|zechcą Państwo> opowiedzieć nam więcej, prosimy o wiadomość prywatną z {ref}.",
        "Chcielibyśmy dowiedzieć się więcej – prosimy o wiadomość prywatną z {ref}.",
        "Prosimy o kontakt w wiadomości prywatnej z {ref}, abyśmy mogli dokładnie to wyjaśnić.",
    ),
    "generic": (
        # Bez "naprawimy to": wysypki ani utraconych danych nie da się cofnąć, a nic nie obiecano.
        "Prosimy o wiadomość prywatną z krótkim opisem sytuacji – podpowiemy, co można zrobić.",
        # ("Podpowiemy, jak możemy pomóc" reads clumsy to a native: the help itself, not how to give it.)
        "Prosimy o kontakt w wiadomości prywatnej – chętnie pomożemy.",
        "Prosimy o kilka szczegółów w wiadomości prywatnej – wtedy łatwiej będzie nam doradzić.",
    ),
}

# The steps a business may list in its settings (store/settings.py FollowUpStep): each is
# stated only when listed, because each is a promise someone has to keep.
STEPS = {
    "reply_within_24h": ("Na wiadomości prywatne odpowiadamy w ciągu 24 godzin.",),
    "reply_next_working_day": ("Na wiadomości prywatne odpowiadamy w ciągu jednego dnia roboczego.",),
    "manager_calls_back": ("Jeśli <zostawi Pan|zostawi Pani|zostawią Państwo> numer telefonu w wiadomości prywatnej, oddzwoni do <Pana|Pani|Państwa> nasz kierownik.",),
    "manager_reads_complaints": ("Każdą taką opinię nasz kierownik czyta osobiście.",),
    "team_discusses_feedback": ("Takie uwagi omawiamy z całym zespołem.",),
    "carrier_claim_by_us": ("Gdy przesyłka dotrze uszkodzona, reklamację u przewoźnika składamy sami – <nie musi Pan|nie musi Pani|nie muszą Państwo> się tym zajmować.",),
    "feedback_to_manufacturer": ("Uwagi o produktach przekazujemy producentowi.",),
    "warranty_by_us": ("Naprawy gwarancyjne załatwiamy sami, więc <nie musi Pan|nie musi Pani|nie muszą Państwo> kontaktować się z producentem.",),
}



GUIDANCE = {
    "product_defect": (
        "Chętnie pomożemy znaleźć najszybsze rozwiązanie – wystarczy napisać do nas prywatnie.",
        "Jeśli urządzenie wymaga naprawy, podpowiemy, jak najprościej to załatwić – wystarczy wiadomość prywatna.",
    ),
    "usability": (
        "Chętnie przeprowadzimy <Pana|Panią|Państwa> przez ustawienia krok po kroku – wystarczy wiadomość prywatna.",
    ),
    "food": (
        "Gusta bywają różne – chętnie polecimy coś bliższego temu, czego <Pan szukał|Pani szukała|Państwo szukali>.",
    ),
    "delivery": (
        "Najszybciej wyjaśnimy to z danymi przesyłki – prosimy przesłać je w wiadomości prywatnej.",
    ),
    "generic": (
        "Prosimy o wiadomość prywatną z kilkoma szczegółami – podpowiemy, jak najszybciej rozwiązać problem.",
        "Jeśli <opisze nam Pan|opisze nam Pani|opiszą nam Państwo> sprawę w wiadomości prywatnej, chętnie podpowiemy najprostsze rozwiązanie.",
        "Chętnie pomożemy znaleźć rozwiązanie – wystarczy wiadomość prywatna.",
    ),
}



# Named problems in the genitive, after "z powodu".
ISSUES = {
    "wrong_item": "pomyłki w zamówieniu",
    "missing_part": "niekompletnego zestawu",
    "used_item": "egzemplarza, który nosił ślady używania",
    "no_reply": "braku odpowiedzi na <Pana|Pani|Państwa> wiadomości",
    "rude_staff": "niemiłej obsługi",
    "cold_food": "zimnego jedzenia",
    "long_wait": "długiego oczekiwania",
    "price_rise": "podwyżki cen",
    "smaller_portions": "mniejszych porcji",
    "overcharged": "błędu w rachunku",
    "cancelled_order": "niezrealizowanego zamówienia",
    "dirty_bathroom": "stanu łazienki",
    "room_not_booked": "przydzielenia innego pokoju niż zarezerwowany",
    "bad_smell": ("zapachu {what}", "nieprzyjemnego zapachu"),
    "broken_ac": "kłopotu z klimatyzacją",
    "noise": "hałasu",
    "no_hot_water": "braku ciepłej wody",
    "not_cleaned": "braku sprzątania pokoju",
    "broken_lock": "drzwi, których nie dało się zamknąć",
    "missing_dish": "brakującego dania",
    "not_received": "zamówienia, które wciąż do <Pana|Pani|Państwa> nie dotarło",
}


# At a venue the guest rings the reception; only a shop's customer writes messages.
VENUE_ISSUES = {
    "no_reply": "braku kontaktu z obsługą",
}


def join_issues(parts: list[str]) -> str:
    # "A, B i C", never "A i B i C".
    return " i ".join(parts) if len(parts) <= 2 else ", ".join(parts[:-1]) + " i " + parts[-1]


CATEGORY_TOPICS = {
    "product_defect": "w sprawie usterki produktu", "delivery": "w sprawie dostawy",
    "support_unreachable": "w sprawie kontaktu z obsługą", "price": "w sprawie ceny",
    "usability": "w sprawie korzystania z produktu", "staff": "w sprawie obsługi",
    "cleanliness": "w sprawie czystości", "food": "w sprawie jedzenia", "room": "w sprawie pokoju",
    "noise": "w sprawie hałasu", "waiting": "w sprawie czasu oczekiwania", "billing": "w sprawie rozliczenia",
}
TOPICS_FREE = "w sprawie opisanej jako „{summary}”"
TOPICS_NONE = "w tej sprawie"
REF = {"takeaway": "datą i godziną zamówienia", "booking": "informacjami o rezerwacji", "stay": "terminem pobytu", "hospitality": "datą i godziną wizyty", "product": "numerem zamówienia", "general": "kilkoma szczegółami"}
DEFAULT_SIGNATURE = "Zespół obsługi klienta"


def topic(nom: str, oblique: str, plural: bool) -> dict:
    return {"x": nom, "x_o": oblique, "plural": plural}


def join_topics(first: dict, second: dict) -> dict:
    return {"x": f"{first['x']} i {second['x']}", "x_o": f"{first['x_o']} i {second['x_o']}", "plural": True}


def format_date(value) -> str:
    return value.strftime("%d.%m.%Y")
