"""Decide whether a review's author string is a person's name, and greet them properly.

Review sites show placeholders ("Użytkownik Ceneo", "A Traveler"), handles ("bhorton72"),
masked names ("k...a") and initials ("J."). Greeting a placeholder as if it were a name
("Hi Traveler,") is worse than a neutral greeting, so a name is used only when we are
sure: it is a known first name, or it has the shape "Firstname Lastname" / "Kevin H.".

Polish and Ukrainian address people in the vocative (Pani Anno, Panie Tomaszu, Олено,
пане Тарасе). Vocatives are irregular (Paweł -> Pawle, Олег -> пане Олегу), so they come from
the tables below; a name we cannot inflect reliably is greeted neutrally in Ukrainian and
used uninflected in Polish.
"""

from __future__ import annotations

import re

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from . import fastre

# --- name tables ----------------------------------------------------------------------

_PL_MALE = """Adam:Adamie Adrian:Adrianie Albert:Albercie Aleksander:Aleksandrze Alfred:Alfredzie
Andrzej:Andrzeju Antoni:Antoni Arkadiusz:Arkadiuszu Artur:Arturze Bartłomiej:Bartłomieju Bartosz:Bartoszu
Bartek:Bartku Bogdan:Bogdanie Bogusław:Bogusławie Bolesław:Bolesławie Borys:Borysie Bronisław:Bronisławie
Cezary:Cezary Czesław:Czesławie Damian:Damianie Daniel:Danielu Dariusz:Dariuszu Darek:Darku Dawid:Dawidzie
Dominik:Dominiku Edward:Edwardzie Emil:Emilu Eryk:Eryku Eugeniusz:Eugeniuszu Fabian:Fabianie Filip:Filipie
Franciszek:Franciszku Fryderyk:Fryderyku Gabriel:Gabrielu Grzegorz:Grzegorzu Gustaw:Gustawie Henryk:Henryku
Hubert:Hubercie Ignacy:Ignacy Igor:Igorze Ireneusz:Ireneuszu Jacek:Jacku Jakub:Jakubie Jan:Janie Janek:Janku
Janusz:Januszu Jarosław:Jarosławie Jarek:Jarku Jerzy:Jerzy Jędrzej:Jędrzeju Józef:Józefie Julian:Julianie
Juliusz:Juliuszu Kacper:Kacprze Kajetan:Kajetanie Kamil:Kamilu Karol:Karolu Kazimierz:Kazimierzu
Konrad:Konradzie Kornel:Kornelu Krystian:Krystianie Krzysztof:Krzysztofie Ksawery:Ksawery Kuba:Kubo
Leon:Leonie Leszek:Leszku Lucjan:Lucjanie Ludwik:Ludwiku Łukasz:Łukaszu Maciej:Macieju Maciek:Maćku
Maksymilian:Maksymilianie Marcel:Marcelu Marcin:Marcinie Marek:Marku Marian:Marianie Mariusz:Mariuszu
Mateusz:Mateuszu Michał:Michale Mieczysław:Mieczysławie Mikołaj:Mikołaju Miłosz:Miłoszu Mirosław:Mirosławie
Mirek:Mirku Nikodem:Nikodemie Norbert:Norbercie Oliwer:Oliwerze Oskar:Oskarze Patryk:Patryku Paweł:Pawle
Piotr:Piotrze Przemysław:Przemysławie Przemek:Przemku Radosław:Radosławie Radek:Radku Rafał:Rafale
Remigiusz:Remigiuszu Robert:Robercie Roman:Romanie Ryszard:Ryszardzie Sebastian:Sebastianie
Sławomir:Sławomirze Stanisław:Stanisławie Staszek:Staszku Stefan:Stefanie Szczepan:Szczepanie Szymon:Szymonie
Tadeusz:Tadeuszu Teodor:Teodorze Tobiasz:Tobiaszu Tomasz:Tomaszu Tomek:Tomku Tymon:Tymonie
Tymoteusz:Tymoteuszu Wacław:Wacławie Waldemar:Waldemarze Wiesław:Wiesławie Wiktor:Wiktorze Witold:Witoldzie
Władysław:Władysławie Wojciech:Wojciechu Wojtek:Wojtku Zbigniew:Zbigniewie Zbyszek:Zbyszku
Zdzisław:Zdzisławie Zenon:Zenonie Zygmunt:Zygmuncie"""

