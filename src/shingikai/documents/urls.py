from django.urls import path, register_converter

from . import views


class KindConverter:
    regex = "[a-z]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(KindConverter, "doc_kind")

app_name = "documents"
urlpatterns = [
    # /documents/minutes/12.pdf, /documents/answer/3.docx
    path("<doc_kind:kind>/<id:obj_id>.<str:fmt>", views.download, name="download"),
]
