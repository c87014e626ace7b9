"""The registers a city keeps since 2023: 個人情報ファイル簿, 特定個人情報保護評価, 漏えい等報告, 監査."""