_PL_FEMALE = """Adrianna:Adrianno Agata:Agato Agnieszka:Agnieszko Aldona:Aldono Aleksandra:Aleksandro Alicja:Alicjo
Alina:Alino Amelia:Amelio Aneta:Aneto Angelika:Angeliko Ania:Aniu Anna:Anno Antonina:Antonino Asia:Asiu
Barbara:Barbaro Basia:Basiu Beata:Beato Bogumiła:Bogumiło Bożena:Bożeno Celina:Celino Danuta:Danuto
Daria:Dario Diana:Diano Dominika:Dominiko Dorota:Doroto Edyta:Edyto Ela:Elu Elżbieta:Elżbieto Emilia:Emilio
Ewa:Ewo Ewelina:Ewelino Felicja:Felicjo Gabriela:Gabrielo Genowefa:Genowefo Gosia:Gosiu Grażyna:Grażyno
Halina:Halino Hanna:Hanno Helena:Heleno Iga:Igo Ilona:Ilono Irena:Ireno Iwona:Iwono Iza:Izo Izabela:Izabelo
Jadwiga:Jadwigo Jagoda:Jagodo Janina:Janino Joanna:Joanno Jolanta:Jolanto Julia:Julio Justyna:Justyno
Kamila:Kamilo Karolina:Karolino Kasia:Kasiu Katarzyna:Katarzyno Kinga:Kingo Klaudia:Klaudio
Kornelia:Kornelio Krystyna:Krystyno Laura:Lauro Lena:Leno Lidia:Lidio Lucyna:Lucyno Ludmiła:Ludmiło
Magda:Magdo Magdalena:Magdaleno Maja:Majo Małgorzata:Małgorzato Maria:Mario Marianna:Marianno Marta:Marto
Marzena:Marzeno Michalina:Michalino Milena:Mileno Mirosława:Mirosławo Monika:Moniko Natalia:Natalio
Nikola:Nikolo Nina:Nino Ola:Olu Oliwia:Oliwio Patrycja:Patrycjo Paulina:Paulino Regina:Regino Renata:Renato
Roksana:Roksano Róża:Różo Sabina:Sabino Sandra:Sandro Stanisława:Stanisławo Stefania:Stefanio Sylwia:Sylwio
Tamara:Tamaro Teresa:Tereso Ula:Ulu Urszula:Urszulo Wanda:Wando Weronika:Weroniko Wiesława:Wiesławo
Wiktoria:Wiktorio Wioletta:Wioletto Zofia:Zofio Zosia:Zosiu Zuza:Zuzo Zuzanna:Zuzanno Żaneta:Żaneto"""

_UK_MALE = """Андрій:Андрію Олександр:Олександре Олексій:Олексію Анатолій:Анатолію Антон:Антоне Артем:Артеме
Аркадій:Аркадію Богдан:Богдане Борис:Борисе Вадим:Вадиме Валентин:Валентине Валерій:Валерію Василь:Василю
Віктор:Вікторе Віталій:Віталію Владислав:Владиславе Володимир:Володимире В'ячеслав:В'ячеславе
Геннадій:Геннадію Григорій:Григорію Данило:Даниле Денис:Денисе Дмитро:Дмитре Едуард:Едуарде Євген:Євгене
Єгор:Єгоре Захар:Захаре Зиновій:Зиновію Іван:Іване Ігор:Ігоре Ілля:Ілле Йосип:Йосипе Кирило:Кириле
Костянтин:Костянтине Лев:Леве Леонід:Леоніде Любомир:Любомире Максим:Максиме Марко:Марку Матвій:Матвію
Микола:Миколо Михайло:Михайле Назар:Назаре Олег:Олегу Олесь:Олесю Орест:Оресте Остап:Остапе Павло:Павле
Петро:Петре Пилип:Пилипе Роман:Романе Руслан:Руслане Святослав:Святославе Сергій:Сергію
Станіслав:Станіславе Степан:Степане Тарас:Тарасе Тимофій:Тимофію Федір:Федоре Юрій:Юрію Яків:Якове
Ярослав:Ярославе Роберт:Роберте Ростислав:Ростиславе Вячеслав:Вячеславе Юліан:Юліане
Ян:Яне Тимур:Тимуре Давид:Давиде Артур:Артуре Ілько:Ільку Валентин:Валентине Глеб:Глібе Гліб:Глібе"""

