"""The shipped table against the reference datasets, on every record they share.

The table was written from the public record, not from these datasets; they are the
oracle. Each disagreement left is listed below with how it was settled: a convention the
sources do not share (who counts as leader, acting holders), or a date where the table
keeps the record as it stands. Anything else failing here is an error in the table.
How terms are merged and dates compared is in tests/knowledge/oracle.py.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.knowledge.imports import import_ifg, import_us_executive
from bot.knowledge.records import Records
from bot.knowledge.reign import import_reign
from bot.knowledge.shipped import AS_OF, load_shipped
from tests.knowledge.oracle import Selection, compare, terms

IFG_START = date(1979, 5, 4)  # the database begins with Thatcher's first government
IFG_POSTS = {
    "gb-pm": ("Prime Minister",),
    "gb-chancellor": ("Chancellor of the Exchequer",),
    "gb-foreign": (
        "Secretary of State for Foreign and Commonwealth Affairs",
        "Secretary of State for Foreign, Commonwealth and Development Affairs",
    ),
    "gb-home": ("Secretary of State for the Home Department",),
}
A, Z = date.min, date.max
# REIGN state -> the table's offices whose holders REIGN counts as the effective leader.
REIGN_OFFICES: dict[str, list[Selection]] = {
    "UKG": ["gb-pm"], "USA": ["us-president"], "FRN": ["fr-president"], "ITA": ["it-pm"],
    "JPN": ["jp-pm"], "CAN": ["ca-pm"], "AUL": ["au-pm"], "IND": ["in-pm"],
    "BRA": ["br-president"], "ARG": ["ar-president"], "INS": ["id-president"],
    "MEX": ["mx-president"], "ROK": ["kr-president"], "SAU": ["sa-king"], "IRE": ["ie-pm"],
    "GMY": ["de-chancellor"], "CHN": ["cn-party"],
    "RUS": [("su-party", A, date(1991, 12, 25)), ("su-head", date(1988, 10, 1), date(1991, 12, 25)),
            "ru-president", ("ru-pm", date(2008, 5, 8), date(2012, 5, 7))],
    "SAF": [("za-pm", A, date(1984, 9, 14)), ("za-president", date(1984, 9, 14), Z)],
    "TUR": [("tr-pm", A, date(2014, 8, 28)), ("tr-president", date(2014, 8, 28), Z)],
}  # fmt: skip
# REIGN files West Germany before 1990 under GFR, Soviet leaders under RUS.
REIGN_ALSO = {"GMY": ["reign:GFR"], "RUS": ["reign:RUS/su"]}

_ACTING = "REIGN counts an acting or interim leader the table leaves out"
_EFFECTIVE = "REIGN codes the effective leader, who held another office or none"
_SUSPENDED = "REIGN ends a term at the suspension or incapacity, the table at its formal end"
KNOWN: dict[str, str] = {
    "gb-home: Jacqui Smith ends 2009-06-05, reference 2009-06-02":
        "IfG ends it on the day she announced she would stand down; she stayed Home "
        "Secretary until Alan Johnson was appointed on 5 June 2009",
    "GMY: Helmut Kohl starts 1982-10-01, reference 1990-10-01":
        "REIGN starts a new Kohl term at reunification (GFR before it, GMY after)",
    "GMY: Helmut Kohl ends 1998-10-27, reference 1990-09": "the same split at reunification",
    "ITA: Arnaldo Forlani ends 1981-06-28, reference 1981-05":
        "REIGN ends it at his resignation (26 May); he stayed in office until Spadolini's "
        "government was sworn in",
    "JPN: Ito 1980-06-12 to 1980-07 is not in the table": _ACTING,
    "JPN: Tsutomu Hata starts 1994-04-28, reference 1994-04-25":
        "REIGN dates the Diet's vote, the table the appointment",
    "JPN: Yoshihide Suga starts 2020-09-16, reference 2020-09-14":
        "REIGN dates his election as party leader, the table his appointment",
    "IND: Morarji Desai ends 1979-07-28, reference 1979-06":
        "Desai resigned on 15 July 1979 and stayed until Charan Singh was sworn in on 28 July",
    "CHN: Hua Guofeng ends 1981-06-28, reference 1980-09": _EFFECTIVE,
    "CHN: Deng Xiaoping 1980-09-10 to 1997-02 is not in the table": _EFFECTIVE,
    "CHN: Jiang Zemin starts 1989-06-24, reference 1997-02-19": _EFFECTIVE,
    "CHN: Jiang Zemin ends 2002-11-15, reference 2003-03":
        "REIGN follows the state presidency after Deng, the table the party office",
    "CHN: Hu Jintao starts 2002-11-15, reference 2003-03-15":
        "REIGN follows the state presidency after Deng, the table the party office",
    "CHN: Hu Yaobang 1981-06-28 to 1987-01-16 is not in the reference": _EFFECTIVE,
    "CHN: Zhao Ziyang 1987-01-16 to 1989-06-24 is not in the reference": _EFFECTIVE,
    "RUS: Yuri Andropov starts 1982-11-12, reference 1982-11-10":
        "REIGN starts at Brezhnev's death, the table at Andropov's election two days later",
    "RUS: Mikhail Gorbachev ends 1991-12-25, reference 1991-08": _EFFECTIVE,
    "RUS: Boris Yeltsin starts 1991-07-10, reference 1991-08-21":
        "REIGN starts Yeltsin as leader after the August coup, the table at his "
        "inauguration as Russian president",
    "RUS: Dmitry Medvedev 2008-05-07 to 2012-05-07 is not in the reference": _EFFECTIVE,
    "BRA: José Sarney starts 1985-03-15, reference 1985-03-21":
        "the table starts at the inauguration he attended in Tancredo Neves's place",
    "BRA: Fernando Collor ends 1992-12-29, reference 1992-10": _SUSPENDED,
    "BRA: Itamar Franco starts 1992-12-29, reference 1992-10-02": _SUSPENDED,
    "BRA: Dilma Rousseff ends 2016-08-31, reference 2016-05": _SUSPENDED,
    "ARG: Roberto Viola ends 1981-12-11, reference 1981-11": _SUSPENDED,
    "ARG: Liendo 1981-11-20 to 1981-12 is not in the table": _ACTING,
    "ARG: Leopoldo Galtieri starts 1981-12-22, reference 1981-12-12":
        "REIGN dates the junta's choice, the table the swearing-in",
    "ARG: Saint-Jean 1982-06-18 to 1982-07 is not in the table": _ACTING,
    "ARG: Adolfo Rodríguez Saá ends 2001-12-30, reference 2002-01":
        "REIGN keeps him until the new year; he resigned on 30 December 2001",
    "ROK: Choi Kyu-hah starts 1979-12-06, reference 1979-10-26":
        "REIGN starts his acting presidency after Park's assassination, the table his election",
    "ROK: Park Choong Hoon 1980-08-16 to 1980-09 is not in the table": _ACTING,
    "ROK: Park Geun-hye ends 2017-03-10, reference 2016-12": _SUSPENDED,
    "ROK: Hwang Kyo Ahn 2016-12-09 to 2017-05 is not in the table": _ACTING,
    "SAU: Fahd bin Abdulaziz ends 2005-08-01, reference 1996-01": _SUSPENDED,
    "SAU: Abdullah bin Abdulaziz starts 2005-08-01, reference 1996-01-01":
        "REIGN counts his regency from Fahd's stroke, the table his reign",
    "SAF: P. W. Botha ends 1989-08-15, reference 1989-01": _SUSPENDED,
    "SAF: Heunis 1989-01-19 to 1989-03 is not in the table": _ACTING,
    "TUR: Evren 1980-09-20 to 1983-11 is not in the table": _EFFECTIVE,
    "TUR: Bülend Ulusu 1980-09-21 to 1983-12-13 is not in the reference": _EFFECTIVE,
    "TUR: Erdal Inonu 1993-05-16 to 1993-06 is not in the table": _ACTING,
}  # fmt: skip


@pytest.fixture(scope="module")
def shipped() -> Records:
    return load_shipped()


def test_table_agrees_with_the_institute_for_government(shipped: Records, knowledge_dir: Path):
    ifg = import_ifg(knowledge_dir / "ifg-ministers")
    posts: dict[str, set[str]] = {}
    for office in ifg.offices:
        posts.setdefault(office.label, set()).add(office.id)
    matched, found = 0, []
    for mine, names in IFG_POSTS.items():
        theirs = terms(ifg, [p for name in names for p in posts[name]])
        n, lines = compare(mine, terms(shipped, [mine]), theirs, (IFG_START, AS_OF))
        matched += n
        found += lines
    assert sorted(found) == sorted(k for k in KNOWN if k.startswith("gb-"))
    # Every term since May 1979: 10 Prime Ministers, 15 Chancellors, 20 Foreign Secretaries
    # and 23 terms of Home Secretaries (Braverman twice).
    assert matched == 68


def test_table_agrees_with_the_us_executive_file(shipped: Records, knowledge_dir: Path):
    us = import_us_executive(knowledge_dir / "us-executive" / "executive.yaml")
    matched, found = 0, []
    for mine, theirs in (("us-president", "usx:prez"), ("us-vp", "usx:viceprez")):
        window = (date(1977, 1, 20), AS_OF)  # the table starts with Carter and Mondale
        n, lines = compare(mine, terms(shipped, [mine]), terms(us, [theirs]), window)
        matched += n
        found += lines
    assert found == []
    assert matched == 18  # 9 presidential terms (Trump twice) and 9 vice-presidents


def test_table_agrees_with_reign_on_the_leaders_it_codes(shipped: Records, knowledge_dir: Path):
    reign = import_reign(knowledge_dir / "reign" / "leaderlist_3_21.csv")
    assert reign.as_of is not None
    window = (date(1979, 1, 1), reign.as_of)  # the table's start, REIGN's last month
    matched, found = 0, []
    for state, offices in REIGN_OFFICES.items():
        theirs = terms(reign, [f"reign:{state}", *REIGN_ALSO.get(state, [])])
        n, lines = compare(state, terms(shipped, offices), theirs, window, surnames=True)
        matched += n
        found += lines
    expected = sorted(k for k in KNOWN if not k.startswith("gb-"))
    assert sorted(found) == expected
    assert matched == 201  # REIGN terms of the 20 states paired with a term of the table
