"""Date stamps in English and Spanish; ambiguous numeric dates and month-days never become a guess."""

from __future__ import annotations

import pytest

from briefing.dates import PartialDate
from briefing.read.pubdates import (
    choose_date,
    find_full_dates,
    find_month_days,
    spans_days,
    stamp_in,
)


@pytest.mark.parametrize("text, iso", [
    ("Aug. 3, 2020 at 6:15 PM EDT", "2020-08-03"),
    ("June 2, 2021 11:08 AM UTC", "2021-06-02"),
    ("Mon 4 Mar 2019 14.12 GMT", "2019-03-04"),
    ("Published On 7 Nov 2022", "2022-11-07"),
    ("lunes, 3 de agosto de 2020", "2020-08-03"),
    ("Monday, March 4th 2019 - 08:12 UTC", "2019-03-04"),
    ("Published: 2019-08-20 23:41:00", "2019-08-20"),
    ("Published on 24/11/2022 - 18:40", "2022-11-24"),
    ("Bogotá - 12 mar 2019 - 18:02 CET", "2019-03-12"),
    ("Publié le 1er décembre 2025 à 09h00, mis à jour le 2 décembre 2025 à 10h00", "2025-12-01"),
    ("Vendredi 28 février 2025", "2025-02-28"),
    ("Veröffentlicht am 28. März 2025, 14:05 Uhr", "2025-03-28"),
    ("Sexta-feira, 28 de novembro de 2025", "2025-11-28"),
    ("Publicado em 28/11/2025 às 14h05", "2025-11-28"),
    ("Pubblicato il 3 ottobre 2025 alle ore 14:05", "2025-10-03"),
    ("10.set.2024 às 19h02", "2024-09-10"),
    ("Jun 5th 2025|WASHINGTON, DC", "2025-06-05"),
    ("27 lutego 2025 | 06:00", "2025-02-27"),
    ("zaterdag 14 juni 2025, 11:52", "2025-06-14"),
    ("Publicerad 11 februari 2025 kl 06.00", "2025-02-11"),
    ("Kompas.com - 18/03/2025, 14:20 WIB", "2025-03-18"),
    ("Selasa, 18 Maret 2025 14:20 WIB", "2025-03-18"),
    ("Thứ sáu, 14/3/2025, 08:00 (GMT+7)", "2025-03-14"),
    ("12 Ekim 2024 Cumartesi 10:30", "2024-10-12"),
    ("3. března 2025", "2025-03-03"),
    ("joi, 6 martie 2025", "2025-03-06"),
    ("2025.02.11. 15:08 Módosítva: 2025.02.11. 17:40", "2025-02-11"),
    ("Вівторок, 3 грудня 2024, 08:47", "2024-12-03"),
    ("Вторник, 3 декабря 2024, 08:47", "2024-12-03"),
    ("05 giu 2024 15:02", "2024-06-05"),
    ("14 март 2025, 16:22", "2025-03-14"),
    ("27. augusta 2025, 18:30", "2025-08-27"),
    ("Publisert: 03.06.25 08:14", "2025-06-03"),
    ("Opdateret 14.03.25 kl. 09.12", "2025-03-14"),
    ("Mar - 13 - 2025 , 07:45", "2025-03-13"),
    ("2026/03/18 19:05 JST (Updated 2026/03/18 21:40 JST)", "2026-03-18"),
    ("27.05.2025 | 09:30 MYT · Kuala Lumpur desk · 6 min read", "2025-05-27"),
])
def test_a_stamp_line_gives_its_date(text, iso):
    stamp = stamp_in(text, 4)
    assert stamp is not None
    assert choose_date((stamp,)).date.iso() == iso


@pytest.mark.parametrize("text", [
    "The court ruled on March 5, 2019, that the law was unconstitutional and ordered a new vote.",
    "Aug. 3", "2 hours ago", "BY MARK RIVERS - 05/06/21 10:30 AM EDT",
    "Le groupe va licencier 12 des 2000 salariés du site", "Version 03.06.25", "03.06.25 08:14",
    "User Agreement updated 1/1/2025", "Privacy Policy, updated March 3, 2025",
    "The council met on 27.05.2025 | Harbour desk", "www.harbour-news.com/2026/03/18/road-closes"])
def test_sentences_month_days_relative_and_two_digit_years_are_not_stamps(text):
    assert stamp_in(text, 1) is None


def test_published_wins_over_updated_whichever_comes_first():
    updated, published = stamp_in("Last modified on Tue 5 Mar 2019 10.00 GMT", 5), stamp_in(
        "First published on Mon 4 Mar 2019 17.30 GMT", 6)
    choice = choose_date((updated, published))
    assert (choice.date, choice.line, choice.warnings) == (PartialDate(2019, 3, 4), 6, ())


def test_an_update_alone_is_used_with_a_warning():
    choice = choose_date((stamp_in("Updated 5:20 PM EDT, Mon August 3, 2020", 6),))
    assert choice.date == PartialDate(2020, 8, 3)
    assert "only an update date" in choice.warnings[0][1] and choice.warnings[0][0] == 6


def test_an_ambiguous_numeric_date_is_left_undated_with_a_warning():
    choice = choose_date((stamp_in("04/03/2019", 5),))
    assert choice.date is None
    assert choice.warnings == ((5, "the date '04/03/2019' could be 4 March 2019 or 3 April 2019; nothing else "
                                   "in the text settles it, so the article is left undated (add `date:`)"),)


