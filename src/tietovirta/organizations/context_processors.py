def memberships(request):
    """The organisations of the signed-in user, for the organisation switcher."""
    if not getattr(request, "user", None) or not request.user.is_authenticated:
        return {}
    return {
        "my_memberships": request.user.memberships.select_related("organization").order_by(
            "organization__name"
        ),
        "membership": getattr(request, "membership", None),
    }
