"""The council a secretariat page works on: found by its id, refused to anyone not its secretariat."""
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from shingikai import access

from .models import Council


def secretariat_council(request, pk, refusal: str) -> Council:
    """The council `pk` when the signed-in user is its secretariat: 404 for a council only imported (nobody runs it
    here), 403 with `refusal` (what the page does and who may do it) for anyone else."""
    council = get_object_or_404(Council.objects.select_related("municipality"), pk=pk, is_imported_only=False)
    if not access.is_secretariat(request.user, council):
        raise PermissionDenied(refusal)
    return council