def test_an_ambiguous_date_a_line_repeats_is_warned_of_once():
    choice = choose_date((stamp_in("08/09/2024", 18), stamp_in("08/09/2024", 18)))
    assert choice.date is None and len(choice.warnings) == 1


def test_a_dateline_settles_an_ambiguous_numeric_date():
    assert choose_date((stamp_in("04/03/2019", 5),), ((3, 4),), 8).date == PartialDate(2019, 3, 4)
    assert choose_date((stamp_in("03/08/2020 - 14:20", 5),), ((8, 3),), 8).date == PartialDate(2020, 8, 3)


def test_a_month_day_without_a_year_is_never_a_date_on_its_own():
    assert find_month_days("Jan. 28 (UPI)") == ((1, 28),)
    assert choose_date((), ((1, 28),), 6).date is None


def test_the_dated_dateline_dates_an_article_that_has_no_stamp():
    stated = find_full_dates("Feb. 26, 2021")
    choice = choose_date((), ((2, 26),), 6, stated)
    assert (choice.date, choice.line, choice.detail) == (PartialDate(2021, 2, 26), 6, "dateline 'Feb. 26, 2021', line 6")


def test_a_stamp_comes_before_the_dated_dateline():
    assert choose_date((stamp_in("February 25, 2021", 3),), ((2, 26),), 6,
                       find_full_dates("Feb. 26, 2021")).date == PartialDate(2021, 2, 25)


def test_a_dateline_that_disagrees_with_the_stamp_is_reported():
    choice = choose_date((stamp_in("June 2, 2021", 3),), ((6, 9),), 7)
    assert choice.date == PartialDate(2021, 6, 2)
    assert choice.warnings[0][0] == 7 and "disagrees" in choice.warnings[0][1]


def test_impossible_days_are_not_dates():
    assert find_full_dates("February 30, 2020") == ()
    assert [m.candidates for m in find_full_dates("13/04/2019")] == [(PartialDate(2019, 4, 13),)]


@pytest.mark.parametrize("text", ["2020-08-03T14:12:00Z", "Agosto 3, 2020", "August 03, 2020 / 02:15 PM / Reuters",
                                  "Publicado el 3 de agosto de 2020 a las 14:00"])
def test_more_stamp_forms(text):
    assert choose_date((stamp_in(text, 1),)).date == PartialDate(2020, 8, 3)


@pytest.mark.parametrize("text, label", [
    ("Mis à jour le 2 décembre 2025 à 10h00", "update stamp"), ("Stand: 29.11.2025 14:05 Uhr", "update stamp"),
    ("Atualizado em 29 de novembro de 2025", "update stamp"), ("Veröffentlicht am 28. März 2025", "publication stamp"),
    ("Aangepast zondag 15 juni 2025, 09:20", "update stamp"), ("Uppdaterad 2025-02-11 14.32", "update stamp"),
    ("Opublikowano 27 lutego 2025", "publication stamp")])
def test_labels_in_french_german_portuguese_say_published_or_updated(text, label):
    assert choose_date((stamp_in(text, 1),)).detail.startswith(label)


def test_a_date_with_dots_puts_the_day_first_and_one_with_slashes_stays_in_doubt():
    assert choose_date((stamp_in("04.11.2025", 1),)).date == PartialDate(2025, 11, 4)
    assert choose_date((stamp_in("04/11/2025", 1),)).date is None
    assert choose_date((stamp_in("04-11-2025", 1),)).date is None


@pytest.mark.parametrize("line, iso", [("Publié le 11/03/2025 à 18h00", "2025-03-11"),
                                       ("Actualizado el 04/05/2024", "2024-05-04"),
                                       ("12/03/2025, 14:32 Uhr", "2025-03-12"),
                                       ("Gepubliceerd 05/03/2025 om 11:52", "2025-03-05"),
                                       ("Kompas.com - 05/03/2025, 14:20 WIB", "2025-03-05")])
def test_a_numeric_date_on_a_line_in_a_day_first_language_is_read_day_first(line, iso):
    (mention,) = find_full_dates(line)
    assert [d.iso() for d in mention.candidates] == [iso]


def test_a_numeric_date_in_english_stays_ambiguous():
    (mention,) = find_full_dates("Posted 11/03/2025")
    assert mention.ambiguous


def test_a_reading_time_printed_with_the_date_leaves_it_a_stamp():
    stamp = stamp_in("Marnie Kowalchuk 5 minute read Tuesday, Mar. 11, 2025", 38)
    assert stamp is not None and stamp.mentions[0].candidates[0].iso() == "2025-03-11"
    assert stamp_in("The council met for a 5 minute read of the bylaw on Mar. 11, 2025", 3) is None


@pytest.mark.parametrize(("line", "issue"), [
    ("Weekly Issue Number · June 28 – July 4, 2025", True),  # three words and the span's two months
    ("Our Weekly Issue Number · June 28 – July 4, 2025", False),  # four words: more than an issue's line
    ("Edition 88 · 3–9 May 2026", True),
    ("Fires burned on 3,400 hectares in Gallura, July 23-24", False),
])
def test_an_issue_s_line_holds_at_most_three_words_besides_its_days(line, issue):
    assert spans_days(line) is issue
