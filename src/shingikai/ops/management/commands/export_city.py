from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from shingikai.ops.city_export import ExportError, municipality, write_city_export


class Command(BaseCommand):
    help = "1つの自治体の記録と添付ファイルを、公開された形式 (JSON とファイル) の .zip に書き出します。"

    def add_arguments(self, parser):
        parser.add_argument("--municipality", required=True, help="自治体の slug (例: minami)")
        parser.add_argument("-o", "--output", required=True, help="書き出すファイル (.zip)")

    def handle(self, *args, municipality: str, output, **options):
        folder = Path(output).parent
        if not folder.is_dir():
            raise CommandError(f"書き出し先のフォルダ {folder} がありません。あるフォルダを指定してください。")
        try:
            city = _city(municipality)
            path, manifest = write_city_export(city, output)
        except ExportError as exc:
            raise CommandError(str(exc)) from exc
        except OSError as exc:
            raise CommandError(f"{output} に書き出せませんでした: {exc.strerror or exc}") from exc
        rows = sum(manifest["tables"].values())
        self.stdout.write(f"{city.name} の記録 {rows} 件とファイル {manifest['files']} 件を書き出しました: {path}")


_city = municipality
