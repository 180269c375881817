"""Every main page fits a phone (390 px, no sideways scrolling) and the tab bar fits a laptop in Swedish."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def demo_site(browser, live_server):
    """The demo loaded, a signed-in phone-sized browser, and the demo's ids."""
    from tietovirta.assessments.models import RiskAssessment
    from tietovirta.demo.loader import load_demo
    from tietovirta.organizations.models import Organization
    from tietovirta.registers.models import Register

    load_demo("demo@tietovirta.fi", "tietovirta-demo")
    org = Organization.objects.get(name="Tulos Helsinki Oy")
    register = Register.objects.filter(organization=org).order_by("pk").first()
    assessment = RiskAssessment.objects.create(register=register, title="Riskiarvio")
    context = browser.new_context(base_url=live_server.url, viewport=PHONE)
    page = context.new_page()
    page.set_default_timeout(20_000)
    page.goto("/accounts/login/")
    page.get_by_label("Sähköposti").fill("demo@tietovirta.fi")
    page.get_by_label("Salasana").fill("tietovirta-demo")
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.wait_for_url("**/")
    system = org.system_set.order_by("pk").first()
    party = org.party_set.order_by("pk").first()
    yield page, org, register, system, party, assessment
    context.close()


def _pages(org, register, system, party, assessment) -> dict[str, str]:
    o, r = f"/organizations/{org.pk}", f"/organizations/{org.pk}/registers/{register.pk}"
    return {
        "portfolio": "/",
        "organisation": f"{o}/",
        "register": f"{r}/",
        "register section form": f"{r}/edit/data_collected/",
        "register systems form": f"{r}/edit/systems/",
        "publish check": f"{r}/publish/",
        "history": f"{r}/history/",
        "risk assessment": f"{r}/assessments/{assessment.pk}/",
        "risk assessment form": f"{r}/assessments/{assessment.pk}/edit/",
        "systems": f"{o}/systems/",
        "system form": f"{o}/systems/{system.pk}/",
        "parties": f"{o}/parties/",
        "party form": f"{o}/parties/{party.pk}/",
        "notices": f"{o}/notices/",
        "import": f"{o}/import/",
        "members": f"{o}/members/",
        "audit log": f"{o}/audit/",
        "api tokens": f"{o}/api-tokens/",
        "organisation form": f"{o}/edit/",
        "new register": f"{o}/registers/new/",
        "public notice": f"/public/notices/{register.public_id}/fi/",
        "not found": "/ei-ole/",
    }


def _overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def test_no_page_scrolls_sideways_on_a_phone(demo_site):
    page, *objects = demo_site
    too_wide, missing = {}, []
    for name, url in _pages(*objects).items():
        response = page.goto(url)
        if (response.status >= 400) != (name == "not found"):  # the page itself is measured, not an error
            missing.append((name, response.status))
        if (width := _overflow(page)) > PHONE["width"]:
            too_wide[name] = width
    assert missing == []
    assert too_wide == {}


def test_import_review_fits_a_phone(demo_site):
    from pathlib import Path

    page, org, *_ = demo_site
    page.goto(f"/organizations/{org.pk}/import/")
    corpus = Path(__file__).parents[1] / "importer" / "corpus"
    page.set_input_files("input[type=file]", str(corpus / "001_6f22939ae761adf2.txt"))
    page.get_by_role("button", name="Lue asiakirja").click()
    page.wait_for_selector("text=Tarkista tuonti")
    assert _overflow(page) <= PHONE["width"]


def test_swedish_tab_bar_shows_every_tab_at_1366(demo_site):
    page, org, *_ = demo_site
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto("/")
    page.context.add_cookies([{"name": "django_language", "value": "sv", "url": page.url}])  # path /
    page.goto(f"/organizations/{org.pk}/")
    tabs = page.locator("nav[aria-label] ul.nav a.nav-link")
    assert tabs.count() >= 8
    texts = tabs.all_inner_texts()
    assert "Händelselogg" in texts and "API-nycklar" in texts
    for index in range(tabs.count()):
        box = tabs.nth(index).bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 1366, texts[index]
        assert tabs.nth(index).is_visible()
