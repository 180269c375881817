"""Risk rating: the CNIL scale, the level of a severity × likelihood pair, residual risk, the default
risks, which assessment counts, sign-off readiness and the matrix picture."""

import datetime as dt
import io
import xml.etree.ElementTree as ET

import pytest
from PIL import Image

from tietovirta import canonical as c
from tietovirta import risk
from tietovirta.risk import RiskLevel

LOW, MEDIUM, HIGH = RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH
# Rows: severity 4 → 1; columns: likelihood 1 → 4 (the CNIL risk map).
MAP = {
    4: (MEDIUM, MEDIUM, HIGH, HIGH),
    3: (MEDIUM, MEDIUM, HIGH, HIGH),
    2: (LOW, LOW, MEDIUM, MEDIUM),
    1: (LOW, LOW, MEDIUM, MEDIUM),
}


@pytest.mark.parametrize("severity", [1, 2, 3, 4])
@pytest.mark.parametrize("likelihood", [1, 2, 3, 4])
def test_risk_level_follows_the_map(severity, likelihood):
    assert risk.risk_level(severity, likelihood) is MAP[severity][likelihood - 1]


def test_unrated_and_the_scale_words():
    assert risk.risk_level(None, 3) is None and risk.risk_level(2, None) is None
    assert [risk.SCALE[v].render("fi") for v in risk.LEVELS] == [
        "vähäinen",
        "rajallinen",
        "merkittävä",
        "suurin",
    ]
    assert risk.scale_label(3, "sv") == "3 – betydande"


def test_residual_risk_falls_back_to_the_current_rating():
    r = c.Risk(title="Tietomurto", severity=4, likelihood=3, residual_likelihood=1)
    assert risk.residual(r) == (4, 1)
    assert risk.risk_level(r.severity, r.likelihood) is HIGH and risk.residual_level(r) is MEDIUM
    unchanged = c.Risk(title="Katoaminen", severity=2, likelihood=2)
    assert risk.residual_level(unchanged) is LOW
    assert risk.worst_residual([r, unchanged]) is MEDIUM and risk.worst_residual([]) is None


@pytest.mark.parametrize(
    ("lang", "first"),
    [
        ("fi", "Asiaton pääsy tietoihin"),
        ("sv", "Obehörig åtkomst till uppgifterna"),
        ("en", "Illegitimate access to data"),
    ],
)
def test_three_default_risks_with_the_registers_measures(lang, first):
    risks = risk.default_risks(lang, "Salaus ja varmuuskopiot")
    assert len(risks) == 3 and risks[0].title == first
    assert all(r.existing_measures == "Salaus ja varmuuskopiot" and r.description for r in risks)


def test_the_latest_by_date_counts():
    older = c.RiskAssessment(title="2025", assessed_on=dt.date(2025, 3, 1))
    newer = c.RiskAssessment(title="2026", assessed_on=dt.date(2026, 1, 1))
    same_day = c.RiskAssessment(title="2026 b", assessed_on=dt.date(2026, 1, 1))
    assert risk.latest_assessment([newer, older]).title == "2026"
    assert risk.latest_assessment([newer, same_day, older]).title == "2026 b"
    assert risk.newest_first([older, newer, c.RiskAssessment()]) == [1, 0, 2]
    assert risk.latest_assessment([]) is None


def test_sign_off_needs_answers_ratings_owners_and_a_conclusion():
    questions = [cr.id for cr in risk.CRITERIA]
    draft = c.RiskAssessment(risks=[c.Risk(title="Oma", planned_measures="Koulutus")])
    problems = [p.render("en") for p in risk.sign_off_problems(draft, questions)]
    assert problems == [
        f"Screening questions left unanswered: {len(questions)}.",
        "The risk “Oma” is not rated: give its severity and likelihood.",
        "The planned measures for the risk “Oma” have no owner or no due date.",
        "The conclusion is missing.",
    ]
    ready = draft.model_copy(
        update={
            "screening": c.DpiaScreening(answers={q: False for q in questions}),
            "risks": [
                c.Risk(
                    title="Oma",
                    severity=1,
                    likelihood=2,
                    planned_measures="Koulutus",
                    owner="Laura",
                    due_date=dt.date(2026, 6, 1),
                )
            ],
            "conclusion": "Ei korkeaa riskiä.",
        }
    )
    assert risk.sign_off_problems(ready, questions) == []


RISKS = [
    c.Risk(title="<b>Tietomurto</b>", severity=3, likelihood=2, residual_likelihood=1),
    c.Risk(title="Muutos", severity=3, likelihood=2),
    c.Risk(title="Ei arvioitu"),
]


def test_markers_per_cell_with_residual_rings():
    cells = risk.matrix.placement(RISKS)
    assert cells == {
        (3, 2): [risk.matrix.Marker(1, False), risk.matrix.Marker(2, False)],
        (3, 1): [risk.matrix.Marker(1, True)],
    }
    assert risk.matrix.cell_text(cells[(3, 2)] + cells[(3, 1)]) == "R1, R2, (R1)"


def test_matrix_svg_is_well_formed_and_escapes_text():
    svg = risk.matrix.to_svg(RISKS, "fi", title='Riskit <script>alert("x")</script>')
    root = ET.fromstring(svg)
    ns = "{http://www.w3.org/2000/svg}"
    assert len(root.findall(f"{ns}rect")) == 16
    assert len(root.findall(f"{ns}circle")) == 3 + 2  # three markers and the legend's two
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    texts = [t.text for t in root.iter(f"{ns}text")]
    assert "Vakavuus" in texts and "Todennäköisyys" in texts and "3 merkittävä" in texts


def test_matrix_png_for_word():
    image = Image.open(io.BytesIO(risk.matrix.to_png(RISKS, "sv")))
    assert image.format == "PNG" and image.size == (risk.matrix.WIDTH * 3, risk.matrix.HEIGHT * 3)
    # The high-risk corner (severity 4, likelihood 4) is painted in the high zone's colour.
    x = (risk.matrix.LEFT + 3.5 * risk.matrix.CELL) * 3
    y = (risk.matrix.TOP + 0.9 * risk.matrix.CELL) * 3
    assert image.getpixel((int(x), int(y))) == (0xF4, 0xB6, 0xB0)
