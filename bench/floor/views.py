from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.shortcuts import render


def page(request):
    # The one query of the page's own: a short list, walked in the template as a list page would.
    users = list(get_user_model().objects.order_by("pk").values("username", "date_joined")[:10])
    return render(request, "page.html", {"users": users})


def hello(request):
    return HttpResponse("hello", content_type="text/plain")
