"""Furniture by the data lists and by shape: short, no sentence, few common words."""

from __future__ import annotations

import subprocess
import sys

import justext
import pytest

from briefing.read.furniture import furniture_from_data, is_label, is_running_text
from briefing.read.readerdata import STOPLIST_LANGUAGES, _stopwords, load_reader_rules

RULES = load_reader_rules()[0]
FURNITURE = RULES.furniture


@pytest.mark.parametrize("line", [
    "Advertisement", "Advertising", "Story continues below advertisement", "Share this articleComments",
    "[Advertisement - Hull Trim Analytics: stability reports in minutes. Book a demo]",
    "Placeholder while article actions load", "Listen 5 min", "5 min read", "Updated: seconds ago", "2 hours ago",
    "Copyright 2023 The Associated Press. All rights reserved.", "© 2019 AFP", "Image source, Getty Images",
    "Sign up for our weekly Andes newsletter and get the region's top stories in your inbox.",
    "Facebook Twitter Flipboard Comments Print Email", "READ MORE: Chile races to expand lithium output",
    "The Harbour Desk (desk@harbournews.example)", "Advertise With Us",
    "This article was published 11/03/2025 (366 days ago), so information in it may no longer be current.",
    "This article is more than 5 years old", "Summarize this article with AI",
    "This is AI generated summarization, which may have errors. For context, always refer to the full article.",
    "How does this make you feel?", "Was this article helpful?", "Comments are now closed on this story.",
    "Os comentários a este artigo estão fechados. Saiba porquê.",
    "Nora Castellanos: ncastellanos@ledger.example; Nora Castellanos covers transportation for The Ledger.",
    "Baca juga: Rob Setinggi Lutut, Warga Mengungsi ke Masjid", "Czytaj także: Tramwaj na Jagodno z opóźnieniem",
    "Läs mer: Badhusbristen i Stockholm", "Komentarze (41)", "Ý kiến (24)", "(END)",
    "Copyright (c) Yonhap News Agency prohibits its content from being redistributed without consent.",
    "If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.",
    "This article contains affiliate links; we may earn a commission on purchases.",
    "Follow topics and authors from this story to see more like this in your personalized homepage feed.",
    "See All by Mara Quintero", "Posts from this author will be added to your daily email digest.",
    "Kliknij „Akceptuję”, aby wyrazić zgodę na korzystanie z plików cookies. Zgodę możesz w każdej chwili wycofać.",
    "We use cookies to improve your experience. By continuing you accept our use of cookies.",
    "Szanujemy Twoją prywatność",
    "Reklama", "Hirdetés", "Vstoupit do diskuse (37)", "Tag: Matera - affitti brevi - turismo",
    "– Leggi anche: Come funziona il codice per gli affitti brevi", "See related: For Sumatra's last elephants",
    "Megan Carbone's profile picture", "Mostra i commenti", "FEEDBACK: Use this form to send a message to the author.",
    "Oppsummeringen er laget med hjelp av kunstig intelligens og kvalitetssikret av NRKs journalister.",
    "Iratkozzon fel hírlevelünkre, és elküldjük Önnek a nap legfontosabb híreit.",
    "Subscriu-te al butlletí Ara Girona", "Urmărește HotNews.ro și pe Google News și pe canalul nostru de WhatsApp.",
    "We hand-pick the week's most important climate stories. Delivered free every Saturday.",
    "Article published by Andrew Lorenz", "Don't miss a thing!", "Ne maradjon le semmiről!",
    "Haberin Devamı", "Skryť Vypnúť reklamu", "Článok pokračuje pod video reklamou",
    "Prečítajte si tiež: Menšie nemocnice zatvárajú oddelenia", "Voit keskustella aiheesta 19.3.2025 klo 23:00 asti.",
    "Comments not loading? We recommend using Google Chrome or Mozilla Firefox with javascript turned on.",
    "Hürriyet'i Google News'te takip edin", "Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için inceleyin.",
    "Naudojame slapukus, kad užtikrintume geriausią naršymo patirtį.",
    "Imate zanimljivu priču? Javite nam se na prijave@index.hr ili putem WhatsAppa.",
    "Independent journalism costs money. Support Times of Malta for the price of a coffee.",
    "This story is funded by readers like you.", "Donate Now",
    "Griežtai draudžiama DELFI paskelbtą informaciją panaudoti kitose interneto svetainėse.",
    "Ten artykuł czytasz w ramach bezpłatnego limitu", "You are reading this article as part of your free monthly allowance.",
    "Get Current Updates on India News along with Latest News and Top Headlines from India and around the world.",
    "Article continues below", "The story continues after this ad", "ICELAND-VOLCANO/FISHING (UPDATE 2)",
    "USA-TRADE/TARIFFS", "READ ALSO: How the new ferry timetable works",
    "Le puede interesar: Así quedan las tarifas del metro", "Lea también: Los embalses, al 40 %",
    "TEXT AD: Fresh eggs delivered daily, call 0800 123 4567", "Don't miss: The ten best walks on the coast",
    "Article réservé aux abonnés", "Subscribers only", "Contenido exclusivo para suscriptores", "Premium",
    "Реклама:", "Comments Policy", "Pour réagir à cet article, vous devez être connecté à votre compte abonné.",
    "Salvar meu nome, email e site neste navegador para a próxima vez que eu comentar.",
    "Por favor, insira seu endereço de e-mail aqui", "Vos préférences en matière de cookies",
    "Nous utilisons des cookies pour mesurer l’audience et vous proposer des publicités. Vous pouvez modifier vos choix.",
    "Do you like the content of this article?", "We’re a nonprofit newsroom. Your support keeps our reporting free.",
    "Republish our articles for free, online or in print, under a Creative Commons license.",
    "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.",
    "Let us know what you think about this article. Submit a letter to the editor at letters@example.com.",
    "Copyright: Any unauthorised use of The Harbour Star's content for commercial purposes is prohibited.",
    "Click the alert icon to follow topics:", "Lire aussi Chantiers à Bruxelles : les communes les plus touchées",
    "Saltar para o conteúdo principal", "Aller au contenu principal", "Zum Inhalt springen", "Hopp til hovedinnhold",
    "Há 3 horas", "hace 2 horas", "il y a 5 heures", "vor 3 Stunden", "3 timer siden", "преди 3 часа",
    "I would like to be emailed about offers, events and updates from The Harbour Post. Read our privacy notice",
    "3 418 прочитания", "41 коментара", "A lire aussi: Logement: la commune résiste",
    "Най-важното от деня – всяка вечер в пощата ви.", "Абонирайте се за бюлетина",
    "Mainos (Teksti jatkuu alla)", "Mainos päättyy", "Julkaistu 12.1. 19:04", "Päivitetty 13.1. 8:15",
    "Do you run a stall affected by the works? Our reporters want to hear from you.", "Zobacz zdjęcia (8)",
    "Máte tip na tému z vášho regiónu? Napíšte nám.", "Kommentointi on avoinna kirjautuneille tilaajille.",
    "Posłuchaj podcastu. W najnowszym odcinku synoptyk wyjaśnia burze.", "Kirjoita kommentti",
    "U moet ingelogd zijn om te reageren.", "Sign up for exclusive newsletters and events from The Harbour Post.",
    "Najdôležitejšie správy dňa každé ráno priamo do vašej schránky.",
    "Διαβάστε επίσης: Λειψυδρία στα νησιά του Αιγαίου", "Читайте также: Мост закрыт на ремонт",
    "This audio is generated by an AI tool.", "Inicia sesión para comentar esta nota.",
    "Log in to comment on this story.", "Kommentarsfunktionen är avstängd för den här artikeln.",
    "Support credible journalism in the Karoo. Subscribe to The Karoo Courier from R85 a month.",
    "Belgique > Régions > Brabant wallon", "Vous lisez cet article grâce à votre abonnement. Merci de votre soutien.",
    "Sie lesen einen F+ Artikel. Mit F+ haben Sie Zugriff auf alle Artikel.", "Je m'inscris", "Annonce",
    "Få overblikket hver morgen. Tilmeld dig vores nyhedsbrev og få dagens historier.", "/ritzau/",
    "Harbour Media og vores partnere bruger cookies til at huske dine indstillinger.", "Tags :",
    "Join Whatsapp Channel of The Harbour Post for latest updates.", "Leserkommentare",
    "Veja mais notícias da região no Harbour Post.", "See more news from the coast", "Posłuchaj artykułu",
    "Dieser Artikel ist exklusiv für Abonnenten. Sichern Sie sich jetzt Zugang zu allen Artikeln.",
    "This article is exclusively for subscribers of the Harbour Post.", "Abo wählen",
    "Sie haben bereits ein Abo? Hier anmelden und weiterlesen.", "Zwei Wochen gratis lesen, danach monatlich kündbar.",
    "Pierwszy miesiąc za 4,90 zł. Wszystkie artykuły bez limitu.", "¿Ya conoces nuestro canal de Instagram? ¡Síguenos!",
    "Community Reporting is public interest journalism funded by the Harbour Trust.",
    "Havneposten arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
    "Har du tips om saken? Send oss en melding.", "Vi bruker informasjonskapsler for å tilpasse innholdet til deg.",
    "Flere saker", "Lo más visto", "More by this Author",
    "Les commentaires sont réservés aux abonnés. Merci de respecter notre charte de modération.",
    "Réagir à cet article", "Répondre", "Reply", "Odpowiedz", "Voir tous ses articles", "Więcej artykułów tego autora",
    "Dołącz do nas na Facebooku!", "Follow us on Instagram", "Polub nas", "Síguenos",
    "* I understand and agree that registration on or use of this site constitutes agreement to its terms.",
    "Vet du mer om saken, eller har du sett noe lignende? Send oss et tips på e-post.", "Themen", "Les mer om",
    "This story has been updated to include comments from the harbour board.",
    "Cet article a été mis à jour samedi avec les précisions de la mairie.",
    "The writer is a senior correspondent covering the harbour and its unions.",
    "Die Autorin ist Redakteurin in der Lokalredaktion und berichtet über Verkehr.",
    "Hør siste episode av «Havna i dag», avisens nyhetspodkast, der vi går gjennom ukas saker.",
    "Help us improve our coverage: take our two-minute reader survey.",
    "Heb jij een tip voor de redactie? Mail naar tips@havenpost.example.",
    "Hai una segnalazione dal tuo quartiere? Scrivi alla redazione.",
    "Dit artikel is gemaakt met hulp van AI en gecontroleerd door de redactie.",
    "Esta funcionalidad es exclusiva para suscriptores.",
    "Retrouvez toute l’actualité du port dans l’application du Courrier, avec nos alertes.",
    "Follow our live coverage of the council meeting on our website.",
    "Kindly share this story:", "Gift Article", "Continua após a publicidade",
    "Comments will be moderated. Keep comments relevant to the article. Off-topic remarks will be removed.",
    "Join The HARBOUR’s WhatsApp channel for breaking news and exclusive stories.",
    "All rights reserved. This material may not be copied or redistributed without prior written permission.",
    "La suite de cet article est réservée à nos abonnés.", "Fehler gefunden? Jetzt melden.",
    "Een versie van dit artikel verscheen ook in de krant van 19 november 2025.", "Lees meer over:",
    "Actualização, 18h05 — Notícia actualizada com a reacção da universidade.",
    "Purchase Licensing Rights", "Purchase licensing rights, opens new tab",
    "This article appears in Issue 412 (February 14-20, 2026)",
])
def test_furniture_lines_have_a_reason(line):
    assert FURNITURE.reason(line).startswith("furniture: ")