_UK_FEMALE = """Аліна:Аліно Алла:Алло Анастасія:Анастасіє Анна:Анно Антоніна:Антоніно Богдана:Богдано
Валентина:Валентино Валерія:Валеріє Вероніка:Вероніко Вікторія:Вікторіє Віра:Віро Галина:Галино Галя:Галю
Ганна:Ганно Дарина:Дарино Дарія:Даріє Діана:Діано Єва:Єво Євгенія:Євгеніє Єлизавета:Єлизавето Жанна:Жанно
Зоя:Зоє Іванна:Іванно Інна:Інно Ірина:Ірино Карина:Карино Катерина:Катерино Кристина:Кристино
Лариса:Ларисо Леся:Лесю Лілія:Ліліє Любов:Любове Людмила:Людмило Маргарита:Маргарито Марина:Марино
Марія:Маріє Мирослава:Мирославо Надія:Надіє Наталія:Наталіє Наталя:Наталю Наталка:Наталко Ніна:Ніно
Оксана:Оксано Олександра:Олександро Олена:Олено Ольга:Ольго Оля:Олю Поліна:Поліно Раїса:Раїсо
Роксолана:Роксолано Світлана:Світлано Софія:Софіє Соломія:Соломіє Таня:Таню Тетяна:Тетяно Уляна:Уляно
Христина:Христино Юлія:Юліє Яна:Яно Ярослава:Ярославо Ксенія:Ксеніє Злата:Злато Василина:Василино
Анжела:Анжело Ілона:Ілоно Олеся:Олесю Тамара:Тамаро Емілія:Еміліє Євгенія:Євгеніє Стефанія:Стефаніє"""

_INTL_MALE = """James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Danny Dan
Matthew Matt Anthony Tony Mark Donald Steven Steve Stephen Paul Andrew Andy Joshua Josh Kenneth Ken Kevin
Brian Bryan George Timothy Tim Ronald Edward Ed Eddie Jason Jeffrey Jeff Ryan Jacob Gary Nicholas Nick Eric
Jonathan Larry Justin Scott Brandon Benjamin Ben Samuel Gregory Greg Frank Alexander Raymond Patrick Jack
Dennis Jerry Tyler Aaron Jose Henry Nathan Douglas Doug Zachary Peter Pete Kyle Walter Ethan Jeremy Harold
Keith Christian Roger Noah Gerald Terry Sean Austin Carl Arthur Lawrence Dylan Jesse Bruce Logan Albert
Willie Alan Allen Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Bob Bill Billy Mike Jim
Jimmy Tom Tommy Dave Rick Ricky Rob Fred Ted Luke Liam Oliver Harry Charlie Leo Lucas Owen Ian Neil Craig
Martin Simon Graham Colin Stuart Gavin Hugh Ross Dean Marcus Carlos Miguel Luis Pedro Diego Javier Pablo
Antonio Manuel Francisco Jorge Alejandro Rafael Fernando Sergio Lucio Marco Mario Luca Giovanni Giuseppe
Paolo Francesco Hans Klaus Jürgen Pierre Jean François Ahmed Mohammed Mohammad Omar Raj Vikas Rahul Amit
Arjun Vikram Kenji Hiroshi Roel Jameson Joe Joel Todd Troy Shane Brett Derek Wade Chad Clint Lance Grant
Glenn Gordon Howard Jon Lee Leonard Lewis Max Nathaniel Nigel Phillip Philip Phil Ray Reggie Rodney
Ron Sid Stan Terrence Travis Trevor Victor Warren Wesley Zach Hector Ivan Oscar Ruben Salvador Felipe
Enrique Ricardo Roberto Eduardo Andres Emilio Ramon Tomas Mateo Santiago Sebastian Nicolas Gustavo
Alberto Jaime Julio Cesar Ernesto Guillermo Hugo Raul Rodrigo Adrian Anton Felix Fabio Stefano Alessandro
Matteo Lorenzo Gianni Jens Lars Sven Erik Henrik Mats Dirk Wolfgang Thorsten Olivier Laurent Nicolas
Thierry Didier Mehmet Mustafa Hassan Karim Yusuf Salman Ravi Sanjay Suresh Anil Deepak Kiran"""

