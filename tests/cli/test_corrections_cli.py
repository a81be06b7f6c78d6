"""--corrections on the command line: applied, a miss warned about with its line, a malformed file refused."""

import json


def _write(tmp_path, text, name="fix.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_applies_corrections_warns_on_a_miss_and_refuses_a_malformed_file(run, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Officials said the council lost 40 laptops in March.\n", encoding="utf-8")
    good = _write(tmp_path, '[[retype]]\nsource = "Officials"\ntype = "organization"\n\n'
                            '[[retype]]\nsource = "Nobody"\ntype = "organization"\n')
    plain = json.loads(run(str(article), "-f", "json").stdout)
    fixed = run(str(article), "-f", "json", "--corrections", str(good))
    assert fixed.code == 0
    data = json.loads(fixed.stdout)
    assert data["corrections"][0]["kind"] == "retype"
    assert data["summary"]["score"] > plain["summary"]["score"]
    warning = [line for line in fixed.stderr.splitlines() if "Nobody" in line]
    assert len(warning) == 1 and f"{good}:5: retype" in warning[0]

    bad = _write(tmp_path, "[[retype]\n", name="bad.toml")
    result = run(str(article), "--corrections", str(bad))
    errors = [line for line in result.stderr.splitlines() if line.startswith("claimcheck: error:")]
    assert result.code == 2 and len(errors) == 1
    assert "bad.toml" in errors[0] and "not valid TOML" in errors[0]
