"""Pages served to a signed-in user must not be kept by browsers or shared caches."""
from django.utils.cache import patch_cache_control


class NoStoreForSignedInMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or request.path.startswith("/work/"):
            patch_cache_control(response, no_store=True, private=True)
            # A shared cache must not keep what it stored before this rule existed either.
            response.headers.pop("Expires", None)
        return response