@pytest.mark.parametrize("line", [
    "The minister said the plan would cost $2 billion.", "Copyright law is changing in Chile, the minister said.",
    "Share prices fell 3% on Monday after the announcement.",
    "\"Scientists will fly a complete aerial survey of the summering stock in August,\" the department said.",
    "The board said its scientists will complete a new aerial survey of the herd in August.",
    "\"Take our own survey of the valley and you will see the damage,\" the farmers' leader said.",
    "Readers can send questions to the council (questions@council.example) before Friday.",
    "This article is more than a complaint about fees, the union said.",
    "The summary was written by the committee's chair, not by the staff.",
    "Comments are closed until Friday, when the council will publish its answers, a spokesperson said.",
    "Get the latest figures from the ministry before deciding, the adviser told farmers on Tuesday.",
    "Agents may earn a commission of 3 percent on each sale, the regulator said.",
    "Follow the money, the auditor told the committee on Monday.",
    "The regulator said websites must obtain consent before placing cookies on users' devices.",
    "Why did the council wait? Residents wrote to mayor@city.example for months, she said, and heard nothing back.",
    "Smoking is strictly prohibited on the platforms, the operator said.",
    "The report continues after a short summary of the findings, the authors said.",
    "Advertising revenue fell 12% in the quarter, the company said.",
    "Premium bonds rose 3% on Monday, the treasury said.",
    "To comment on the plan, residents must sign in to the council's portal before Friday, the clerk said.",
    "We’re a nonprofit, the foundation's director said, and the grant covers only part of the cost.",
    "Ir a la playa en invierno se ha vuelto una costumbre, dijo el alcalde.",
    "3 horas de debate en el Congreso terminaron sin acuerdo.",
    "We want to hear more from the ministry before we decide, the mayor said."])