_INTL_FEMALE = """Mary Patricia Jennifer Jen Linda Elizabeth Liz Beth Barbara Susan Sue Jessica Jess Sarah Sara
Karen Lisa Nancy Betty Margaret Maggie Sandra Ashley Kimberly Kim Emily Donna Michelle Carol Amanda
Dorothy Melissa Deborah Debbie Stephanie Rebecca Becky Sharon Laura Cynthia Kathleen Kathy Katie Kate
Amy Angela Shirley Anna Ann Anne Brenda Pamela Pam Emma Nicole Helen Samantha Katherine Catherine
Christine Debra Rachel Carolyn Janet Virginia Maria Heather Diane Ruth Julie Julia Olivia Joyce Victoria
Kelly Lauren Christina Joan Evelyn Judith Judy Megan Meg Andrea Cheryl Hannah Jacqueline Martha Gloria
Teresa Madison Frances Kathryn Janice Abigail Alice Sophia Sophie Grace Denise Amber Doris Marilyn
Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Lexie Lexi
Briana Brianna Chloe Zoe Ella Mia Ava Lily Lucy Ellie Holly Jenny Jenna Molly Wendy Tracy Stacy Stacey
Erin Tina Gina Nina Claire Clara Fiona Rosa Carmen Lucia Sofia Elena Isabel Ana Paula Valentina Giulia
Francesca Chiara Annalucia Anita Priya Yuki Mei Aisha Fatima Leah Naomi Ruby Eva Ellen Irene Jane Joanne
Kay Kristen Kristin Lynn Marsha Monica Nora Penny Rita Sally Susie Tammy Tara Vanessa Veronica Vicky
Whitney Yvonne Margie Marge Carla Connie Dana Darlene Dawn Edith Eileen Elaine Ella Esther Gail Hazel
Jill Joy June Kristina Lois Lorraine Louise Mandy Marion Melanie Michele Mildred Norma Peggy Phyllis
Rosemary Sheila Sylvia Thelma Valerie Vera Vivian Wanda Yolanda Alicia Beatriz Camila Daniela Gabriela
Lucía Mariana Marta Silvia Pilar Ines Inés Monique Nathalie Sylvie Isabelle Sabine Ingrid Heidi Greta
Anja Petra Ursula Kirsten Astrid Ayesha Fatma Leyla Sunita Anjali Pooja Neha Mariko Keiko"""

_INTL_UNISEX = "Alex Chris Sam Jordan Taylor Casey Robin Jamie Pat Kelly Morgan Jesse"

