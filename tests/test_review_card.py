"""The review card fits a terminal (issue 14 item 6): at 80×24 the position in the queue, the
claim, both sides and the keys are on screen together; a long side scrolls inside its panel."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from claimcheck import api
from claimcheck.report.review import HELP, SCROLL_HELP
from claimcheck.report.review_card import review_card
from claimcheck.report.theme import make_console


@pytest.fixture(scope="module")
def queue(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> tuple[str, list]:
    work = tmp_path_factory.mktemp("card")
    shutil.copytree(seeds_dir, work / "seeds")
    url = f"sqlite:///{work / 'seeds.db'}"
    api.ingest([str(work / "seeds")], url)
    q = api.review_queue(url)
    assert q, "the seeds have contradictions to review"
    return url, q


def card_text(d: dict, width: int, height: int, offset: int = 0) -> tuple[list[str], bool]:
    buf = io.StringIO()
    console = make_console(file=buf, width=width)
    card, more = review_card(d, 1, 3, console, offset, HELP + SCROLL_HELP, height=height)
    console.print(card)
    return buf.getvalue().splitlines(), more


@pytest.mark.parametrize(("width", "height"), [(80, 24), (60, 24), (120, 40)])
def test_the_card_fits_with_claim_sides_and_keys(queue: tuple[str, list], width: int, height: int) -> None:
    from rich.cells import cell_len

    url, q = queue
    for item in q:
        d = api.show(url, item.cluster)
        lines, _ = card_text(d, width, height)
        text = "\n".join(lines)
        assert len(lines) <= height - 1, f"{len(lines)} lines at {width}x{height}: the prompt row is kept free"
        assert all(cell_len(line) <= width for line in lines)
        assert "1/3" in lines[0] and item.cluster[:8] in lines[0], "position and id in the head"
        assert " ".join(d["claim"].split()[:4]) in " ".join(text.split()), "the claim is on screen"
        assert "for it (" in text and "against / no answer (" in text, "both sides"
        assert "c confirm" in text and "q quit" in text, "the keys"


def test_a_long_side_scrolls_inside_its_panel(queue: tuple[str, list]) -> None:
    url, q = queue
    d = api.show(url, q[0].cluster)
    d = {**d, "mentions_detail": d["mentions_detail"] * 6}  # a long side
    first, more = card_text(d, 80, 24)
    assert more and "↓" in "\n".join(first)
    scrolled, _ = card_text(d, 80, 24, offset=6)
    assert "↑ 6 more" in "\n".join(scrolled)
    assert len(scrolled) <= 23
