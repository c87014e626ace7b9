import sys

from django.core.management.base import BaseCommand, CommandError

from shingikai.ops.readiness import development_key_problem


class Command(BaseCommand):
    help = "shingikai を gunicorn で公開します (静的ファイルは WhiteNoise が配信します)。"

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--workers", type=int, default=2)

    def handle(self, *args, host, port, workers, **options):
        problem = development_key_problem()
        if problem:
            raise CommandError(problem)
        # gunicorn rather than runserver: the demo should behave like the production server it will become.
        from django.core.management import call_command
        import gunicorn.config
        from gunicorn.app.wsgiapp import run

        # WhiteNoise serves the collected files with caching headers; collecting takes about a second.
        call_command("collectstatic", interactive=False, verbosity=0)

        sys.argv = ["gunicorn", "shingikai.wsgi:application", "--bind", f"{host}:{port}", "--workers", str(workers),
                    "--threads", "4", "--access-logfile", "-"]
        if hasattr(gunicorn.config, "ControlSocketDisable"):
            # gunicorn 25.1+ opens a control socket at one path per OS user ($HOME/.gunicorn/gunicorn.ctl): a second
            # app server on the same machine took the first one's over, and shingikai uses none.
            sys.argv.append("--no-control-socket")
        run()
