"""`{% frame "nav" %}`: a part of the page frame, kept per user and organisations (fragments.cached_frame)."""

from django import template

from tietovirta.fragments import cached_frame

register = template.Library()


@register.simple_tag(takes_context=True)
def frame(context, part: str) -> str:
    return cached_frame(context.get("request"))[part]