# Russian spellings, with the Ukrainian form of the same name: many Ukrainians write their
# name the Russian way on shop sites ("Инна"), and a Ukrainian reply addresses them by its
# Ukrainian form, as an agent would ("пані Інно").
_RU_NAMES = """Сергей:Сергій Алексей:Олексій Андрей:Андрій Александр:Олександр Дмитрий:Дмитро
Евгений:Євген Иван:Іван Игорь:Ігор Михаил:Михайло Николай:Микола Павел:Павло Владимир:Володимир
Виктор:Віктор Юрий:Юрій Василий:Василь Анатолий:Анатолій Виталий:Віталій Геннадий:Геннадій
Григорий:Григорій Олег:Олег Роман:Роман Денис:Денис Максим:Максим Богдан:Богдан Вадим:Вадим
Елена:Олена Мария:Марія Наталья:Наталія Наталия:Наталія Татьяна:Тетяна Ирина:Ірина Светлана:Світлана
Екатерина:Катерина Юлия:Юлія Анастасия:Анастасія Людмила:Людмила Виктория:Вікторія Ольга:Ольга
Анна:Анна Марина:Марина Галина:Галина Дарья:Дарія Ксения:Ксенія Евгения:Євгенія Надежда:Надія
Любовь:Любов Вера:Віра Инна:Інна Оксана:Оксана Алина:Аліна Кристина:Кристина Валентина:Валентина
Лариса:Лариса Яна:Яна"""
# "Omer And Dan Y.", "Jan i Anna": a couple or a family, not one person to greet.
_CONJUNCTIONS = {"and", "&", "i", "oraz", "та", "і", "и", "und", "y", "et", "+"}

# Words that make an author string a placeholder or a description, never a name.
_PLACEHOLDER_WORDS = {
    "user", "użytkownik", "uzytkownik", "користувач", "пользователь", "покупець", "покупатель", "гість", "гость",
    "guest", "anonymous", "anonim", "anonimowy", "anonimowa", "анонім", "аноним", "traveler", "traveller",
    "verified", "customer", "klient", "klientka", "client", "reviewer", "member", "buyer", "shopper", "kupujący",
    "nabywca", "gość", "lover", "fan", "foodie", "local", "family", "ceneo", "allegro", "rozetka", "google",
    "facebook", "yelp", "tripadvisor", "amazon", "admin", "test", "unknown", "nieznany", "невідомий", "клієнт",
    "deleted", "usunięty", "видалений", "team", "zespół", "команда", "owner", "właściciel", "власник",
    "happy", "satisfied", "zadowolony", "zadowolona", "задоволений", "mom", "dad", "mama", "tata", "coffee",
    "muffin", "english", "reader", "parent", "couple", "friend", "friends", "visitor", "resident",
    # A cartoon or pet word beside a first name makes a character or a nickname ("Minnie Mouse",
    # "Honey Bunny"): greeting "Hi Minnie" would answer the character.
    "mouse", "duck", "bunny", "kitty", "piggy", "puppy", "panda", "monster", "princess", "mommy", "daddy",
    "grandma", "granny", "girl", "boy", "baby", "cookie", "sweetie", "gamer",
}
_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "pan", "pani", "пан", "пані", "dr.", "mr.", "mrs.", "ms."}
_HANDLE = fastre.compile(r"[\d_@#/\\|]|\.\w|\w\.\w")
_GLUED = fastre.compile(r"^([A-ZĄĆĘŁŃÓŚŹŻА-ЯІЇЄҐ][a-ząćęłńóśźżа-яіїєґ']{2,})[A-ZĄĆĘŁŃÓŚŹŻА-ЯІЇЄҐ]{1,2}\.?$")
_MASKED = fastre.compile(r"\.\.|…|\*")
_QUOTED = fastre.compile(r"[\"“”„«»']([^\"“”„«»']+)[\"“”„«»']")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).replace("ł", "l").replace("Ł", "L")


def _table(block: str, gender: str) -> dict[str, tuple[str, str, str]]:
    out = {}
    for item in block.split():
        name, vocative = item.split(":")
        out[name.lower()] = (name, vocative, gender)
    return out


_PL = {**_table(_PL_MALE, "m"), **_table(_PL_FEMALE, "f")}
# Polish names typed without diacritics ("Pawel", "Lukasz") are still those names.
_PL_FOLDED = {_fold(key): value for key, value in _PL.items()}
_UK = {**_table(_UK_MALE, "m"), **_table(_UK_FEMALE, "f")}
_INTL: dict[str, tuple[str, str | None]] = {}
for _block, _gender in ((_INTL_MALE, "m"), (_INTL_FEMALE, "f"), (_INTL_UNISEX, None)):
    for _name in _block.split():
        _INTL[_name.lower()] = (_name, _gender)
