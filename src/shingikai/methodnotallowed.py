"""A page answered with 405 says so in Japanese. Django's require_POST answers an empty body, which a person who
reopens an action's address (a bookmark, the address bar after a refused form, the back button) sees as a blank
page with no way on."""
from django.template.loader import render_to_string


class MethodNotAllowedPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        # The API answers machines in its own format; a body already written is the view's own message.
        if response.status_code != 405 or response.content or request.path.startswith("/api/"):
            return response
        response.content = render_to_string("405.html", request=request)
        response["Content-Type"] = "text/html; charset=utf-8"
        return response
