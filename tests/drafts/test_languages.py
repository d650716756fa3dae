"""Drafts in French, Spanish and Russian (UN texts are published in six languages): their headings,
items, options and closing formula give the same tree an English draft gives. Texts written for the tests."""

from __future__ import annotations

from briefing_app.domain.enums import ProvisionStatus
from briefing_app.drafts.parse import TITLE_MATTER, parse_text
from tests.drafts.test_structure import _node, _outline

FRENCH = """\
Projet de convention sur la coopération contre la fraude en ligne

Préambule
Les États Parties à la présente Convention,
Sont convenus de ce qui suit :

PREMIÈRE PARTIE
DISPOSITIONS GÉNÉRALES

Chapitre premier
Objet et terminologie

Article premier
Objet
La présente Convention a pour objet :
a) De promouvoir les mesures visant à prévenir la fraude ;
b) De faciliter la coopération internationale.

Article 2 – Terminologie
1. Aux fins de la présente Convention :
a) « Système informatique » désigne tout dispositif ;
2. [Chaque État Partie [peut][doit] désigner un point de contact.]

Chapitre II
Incrimination

Article 6 bis
Accès illégal
Variante 1 : Chaque État Partie adopte les mesures législatives nécessaires.
Variante 2 : Aucune obligation n'est créée.

Dispositions finales

Article 7
Signature
La présente Convention est ouverte à la signature de tous les États.

EN FOI DE QUOI, les soussignés, à ce dûment autorisés, ont signé la présente Convention.

Annexe
Liste des infractions
1. Fraude au moyen d'un système informatique.

Notes interprétatives
Article 2
Le terme « fournisseur de services » vise les entités publiques et privées.
"""

SPANISH = """\
Proyecto de convención

Preámbulo
Los Estados Partes en la presente Convención,
Han convenido en lo siguiente:

Capítulo I
Disposiciones generales

Artículo 1
Finalidad
La finalidad de la presente Convención es:
a) Promover medidas para prevenir el fraude;
b) Facilitar la cooperación.

Artículo 2. Definiciones
[Opción A] Por “sistema” se entenderá todo dispositivo.
[Opción B] Por “sistema” se entenderá todo aparato.

Artículo 3 bis
Ámbito de aplicación
1. La presente Convención se aplicará a la prevención.

EN TESTIMONIO DE LO CUAL, los plenipotenciarios infrascritos han firmado la presente Convención.
"""

RUSSIAN = """\
Проект конвенции

Преамбула
Государства — участники настоящей Конвенции,
согласились о нижеследующем:

Глава I
Общие положения

Статья 1
Цели
1. Цели настоящей Конвенции заключаются в следующем:
а) содействие принятию мер;
б) поощрение сотрудничества;
в) оказание технической помощи.

Статья 2. Термины
Для целей настоящей Конвенции:
а) «информационная система» означает любое устройство;

Глава II
Криминализация

Статья 3
Незаконный доступ
Вариант 1: Каждое Государство-участник принимает меры.
Вариант 2: Обязательство не создается.

В УДОСТОВЕРЕНИЕ ЧЕГО нижеподписавшиеся подписали настоящую Конвенцию.
"""


def test_a_french_draft_reads_into_the_same_tree_as_an_english_one() -> None:
    parsed = parse_text(FRENCH)
    assert _outline(parsed) == [
        (0, "preamble", "", ""),
        (0, "part", "1", "DISPOSITIONS GÉNÉRALES"),
        (1, "chapter", "I", "Objet et terminologie"),
        (2, "article", "1", "Objet"),
        (3, "paragraph", "(a)", ""),
        (3, "paragraph", "(b)", ""),
        (2, "article", "2", "Terminologie"),
        (3, "paragraph", "1", ""),
        (4, "paragraph", "1(a)", ""),
        (3, "paragraph", "2", ""),
        (1, "chapter", "II", "Incrimination"),
        (2, "article", "6 bis", "Accès illégal"),
        (3, "option", "Variante 1", ""),
        (3, "option", "Variante 2", ""),
        (0, "section", "", "Dispositions finales"),
        (1, "article", "7", "Signature"),
        (0, "closing", "", ""),
        (0, "annex", "", "Liste des infractions"),
        (1, "paragraph", "1", ""),
        (0, "notes", "", "Notes interprétatives"),
        (1, "paragraph", "1", "Article 2"),
    ]
    assert parsed.unplaced[0].reason == TITLE_MATTER
    assert _node(parsed, "Article 1").text == "La présente Convention a pour objet :"
    assert _node(parsed, "para. 2").status is ProvisionStatus.BRACKETED
    assert _node(parsed, "Variante 1").text == "Chaque État Partie adopte les mesures législatives nécessaires."


