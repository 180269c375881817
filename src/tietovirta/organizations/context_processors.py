def membership(request):
    """The user's membership of the organisation the page shows (organization_view), for role checks.

    The organisation switcher reads the user's organisations itself (fragments.cached_frame)."""
    return {"membership": getattr(request, "membership", None)}