_RU_TO_UK: dict[str, str] = {}
for _item in _RU_NAMES.split():
    _name, _uk_name = _item.split(":")
    _RU_TO_UK[_name.lower()] = _uk_name.lower()
    _INTL.setdefault(_name.lower(), (_name, _UK[_uk_name.lower()][2]))

# Ukrainian names in Latin letters ("Andriy", "Oleksandr", "Iryna"), as the national
# transliteration and its common variants spell them: in a Ukrainian reply they are
# addressed in Ukrainian ("пане Андрію").
_LATIN = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
          "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
          "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
          "щ": "shch", "ь": "", "ю": "yu", "я": "ya", "'": ""}


def _latin_spellings(name: str) -> set[str]:
    plain = "".join(_LATIN.get(c, c) for c in name)
    out = {plain}
    # The ending -ій / -ія is written -iy, -ii, -ij or -iya, -ia; "г" is often "g".
    for old, new in (("iy", "ii"), ("iy", "ij"), ("iya", "ia"), ("iia", "ia"), ("h", "g"), ("kh", "h")):
        out |= {spelling.replace(old, new) for spelling in out}
    return out


_UK_LATIN: dict[str, str] = {}
for _key in _UK:
    for _spelling in _latin_spellings(_key):
        _UK_LATIN.setdefault(_spelling, _key)


_CENSUS_MIN_SHARE = 0.01  # percent of people with that first name


def _census_names() -> dict[str, tuple[str, str | None]]:
    """First names from the US Census lists the `names` package ships, each with its
    gender (a name on both lists gets the one it is more common with). Only names held by
    at least 1 in 10,000 people: the rare tail is mostly surnames used as first names
    ("Anderson", "Carter"), which alone on a review are surnames. Without the package the
    hand lists above still work."""
    try:
        import names as census  # the package's data files sit beside its module
    except ImportError:
        return {}
    folder = Path(census.__file__).parent
    found: dict[str, tuple[str, str | None, float]] = {}
    for gender in ("male", "female"):
        path = folder / f"dist.{gender}.first"
        if not path.exists():
            continue
        for line in path.read_text(encoding="ascii", errors="ignore").splitlines():
            parts = line.split()
            if len(parts) < 2:
                continue
            name, share = parts[0].capitalize(), float(parts[1])
            if share < _CENSUS_MIN_SHARE:
                continue
            old = found.get(name.lower())
            if old is None or share > old[2]:
                found[name.lower()] = (name, gender[0], share)
    return {key: (name, gender) for key, (name, gender, _) in found.items()}


for _key, _value in _census_names().items():
    _INTL.setdefault(_key, _value)


@dataclass(frozen=True, slots=True)
class Person:
    first_name: str              # as written by them, normalised case: "Kevin", "Paweł"
    gender: str | None           # "m" | "f" | None
    origin: str                  # "pl" | "uk" | "intl" | "unknown"
    pl_vocative: str | None      # "Pawle"
    uk_vocative: str | None      # "Олеже"


@dataclass(frozen=True, slots=True)
class Greeting:
    text: str                    # "Dzień dobry, Panie Tomaszu!" / "Hi Anna," / "Вітаємо!"
    name: str | None             # the first name used, or None for a neutral greeting
    gender: str | None           # for Pan/Pani agreement in Polish bodies
    personal: bool               # True when the greeting uses the customer's name


def _clean_token(token: str) -> str:
    return token.strip(".,;:!?()[]{}\"'“”„«»").strip()


def _lookup(token: str) -> Person | None:
    person = _lookup_table(token)
    if person is None or person.uk_vocative:
        return person
    # The same name in a Ukrainian reply: a Russian spelling or a Latin transliteration.
    key = token.lower()
    uk_key = _RU_TO_UK.get(key) or (_UK_LATIN.get(_fold(key)) if key.isascii() else None)
    if uk_key and uk_key in _UK:
        _, vocative, gender = _UK[uk_key]
        if person.gender in (None, gender):
            return Person(person.first_name, gender, person.origin, person.pl_vocative, vocative)
    return person