def test_a_spanish_draft_reads_its_headings_options_and_closing_formula() -> None:
    parsed = parse_text(SPANISH)
    assert _outline(parsed) == [
        (0, "preamble", "", ""),
        (0, "chapter", "I", "Disposiciones generales"),
        (1, "article", "1", "Finalidad"),
        (2, "paragraph", "(a)", ""),
        (2, "paragraph", "(b)", ""),
        (1, "article", "2", "Definiciones"),
        (2, "option", "Opción A", ""),
        (2, "option", "Opción B", ""),
        (1, "article", "3 bis", "Ámbito de aplicación"),
        (2, "paragraph", "1", ""),
        (0, "closing", "", ""),
    ]
    assert _node(parsed, "Opción A").text == "Por “sistema” se entenderá todo dispositivo."


def test_a_russian_draft_letters_its_items_in_cyrillic() -> None:
    parsed = parse_text(RUSSIAN)
    assert _outline(parsed) == [
        (0, "preamble", "", ""),
        (0, "chapter", "I", "Общие положения"),
        (1, "article", "1", "Цели"),
        (2, "paragraph", "1", ""),
        (3, "paragraph", "1(а)", ""),
        (3, "paragraph", "1(б)", ""),
        (3, "paragraph", "1(в)", ""),
        (1, "article", "2", "Термины"),
        (2, "paragraph", "(а)", ""),
        (0, "chapter", "II", "Криминализация"),
        (1, "article", "3", "Незаконный доступ"),
        (2, "option", "Вариант 1", ""),
        (2, "option", "Вариант 2", ""),
        (0, "closing", "", ""),
    ]
    assert _node(parsed, "para. 1(в)").text == "оказание технической помощи."
    assert parsed.nodes[0].text.startswith("Государства — участники")


def test_article_premier_and_1er_are_article_1_and_an_alternative_article_keeps_its_mark() -> None:
    for heading in ("Article premier", "Article 1er", "ARTICLE PREMIER"):
        parsed = parse_text(f"{heading}\nObjet\nLa présente Convention a pour objet la coopération.\n")
        assert _outline(parsed) == [(0, "article", "1", "Objet")], heading
    parsed = parse_text("Article 7\nMisuse\nText of seven.\n\n[Article 7 alt.\nMisuse of devices\n"
                        "Each State Party [shall][may] adopt measures.]\n")
    assert _outline(parsed) == [(0, "article", "7", "Misuse"), (0, "article", "7 alt", "Misuse of devices")]
    assert parsed.nodes[0].text == "Text of seven."
    assert parsed.nodes[1].status is ProvisionStatus.BRACKETED


def test_roman_article_numbers_and_paragraphs_numbered_1_paren_are_read() -> None:
    parsed = parse_text("ARTICLE I\nGENERAL OBLIGATIONS\n1. Each State Party undertakes never:\n"
                        "1) To develop such systems;\n2) To use them.\n2. Each State Party shall destroy them.\n"
                        "Article III bis. Declarations\n1) Each State Party shall declare.\n2) It shall also:\n"
                        "a) list;\nb) report.\nArticle I of the Convention is not a heading here.\n")
    assert _outline(parsed) == [
        (0, "article", "I", "GENERAL OBLIGATIONS"),
        (1, "paragraph", "1", ""),
        (2, "paragraph", "1(1)", ""),
        (2, "paragraph", "1(2)", ""),
        (1, "paragraph", "2", ""),
        (0, "article", "III bis", "Declarations"),
        (1, "paragraph", "1", ""),
        (1, "paragraph", "2", ""),
        (2, "paragraph", "2(a)", ""),
        (2, "paragraph", "2(b)", ""),
    ]
    assert _node(parsed, "para. 1(2)").text == "To use them."
    assert _node(parsed, "para. 2(b)").text == "report. Article I of the Convention is not a heading here."