def test_article_sentences_are_not_furniture(line):
    assert FURNITURE.reason(line) == ""
    assert is_running_text(line, FURNITURE.stopwords)


def test_related_markers_open_link_lists():
    assert FURNITURE.opens_related("You might also like")
    assert FURNITURE.opens_related("Lees ook") and FURNITURE.opens_related("Najczęściej czytane")
    assert FURNITURE.opens_related("Още по темата") and FURNITURE.opens_related("Related topic:")
    assert FURNITURE.opens_related("Czytaj więcej") and FURNITURE.opens_related("Latest from the Harbour")
    assert FURNITURE.opens_related("Mer fra HT") and FURNITURE.opens_related("Mehr von Anna Roth")
    assert FURNITURE.opens_related("Te recomendamos") and FURNITURE.opens_related("Encuesta")
    assert FURNITURE.opens_related("À lire aussi") and FURNITURE.opens_related("Dans la même rubrique")
    assert FURNITURE.opens_related("Læs også") and FURNITURE.opens_related("Weitere Artikel aus Rhein-Main")
    # a marker of one word, then one more
    assert FURNITURE.opens_related("Related briefings") and FURNITURE.opens_related("RELATED ANALYSIS")
    assert not FURNITURE.opens_related("Related charges were dropped")
    # a marker of one word, the outlet's name and what the links are
    assert FURNITURE.opens_related("RELATED CWI COVERAGE") and FURNITURE.opens_related("Related Herald stories")
    assert not FURNITURE.opens_related("Related CWI charges")
    assert FURNITURE.opens_related("RELATED IN UTB") and FURNITURE.opens_related("Related from the Courier")