def _lookup_table(token: str) -> Person | None:
    key = token.lower()
    if key in _PL or _fold(key) in _PL_FOLDED:
        name, vocative, gender = _PL.get(key) or _PL_FOLDED[_fold(key)]
        shown = token if token.lower() == name.lower() or not key.isascii() else name
        return Person(first_name=_capitalise(shown), gender=gender, origin="pl", pl_vocative=vocative, uk_vocative=None)
    if key in _UK:
        name, vocative, gender = _UK[key]
        return Person(first_name=name, gender=gender, origin="uk", pl_vocative=None, uk_vocative=vocative)
    if key in _INTL:
        name, gender = _INTL[key]
        return Person(first_name=name, gender=gender, origin="intl", pl_vocative=None, uk_vocative=None)
    if key.isascii() and key in _UK_LATIN:
        name, _, gender = _UK[_UK_LATIN[key]]
        return Person(first_name=_capitalise(token), gender=gender, origin="uk", pl_vocative=None, uk_vocative=None)
    return None


def _capitalise(token: str) -> str:
    return token[:1].upper() + token[1:].lower() if token.isupper() or token.islower() else token


def _looks_like_name(token: str) -> bool:
    return (2 <= len(token) <= 20 and token.isalpha() and token[0].isupper()
            and not token.isupper() and token.lower() not in _PLACEHOLDER_WORDS)


def _person_from(text: str) -> Person | None:
    if _MASKED.search(text):
        return None
    raw_tokens = text.split()
    if not raw_tokens or any(_HANDLE.search(t.rstrip(".")) for t in raw_tokens):
        return None
    if len(raw_tokens) == 1:
        # "MicheleM", "TrinaK": a known first name glued to an initial is that person.
        glued = _GLUED.match(raw_tokens[0])
        if glued and _lookup(glued.group(1)):
            return _lookup(glued.group(1))
    tokens = [_clean_token(t) for t in raw_tokens]
    tokens = [t for t in tokens if t]
    if any(t.lower() in _PLACEHOLDER_WORDS or t.lower() in _CONJUNCTIONS for t in tokens):
        return None
    while tokens and tokens[0].lower().rstrip(".") in _TITLES:
        tokens = tokens[1:]
    if not tokens or len(tokens) > 4:
        return None
    first = tokens[0]
    if len(first) < 2:
        return None  # initials only: "J.", "H", "K. Anderson"
    known = _lookup(first)
    if known:
        return known
    if len(tokens) >= 2:
        # Surname first, as Polish and Ukrainian sites often show it: "Kowalski Jan".
        second = _lookup(tokens[1])
        if second and not _lookup(first):
            # Only a Polish or Ukrainian name: English names come first, and the second word of
            # "liane douglas" is her surname, however common a first name it is too.
            return second if second.origin in ("pl", "uk") else None
        rest_ok = all(len(t) == 1 or _looks_like_name(t) or (t.isupper() and len(t) <= 3) for t in tokens[1:])
        # A word we do not know as a first name, before another full word, is as often a
        # handle made of two words ("Lost Panda", "Frequent Flyer") as a rare name: greeting
        # "Hello Lost" is worse than a plain hello. Before an initial ("Branen W.") it is a
        # name; Cyrillic handles are rarely built that way.
        if first.isascii() and not all(len(t) == 1 or (t.isupper() and len(t) <= 3) for t in tokens[1:]):
            rest_ok = False
        if _looks_like_name(first) and rest_ok:
            return Person(first_name=first, gender=None, origin="unknown", pl_vocative=None, uk_vocative=None)
    return None


def parse_author(author: str | None) -> Person | None:
    """The person behind an author string, or None when it is not a usable name."""
    if not author or not author.strip():
        return None
    text = " ".join(author.split())
    nick = _QUOTED.search(text)
    main = _QUOTED.sub(" ", text).strip()
    person = _person_from(main) if main else None
    if person is None and nick:
        # Amazon shows 'Jane "jdeaton2"' and 'Mom_of_4 "Briana"': either part may be the name.
        person = _person_from(nick.group(1))
    return person


