from django.apps import AppConfig


class DisclosureConfig(AppConfig):
    name = "shingikai.disclosure"
    verbose_name = "開示請求・審査請求"

    def ready(self):
        # Published 答申 join the public search (disclosure/indexing.py).
        from .indexing import connect

        connect()
        # A 正誤 of the council's 答申 on an appeal is the appeal's 結論 too (actions.follow_answer_correction).
        from shingikai.meetings.answer_corrections import corrected

        from .actions import follow_answer_correction

        corrected.connect(lambda sender, answer, by, **_: follow_answer_correction(answer, by=by), weak=False,
                          dispatch_uid="disclosure.follow_answer_correction")
        # So does a corrected 答申番号 (meetings.renumber_answer), which the appeal keeps as answer_number.
        from shingikai.meetings.answer_corrections import renumbered

        from .actions import follow_answer_number

        renumbered.connect(lambda sender, answer, by, **_: follow_answer_number(answer, by=by), weak=False,
                           dispatch_uid="disclosure.follow_answer_number")
        # The 答申書 on an appeal as a document (PDF and DOCX), read through access.document_reading.
        from shingikai.documents.render import register_kind

        from .answer_document import document_of
        from .models import Appeal

        register_kind("appeal", "答申書 (審査請求)", Appeal, document_of)
        # The council's 答申 on an appeal prints as the appeal's 答申書 (one 答申, one document).
        from shingikai.documents.context.answer_letter import register_own_form

        from .answer_document import council_answer_document

        register_own_form(council_answer_document)