def test_a_line_of_punctuation_is_no_end_of_release_but_the_release_marks_are():
    assert FURNITURE.reason("|") == "" and FURNITURE.reason("###") == "furniture: end of release"
    assert FURNITURE.opens_related("More from Europe")
    assert not FURNITURE.opens_related("More from the minister's speech was expected on Monday")


@pytest.mark.parametrize("line, label", [("U.S. News", True), ("The Americas", True), ("SkyView", True),
                                         ("World Business Markets", True),
                                         ("Venezuela coup-plotters asked U.S. for help", False)])
def test_labels_by_shape(line, label):
    assert is_label(line, FURNITURE.stopwords) is label


def test_spanish_text_is_dense_in_common_words():
    assert is_running_text("El Gobierno anunció este lunes la reapertura de la frontera con Colombia.", FURNITURE.stopwords)
    assert not is_running_text("Últimas noticias", FURNITURE.stopwords)


def test_the_stop_words_are_jusTexts_own_lists_read_without_importing_it():
    expected = frozenset(w.casefold() for language in STOPLIST_LANGUAGES for w in justext.get_stoplist(language))
    assert _stopwords() == expected and len(expected) > 500
    code = "import sys; from briefing.read.readerdata import _stopwords; _stopwords(); print('justext' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_patterns_keep_their_own_anchors():
    data = furniture_from_data({"patterns": {"promo": ["^alpha|beta", "^gamma"]}}, frozenset())
    assert data.reason("x beta y") == "furniture: promo"
    assert data.reason("gamma ray") == "furniture: promo"
    assert data.reason("x gamma") == ""


@pytest.mark.parametrize(("patterns", "line", "reason"), [
    ({"first": [r"^(?:share|print)\b"], "second": [r"^share this$"]}, "Share this", "furniture: first"),
    ({"first": [r"^x+$"], "second": [r"^(?:share|print)\b"]}, "Print this page", "furniture: second"),
    ({"a": [r"^(x)y"], "b": [r"^(ab)\1$"]}, "abab", "furniture: b"),  # a backreference counts its own groups
    ({"a": [r"^(?P<w>\w+) now$"], "b": [r"^(?P<w>\w+) later$"]}, "Subscribe later", "furniture: b"),  # names clash
    ({"a": [r"^(x)y"], "b": [r"^(ab)\1$"]}, "abba", ""),
])
def test_patterns_keep_their_order_and_their_groups(patterns, line, reason):
    assert furniture_from_data({"patterns": patterns}, frozenset()).reason(line) == reason


def test_a_pattern_found_inside_a_long_paragraph_does_not_make_it_furniture():
    paragraph = ("The café owner said her regulars now pay for the price of a cup of coffee what they once paid for "
                 "lunch, and that the council's new parking charges had emptied the square on market days. ") * 9
    assert len(paragraph) > 1500 and FURNITURE.reason(paragraph) == ""
    assert FURNITURE.reason("Support us for the price of a cup of coffee a month.") != ""