def is_real_name(author: str | None) -> bool:
    return parse_author(author) is not None


# --- greetings ------------------------------------------------------------------------

_EN_NAMED = ("Hi {name},", "Dear {name},", "Hello {name},")
_EN_NEUTRAL = ("Hello,", "Hi there,", "Hi,", "Hello there,")
_PL_NEUTRAL = ("Dzień dobry!", "Dzień dobry,")
# Always with пане/пані: a bare vocative ("Вітаємо, Олегу!") is for friends.
_UK_NAMED = ("Вітаємо, {title} {voc}!", "Добрий день, {title} {voc}!", "Доброго дня, {title} {voc}!")
_UK_NEUTRAL = ("Вітаємо!", "Добрий день!", "Доброго дня!", "Вітаємо Вас!")


def greeting(author: str | None, language: str, seed: int = 0, gender_hint: str | None = None) -> Greeting:
    """A greeting line in `language` ("en", "pl", "uk"); `seed` picks among phrasings."""
    person = parse_author(author)
    if language == "pl":
        return _greet_pl(person, seed, gender_hint)
    if language == "uk":
        return _greet_uk(person, seed)
    if person:
        return Greeting(_EN_NAMED[seed % len(_EN_NAMED)].format(name=person.first_name), person.first_name,
                        person.gender, True)
    return Greeting(_EN_NEUTRAL[seed % len(_EN_NEUTRAL)], None, None, False)


def _greet_pl(person: Person | None, seed: int, gender_hint: str | None) -> Greeting:
    if person and person.pl_vocative:
        pan = "Panie" if person.gender == "m" else "Pani"
        address = f"{pan} {person.pl_vocative}"
        formal = "Szanowny" if person.gender == "m" else "Szanowna"
        options = (f"Dzień dobry, {address}!", f"{formal} {address}!", f"Dzień dobry, {address},")
        return Greeting(options[seed % len(options)], person.first_name, person.gender, True)
    # A name without a Polish vocative ("Lucio", "John") cannot stand next to the Pan/Pani
    # the body uses ("Dzień dobry, Lucio! … Panu") and is often a nickname on Polish sites:
    # the greeting stays neutral, as in Ukrainian.
    # Not greeted by name, the reviewer's own words decide Pan or Pani: "jestem rozczarowana" under
    # the handle "ali ge" is a woman, whatever "Ali" would be as a name.
    return Greeting(_PL_NEUTRAL[seed % len(_PL_NEUTRAL)], None, gender_hint or (person.gender if person else None), False)


def _greet_uk(person: Person | None, seed: int) -> Greeting:
    if person and person.uk_vocative:
        title = "пане" if person.gender == "m" else "пані"
        text = _UK_NAMED[seed % len(_UK_NAMED)].format(voc=person.uk_vocative, title=title)
        return Greeting(text, person.first_name, person.gender, True)
    # A Latin-script or unknown name inside a Ukrainian sentence reads as a mistake.
    return Greeting(_UK_NEUTRAL[seed % len(_UK_NEUTRAL)], None, person.gender if person else None, False)


# A line that is only a first name, maybe after a dash ("— Christina", "-Kasia").
_SIGNATURE_LINE = fastre.compile(r"^\s*(?:[-–—~]+\s*)?([^\W\d_]{3,15})\s*[.!]?\s*$")


def signed_name(text: str | None) -> str | None:
    """The first name a reviewer signs their text with, when it is a real first name."""
    if not text:
        return None
    lines = [line for line in text.splitlines() if line.strip()][-4:]
    for line in reversed(lines[1:] if len(lines) > 1 else []):
        match = _SIGNATURE_LINE.match(line)
        if match and match.group(1)[0].isupper():
            person = parse_author(match.group(1))
            if person and person.first_name:
                return match.group(1)
    return None
